import { createHmac } from "node:crypto";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { webhookDeliveries, webhooks } from "@/db/schema";
import { openSecret } from "@/server/auth/two-factor";
import { refusedAddress } from "./addresses";

/** How long a receiver has to answer. */
export const DELIVERY_TIMEOUT_MS = 5_000;
/** Waits after the 1st, 2nd, 3rd and 4th failed attempt; the 5th failure gives up. */
export const RETRY_BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000];
export const MAX_ATTEMPTS = RETRY_BACKOFF_MS.length + 1;
/** A claimed message is someone's for this long; an instance that died mid-send leaves it to the next. */
const LEASE_MS = 60_000;

/** `sha256=<hex>` of "timestamp.body" under the webhook's secret: what a receiver recomputes to trust a message. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** DNS as usual, then the address checked: a name that resolves to a refused address is not connected to. */
const checkedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    const refused = addresses.find((a) => refusedAddress(a.address));
    if (refused) return callback(Object.assign(new Error(`地址 ${refused.address} 不允许推送`), { code: "EREFUSEDADDRESS" }), "", 0);
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/** One POST; resolves with the status, rejects on a network failure or timeout. Redirects are not followed. */
function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const client = u.protocol === "https:" ? https : http;
    const request = client.request(
      u,
      { method: "POST", headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) }, lookup: checkedLookup, timeout: DELIVERY_TIMEOUT_MS },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`${DELIVERY_TIMEOUT_MS / 1000} 秒内无应答`)));
    request.on("error", reject);
    request.end(body);
  });
}

/** The webhook's secret; sealed under another AUTH_SECRET it cannot be opened, and the log says what to do. */
function secretOf(authSecret: string, sealed: string): string {
  try {
    return openSecret(authSecret, sealed);
  } catch {
    throw new Error("签名密钥无法解开（AUTH_SECRET 已更换），请停用该地址并重新登记");
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300);

/**
 * Sends the messages that are due, at most `limit` of them. Each is claimed first by moving its next
 * attempt a lease ahead (FOR UPDATE SKIP LOCKED), so two instances never send one message at once;
 * a message that fails waits RETRY_BACKOFF_MS and is given up after MAX_ATTEMPTS.
 */
export async function deliverDue(db: Db, authSecret: string, now = new Date(), limit = 20) {
  const due = db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, now)))
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(webhookDeliveries)
    .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
    .where(inArray(webhookDeliveries.id, due))
    .returning();
  const outcome = { delivered: 0, retrying: 0, failed: 0 };
  await Promise.all(
    claimed.map(async (d) => {
      const [hook] = await db.select().from(webhooks).where(eq(webhooks.id, d.webhookId));
      const attempts = d.attempts + 1;
      let statusCode: number | null = null;
      let error: string | null = null;
      if (!hook?.active) error = "推送地址已停用，未发送";
      else {
        try {
          const body = JSON.stringify({ id: d.id, ...d.payload });
          const timestamp = Math.floor(now.getTime() / 1000);
          statusCode = await post(hook.url, body, {
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": "CityBrain-Webhook/1",
            "X-CityBrain-Event": d.event,
            "X-CityBrain-Delivery": d.id,
            "X-CityBrain-Timestamp": String(timestamp),
            "X-CityBrain-Signature": signature(secretOf(authSecret, hook.sealedSecret), timestamp, body),
          });
          if (statusCode < 200 || statusCode >= 300) error = `接收方返回 HTTP ${statusCode}`;
        } catch (e) {
          error = describe(e);
        }
      }
      const at = new Date();
      const done = error === null;
      const givenUp = !done && (!hook?.active || attempts >= MAX_ATTEMPTS);
      await db
        .update(webhookDeliveries)
        .set({
          attempts,
          lastAttemptAt: at,
          lastStatusCode: statusCode,
          lastError: error,
          status: done ? "delivered" : givenUp ? "failed" : "pending",
          deliveredAt: done ? at : null,
          nextAttemptAt: done || givenUp ? at : new Date(now.getTime() + RETRY_BACKOFF_MS[attempts - 1]!),
        })
        .where(eq(webhookDeliveries.id, d.id));
      outcome[done ? "delivered" : givenUp ? "failed" : "retrying"] += 1;
    }),
  );
  return outcome;
}
