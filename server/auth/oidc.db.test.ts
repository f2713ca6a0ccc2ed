import { Auth, customFetch, type AuthConfig } from "@auth/core";
import { and, desc, eq, like } from "drizzle-orm";
import { decodeJwt, importJWK, SignJWT, type JWTPayload } from "jose";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents, departments, people, sessions } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/organisation";
import { startTestProvider, TEST_PASSWORD, type TestProvider } from "@/scripts/oidc-test-provider.mjs";
import { refused } from "@/server/testing/refusals";
import { actorFor, createSeededTestDatabase, REQUEST_ORIGIN, type TestDatabase } from "@/server/testing/database";
import { oidcProvider, oidcSettings, recheckOidcSession, signInWithOidc, trustedRoles, type OidcSettings } from "./oidc";
import { loadSession } from "./sessions";
import { updateSignInPolicy } from "./sign-in-policy";
import { verifySignIn } from "./sign-in";

// A real provider (oidc-provider) on 127.0.0.1, once for the file; the app's side is Auth.js's own
// request handler with the provider configuration and the sign-in service the app ships.
const SECRET = "test-secret-test-secret-test-secret";
const APP = "http://app.test";
const CLIENT = { clientId: "citybrain", clientSecret: "client-secret-for-tests" };
let t: TestDatabase;
let provider: TestProvider;
let settings: OidcSettings;
/** How the next token response is changed on its way to the app (a forged ID token), if at all. */
let forge: ((claims: JWTPayload) => JWTPayload) | null = null;

beforeAll(async () => {
  [t, provider] = await Promise.all([
    createSeededTestDatabase(),
    startTestProvider({ clients: [{ ...CLIENT, redirectUris: [`${APP}/api/auth/callback/oidc`], postLogoutRedirectUris: [`${APP}/`] }] }),
  ]);
  settings = oidcSettings({
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: CLIENT.clientId,
    OIDC_CLIENT_SECRET: CLIENT.clientSecret,
    OIDC_SCOPES: "openid profile department offline_access",
  })!;
});
afterAll(() => Promise.all([t.close(), provider.close()]));

/** The provider's token response, its ID token re-signed with the provider's own key after `forge`. */
async function forgingFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  if (!forge || !String(input instanceof Request ? input.url : input).endsWith("/token")) return response;
  const body = (await response.json()) as { id_token: string };
  const key = await importJWK(provider.signingKey, "RS256");
  body.id_token = await new SignJWT(forge(decodeJwt(body.id_token))).setProtectedHeader({ alg: "RS256", kid: provider.signingKey.kid, typ: "JWT" }).sign(key);
  return Response.json(body, { status: response.status });
}

function appConfig(): AuthConfig {
  return {
    secret: SECRET,
    trustHost: true,
    basePath: "/api/auth",
    session: { strategy: "jwt" },
    // The refusals below are expected; Auth.js would print each.
    logger: { error: () => undefined },
    pages: { signIn: "/login", error: "/login" },
    providers: [oidcProvider(settings, { [customFetch]: forgingFetch })],
    callbacks: {
      // As server/auth/config.ts does, with this test's database.
      async signIn({ user, account, profile }) {
        const result = await signInWithOidc(t.db, settings, profile ?? {}, account ?? {}, { ...REQUEST_ORIGIN, secret: SECRET });
        if (!result.ok) return `/login?error=${result.reason}`;
        user.id = result.personId;
        user.sessionId = result.sessionId;
        return true;
      },
      jwt: ({ token, user }) => (user ? { ...token, sid: user.sessionId } : token),
    },
  };
}

/** Cookies as a browser keeps them (one jar per site; paths ignored, harmless here). */
class Jar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return response;
  }
  get header() {
    return [...this.cookies].filter(([, v]) => v).map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(prefix: string) {
    return [...this.cookies].some(([k, v]) => k.includes(prefix) && v);
  }
}

