import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, noProofCases, noProofCaseVersions } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError } from "@/server/errors";
import { readLines } from "@/server/spreadsheets/read";
import { writeXlsx } from "@/server/spreadsheets/write";
import { createCase, updateCase } from "./lifecycle";
import { caseToRows, linesToCases, NOPROOF_COLUMNS } from "./spreadsheet";

export const MAX_NOPROOF_IMPORT_BYTES = 5 * 1024 * 1024;

async function districtNames(db: Db) {
  const rows = await db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.kind, "district"));
  return { byId: new Map(rows.map((d) => [d.id, d.name])), byName: new Map(rows.map((d) => [d.name, d.id])) };
}

/** The department's use cases, each as its version under work or else its published one, as .xlsx. */
export async function exportCases(db: Db, actor: Actor): Promise<Buffer> {
  authorize(can.editNoProofCase(actor, actor.departmentId), "只有发布员可以导出本部门的无证明场景");
  const rows = await db
    .select({ content: noProofCaseVersions.content })
    .from(noProofCases)
    .innerJoin(noProofCaseVersions, eq(noProofCaseVersions.id, sql`coalesce(${noProofCases.workingVersionId}, ${noProofCases.currentVersionId})`))
    .where(eq(noProofCases.departmentId, actor.departmentId))
    .orderBy(noProofCases.itemCode);
  const { byId } = await districtNames(db);
  const cells = rows.flatMap((r) => caseToRows(r.content, (id) => byId.get(id) ?? id));
  // An empty department still gets the header row to fill in.
  const body = await writeXlsx(cells.length ? cells : [Object.fromEntries(NOPROOF_COLUMNS.map((h) => [h, ""]))], { sheet: "无证明场景" });
  await recordAudit(db, actor, {
    action: "noproof_case.export",
    entityType: "noproof_case",
    entityId: actor.departmentId,
    summary: `导出${actor.departmentName}的无证明场景清单（${rows.length} 个场景）`,
  });
  return body;
}

/**
 * Reads a filled sheet and, with `commit`, saves every valid use case: new item codes are
 * registered, the department's existing ones revised (a new version, through review as usual).
 * Invalid ones are listed with their rows and reasons and saved nowhere.
 */
export async function importCases(db: Db, actor: Actor, file: { fileName: string; bytes: Uint8Array }, options: { commit: boolean; submit: boolean }) {
  authorize(can.editNoProofCase(actor, actor.departmentId), "只有发布员可以导入无证明场景");
  if (file.bytes.length > MAX_NOPROOF_IMPORT_BYTES) throw new DomainError("BAD_REQUEST", "文件超过 5 MB，请拆分后分批导入");
  const { byName } = await districtNames(db);
  const { cases, missingColumns } = linesToCases(await readLines(file.fileName, file.bytes), (name) => byName.get(name));
  if (missingColumns.length) throw new DomainError("BAD_REQUEST", `缺少列：${missingColumns.join("、")}。请先导出本部门清单，在导出的表格上修改后导入`);
  if (!cases.length) throw new DomainError("BAD_REQUEST", "表格中没有无证明场景");
  const existing = await db
    .select({ id: noProofCases.id, version: noProofCases.version, departmentId: noProofCases.departmentId, itemCode: noProofCases.itemCode })
    .from(noProofCases)
    .where(inArray(noProofCases.itemCode, cases.map((c) => c.itemCode)));
  const results = cases.map((c) => {
    const found = existing.find((e) => e.itemCode === c.itemCode);
    const errors = [...c.errors];
    if (found && found.departmentId !== actor.departmentId) errors.push(`事项编码 ${c.itemCode} 已由其他部门登记`);
    return { rows: c.rows, itemCode: c.itemCode, name: c.name, action: found ? ("update" as const) : ("create" as const), errors, saved: false, content: c.content, found };
  });
  if (options.commit)
    for (const r of results) {
      if (r.errors.length || !r.content) continue;
      try {
        if (r.found) await updateCase(db, actor, { id: r.found.id, version: r.found.version, content: r.content, submit: options.submit });
        else await createCase(db, actor, { content: r.content, submit: options.submit });
        r.saved = true;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        r.errors.push(error.message);
      }
    }
  return results.map(({ content: _content, found: _found, ...r }) => r);
}
