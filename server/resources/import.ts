import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, resourceImports, resources, resourceVersions, type Resource } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, notFound } from "@/server/errors";
import { catalogueFields, nextResourceCodes } from "./catalogue";
import { resourceLifecycle, reviseResource } from "./lifecycle";
import type { ResourceContent } from "./schemas";
import { readSpreadsheet, rowToResource, type CellError } from "./spreadsheet";
import { unmet } from "@/server/versioning/checklist";
import { reviewChecklist } from "./checklist";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface ImportRow {
  rowNumber: number;
  code?: string;
  name: string;
  action: "create" | "update";
  /** The resource a row updates, matched by code or by name within the department. */
  resourceId?: string;
  content?: ResourceContent;
  errors: CellError[];
}

/**
 * Reads a spreadsheet and checks every row against the schema and against what the department
 * already has, writing nothing to the catalogue: the preview a publisher sees before importing.
 */
export async function previewImport(db: Db, actor: Actor, file: { fileName: string; bytes: Uint8Array }) {
  authorize(can.registerResources(actor), "只有发布员可以导入资源");
  if (file.bytes.byteLength > MAX_IMPORT_BYTES) throw new DomainError("BAD_REQUEST", "文件超过 10 MB，请拆分后分批导入");
  const departmentId = actor.departmentId;
  const sheet = await readSpreadsheet(file.fileName, file.bytes);
  const mapped = sheet.rows.map((row) => ({ rowNumber: row.rowNumber, rawName: row.cells["资源名称"] ?? "", ...rowToResource(row.cells) }));

  const codes = mapped.flatMap((m) => (m.code ? [m.code] : []));
  const names = mapped.flatMap((m) => (m.content ? [m.content.name] : []));
  const [byCode, byName] = await Promise.all([
    codes.length ? db.select().from(resources).where(inArray(resources.code, codes)) : [],
    names.length ? db.select().from(resources).where(and(eq(resources.departmentId, departmentId), inArray(resources.name, names))) : [],
  ]);
  const workingIds = [...byCode, ...byName].flatMap((r) => (r.workingVersionId ? [r.workingVersionId] : []));
  const inReview = new Set(
    workingIds.length
      ? (
          await db
            .select({ id: resourceVersions.id })
            .from(resourceVersions)
            .where(and(inArray(resourceVersions.id, workingIds), eq(resourceVersions.status, "submitted")))
        ).map((v) => v.id)
      : [],
  );
  const codeIndex = new Map(byCode.map((r) => [r.code, r]));
  const nameIndex = new Map(byName.map((r) => [r.name, r]));
  const seenCodes = new Map<string, number>();
  const seenNames = new Map<string, number>();

  const rows: ImportRow[] = mapped.map((m) => {
    const errors = [...m.errors];
    let existing: Resource | undefined;
    if (m.code) {
      existing = codeIndex.get(m.code);
      if (!existing) errors.push({ column: "资源编码", message: `编码 ${m.code} 不存在；新资源请留空编码` });
      else if (existing.departmentId !== departmentId) errors.push({ column: "资源编码", message: `编码 ${m.code} 属于其他部门，不能导入修改` });
      const first = seenCodes.get(m.code);
      if (first) errors.push({ column: "资源编码", message: `与第 ${first} 行编码重复` });
      else seenCodes.set(m.code, m.rowNumber);
    }
    if (m.content) {
      const named = nameIndex.get(m.content.name);
      if (!existing && named) existing = named;
      else if (existing && named && named.id !== existing.id)
        errors.push({ column: "资源名称", message: "本部门已有同名的另一项资源" });
      const first = seenNames.get(m.content.name);
      if (first) errors.push({ column: "资源名称", message: `与第 ${first} 行资源名称重复` });
      else seenNames.set(m.content.name, m.rowNumber);
    }
    if (existing?.status === "retired") errors.push({ column: "资源编码", message: "该资源已下线，不能导入修改" });
    if (existing?.workingVersionId && inReview.has(existing.workingVersionId))
      errors.push({ column: "资源编码", message: "该资源正在审核中，审核完成前不能导入修改" });
    return {
      rowNumber: m.rowNumber,
      code: m.code ?? existing?.code,
      name: m.content?.name ?? m.rawName,
      action: existing ? "update" : "create",
      resourceId: existing?.id,
      content: errors.length ? undefined : m.content,
      errors,
    };
  });

  const validCount = rows.filter((r) => r.errors.length === 0).length;
  const [batch] = await db
    .insert(resourceImports)
    .values({ departmentId, createdBy: actor.id, fileName: file.fileName, rows, rowCount: rows.length, validCount })
    .returning({ id: resourceImports.id });
  return { id: batch!.id, fileName: file.fileName, rowCount: rows.length, validCount, rows: rows.map(({ content: _c, ...r }) => r) };
}

