import { changeOwnPassword, changePasswordInput } from "@/server/auth/account";
import { z } from "@/server/validation";
import { endAllSessions, endSession, endSessionInput, listOpenSessions, sessionListInput } from "@/server/auth/sessions";
import { unlockPerson } from "@/server/auth/sign-in";
import { accountProcedure, authedProcedure, createTRPCRouter } from "../trpc";


export const accountRouter = createTRPCRouter({
  changePassword: accountProcedure.input(changePasswordInput).mutation(({ ctx, input }) => changeOwnPassword(ctx.db, ctx.actor, input)),
  /** Anyone's sessions: the person themself, or an administrator. */
  sessions: authedProcedure.input(sessionListInput).query(({ ctx, input }) => listOpenSessions(ctx.db, ctx.actor, input)),
  endSession: authedProcedure.input(endSessionInput).mutation(({ ctx, input }) => endSession(ctx.db, ctx.actor, input)),
  endAllSessions: authedProcedure.input(sessionListInput).mutation(({ ctx, input }) => endAllSessions(ctx.db, ctx.actor, input)),
  unlock: authedProcedure.input(z.object({ personId: z.uuid() })).mutation(({ ctx, input }) => unlockPerson(ctx.db, ctx.actor, input)),
});
