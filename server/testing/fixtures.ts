import type { Db } from "@/db/client";
import { seed } from "@/db/seed";
import { syncLibraryCalendar } from "@/server/calendar/calendar";

/** The starting points a test database can be copied from, each built once per test run. */
export const FIXTURES = ["migrated", "organisation", "catalogue"] as const;
export type Fixture = (typeof FIXTURES)[number];

/**
 * Brings a database one fixture further: each step starts from the previous fixture's state,
 * so one migrated database passes through all three in order.
 */
export async function advanceTo(db: Db, fixture: Fixture): Promise<void> {
  // As at start-up: the holiday library's years come with the migrated database.
  if (fixture === "migrated") await syncLibraryCalendar(db);
  if (fixture === "organisation") await seed(db, { catalogue: false });
  if (fixture === "catalogue") await seed(db, { catalogue: true });
}
