import { createHash } from "node:crypto";
import type { OIDCConfig } from "next-auth/providers";
import * as oauth from "oauth4webapi";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, people, sessions, type Role } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { log } from "@/server/log";
import { ROLE_LABELS, SEPARATED_ROLES, ROLES } from "./permissions";
import { startSession, type RequestOrigin } from "./sessions";
import { openSecret, sealSecret } from "./two-factor";

/** 统一身份认证 as configured by the environment; null (and nothing changes) without OIDC_ISSUER. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  departmentClaim: string;
  nameClaim: string;
  rolesClaim: string | null;
  trustRoles: boolean;
  displayName: string;
  /** How often an open session asks the platform whether the account still stands. */
  checkMinutes: number;
}

export function oidcSettings(env: Record<string, string | undefined> = process.env): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!issuer || !clientId) return null;
  const checkMinutes = Number(env.OIDC_CHECK_MINUTES);
  return {
    issuer,
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET ?? "",
    scopes: env.OIDC_SCOPES?.trim() || "openid profile offline_access",
    departmentClaim: env.OIDC_DEPARTMENT_CLAIM?.trim() || "department_code",
    nameClaim: env.OIDC_NAME_CLAIM?.trim() || "name",
    rolesClaim: env.OIDC_ROLES_CLAIM?.trim() || null,
    trustRoles: env.OIDC_TRUST_ROLES === "true",
    displayName: env.OIDC_DISPLAY_NAME?.trim() || "统一身份认证",
    checkMinutes: Number.isFinite(checkMinutes) && checkMinutes > 0 ? checkMinutes : 5,
  };
}

/**
 * Auth.js's generic OpenID Connect provider: discovery from the issuer, PKCE, state and nonce; the ID
 * token's signature, issuer, audience, expiry and nonce are checked by oauth4webapi in Auth.js's
 * callback. The person's claims are read from the userinfo endpoint (where OpenID Connect puts the
 * claims of the requested scopes), whose `sub` must match the ID token's.
 */
export function oidcProvider(settings: OidcSettings, extra: Partial<OIDCConfig<Record<string, unknown>>> = {}): OIDCConfig<Record<string, unknown>> {
  return {
    id: "oidc",
    name: settings.displayName,
    type: "oidc",
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    checks: ["pkce", "state", "nonce"],
    idToken: false,
    authorization: { params: { scope: settings.scopes } },
    profile: (claims) => ({ id: String(claims.sub), name: typeof claims.name === "string" ? claims.name : null }),
    ...extra,
  };
}

/** A claim by name, or by a dotted path into nested objects (`org.code`). */
export function claimValue(claims: Record<string, unknown>, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined), claims);
}

/**
 * Roles the platform may give: never the three administrators' posts (三权分立 is decided in this
 * system, by its own administrators). Accepted as codes or as their Chinese names.
 */
export function trustedRoles(value: unknown): Role[] {
  const names = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[\s,，]+/) : [];
  const grantable = ROLES.filter((role) => !(SEPARATED_ROLES as readonly Role[]).includes(role));
  return grantable.filter((role) => names.some((name) => name === role || name === ROLE_LABELS[role]));
}

/** A local username for a person provisioned from the platform: stable, and unlike any typed one. */
export const oidcUsername = (issuer: string, subject: string) => `oidc-${createHash("sha256").update(`${issuer}\n${subject}`).digest("hex").slice(0, 12)}`;

export type OidcSignInResult =
  | { ok: true; personId: string; sessionId: string }
  | { ok: false; reason: "unknown_department" | "inactive" | "missing_claims" };

export interface OidcTokens {
  id_token?: string;
  refresh_token?: string;
}

type Origin = RequestOrigin & { secret: string; requestId?: string };

/**
 * A person the platform vouched for: found by their subject, or created on the first sign-in in
 * the department the claim names (by its code) with no role, unless roles from the platform are
 * trusted. A person disabled here stays out. Starts the session that keeps the tokens for the
 * re-checks and for signing out at the platform.
 */
