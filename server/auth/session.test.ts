import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { sessionCookieName, sessionIdOf } = await import("./session");

const SECRET = "a-test-secret-of-enough-length-for-hkdf";
const SID = "0b7c2a52-6f0e-4c39-9d55-3a8f1f2c9e01";

/** A cookie as Auth.js writes it at sign-in: the JWT encrypted under the secret, salted with the cookie's name. */
async function cookie(name: string, claims: Record<string, unknown> = { sub: "person", sid: SID }, secret = SECRET, maxAge = 3600) {
  return `${name}=${await encode({ token: claims, secret, salt: name, maxAge })}`;
}

const headers = (init: Record<string, string>) => new Headers(init);
const read = (h: Headers) => sessionIdOf(h, () => SECRET);

describe("the session cookie", () => {
  it("is named as Auth.js names it: __Secure- over HTTPS (by AUTH_URL, else the forwarded protocol)", () => {
    expect(sessionCookieName(headers({ "x-forwarded-proto": "http" }), {})).toBe("authjs.session-token");
    expect(sessionCookieName(headers({ "x-forwarded-proto": "https" }), {})).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName(headers({}), {})).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName(headers({ "x-forwarded-proto": "https" }), { AUTH_URL: "http://intranet:3000" })).toBe("authjs.session-token");
  });

  it("names the session it was issued for", async () => {
    expect(await read(headers({ "x-forwarded-proto": "http", cookie: `other=1; ${await cookie("authjs.session-token")}` }))).toBe(SID);
    expect(await read(headers({ "x-forwarded-proto": "https", cookie: await cookie("__Secure-authjs.session-token") }))).toBe(SID);
  });

  it("names none without a cookie, with a forged, expired or foreign one, or with the other protocol's", async () => {
    const http = (cookieHeader: string) => headers({ "x-forwarded-proto": "http", cookie: cookieHeader });
    expect(await read(headers({ "x-forwarded-proto": "http" }))).toBeNull();
    const valid = await cookie("authjs.session-token");
    expect(await read(http(valid.slice(0, -4) + "AAAA"))).toBeNull();
    expect(await read(http(await cookie("authjs.session-token", { sid: SID }, "another-secret-of-enough-length-xyz")))).toBeNull();
    expect(await read(http(await cookie("authjs.session-token", { sid: SID }, SECRET, -60)))).toBeNull();
    // Encrypted for the HTTPS name (another salt), presented under the HTTP one.
    expect(await read(http(`authjs.session-token=${(await cookie("__Secure-authjs.session-token")).split("=")[1]}`))).toBeNull();
    expect(await read(http(await cookie("authjs.session-token", { sub: "person" })))).toBeNull();
    // A bearer token is not a session cookie.
    expect(await read(headers({ "x-forwarded-proto": "http", authorization: `Bearer ${valid.split("=")[1]}`, cookie: "__Secure-authjs.session-token=x" }))).toBeNull();
  });

  it("once decrypted, still ends at its expiry and holds only under the secret it was decrypted with", async () => {
    const h = headers({ "x-forwarded-proto": "http", cookie: await cookie("authjs.session-token", { sub: "person", sid: SID }, SECRET, 60) });
    expect(await sessionIdOf(h, () => SECRET)).toBe(SID);
    // The second read comes from the memo: same answer while valid, none once the expiry has passed.
    expect(await sessionIdOf(h, () => SECRET, Date.now() + 30_000)).toBe(SID);
    expect(await sessionIdOf(h, () => SECRET, Date.now() + 61_000)).toBeNull();
    // After the secret changes, the same cookie is decrypted again, and fails.
    expect(await sessionIdOf(h, () => "another-secret-of-enough-length-xyz")).toBeNull();
    expect(await sessionIdOf(h, () => SECRET)).toBe(SID);
  });
});
