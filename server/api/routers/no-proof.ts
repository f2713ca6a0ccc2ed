import { z } from "zod";
import { answerFeedback, answerFeedbackInput, feedbackInboxSchema, listFeedback, markFeedbackRead, unreadFeedback } from "@/server/no-proof/feedback";
import { createCase, noProofLifecycle, updateCase } from "@/server/no-proof/lifecycle";
import { caseReviewQueue, departmentCases, getCase } from "@/server/no-proof/queries";
import { caseReasonInput, caseRefInput, createCaseInput, updateCaseInput } from "@/server/no-proof/schemas";
import { pageInput } from "@/server/pagination";
import { batchApproveInput } from "@/server/versioning/inputs";
import { authedProcedure, createTRPCRouter, publicProcedure, refreshesPublicPages } from "../trpc";

const changesPublicPages = authedProcedure.use(refreshesPublicPages);

export const noProofRouter = createTRPCRouter({
  get: publicProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => getCase(ctx.db, ctx.actor, input.id)),
  create: authedProcedure.input(createCaseInput).mutation(({ ctx, input }) => createCase(ctx.db, ctx.actor, input)),
  update: changesPublicPages.input(updateCaseInput).mutation(({ ctx, input }) => updateCase(ctx.db, ctx.actor, input)),
  submit: authedProcedure.input(caseRefInput).mutation(({ ctx, input }) => noProofLifecycle.submit(ctx.db, ctx.actor, input)),
  retire: changesPublicPages.input(caseReasonInput).mutation(({ ctx, input }) => noProofLifecycle.retire(ctx.db, ctx.actor, input)),
  approve: changesPublicPages.input(caseRefInput).mutation(({ ctx, input }) => noProofLifecycle.approve(ctx.db, ctx.actor, input)),
  return: changesPublicPages.input(caseReasonInput).mutation(({ ctx, input }) => noProofLifecycle.returnForChanges(ctx.db, ctx.actor, input)),
  batchApprove: changesPublicPages.input(batchApproveInput).mutation(({ ctx, input }) => noProofLifecycle.batchApprove(ctx.db, ctx.actor, input.items)),
  mine: authedProcedure.input(z.object({ page: pageInput })).query(({ ctx, input }) => departmentCases(ctx.db, ctx.actor, input)),
  reviewQueue: authedProcedure.input(z.object({ page: pageInput })).query(({ ctx, input }) => caseReviewQueue(ctx.db, ctx.actor, input)),
  feedback: authedProcedure.input(feedbackInboxSchema).query(({ ctx, input }) => listFeedback(ctx.db, ctx.actor, input)),
  unreadFeedback: authedProcedure.query(({ ctx }) => unreadFeedback(ctx.db, ctx.actor)),
  markFeedbackRead: authedProcedure.mutation(({ ctx }) => markFeedbackRead(ctx.db, ctx.actor)),
  answerFeedback: changesPublicPages.input(answerFeedbackInput).mutation(({ ctx, input }) => answerFeedback(ctx.db, ctx.actor, input)),
});
