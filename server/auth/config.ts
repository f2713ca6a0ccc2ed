import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { clientAddress } from "@/server/http/client-address";
import { log } from "@/server/log";
import { oidcProvider, oidcSettings, signInWithOidc } from "./oidc";
import { getAuthSecret } from "./secret";
import { endOwnSessionAtSignOut, SESSION_HOURS } from "./sessions";
import { verifySecondStep, verifySignIn } from "./sign-in";

/** Why a sign-in was refused, carried to the login form as JSON in the error's code. */
export interface Refusal {
  reason: "invalid" | "inactive" | "challenge" | "throttled" | "second_factor" | "code_invalid" | "second_factor_expired" | "unified_required";
  retryAfter?: number;
  /** For the second step: the signed proof that the password was right. */
  pendingToken?: string;
  challengeNext: boolean;
}

export class SignInRefused extends CredentialsSignin {
  constructor(refusal: Refusal) {
    super();
    this.code = JSON.stringify(refusal);
  }
}

declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
  interface Session {
    sessionId?: string;
  }
}

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
  challengeToken: z.string().max(200).optional(),
  challengeAnswer: z.string().max(10).optional(),
});

const secondStepSchema = z.object({
  pendingToken: z.string().min(1).max(300),
  code: z.string().trim().min(1).max(20),
});

// A function, so the secret is read when the first request arrives, not while `next build` runs.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const oidc = oidcSettings();
  return {
    secret: getAuthSecret(),
    trustHost: true,
    // The cookie only names a row of the sessions table; that row decides (see ./sessions).
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    // A refused or failed sign-in at the platform comes back to the login page, which says why.
    pages: { signIn: "/login", ...(oidc ? { error: "/login" } : {}) },
    providers: [
      // 统一身份认证, only when configured (OIDC_ISSUER, OIDC_CLIENT_ID…; see ./oidc).
      ...(oidc ? [oidcProvider(oidc)] : []),
      Credentials({
        credentials: { username: {}, password: {}, challengeToken: {}, challengeAnswer: {}, pendingToken: {}, code: {} },
        async authorize(raw, request) {
          const origin = {
            address: clientAddress(request.headers),
            userAgent: request.headers.get("user-agent") ?? "",
            requestId: request.headers.get("x-request-id") ?? undefined,
            secret: getAuthSecret(),
          };
          const secondStep = secondStepSchema.safeParse(raw);
          const firstStep = credentialsSchema.safeParse(raw);
          if (!secondStep.success && !firstStep.success) throw new SignInRefused({ reason: "invalid", challengeNext: false });
          const result = secondStep.success
            ? await verifySecondStep(await getDb(), secondStep.data, origin)
            : await verifySignIn(await getDb(), firstStep.data!, origin);
          if (!result.ok) {
            const { ok: _ok, ...refusal } = result;
            throw new SignInRefused(refusal);
          }
          return { id: result.personId, sessionId: result.sessionId };
        },
      }),
    ],
    callbacks: {
      /** The platform vouched for the person: found or provisioned here, and a session started (./oidc). */
      async signIn({ user, account, profile }) {
        if (account?.provider !== "oidc" || !oidc) return true;
        const h = await headers();
        const result = await signInWithOidc(await getDb(), oidc, profile ?? {}, account, {
          address: clientAddress(h),
          userAgent: h.get("user-agent") ?? "",
          requestId: h.get("x-request-id") ?? undefined,
          secret: getAuthSecret(),
        });
        if (!result.ok) return `/login?error=${result.reason}`;
        user.id = result.personId;
        user.sessionId = result.sessionId;
        return true;
      },
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sid = user.sessionId;
        }
        return token;
      },
      session({ session, token }) {
        session.user.id = token.sub ?? "";
        session.sessionId = typeof token.sid === "string" ? token.sid : undefined;
        return session;
      },
    },
    events: {
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (typeof sid !== "string") return;
        const h = await headers();
        await endOwnSessionAtSignOut(await getDb(), sid, { address: clientAddress(h), userAgent: h.get("user-agent") ?? "", requestId: h.get("x-request-id") ?? undefined });
      },
    },
    logger: {
      error(error) {
        // A refused sign-in is an expected outcome, not a server fault.
        if (error instanceof CredentialsSignin) log("info", "sign-in refused", { code: error.code });
        // Auth.js wraps what went wrong (a refused token from the platform, say) as the cause.
        else {
          const cause = (error.cause as { err?: unknown } | undefined)?.err ?? error.cause;
          // oauth4webapi's errors carry the platform's own answer (invalid_grant, invalid_client…).
          const answer = cause && typeof cause === "object" && "error" in cause ? { error: cause.error, description: (cause as { error_description?: unknown }).error_description } : undefined;
          log("error", "auth error", { error, cause: String(cause ?? ""), answer });
        }
      },
      warn(code) {
        log("warn", "auth warning", { code });
      },
      debug(message, metadata) {
        log("debug", message, { metadata });
      },
    },
  };
});
