import { z } from "zod";
import {
  approveResource,
  batchApprove,
  createResource,
  retireResource,
  returnResource,
  submitResource,
  updateResource,
} from "@/server/resources/lifecycle";
import { commitImport, importSetup } from "@/server/resources/import";
import { compareVersions, getResource, reviewQueue, searchResources } from "@/server/resources/queries";
import {
  createResourceInput,
  resourceRefInput,
  resourceSearchSchema,
  retireResourceInput,
  returnResourceInput,
  reviewQueueSchema,
  updateResourceInput,
} from "@/server/resources/schemas";
import { batchApproveInput } from "@/server/versioning/inputs";
import { authedProcedure, createTRPCRouter, publicProcedure } from "../trpc";

const withSubmit = { submit: z.boolean().default(false) };

export const resourceRouter = createTRPCRouter({
  search: publicProcedure.input(resourceSearchSchema).query(({ ctx, input }) => searchResources(ctx.db, ctx.actor, input)),
  get: publicProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => getResource(ctx.db, ctx.actor, input.id)),
  compare: publicProcedure
    .input(z.object({ id: z.uuid(), from: z.number().int().positive(), to: z.number().int().positive() }))
    .query(({ ctx, input }) => compareVersions(ctx.db, ctx.actor, input)),
  create: authedProcedure.input(createResourceInput.extend(withSubmit)).mutation(({ ctx, input }) => createResource(ctx.db, ctx.actor, input)),
  update: authedProcedure.input(updateResourceInput.extend(withSubmit)).mutation(({ ctx, input }) => updateResource(ctx.db, ctx.actor, input)),
  submit: authedProcedure.input(resourceRefInput).mutation(({ ctx, input }) => submitResource(ctx.db, ctx.actor, input)),
  retire: authedProcedure.input(retireResourceInput).mutation(({ ctx, input }) => retireResource(ctx.db, ctx.actor, input)),
  reviewQueue: authedProcedure.input(reviewQueueSchema).query(({ ctx, input }) => reviewQueue(ctx.db, ctx.actor, input)),
  approve: authedProcedure.input(resourceRefInput).mutation(({ ctx, input }) => approveResource(ctx.db, ctx.actor, input)),
  return: authedProcedure.input(returnResourceInput).mutation(({ ctx, input }) => returnResource(ctx.db, ctx.actor, input)),
  importSetup: authedProcedure.query(({ ctx }) => importSetup(ctx.db, ctx.actor)),
  commitImport: authedProcedure
    .input(z.object({ id: z.uuid(), submit: z.boolean().default(false) }))
    .mutation(({ ctx, input }) => commitImport(ctx.db, ctx.actor, input)),
  batchApprove: authedProcedure.input(batchApproveInput).mutation(({ ctx, input }) => batchApprove(ctx.db, ctx.actor, input)),
});