const app = (path: string, jar: Jar, init: RequestInit = {}) =>
  Auth(new Request(`${APP}${path}`, { ...init, headers: { ...init.headers, cookie: jar.header } }), appConfig()).then((r) => jar.take(r));

/**
 * A person clicks 「统一身份认证登录」 and signs in at the platform's page: returns the address the
 * platform sends the browser back to (with code and state) and the app's cookies (state, PKCE, nonce).
 */
async function signInAtPlatform(login: string): Promise<{ callback: URL; jar: Jar }> {
  const jar = new Jar();
  const { csrfToken } = (await (await app("/api/auth/csrf", jar)).json()) as { csrfToken: string };
  const start = await app("/api/auth/signin/oidc", jar, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/console" }),
  });
  const platform = new Jar();
  let next = new URL(start.headers.get("location")!);
  expect(next.origin).toBe(provider.issuer);
  for (let hops = 0; next.origin === provider.issuer && hops < 10; hops++) {
    const isLogin = /\/interaction\/[^/]+$/.test(next.pathname);
    const response = platform.take(
      await fetch(isLogin ? `${next}/login` : next, {
        redirect: "manual",
        method: isLogin ? "POST" : "GET",
        headers: { cookie: platform.header, "content-type": "application/x-www-form-urlencoded" },
        body: isLogin ? new URLSearchParams({ login, password: TEST_PASSWORD }) : undefined,
      }),
    );
    next = new URL(response.headers.get("location")!, next);
  }
  expect(next.pathname).toBe("/api/auth/callback/oidc");
  return { callback: next, jar };
}

async function finish(callback: URL, jar: Jar) {
  const response = await app(`${callback.pathname}${callback.search}`, jar);
  return { location: new URL(response.headers.get("location")!, APP), signedIn: jar.has("session-token") };
}

const personOf = (subject: string) => t.db.select().from(people).where(eq(people.oidcSubject, subject)).then((rows) => rows[0]);