export async function signInWithOidc(
  db: Db,
  settings: OidcSettings,
  claims: Record<string, unknown>,
  tokens: OidcTokens,
  origin: Origin,
  now = new Date(),
): Promise<OidcSignInResult> {
  const subject = typeof claims.sub === "string" ? claims.sub : "";
  const system = { system: "统一身份认证", requestId: origin.requestId, address: origin.address, userAgent: origin.userAgent };
  const rawName = claimValue(claims, settings.nameClaim);
  const displayName = typeof rawName === "string" ? rawName.trim().slice(0, 100) : "";
  const rawCode = claimValue(claims, settings.departmentClaim);
  const code = typeof rawCode === "string" ? rawCode.trim() : "";
  const roles = settings.trustRoles && settings.rolesClaim ? trustedRoles(claimValue(claims, settings.rolesClaim)) : null;

  return db.transaction(async (tx) => {
    const refuse = async (reason: "unknown_department" | "inactive" | "missing_claims", why: string, entityId: string) => {
      await recordAudit(tx, system, { action: "auth.sign_in_failed", entityType: "person", entityId: entityId.slice(0, 200), summary: `统一身份认证（主体标识 ${subject.slice(0, 200)}）登录失败：${why}` });
      return { ok: false, reason } as const;
    };
    if (!subject) return refuse("missing_claims", "平台未提供主体标识", "oidc");
    let [person] = await tx
      .select({ id: people.id, displayName: people.displayName, active: people.active, roles: people.roles })
      .from(people)
      .where(eq(people.oidcSubject, subject));
    if (!person) {
      if (!code || !displayName) return refuse("missing_claims", `平台未提供${!code ? `部门代码（${settings.departmentClaim}）` : `姓名（${settings.nameClaim}）`}`, subject);
      const [department] = await tx.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.code, code));
      if (!department) return refuse("unknown_department", `部门代码「${code.slice(0, 50)}」在本系统中不存在`, subject);
      [person] = await tx
        .insert(people)
        .values({
          username: oidcUsername(settings.issuer, subject),
          displayName,
          departmentId: department.id,
          roles: roles ?? [],
          // No password verifies against this: the person signs in only through the platform.
          passwordHash: "oidc",
          oidcSubject: subject,
        })
        .returning({ id: people.id, displayName: people.displayName, active: people.active, roles: people.roles });
      await recordAudit(tx, system, {
        action: "person.provision",
        entityType: "person",
        entityId: person!.id,
        summary: `统一身份认证首次登录，为「${displayName}」（主体标识 ${subject.slice(0, 200)}）在${department.name}建立账号，${roles?.length ? `按平台授予角色：${roles.map((r) => ROLE_LABELS[r]).join("、")}` : "暂无角色，待管理员授予"}`,
      });
    } else if (roles) {
      const kept = person.roles.filter((r) => (SEPARATED_ROLES as readonly Role[]).includes(r));
      const next = [...kept, ...roles];
      if (next.length !== person.roles.length || next.some((r) => !person!.roles.includes(r))) {
        await tx.update(people).set({ roles: next, updatedAt: now }).where(eq(people.id, person.id));
        await recordAudit(tx, system, {
          action: "person.update",
          entityType: "person",
          entityId: person.id,
          summary: `按统一身份认证平台更新「${person.displayName}」的角色：${next.map((r) => ROLE_LABELS[r]).join("、") || "无"}`,
        });
      }
    }
    if (!person!.active) return refuse("inactive", `「${person!.displayName}」的账号已在本系统停用`, person!.id);

    await tx.update(people).set({ lastSignInAt: now }).where(eq(people.id, person!.id));
    const sessionId = await startSession(tx, person!.id, origin, now);
    await tx
      .update(sessions)
      .set({
        method: "oidc",
        oidcIdToken: tokens.id_token ?? null,
        oidcRefreshToken: tokens.refresh_token ? sealSecret(origin.secret, tokens.refresh_token) : null,
        oidcCheckedAt: now,
      })
      .where(eq(sessions.id, sessionId));
    await recordAudit(tx, { id: person!.id, displayName: person!.displayName, requestId: origin.requestId, address: origin.address, userAgent: origin.userAgent }, {
      action: "auth.sign_in",
      entityType: "person",
      entityId: person!.id,
      summary: `「${person!.displayName}」登录（统一身份认证，主体标识 ${subject.slice(0, 200)}）`,
    });
    return { ok: true, personId: person!.id, sessionId };
  });
}

