import type { Db } from "@/db/client";
import { seed } from "@/db/seed";

/** The starting points a test database can be copied from, each built once per test run. */
export const FIXTURES = ["migrated", "organisation", "catalogue"] as const;
export type Fixture = (typeof FIXTURES)[number];

/**
 * Brings a database one fixture further: each step starts from the previous fixture's state,
 * so one migrated database passes through all three in order.
 */
export async function advanceTo(db: Db, fixture: Fixture): Promise<void> {
  if (fixture === "organisation") await seed(db, { catalogue: false });
  if (fixture === "catalogue") await seed(db, { catalogue: true });
}