const CHUNK = 500;

/**
 * Imports the valid rows of a previewed spreadsheet: new resources in bulk, known ones as new
 * versions through the same rules as the form. All or nothing, in one transaction.
 */
export async function commitImport(db: Db, actor: Actor, input: { id: string; submit: boolean }) {
  authorize(can.registerResources(actor), "只有发布员可以导入资源");
  return resourceLifecycle.withNameCheck(() =>
    db.transaction(async (tx) => {
      const [batch] = await tx.select().from(resourceImports).where(eq(resourceImports.id, input.id)).for("update");
      if (!batch || batch.createdBy !== actor.id) throw notFound("导入批次");
      if (batch.status === "imported") throw new DomainError("CONFLICT", "该文件已导入，不能重复导入；如需再次导入请重新上传");
      const valid = (batch.rows as ImportRow[]).filter((r) => r.errors.length === 0 && r.content);
      const creates = valid.filter((r) => r.action === "create");
      const updates = valid.filter((r) => r.action === "update");

      const now = new Date();
      // 提交审核 applies to the rows that meet the checklist, as on the form; the others are kept as drafts.
      const submits = (r: ImportRow) => input.submit && unmet(reviewChecklist(r.content!)).length === 0;
      const notSubmitted = input.submit ? valid.filter((r) => !submits(r)).length : 0;
      const codes = await nextResourceCodes(tx, creates.map((r) => r.content!.kind));
      for (let i = 0; i < creates.length; i += CHUNK) {
        const chunk = creates.slice(i, i + CHUNK).map((r, j) => ({
          row: r,
          code: codes[i + j]!,
          id: randomUUID(),
          versionId: randomUUID(),
          status: submits(r) ? ("submitted" as const) : ("draft" as const),
        }));
        await tx.insert(resources).values(
          chunk.map((c) => ({
            id: c.id,
            code: c.code,
            departmentId: batch.departmentId,
            status: c.status,
            workingVersionId: c.versionId,
            createdBy: actor.id,
            ...catalogueFields(c.row.content!),
          })),
        );
        await tx.insert(resourceVersions).values(
          chunk.map((c) => ({
            id: c.versionId,
            resourceId: c.id,
            number: 1,
            status: c.status,
            content: c.row.content!,
            createdBy: actor.id,
            submittedAt: c.status === "submitted" ? now : null,
            submittedBy: c.status === "submitted" ? actor.id : null,
          })),
        );
        await tx.insert(auditEvents).values(
          chunk.map((c) => ({
            actorId: actor.id,
            actorName: actor.displayName,
            requestId: actor.requestId ?? null,
            ...resourceLifecycle.auditOf(c.id, "import", `导入登记资源「${c.row.content!.name}」（${c.code}，${batch.fileName} 第 ${c.row.rowNumber} 行）`),
          })),
        );
      }
      for (const row of updates) {
        const [current] = await tx.select().from(resources).where(eq(resources.id, row.resourceId!)).for("update");
        if (!current) throw new DomainError("CONFLICT", `第 ${row.rowNumber} 行对应的资源已不存在，请重新上传`);
        try {
          await reviseResource(tx, actor, current, row.content!, submits(row));
        } catch (error) {
          if (error instanceof DomainError) throw new DomainError(error.code, `第 ${row.rowNumber} 行（${row.name}）：${error.message}`);
          throw error;
        }
      }
      await tx.update(resourceImports).set({ status: "imported", importedAt: now }).where(eq(resourceImports.id, batch.id));
      await recordAudit(tx, actor, {
        action: "resource.import_batch",
        entityType: "resource_import",
        entityId: batch.id,
        summary: `从「${batch.fileName}」导入资源：新增 ${creates.length} 项，更新 ${updates.length} 项，跳过有误的 ${batch.rowCount - valid.length} 行${input.submit ? `，并提交审核（${notSubmitted} 项未满足提交条件，存为草稿）` : ""}`,
      });
      return { created: creates.length, updated: updates.length, skipped: batch.rowCount - valid.length, notSubmitted };
    }),
  );
}
