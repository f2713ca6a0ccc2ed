import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { resourceVersions } from "@/db/schema";
import { describeFilter, recordAudit } from "@/server/audit/audit";
import type { Actor } from "@/server/auth/permissions";
import { searchResources, withoutContact } from "./queries";
import { RESOURCE_STATUS_LABELS, type ResourceSearch } from "./schemas";
import { resourceToCells, writeResourcesCsv, writeResourcesXlsx } from "./spreadsheet";

export const MAX_EXPORT_ROWS = 20_000;

/**
 * The current search result (all pages, up to MAX_EXPORT_ROWS) as a spreadsheet, with the same
 * visibility as the search: what a person can see is what they can export. A signed-in person's
 * export is recorded in the audit trail.
 */
export async function exportResources(db: Db, actor: Actor | null, filter: ResourceSearch, format: "xlsx" | "csv") {
  const result = await searchResources(db, actor, { ...filter, page: 1 }, MAX_EXPORT_ROWS);
  const ids = result.rows.map((r) => r.id);
  const contents = new Map<string, (typeof resourceVersions.$inferSelect)["content"]>();
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    // The version the catalogue shows: the published one, or the working one before publication.
    const rows = await db
      .select({ resourceId: resourceVersions.resourceId, content: resourceVersions.content })
      .from(resourceVersions)
      .where(
        inArray(
          resourceVersions.id,
          sql`(select coalesce(current_version_id, working_version_id) from resources where id in ${chunk})`,
        ),
      );
    for (const r of rows) contents.set(r.resourceId, r.content);
  }
  const cells = result.rows.map((r) => {
    const content = contents.get(r.id)!;
    return resourceToCells({
      code: r.code,
      departmentName: r.departmentName,
      status: RESOURCE_STATUS_LABELS[r.status],
      updatedAt: r.updatedAt,
      content: actor ? content : withoutContact(content),
    });
  });
  const body = format === "xlsx" ? await writeResourcesXlsx(cells) : writeResourcesCsv(cells);
  if (actor)
    await recordAudit(db, actor, {
      action: "resource.export",
      entityType: "resource",
      entityId: "",
      summary: `导出资源目录 ${cells.length} 条（${format.toUpperCase()}，筛选条件：${describeFilter(filter)}）`,
    });
  return { body, rowCount: cells.length, truncated: result.total > cells.length };
}
