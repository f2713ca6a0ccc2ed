import { getReport, issueReport, listReports, previewReport } from "@/server/reports/reports";
import { monthInput, reportIdInput } from "@/server/reports/schemas";
import { authedProcedure, createTRPCRouter } from "../trpc";

export const reportRouter = createTRPCRouter({
  /** 月度通报: the issued ones, a month's figures before issuing, 签发, and one as issued. */
  list: authedProcedure.query(({ ctx }) => listReports(ctx.db, ctx.actor)),
  preview: authedProcedure.input(monthInput).query(({ ctx, input }) => previewReport(ctx.db, ctx.actor, input.month)),
  issue: authedProcedure.input(monthInput).mutation(({ ctx, input }) => issueReport(ctx.db, ctx.actor, input.month)),
  get: authedProcedure.input(reportIdInput).query(({ ctx, input }) => getReport(ctx.db, ctx.actor, input.id)),
});
