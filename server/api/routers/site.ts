import { hasDemoData } from "@/server/demo/demo";
import { getPlanTargets } from "@/server/targets/targets";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const siteRouter = createTRPCRouter({
  targets: publicProcedure.query(({ ctx }) => getPlanTargets(ctx.db)),
  hasDemoData: publicProcedure.query(({ ctx }) => hasDemoData(ctx.db)),
});