describe("统一身份认证 through a real OpenID Connect provider", () => {
  it("provisions a person on the first sign-in in the claim's department with no role, and starts a session", async () => {
    const { callback, jar } = await signInAtPlatform("jtj.first");
    const result = await finish(callback, jar);
    expect(result).toMatchObject({ signedIn: true });
    expect(result.location.pathname).toBe("/console");
    const person = (await personOf("jtj.first"))!;
    const [jtj] = await t.db.select().from(departments).where(eq(departments.code, "QD-JTJ"));
    expect(person).toMatchObject({ displayName: "测试人员first", departmentId: jtj!.id, roles: [], active: true });
    expect(person.username).toMatch(/^oidc-[0-9a-f]{12}$/);
    const [session] = await t.db.select().from(sessions).where(eq(sessions.personId, person.id));
    expect(session).toMatchObject({ method: "oidc", endedAt: null });
    expect(session!.oidcIdToken).toMatch(/^ey/);
    // Sealed (iv.tag.data), never the token as the platform issued it.
    expect(session!.oidcRefreshToken?.split(".")).toHaveLength(3);
    const audit = await t.db.select({ action: auditEvents.action, summary: auditEvents.summary }).from(auditEvents).where(eq(auditEvents.entityId, person.id));
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "person.provision", summary: expect.stringContaining("在青岛市交通运输局建立账号，暂无角色，待管理员授予") },
        { action: "auth.sign_in", summary: "「测试人员first」登录（统一身份认证，主体标识 jtj.first）" },
      ]),
    );

    // The second sign-in finds the same person.
    const again = await signInAtPlatform("jtj.first");
    expect((await finish(again.callback, again.jar)).signedIn).toBe(true);
    expect(await t.db.select().from(people).where(eq(people.oidcSubject, "jtj.first"))).toHaveLength(1);
  });

  it("accepts an ID token re-signed with the provider's key unchanged (so the refusals below are the claims')", async () => {
    const { callback, jar } = await signInAtPlatform("jtj.control");
    forge = (claims) => claims;
    try {
      expect((await finish(callback, jar)).signedIn).toBe(true);
    } finally {
      forge = null;
    }
  });

  it.each([
    ["for another client (wrong audience)", (c: JWTPayload) => ({ ...c, aud: "another-client" })],
    ["that has expired", (c: JWTPayload) => ({ ...c, iat: c.iat! - 7200, exp: c.iat! - 3600 })],
    ["from another issuer", (c: JWTPayload) => ({ ...c, iss: "http://127.0.0.1:9/" })],
    ["for another sign-in (wrong nonce)", (c: JWTPayload) => ({ ...c, nonce: "another-nonce" })],
  ])("refuses an ID token %s: no session, no person", async (_case, change) => {
    const login = `jtj.forged${Math.random().toString(36).slice(2, 8)}`;
    const { callback, jar } = await signInAtPlatform(login);
    forge = change;
    try {
      const result = await finish(callback, jar);
      expect(result.signedIn).toBe(false);
      expect(result.location.pathname).toBe("/login");
      expect(result.location.searchParams.get("error")).toBeTruthy();
    } finally {
      forge = null;
    }
    expect(await personOf(login)).toBeUndefined();
  });

  it("refuses a callback whose state is not the one this browser was sent with", async () => {
    const { callback, jar } = await signInAtPlatform("jtj.state");
    callback.searchParams.set("state", "a-state-from-another-browser");
    const result = await finish(callback, jar);
    expect(result.signedIn).toBe(false);
    expect(result.location.pathname).toBe("/login");
    expect(await personOf("jtj.state")).toBeUndefined();
  });

  it("refuses an unknown department code with a reason for the login page, and audits it", async () => {
    const { callback, jar } = await signInAtPlatform("nope.someone");
    const result = await finish(callback, jar);
    expect(result.signedIn).toBe(false);
    expect(result.location.pathname + result.location.search).toBe("/login?error=unknown_department");
    expect(await personOf("nope.someone")).toBeUndefined();
    const [row] = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, "nope.someone"));
    expect(row).toMatchObject({ action: "auth.sign_in_failed", summary: "统一身份认证（主体标识 nope.someone）登录失败：部门代码「QD-NOPE」在本系统中不存在" });
  });

  it("keeps a person disabled here out, whatever the platform says", async () => {
    const first = await signInAtPlatform("jtj.disabled");
    await finish(first.callback, first.jar);
    await t.db.update(people).set({ active: false }).where(eq(people.oidcSubject, "jtj.disabled"));
    const again = await signInAtPlatform("jtj.disabled");
    const result = await finish(again.callback, again.jar);
    expect(result.signedIn).toBe(false);
    expect(result.location.search).toBe("?error=inactive");
  });

  it("ends an open session at the next check once the platform disables the account; an unreachable platform ends nothing", async () => {
    const { callback, jar } = await signInAtPlatform("jtj.leaver");
    await finish(callback, jar);
    const person = (await personOf("jtj.leaver"))!;
    const [session] = await t.db.select().from(sessions).where(eq(sessions.personId, person.id)).orderBy(desc(sessions.createdAt));
    const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

    // Checked at sign-in: not again within the interval.
    expect(await recheckOidcSession(t.db, settings, session!.id, SECRET, later(1))).toBe(true);
    // Due: the platform still vouches (a fresh refresh token is kept).
    expect(await recheckOidcSession(t.db, settings, session!.id, SECRET, later(6))).toBe(true);
    // The platform is down: the session goes on.
    expect(await recheckOidcSession(t.db, { ...settings, issuer: "http://127.0.0.1:9" }, session!.id, SECRET, later(12))).toBe(true);

    provider.disable("jtj.leaver");
    expect(await recheckOidcSession(t.db, settings, session!.id, SECRET, later(18))).toBe(false);
    expect(await loadSession(t.db, session!.id)).toBeNull();
    const [ended] = await t.db.select().from(sessions).where(eq(sessions.id, session!.id));
    expect(ended).toMatchObject({ endedReason: "oidc_revoked" });
    const [row] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, person.id), eq(auditEvents.action, "auth.session_revoked")));
    expect(row?.summary).toContain("统一身份认证平台不再认可「测试人员leaver」的登录");

    // And no new session: the platform refuses the sign-in itself.
    await expect(signInAtPlatform("jtj.leaver")).rejects.toThrow();
  });
});

