import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, resourceVersions } from "@/db/schema";
import { describeFilter, recordAudit } from "@/server/audit/audit";
import type { Actor } from "@/server/auth/permissions";
import { searchResources, withoutContact } from "./queries";
import { RESOURCE_STATUS_LABELS, type ResourceSearch } from "./schemas";
import { nationalCells, writeNationalCsv, writeNationalXlsx } from "./national-catalogue";
import { resourceToCells, writeResourcesCsv, writeResourcesXlsx } from "./spreadsheet";

export const MAX_EXPORT_ROWS = 20_000;

/** The app's own template (which imports back) or the national inventory sheet's column layout. */
export const EXPORT_LAYOUTS = { app: "本平台模板", national: "国家政务信息资源目录格式" } as const;
export type ExportLayout = keyof typeof EXPORT_LAYOUTS;

/**
 * The current search result (all pages, up to MAX_EXPORT_ROWS) as a spreadsheet, with the same
 * visibility as the search: what a person can see is what they can export. A signed-in person's
 * export is recorded in the audit trail.
 */
export async function exportResources(
  db: Db,
  actor: Actor | null,
  filter: ResourceSearch,
  format: "xlsx" | "csv",
  layout: ExportLayout = "app",
) {
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
  let body: Buffer;
  let cells: Record<string, string>[];
  if (layout === "national") {
    const departmentIds = [...new Set(result.rows.map((r) => r.departmentId))];
    const creditCodes = new Map(
      departmentIds.length
        ? (await db.select({ id: departments.id, creditCode: departments.creditCode }).from(departments).where(inArray(departments.id, departmentIds))).map(
            (d) => [d.id, d.creditCode],
          )
        : [],
    );
    cells = result.rows.map((r) =>
      nationalCells({
        code: r.code,
        departmentName: r.departmentName,
        departmentCreditCode: creditCodes.get(r.departmentId) ?? "",
        publishedAt: r.publishedAt,
        content: contents.get(r.id)!,
      }),
    );
    body = format === "xlsx" ? await writeNationalXlsx(cells) : writeNationalCsv(cells);
  } else {
    cells = result.rows.map((r) => {
      const content = contents.get(r.id)!;
      return resourceToCells({
        code: r.code,
        departmentName: r.departmentName,
        status: RESOURCE_STATUS_LABELS[r.status],
        updatedAt: r.updatedAt,
        publishedAt: r.publishedAt,
        content: actor ? content : withoutContact(content),
      });
    });
    body = format === "xlsx" ? await writeResourcesXlsx(cells) : writeResourcesCsv(cells);
  }
  if (actor)
    await recordAudit(db, actor, {
      action: "resource.export",
      entityType: "resource",
      entityId: "",
      summary: `导出资源目录 ${cells.length} 条（${EXPORT_LAYOUTS[layout]}，${format.toUpperCase()}，筛选条件：${describeFilter(filter)}）`,
    });
  return { body, rowCount: cells.length, truncated: result.total > cells.length };
}
