import { targetsDashboard } from "@/server/dashboard/dashboard";
import { hasDemoData } from "@/server/demo/demo";
import { allDepartments } from "@/server/organisation/departments";
import { getPlanTargets } from "@/server/targets/targets";
import { authedProcedure, createTRPCRouter, publicProcedure } from "../trpc";

export const siteRouter = createTRPCRouter({
  dashboard: authedProcedure.query(({ ctx }) => targetsDashboard(ctx.db, ctx.actor)),
  /** Department and district names are public: they label the public catalogues' filters. */
  departments: publicProcedure.query(({ ctx }) => allDepartments(ctx.db)),
  targets: publicProcedure.query(({ ctx }) => getPlanTargets(ctx.db)),
  hasDemoData: publicProcedure.query(({ ctx }) => hasDemoData(ctx.db)),
});
