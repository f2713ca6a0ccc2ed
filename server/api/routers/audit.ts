import { auditFilterSchema, listAuditEvents } from "@/server/audit/audit";
import { can } from "@/server/auth/permissions";
import { createTRPCRouter, withPermission } from "../trpc";

export const auditRouter = createTRPCRouter({
  list: withPermission(can.viewAuditTrail)
    .input(auditFilterSchema)
    .query(({ ctx, input }) => listAuditEvents(ctx.db, ctx.actor, input)),
});
