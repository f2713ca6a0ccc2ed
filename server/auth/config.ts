import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { clientAddress } from "@/server/http/client-address";
import { log } from "@/server/log";
import { getAuthSecret } from "./secret";
import { endOwnSessionAtSignOut, SESSION_HOURS } from "./sessions";
import { verifySecondStep, verifySignIn } from "./sign-in";

/** Why a sign-in was refused, carried to the login form as JSON in the error's code. */
export interface Refusal {
  reason: "invalid" | "inactive" | "challenge" | "throttled" | "second_factor" | "code_invalid" | "second_factor_expired";
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
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getAuthSecret(),
  trustHost: true,
  // The cookie only names a row of the sessions table; that row decides (see ./sessions).
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/login" },
  providers: [
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
      else log("error", "auth error", { error });
    },
    warn(code) {
      log("warn", "auth warning", { code });
    },
    debug(message, metadata) {
      log("debug", message, { metadata });
    },
  },
}));
