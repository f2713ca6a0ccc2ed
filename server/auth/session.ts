import "server-only";
import { LRUCache } from "lru-cache";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { recordRefusal } from "@/server/audit/audit";
import { clientAddress } from "@/server/http/client-address";
import { pendingAccountSetup, type Actor } from "./permissions";
import { getAuthSecret } from "./secret";
import { oidcSettings, recheckOidcSession } from "./oidc";
import { loadSession } from "./sessions";

/** Where a person whose password an administrator set goes before anything else. */
export const CHANGE_PASSWORD_PATH = "/console/account";

/**
 * The name Auth.js gives the session cookie, by its own rule: `__Secure-` when the site's URL
 * (AUTH_URL, else the forwarded protocol, https when unsaid) is HTTPS.
 */
export function sessionCookieName(h: Headers, env: Record<string, string | undefined> = process.env): string {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  const protocol = configured ? new URL(configured).protocol : `${(h.get("x-forwarded-proto") ?? "https").replace(/:$/, "")}:`;
  return `${protocol === "https:" ? "__Secure-" : ""}authjs.session-token`;
}

/** A decrypted session cookie: the sessions row it names, until when it is valid, under which secret. */
interface DecodedCookie {
  sessionId: string;
  expiresAtMs: number;
  secret: string;
}

/**
 * Cookies already decrypted by this instance. The same cookie under the same secret always decrypts
 * to the same claims, so this memo holds nothing another instance must see: each decrypts for
 * itself, and whether the session still holds is read from its row on every request. Only cookies
 * that decrypted are kept (a forged one is decrypted, and refused, every time); the bound is on the
 * bytes of the cookie headers kept.
 */
const decodedCookies = new LRUCache<string, DecodedCookie>({ maxSize: 16 * 1024 * 1024, sizeCalculation: (_v, key) => key.length + 100 });

/**
 * The id of the sessions row this request's cookie names, or null. The cookie is the JWT Auth.js
 * wrote at sign-in (./config: encrypted under AUTH_SECRET, with its expiry); it is decrypted here
 * with Auth.js's own reader rather than through `auth()`, which runs Auth.js's whole request
 * pipeline on every call — a CSRF token, the callbacks, and a renewed cookie encrypted anew that a
 * page cannot set anyway (about 12% of a console page's CPU, docs/perf-profile.md). Without the
 * cookie, nothing is decrypted at all; a cookie this instance decrypted before is not decrypted
 * again (the key derivation and decryption were 7% of a console page's CPU), but its expiry is
 * still checked on every use.
 */
export async function sessionIdOf(h: Headers, secret: () => string = getAuthSecret, now = Date.now()): Promise<string | null> {
  const name = sessionCookieName(h);
  const cookie = h.get("cookie");
  if (!cookie?.includes(name)) return null;
  const key = `${name}\n${cookie}`;
  const currentSecret = secret();
  const known = decodedCookies.get(key);
  if (known && known.secret === currentSecret) return known.expiresAtMs > now ? known.sessionId : null;
  // Only the cookie, as Auth.js's own session read passes it (never an Authorization header).
  const token = await getToken({ req: { headers: { cookie } }, secret: currentSecret, secureCookie: name.startsWith("__Secure-"), salt: name });
  if (typeof token?.sid !== "string") return null;
  // Auth.js writes `exp` into every session JWT; one without it is not kept.
  if (typeof token.exp === "number") decodedCookies.set(key, { sessionId: token.sid, expiresAtMs: token.exp * 1000, secret: currentSecret });
  return token.sid;
}

/**
 * The signed-in person for this request, re-read from the database with their session (roles,
 * status and the session's end are always current), carrying where the request came from.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const h = await headers();
  const sessionId = await sessionIdOf(h);
  if (!sessionId) return null;
  const db = await getDb();
  const loaded = await loadSession(db, sessionId);
  if (!loaded) return null;
  const { oidcCheckedAt, ...actor } = loaded;
  const { signedInWith } = actor;
  // A session from the platform ends here once the platform no longer vouches for the person.
  const oidc = signedInWith === "oidc" ? oidcSettings() : null;
  if (oidc && (!oidcCheckedAt || Date.now() - oidcCheckedAt.getTime() >= oidc.checkMinutes * 60_000) && !(await recheckOidcSession(db, oidc, sessionId, getAuthSecret())))
    return null;
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
