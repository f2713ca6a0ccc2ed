import { can } from "@/server/auth/permissions";
import { targetsDashboard } from "@/server/dashboard/dashboard";
import { hasDemoData } from "@/server/demo/demo";
import { allDepartments } from "@/server/organisation/departments";
import { getPlanTargets } from "@/server/targets/targets";
import { createTRPCRouter, publicProcedure, withPermission } from "../trpc";

export const siteRouter = createTRPCRouter({
  dashboard: withPermission(can.viewDashboard).query(({ ctx }) => targetsDashboard(ctx.db, ctx.actor)),
  /** Department and district names are public: they label the public catalogues' filters. */
  departments: publicProcedure.query(({ ctx }) => allDepartments(ctx.db)),
  targets: publicProcedure.query(({ ctx }) => getPlanTargets(ctx.db)),
  hasDemoData: publicProcedure.query(({ ctx }) => hasDemoData(ctx.db)),
});
