import { lookalikesInput, lookalikesWhileTyping } from "@/server/duplicates/hints";
import { mergeEntries, mergeInput } from "@/server/duplicates/merge";
import { duplicateReport, duplicateReportInput, recheckPairs } from "@/server/duplicates/report";
import { authedProcedure, createTRPCRouter } from "../trpc";

export const duplicateRouter = createTRPCRouter({
  lookalikes: authedProcedure.input(lookalikesInput).query(({ ctx, input }) => lookalikesWhileTyping(ctx.db, ctx.actor, input)),
  /** 集约建设: 市大数据局's report of likely duplicates across departments, and merging them. */
  clusters: authedProcedure.input(duplicateReportInput).query(({ ctx, input }) => duplicateReport(ctx.db, ctx.actor, input)),
  recheck: authedProcedure.mutation(({ ctx }) => recheckPairs(ctx.db, ctx.actor)),
  merge: authedProcedure.input(mergeInput).mutation(({ ctx, input }) => mergeEntries(ctx.db, ctx.actor, input)),
});
