import { z } from "zod";
import { caseReasonInput, caseRefInput, createPlaceInput, updatePlaceInput } from "@/server/no-proof/schemas";
import { consolePlaces, createPlace, getPlace, placeLifecycle, placeReviewQueue, updatePlace } from "@/server/no-proof/places";
import { pageInput } from "@/server/pagination";
import { batchApproveInput } from "@/server/versioning/inputs";
import { authedProcedure, createTRPCRouter, refreshesPublicPages } from "../trpc";

const changesPublicPages = authedProcedure.use(refreshesPublicPages);

/** 一码亮证 places, kept by departments on the review lifecycle like use cases. */
export const placeRouter = createTRPCRouter({
  list: authedProcedure.query(({ ctx }) => consolePlaces(ctx.db, ctx.actor)),
  get: authedProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => getPlace(ctx.db, ctx.actor, input.id)),
  create: authedProcedure.input(createPlaceInput).mutation(({ ctx, input }) => createPlace(ctx.db, ctx.actor, input)),
  update: changesPublicPages.input(updatePlaceInput).mutation(({ ctx, input }) => updatePlace(ctx.db, ctx.actor, input)),
  submit: authedProcedure.input(caseRefInput).mutation(({ ctx, input }) => placeLifecycle.submit(ctx.db, ctx.actor, input)),
  retire: changesPublicPages.input(caseReasonInput).mutation(({ ctx, input }) => placeLifecycle.retire(ctx.db, ctx.actor, input)),
  approve: changesPublicPages.input(caseRefInput).mutation(({ ctx, input }) => placeLifecycle.approve(ctx.db, ctx.actor, input)),
  return: changesPublicPages.input(caseReasonInput).mutation(({ ctx, input }) => placeLifecycle.returnForChanges(ctx.db, ctx.actor, input)),
  batchApprove: changesPublicPages.input(batchApproveInput).mutation(({ ctx, input }) => placeLifecycle.batchApprove(ctx.db, ctx.actor, input.items)),
  reviewQueue: authedProcedure.input(z.object({ page: pageInput })).query(({ ctx, input }) => placeReviewQueue(ctx.db, ctx.actor, input)),
});
