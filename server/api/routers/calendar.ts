import { calendarOverview, calendarYear, enterNotice, importYearFile, trialDeadline } from "@/server/calendar/calendar";
import { deadlineInput, enterNoticeInput, importYearFileInput, yearInput } from "@/server/calendar/schemas";
import { authedProcedure, createTRPCRouter } from "../trpc";

export const calendarRouter = createTRPCRouter({
  /** 工作日历: the State Council's yearly 放假和调休 arrangement, kept by the bureau. */
  overview: authedProcedure.query(({ ctx }) => calendarOverview(ctx.db, ctx.actor)),
  year: authedProcedure.input(yearInput).query(({ ctx, input }) => calendarYear(ctx.db, ctx.actor, input.year)),
  enterNotice: authedProcedure.input(enterNoticeInput).mutation(({ ctx, input }) => enterNotice(ctx.db, ctx.actor, input)),
  importYearFile: authedProcedure.input(importYearFileInput).mutation(({ ctx, input }) => importYearFile(ctx.db, ctx.actor, input)),
  trialDeadline: authedProcedure.input(deadlineInput).query(({ ctx, input }) => trialDeadline(ctx.db, input.filedOn)),
});
