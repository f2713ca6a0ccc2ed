import { z } from "zod";
import { accessFor, accessStatuses, decideAccess, listRequests, markRead, requestAccess, unreadCounts } from "@/server/access/requests";
import { decideAccessInput, inboxSchema, requestAccessInput } from "@/server/access/schemas";
import { onTimeByDepartment, onTimeOfDepartment } from "@/server/access/on-time";
import { authedProcedure, createTRPCRouter } from "../trpc";

export const accessRouter = createTRPCRouter({
  request: authedProcedure.input(requestAccessInput).mutation(({ ctx, input }) => requestAccess(ctx.db, ctx.actor, input)),
  decide: authedProcedure.input(decideAccessInput).mutation(({ ctx, input }) => decideAccess(ctx.db, ctx.actor, input)),
  list: authedProcedure.input(inboxSchema).query(({ ctx, input }) => listRequests(ctx.db, ctx.actor, input)),
  unread: authedProcedure.query(({ ctx }) => unreadCounts(ctx.db, ctx.actor)),
  markRead: authedProcedure
    .input(z.object({ box: z.enum(["received", "sent"]) }))
    .mutation(({ ctx, input }) => markRead(ctx.db, ctx.actor, input.box)),
  forResources: authedProcedure
    .input(z.object({ resourceIds: z.array(z.uuid()).max(50) }))
    .query(({ ctx, input }) => accessStatuses(ctx.db, ctx.actor, input.resourceIds)),
  forResource: authedProcedure.input(z.object({ resourceId: z.uuid() })).query(({ ctx, input }) => accessFor(ctx.db, ctx.actor, input.resourceId)),
  onTime: authedProcedure.query(({ ctx }) => onTimeByDepartment(ctx.db, ctx.actor)),
  onTimeOf: authedProcedure.input(z.object({ departmentId: z.uuid() })).query(({ ctx, input }) => onTimeOfDepartment(ctx.db, ctx.actor, input.departmentId)),
});
