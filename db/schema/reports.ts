import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { people } from "./organisation";

/**
 * A 月度通报 as issued: its figures and charts are kept as they were on the day, so it reads the same
 * after new data arrives. Issuing a month again makes a numbered correction (更正) that supersedes the
 * earlier issue rather than overwriting it.
 */
export const monthlyReports = pgTable(
  "monthly_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The month reported on, "2026-11". */
    month: text("month").notNull(),
    /** Issue number within the year of issue: 「2026年第11期」. */
    year: integer("year").notNull(),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    /** The issue this one corrects (same month), if any. */
    correctsId: uuid("corrects_id"),
    /** Set on an issue once a correction replaces it. */
    superseded: boolean("superseded").notNull().default(false),
    /** The figures as issued (see server/reports/figures.ts) and the charts drawn from them (SVG). */
    figures: jsonb("figures").notNull(),
    charts: jsonb("charts").$type<{ key: string; title: string; svg: string }[]>().notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    issuedById: uuid("issued_by_id").references(() => people.id),
    /** Kept as written at the time, so the report still reads right after a rename. */
    issuedByName: text("issued_by_name").notNull(),
    issuedByDepartment: text("issued_by_department").notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("monthly_reports_number_unique").on(t.year, t.number), index("monthly_reports_month_idx").on(t.month)],
);

export type MonthlyReport = typeof monthlyReports.$inferSelect;
