import { getPlanTargets } from "@/server/targets/targets";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const targetsRouter = createTRPCRouter({
  plan: publicProcedure.query(({ ctx }) => getPlanTargets(ctx.db)),
});
