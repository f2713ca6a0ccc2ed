import { z } from "zod";
import { getScenario, listScenarios, pendingAdoptions, scenarioReviewQueue, scenarioSearchSchema } from "@/server/scenarios/queries";
import { pageInput } from "@/server/pagination";
import { getReformSheet } from "@/server/reform/sheet";
import { coverage, decideAdoption, recordAdoption, adoptionLeaderboard } from "@/server/scenarios/adoptions";
import {
  approveScenario,
  createScenario,
  scenarioLifecycle,
  retireScenario,
  returnScenario,
  setBenchmark,
  submitScenario,
  updateScenario,
} from "@/server/scenarios/lifecycle";
import {
  benchmarkInput,
  createScenarioInput,
  decideAdoptionInput,
  recordAdoptionInput,
  scenarioReasonInput,
  scenarioRefInput,
  updateScenarioInput,
} from "@/server/scenarios/schemas";
import { batchApproveInput } from "@/server/versioning/inputs";
import { authedProcedure, createTRPCRouter, publicProcedure } from "../trpc";

export const scenarioRouter = createTRPCRouter({
  create: authedProcedure.input(createScenarioInput).mutation(({ ctx, input }) => createScenario(ctx.db, ctx.actor, input)),
  update: authedProcedure.input(updateScenarioInput).mutation(({ ctx, input }) => updateScenario(ctx.db, ctx.actor, input)),
  submit: authedProcedure.input(scenarioRefInput).mutation(({ ctx, input }) => submitScenario(ctx.db, ctx.actor, input)),
  retire: authedProcedure.input(scenarioReasonInput).mutation(({ ctx, input }) => retireScenario(ctx.db, ctx.actor, input)),
  approve: authedProcedure.input(scenarioRefInput).mutation(({ ctx, input }) => approveScenario(ctx.db, ctx.actor, input)),
  return: authedProcedure.input(scenarioReasonInput).mutation(({ ctx, input }) => returnScenario(ctx.db, ctx.actor, input)),
  batchApprove: authedProcedure.input(batchApproveInput).mutation(({ ctx, input }) => scenarioLifecycle.batchApprove(ctx.db, ctx.actor, input.items)),
  setBenchmark: authedProcedure.input(benchmarkInput).mutation(({ ctx, input }) => setBenchmark(ctx.db, ctx.actor, input)),
  recordAdoption: authedProcedure.input(recordAdoptionInput).mutation(({ ctx, input }) => recordAdoption(ctx.db, ctx.actor, input)),
  decideAdoption: authedProcedure.input(decideAdoptionInput).mutation(({ ctx, input }) => decideAdoption(ctx.db, ctx.actor, input)),
  reviewQueue: authedProcedure.input(z.object({ page: pageInput })).query(({ ctx, input }) => scenarioReviewQueue(ctx.db, ctx.actor, input)),
  pendingAdoptions: authedProcedure.query(({ ctx }) => pendingAdoptions(ctx.db, ctx.actor)),
  list: publicProcedure.input(scenarioSearchSchema).query(({ ctx, input }) => listScenarios(ctx.db, ctx.actor, input)),
  get: publicProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => getScenario(ctx.db, ctx.actor, input.id)),
  reformSheet: publicProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => getReformSheet(ctx.db, ctx.actor, input.id)),
  coverage: publicProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => coverage(ctx.db, input.id)),
  leaderboard: publicProcedure.query(({ ctx }) => adoptionLeaderboard(ctx.db)),
});
