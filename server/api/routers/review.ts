import { z } from "zod";
import { nextInQueue, reviewCounts } from "@/server/versioning/queue";
import { REVIEW_KINDS } from "@/server/versioning/review-kinds";
import { authedProcedure, createTRPCRouter } from "../trpc";

/** What the three review queues share: how many wait, and which one is next. */
export const reviewRouter = createTRPCRouter({
  counts: authedProcedure.query(({ ctx }) => reviewCounts(ctx.db, ctx.actor)),
  next: authedProcedure
    .input(z.object({ kind: z.enum(REVIEW_KINDS), id: z.uuid() }))
    .query(({ ctx, input }) => nextInQueue(ctx.db, ctx.actor, input.kind, input.id)),
});
