import { z } from "@/server/validation";
import { changeOwnPassword, changePasswordInput } from "@/server/auth/account";
import { getAuthSecret } from "@/server/auth/secret";
import { endAllSessions, endSession, endSessionInput, listOpenSessions, sessionListInput } from "@/server/auth/sessions";
import { unlockPerson } from "@/server/auth/sign-in";
import { beginEnrolment, codeInput, confirmEnrolment, disableInput, disableTwoFactor, resetTwoFactor, twoFactorStatus, twoFactorStatusOf } from "@/server/auth/two-factor";
import { accountProcedure, authedProcedure, createTRPCRouter } from "../trpc";

const person = z.object({ personId: z.uuid() });

export const accountRouter = createTRPCRouter({
  changePassword: accountProcedure.input(changePasswordInput).mutation(({ ctx, input }) => changeOwnPassword(ctx.db, ctx.actor, input)),
  twoFactor: accountProcedure.query(({ ctx }) => twoFactorStatus(ctx.db, ctx.actor.id)),
  beginTwoFactor: accountProcedure.mutation(({ ctx }) => beginEnrolment(ctx.db, ctx.actor, getAuthSecret())),
  confirmTwoFactor: accountProcedure.input(codeInput).mutation(({ ctx, input }) => confirmEnrolment(ctx.db, ctx.actor, getAuthSecret(), input)),
  disableTwoFactor: authedProcedure.input(disableInput).mutation(({ ctx, input }) => disableTwoFactor(ctx.db, ctx.actor, input)),
  twoFactorOf: authedProcedure.input(person).query(({ ctx, input }) => twoFactorStatusOf(ctx.db, ctx.actor, input)),
  resetTwoFactor: authedProcedure.input(person).mutation(({ ctx, input }) => resetTwoFactor(ctx.db, ctx.actor, input)),
  /** Anyone's sessions: the person themself, or a 安全管理员. */
  sessions: authedProcedure.input(sessionListInput).query(({ ctx, input }) => listOpenSessions(ctx.db, ctx.actor, input)),
  endSession: authedProcedure.input(endSessionInput).mutation(({ ctx, input }) => endSession(ctx.db, ctx.actor, input)),
  endAllSessions: authedProcedure.input(sessionListInput).mutation(({ ctx, input }) => endAllSessions(ctx.db, ctx.actor, input)),
  unlock: authedProcedure.input(person).mutation(({ ctx, input }) => unlockPerson(ctx.db, ctx.actor, input)),
});
