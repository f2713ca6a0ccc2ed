import { auditFilterSchema, listAuditEvents } from "@/server/audit/audit";
import { checkAuditChain } from "@/server/audit/integrity";
import { authedProcedure, createTRPCRouter } from "../trpc";

export const auditRouter = createTRPCRouter({
  list: authedProcedure
    .input(auditFilterSchema)
    .query(({ ctx, input }) => listAuditEvents(ctx.db, ctx.actor, input)),
  verify: authedProcedure.mutation(({ ctx }) => checkAuditChain(ctx.db, ctx.actor)),
});
