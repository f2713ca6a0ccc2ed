import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";

/** True when the database holds the generated demo data, which public pages must label 示例数据. */
export async function hasDemoData(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.entityType, "seed")).limit(1);
  return !!row;
}
