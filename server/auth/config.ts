import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { log } from "@/server/log";
import { getAuthSecret } from "./secret";
import { verifySignIn } from "./sign-in";

/** Carries why a sign-in was refused to the login form: invalid | inactive | locked:<ISO time>. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

declare module "next-auth" {
  interface User {
    authVersion?: number;
  }
  interface Session {
    authVersion: number;
  }
}

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});

export const SESSION_HOURS = 8;

// A function, so the secret is read when the first request arrives, not while `next build` runs.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const result = await verifySignIn(await getDb(), parsed.data);
        if (!result.ok)
          throw new SignInRefused(
            result.reason === "locked" ? `locked:${result.lockedUntil.toISOString()}` : result.reason,
          );
        return { id: result.personId, authVersion: result.authVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.authVersion = user.authVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.authVersion = Number(token.authVersion ?? 0);
      return session;
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