/** The platform's metadata, fetched once per process (it names the token and end-session endpoints). */
const metadata = new Map<string, Promise<oauth.AuthorizationServer>>();
export function discover(issuer: string): Promise<oauth.AuthorizationServer> {
  if (!metadata.has(issuer)) {
    const url = new URL(issuer);
    const found = oauth
      .discoveryRequest(url, { [oauth.allowInsecureRequests]: url.protocol === "http:" })
      .then((response) => oauth.processDiscoveryResponse(url, response));
    found.catch(() => metadata.delete(issuer));
    metadata.set(issuer, found);
  }
  return metadata.get(issuer)!;
}

/**
 * Whether an OIDC session may go on: at most every `checkMinutes`, per session (claimed with one
 * UPDATE, so one instance asks), the platform is asked for fresh tokens with the session's refresh
 * token. Refused (the account was disabled or signed out there) → the session ends here too. When
 * the platform cannot be reached the session goes on: an outage must not sign everyone out.
 * A session without a refresh token cannot be re-checked and ends at its usual limits.
 */
export async function recheckOidcSession(db: Db, settings: OidcSettings, sessionId: string, secret: string, now = new Date()): Promise<boolean> {
  const [claimed] = await db
    .update(sessions)
    .set({ oidcCheckedAt: now })
    .where(
      and(
        eq(sessions.id, sessionId),
        eq(sessions.method, "oidc"),
        isNull(sessions.endedAt),
        or(isNull(sessions.oidcCheckedAt), lt(sessions.oidcCheckedAt, new Date(now.getTime() - settings.checkMinutes * 60_000))),
      ),
    )
    .returning({ sealed: sessions.oidcRefreshToken, personId: sessions.personId });
  if (!claimed?.sealed) return true;
  let refreshToken: string;
  try {
    refreshToken = openSecret(secret, claimed.sealed);
  } catch {
    // Sealed under another AUTH_SECRET: nothing to ask with.
    return true;
  }
  try {
    const as = await discover(settings.issuer);
    const client = { client_id: settings.clientId };
    const response = await oauth.refreshTokenGrantRequest(as, client, oauth.ClientSecretBasic(settings.clientSecret), refreshToken, {
      [oauth.allowInsecureRequests]: new URL(settings.issuer).protocol === "http:",
    });
    const fresh = await oauth.processRefreshTokenResponse(as, client, response);
    await db
      .update(sessions)
      .set({ oidcRefreshToken: fresh.refresh_token ? sealSecret(secret, fresh.refresh_token) : claimed.sealed, ...(fresh.id_token ? { oidcIdToken: fresh.id_token } : {}) })
      .where(eq(sessions.id, sessionId));
    return true;
  } catch (error) {
    if (!(error instanceof oauth.ResponseBodyError) || error.error !== "invalid_grant") {
      log("warn", "unified identity platform unreachable; session kept", { error: String(error) });
      return true;
    }
    await db.transaction(async (tx) => {
      await tx.update(sessions).set({ endedAt: now, endedReason: "oidc_revoked" }).where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)));
      const [person] = await tx.select({ displayName: people.displayName }).from(people).where(eq(people.id, claimed.personId));
      await recordAudit(tx, { system: "统一身份认证" }, {
        action: "auth.session_revoked",
        entityType: "person",
        entityId: claimed.personId,
        summary: `统一身份认证平台不再认可「${person?.displayName ?? ""}」的登录（账号停用或已在平台退出），本系统会话结束`,
      });
    });
    return false;
  }
}

/**
 * Where to send the browser after signing out here, to end the platform's session too
 * (RP-initiated logout): null when the platform names no end_session_endpoint or cannot be reached.
 */
export async function endSessionUrl(settings: OidcSettings, idToken: string, postLogoutRedirectUri: string): Promise<string | null> {
  try {
    const as = await discover(settings.issuer);
    if (!as.end_session_endpoint) return null;
    const url = new URL(as.end_session_endpoint);
    url.searchParams.set("id_token_hint", idToken);
    url.searchParams.set("client_id", settings.clientId);
    url.searchParams.set("post_logout_redirect_uri", postLogoutRedirectUri);
    return url.toString();
  } catch (error) {
    log("warn", "unified identity platform unreachable at sign-out", { error: String(error) });
    return null;
  }
}
