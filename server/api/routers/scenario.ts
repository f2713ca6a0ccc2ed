import { z } from "zod";
import { can } from "@/server/auth/permissions";
import { getScenario, listScenarios, pendingAdoptions, scenarioReviewQueue, scenarioSearchSchema } from "@/server/scenarios/queries";
import { pageInput } from "@/server/pagination";
import { coverage, decideAdoption, recordAdoption, reuseLeaderboard } from "@/server/scenarios/adoptions";
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
import { authedProcedure, createTRPCRouter, publicProcedure, withPermission } from "../trpc";

const reviewer = withPermission(can.reviewResources);

export const scenarioRouter = createTRPCRouter({
  create: authedProcedure.input(createScenarioInput).mutation(({ ctx, input }) => createScenario(ctx.db, ctx.actor, input)),
  update: authedProcedure.input(updateScenarioInput).mutation(({ ctx, input }) => updateScenario(ctx.db, ctx.actor, input)),
  submit: authedProcedure.input(scenarioRefInput).mutation(({ ctx, input }) => submitScenario(ctx.db, ctx.actor, input)),
  retire: authedProcedure.input(scenarioReasonInput).mutation(({ ctx, input }) => retireScenario(ctx.db, ctx.actor, input)),
  approve: reviewer.input(scenarioRefInput).mutation(({ ctx, input }) => approveScenario(ctx.db, ctx.actor, input)),
  return: reviewer.input(scenarioReasonInput).mutation(({ ctx, input }) => returnScenario(ctx.db, ctx.actor, input)),
  batchApprove: reviewer.input(batchApproveInput).mutation(({ ctx, input }) => scenarioLifecycle.batchApprove(ctx.db, ctx.actor, input.items)),
  setBenchmark: withPermission(can.manageBenchmarks).input(benchmarkInput).mutation(({ ctx, input }) => setBenchmark(ctx.db, ctx.actor, input)),
  recordAdoption: authedProcedure.input(recordAdoptionInput).mutation(({ ctx, input }) => recordAdoption(ctx.db, ctx.actor, input)),
  decideAdoption: authedProcedure.input(decideAdoptionInput).mutation(({ ctx, input }) => decideAdoption(ctx.db, ctx.actor, input)),
  reviewQueue: reviewer.input(z.object({ page: pageInput })).query(({ ctx, input }) => scenarioReviewQueue(ctx.db, ctx.actor, input)),
  pendingAdoptions: authedProcedure.query(({ ctx }) => pendingAdoptions(ctx.db, ctx.actor)),
  list: publicProcedure.input(scenarioSearchSchema).query(({ ctx, input }) => listScenarios(ctx.db, ctx.actor, input)),
  get: publicProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => getScenario(ctx.db, ctx.actor, input.id)),
  coverage: publicProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => coverage(ctx.db, input.id)),
  leaderboard: publicProcedure.query(({ ctx }) => reuseLeaderboard(ctx.db)),
});