describe("roles from the platform", () => {
  it("are taken only when trusted, and never the three administrators' posts", async () => {
    expect(trustedRoles(["publisher", "sysadmin", "审核员", "auditor", "安全管理员"])).toEqual(["reviewer", "publisher"]);
    expect(trustedRoles("judge, organiser")).toEqual(["organiser", "judge"]);
    const trusting = { ...settings, rolesClaim: "roles", trustRoles: true };
    const result = await signInWithOidc(t.db, trusting, { sub: "rsj.trusted", name: "王芳", department_code: "QD-RSJ", roles: ["publisher", "sysadmin"] }, {}, { ...REQUEST_ORIGIN, secret: SECRET });
    expect(result.ok).toBe(true);
    expect((await personOf("rsj.trusted"))!.roles).toEqual(["publisher"]);
    // Not trusted: the claim is ignored.
    await signInWithOidc(t.db, settings, { sub: "rsj.untrusted", name: "刘洋", department_code: "QD-RSJ", roles: ["publisher"] }, {}, { ...REQUEST_ORIGIN, secret: SECRET });
    expect((await personOf("rsj.untrusted"))!.roles).toEqual([]);
  });
});

describe("requiring unified sign-in", () => {
  const attempt = (username: string) => verifySignIn(t.db, { username, password: DEMO_PASSWORD }, { address: "10.9.0.1", userAgent: "test", secret: SECRET });

  it("is set by a 系统管理员 only, with at least one existing administrator kept as break-glass", async () => {
    for (const username of ["security", "auditor", "publisher"]) {
      await refused(updateSignInPolicy(t.db, await actorFor(t.db, username), { requireUnified: true, breakGlass: ["admin"], version: 0 }), "FORBIDDEN");
    }
    const admin = await actorFor(t.db, "admin");
    await expect(updateSignInPolicy(t.db, admin, { requireUnified: true, breakGlass: [], version: 0 })).rejects.toThrow("至少保留一个");
    await expect(updateSignInPolicy(t.db, admin, { requireUnified: true, breakGlass: ["publisher"], version: 0 })).rejects.toThrow("publisher 不符合");
    await updateSignInPolicy(t.db, admin, { requireUnified: true, breakGlass: ["admin"], version: 0 });
    await refused(updateSignInPolicy(t.db, admin, { requireUnified: false, breakGlass: [], version: 0 }), "CONFLICT");
    const [row] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.policy"));
    expect(row).toMatchObject({ actorName: expect.any(String), summary: "要求统一身份认证登录，保留本地密码登录的应急管理员：admin" });
  });

  it("refuses local passwords but the break-glass administrators' while the platform is configured", async () => {
    vi.stubEnv("OIDC_ISSUER", provider.issuer);
    vi.stubEnv("OIDC_CLIENT_ID", CLIENT.clientId);
    expect(await attempt("reviewer")).toMatchObject({ ok: false, reason: "unified_required" });
    expect(await attempt("admin")).toMatchObject({ ok: false, reason: "second_factor" });
    const [row] = await t.db.select().from(auditEvents).where(like(auditEvents.summary, "%以本地密码登录被拒绝%"));
    expect(row?.summary).toBe("「李思雨」以本地密码登录被拒绝（已要求统一身份认证登录）");
    // Without the platform configured the policy is inert: no one is locked out.
    vi.unstubAllEnvs();
    expect(await attempt("reviewer")).toMatchObject({ ok: true });
  });
});
