import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { recordRefusal } from "@/server/audit/audit";
import { clientAddress } from "@/server/http/client-address";
import { auth } from "./config";
import { pendingAccountSetup, type Actor } from "./permissions";
import { loadSession } from "./sessions";

/** Where a person whose password an administrator set goes before anything else. */
export const CHANGE_PASSWORD_PATH = "/console/account";

/**
 * The signed-in person for this request, re-read from the database with their session (roles,
 * status and the session's end are always current), carrying where the request came from.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  if (!session?.sessionId) return null;
  const [db, h] = await Promise.all([getDb(), headers()]);
  const actor = await loadSession(db, session.sessionId);
  if (!actor) return null;
  return { ...actor, requestId: h.get("x-request-id") ?? undefined, address: clientAddress(h), userAgent: h.get("user-agent") ?? "" };
});

/**
 * For console pages: the actor, or a redirect to sign in that comes back to this page. Someone
 * whose password an administrator set is sent to change it, from every page but that one.
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  const path = (await headers()).get("x-pathname") ?? "/console";
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  if (pendingAccountSetup(actor) && new URL(path, "http://x").pathname !== CHANGE_PASSWORD_PATH) redirect(CHANGE_PASSWORD_PATH);
  return actor;
}

/** For console pages: the actor when `rule` allows them, the 403 page otherwise. */
export async function requirePermission(rule: (actor: Actor) => boolean): Promise<Actor> {
  const actor = await requireActor();
  if (!rule(actor)) {
    const path = (await headers()).get("x-pathname") ?? "";
    await recordRefusal(await getDb(), actor, `GET ${new URL(path, "http://x").pathname}`, "无权访问该页面");
    forbidden();
  }
  return actor;
}
