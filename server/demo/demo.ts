import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { prepared } from "@/db/prepared";
import { auditEvents } from "@/db/schema";

/** True when the database holds the generated demo data, which public pages must label 示例数据. */
export async function hasDemoData(db: Db): Promise<boolean> {
  // Asked by every page rendered per request that shows catalogue content: prepared once.
  const [row] = await prepared(db, "has_demo_data", (name) =>
    db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.entityType, "seed")).limit(1).prepare(name),
  ).execute();
  return !!row;
}
