import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { people } from "./organisation";

export const calendarSource = pgEnum("calendar_source", ["library", "entered"]);

/**
 * A year whose 放假和调休 arrangement is known: from the holiday library the app ships with, or entered
 * by the bureau from the State Council's notice. Dates in a year without a row are counted Monday to
 * Friday and marked so, until the year is entered.
 */
export const calendarYears = pgTable("calendar_years", {
  year: integer("year").primaryKey(),
  /** The notice it follows, e.g. 国办发明电〔2025〕7号. */
  notice: text("notice").notNull(),
  source: calendarSource("source").notNull(),
  recordedBy: uuid("recorded_by").references(() => people.id),
  recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/**
 * The exceptions to Monday–Friday: holidays (a weekday or weekend day off) and 调休 working days (a
 * Saturday or Sunday worked). A notice may set days of the year before (2022-12-31 in the 2023 one),
 * so each day names the notice year it belongs to.
 */
export const calendarDays = pgTable(
  "calendar_days",
  {
    date: date("date", { mode: "string" }).primaryKey(),
    year: integer("year")
      .notNull()
      .references(() => calendarYears.year, { onDelete: "cascade" }),
    isWorkingDay: boolean("is_working_day").notNull(),
    /** The holiday the day belongs to (元旦、春节 …). */
    holiday: text("holiday").notNull(),
  },
  (t) => [index("calendar_days_year_idx").on(t.year)],
);

export type CalendarDay = typeof calendarDays.$inferSelect;
