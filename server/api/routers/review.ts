import { z } from "zod";
import { can } from "@/server/auth/permissions";
import { nextInQueue, reviewCounts } from "@/server/versioning/queue";
import { REVIEW_KINDS } from "@/server/versioning/review-kinds";
import { createTRPCRouter, withPermission } from "../trpc";

const reviewer = withPermission(can.reviewResources);

/** What the three review queues share: how many wait, and which one is next. */
export const reviewRouter = createTRPCRouter({
  counts: reviewer.query(({ ctx }) => reviewCounts(ctx.db, ctx.actor)),
  next: reviewer
    .input(z.object({ kind: z.enum(REVIEW_KINDS), id: z.uuid() }))
    .query(({ ctx, input }) => nextInQueue(ctx.db, ctx.actor, input.kind, input.id)),
});
