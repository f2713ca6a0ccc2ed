import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { and, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { insertJsonRows } from "@/db/json-rows";
import { auditEvents, departments, people, resourceImportMappings, resourceImports, resources, resourceVersions, type Resource } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, notFound } from "@/server/errors";
import { findLookalikesOfMany, recordFoundPairs, resourceComparable } from "@/server/duplicates/lookup";
import type { LikelyDuplicate } from "@/server/duplicates/schemas";
import { catalogueColumns, nextResourceCodes, searchDocuments, searchVectorOf } from "./catalogue";
import { registeredCodes, resourceLifecycle, reviseResource } from "./lifecycle";
import { RESOURCE_CODE_PATTERN, resourceContentSchema, type ResourceContent } from "./schemas";
import { IMPORT_COLUMNS, readSpreadsheet, resourceToCells, rowToResource, type CellError } from "./spreadsheet";
import { writeXlsx } from "@/server/spreadsheets/write";
import { unmet } from "@/server/versioning/checklist";
import { reviewChecklist } from "./checklist";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface ImportRow {
  rowNumber: number;
  code?: string;
  name: string;
  /** unchanged: the row says what the resource already says; importing it changes nothing. */
  action: "create" | "update" | "unchanged";
  /** The resource a row updates, matched by code or by name within the department. */
  resourceId?: string;
  content?: ResourceContent;
  errors: CellError[];
  /** A refused row's cells (template header → text), for the sheet of refused rows. */
  cells?: Record<string, string>;
  /** 「已有同类」 of a new or changed row, in any department. */
  likelyDuplicates?: LikelyDuplicate[];
  /** Compared with the catalogue for 「已有同类」 (the first COMPARED_ROWS new or changed rows). */
  compared?: boolean;
}

export interface ImportChoices {
  /** The clerk's reading of columns the app did not know: header as written → template header, or "" (忽略). */
  mapping?: Record<string, string>;
  /** For required choice columns the file lacks: template header → the label every row gets. */
  defaults?: Record<string, string>;
  /** A 市大数据局 publisher importing a department's sheet on its behalf. */
  departmentId?: string;
}

/** Columns a default can stand in for: the required ones with a fixed list of values. */
export const DEFAULTABLE_COLUMNS = IMPORT_COLUMNS.filter((c) => c.required && c.options);
const IMPORT_HEADERS = new Set(IMPORT_COLUMNS.map((c) => c.header));
/** How many new or changed rows of one file the preview compares with the catalogue (「已有同类」). */
export const COMPARED_ROWS = 1000;
const PROVIDER = "所属部门";

/**
 * The department an import is for, and the person it acts as: the uploader's own department,
 * or, for a 市大数据局 publisher importing on a department's behalf, that department.
 */
async function importingFor(db: Db, actor: Actor, departmentId: string | undefined) {
  authorize(can.registerResources(actor), "只有发布员可以导入资源");
  const wanted = departmentId ?? actor.departmentId;
  const found = await db
    .select({ id: departments.id, name: departments.name, shortName: departments.shortName, code: departments.code })
    .from(departments)
    .where(inArray(departments.id, [...new Set([wanted, actor.departmentId])]));
  const target = found.find((d) => d.id === wanted);
  if (!target) throw notFound("部门");
  const own = found.find((d) => d.id === actor.departmentId);
  const onBehalf = target.id !== actor.departmentId;
  if (onBehalf) authorize(can.importOnBehalf(actor, own?.code ?? ""), "只有市大数据局的发布员可以代其他部门导入资源");
  // Acting for the department: the lifecycle's rules see its publisher; the audit row names the person.
  const acting: Actor = onBehalf ? { ...actor, departmentId: target.id, departmentName: target.name } : actor;
  return { target, onBehalf, acting };
}

/** The columns the sheet of refused rows adds, read as 忽略 when the fixed sheet comes back. */
const REFUSED_SHEET_EXTRAS = { 原行号: "", 错误原因: "" };

/** The mapping the department used last time, for the headers of this file, overridden by this upload's. */
async function mappingFor(db: Db, departmentId: string, given: Record<string, string>) {
  const [remembered] = await db.select().from(resourceImportMappings).where(eq(resourceImportMappings.departmentId, departmentId));
  for (const [header, meaning] of Object.entries(given))
    if (meaning !== "" && !IMPORT_HEADERS.has(meaning)) throw new DomainError("BAD_REQUEST", `列「${header}」对应的字段「${meaning}」不存在`);
  return { mapping: { ...REFUSED_SHEET_EXTRAS, ...(remembered?.mapping ?? {}), ...given }, rememberedDefaults: remembered?.defaults ?? {} };
}

/** The defaults that apply: for missing required choice columns only, each a value of the column's list. */
function checkedDefaults(missing: string[], given: Record<string, string>) {
  const applied: Record<string, string> = {};
  for (const header of missing) {
    const column = DEFAULTABLE_COLUMNS.find((c) => c.header === header);
    const value = given[header];
    if (!column || value === undefined || value === "") continue;
    if (!column.options!.includes(value)) throw new DomainError("BAD_REQUEST", `「${value}」不是有效的${header}，可选：${column.options!.join("、")}`);
    applied[header] = value;
  }
  return applied;
}

/** What a resource says now, as an import row would say it: the version an import would revise. */
async function currentContents(db: Db, found: Resource[]) {
  const versionIds = found.flatMap((r) => [r.workingVersionId ?? r.currentVersionId].filter((v): v is string => !!v));
  const versions = versionIds.length
    ? await db.select({ id: resourceVersions.id, content: resourceVersions.content, status: resourceVersions.status }).from(resourceVersions).where(inArray(resourceVersions.id, versionIds))
    : [];
  const byId = new Map(versions.map((v) => [v.id, v]));
  return new Map(
    found.map((r) => {
      const version = byId.get((r.workingVersionId ?? r.currentVersionId)!);
      // Stored content from before a field existed reads with that field's default, as a new row does.
      const parsed = resourceContentSchema.safeParse(version?.content);
      return [r.id, { content: parsed.success ? parsed.data : version?.content, inReview: version?.status === "submitted" }] as const;
    }),
  );
}

/**
 * Reads a spreadsheet and checks every row against the schema and against what the department
 * already has, writing nothing to the catalogue. When the file has columns the app does not know,
 * or lacks required ones, the answer is the mapping step (stage "mapping") and nothing is kept;
 * otherwise it is the preview a publisher sees before importing (stage "preview").
 */
export async function previewImport(db: Db, actor: Actor, upload: { fileName: string; bytes: Uint8Array }, choices: ImportChoices = {}) {
  if (upload.bytes.byteLength > MAX_IMPORT_BYTES) throw new DomainError("BAD_REQUEST", "文件超过 10 MB，请拆分后分批导入");
  // The name is kept in the history: control characters (NUL cannot be stored) go, length is capped.
  const file = { bytes: upload.bytes, fileName: upload.fileName.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200) };
  const { target, onBehalf } = await importingFor(db, actor, choices.departmentId);
  const { mapping, rememberedDefaults } = await mappingFor(db, target.id, choices.mapping ?? {});
  const sheet = await readSpreadsheet(file.fileName, file.bytes, mapping);
  const defaults = checkedDefaults(sheet.missing, { ...rememberedDefaults, ...(choices.defaults ?? {}) });
  const unfilled = sheet.missing.filter((h) => !(h in defaults));
  if (sheet.unmatched.length > 0 || unfilled.length > 0)
    return {
      stage: "mapping" as const,
      fileName: file.fileName,
      headerRow: sheet.headerRow,
      recognised: sheet.recognised,
      unmatched: sheet.unmatched,
      /** Required columns still missing: a choice column takes a default, a text column must be mapped. */
      missing: sheet.missing.map((header) => ({ header, options: DEFAULTABLE_COLUMNS.find((c) => c.header === header)?.options ?? null })),
      defaults: { ...rememberedDefaults, ...(choices.defaults ?? {}) },
    };

  // Rows that name a resource: by code anywhere, by name within the department.
  const rawCode = (cells: Record<string, string>) => (cells["资源编码"] ?? "").trim().toUpperCase();
  const rawName = (cells: Record<string, string>) => (cells["资源名称"] ?? "").trim();
  const codes = [...new Set(sheet.rows.map((r) => rawCode(r.cells)).filter((c) => RESOURCE_CODE_PATTERN.test(c)))];
  const names = [...new Set(sheet.rows.map((r) => rawName(r.cells)).filter((n) => n !== ""))];
  const [byCode, byName] = await Promise.all([
    codes.length ? db.select().from(resources).where(inArray(resources.code, codes)) : [],
    names.length ? db.select().from(resources).where(and(eq(resources.departmentId, target.id), inArray(resources.name, names))) : [],
  ]);
  const codeIndex = new Map(byCode.map((r) => [r.code, r]));
  const nameIndex = new Map(byName.map((r) => [r.name, r]));
  const ownFound = [...byCode, ...byName].filter((r) => r.departmentId === target.id);
  const current = await currentContents(db, ownFound);
  // A column the file lacks keeps what the resource says now (an update) or its default (a new one).
  const absent = IMPORT_COLUMNS.filter((c) => c.field !== "code").map((c) => c.header).filter((h) => !sheet.headers.includes(h) && !(h in defaults));

  const seenCodes = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const mappedRows = sheet.rows.map((row) => {
    const named = rawCode(row.cells) ? codeIndex.get(rawCode(row.cells)) : nameIndex.get(rawName(row.cells));
    const before = named && named.departmentId === target.id ? current.get(named.id) : undefined;
    const cells = { ...row.cells, ...defaults };
    if (before?.content && absent.length) {
      const now = resourceToCells({ code: named!.code, departmentName: target.name, status: "", updatedAt: named!.updatedAt, content: before.content as ResourceContent });
      for (const h of absent) cells[h] = now[h] ?? "";
    }
    return { row, m: rowToResource(cells) };
  });
  // 关联资源代码 must name resources that exist, checked here so a wrong code is a row's error.
  const linked = [...new Set(mappedRows.flatMap(({ m }) => m.content?.linkedCodes ?? []))];
  const knownLinks = await registeredCodes(db, linked);
  const rows: ImportRow[] = mappedRows.map(({ row, m }) => {
    const errors = [...m.errors];
    const unknownLinks = (m.content?.linkedCodes ?? []).filter((c) => !knownLinks.has(c) || c === m.code);
    if (unknownLinks.length) errors.push({ column: "关联资源代码", message: `关联资源代码不存在或是本资源自己：${unknownLinks.join("、")}，请核对资源编码` });
    const provider = (row.cells[PROVIDER] ?? "").trim();
    if (provider !== "" && provider !== target.name && provider !== target.shortName)
      errors.push({ column: PROVIDER, message: `提供部门「${provider}」不是${onBehalf ? "本次代为导入的部门" : "本部门"}（${target.name}），不能导入其他部门的资源` });

    let existing: Resource | undefined;
    if (m.code) {
      existing = codeIndex.get(m.code);
      if (!existing) errors.push({ column: "资源编码", message: `编码 ${m.code} 不存在；新资源请留空编码` });
      else if (existing.departmentId !== target.id) errors.push({ column: "资源编码", message: `编码 ${m.code} 属于其他部门，不能导入修改` });
      const first = seenCodes.get(m.code);
      if (first) errors.push({ column: "资源编码", message: `与第 ${first} 行编码重复` });
      else seenCodes.set(m.code, row.rowNumber);
    }
    if (m.content) {
      const sameName = nameIndex.get(m.content.name);
      if (!existing && sameName) existing = sameName;
      else if (existing && sameName && sameName.id !== existing.id) errors.push({ column: "资源名称", message: "本部门已有同名的另一项资源" });
      const first = seenNames.get(m.content.name);
      if (first) errors.push({ column: "资源名称", message: `与第 ${first} 行资源名称重复` });
      else seenNames.set(m.content.name, row.rowNumber);
    }
    const was = existing && existing.departmentId === target.id ? current.get(existing.id) : undefined;
    // Saying again what the resource already says is no change, whatever its state: nothing to refuse.
    const unchanged = errors.length === 0 && !!m.content && !!was && isDeepStrictEqual(was.content, m.content);
    if (!unchanged) {
      if (existing?.status === "retired") errors.push({ column: "资源编码", message: "该资源已下线，不能导入修改" });
      if (was?.inReview) errors.push({ column: "资源编码", message: "该资源正在审核中，审核完成前不能导入修改" });
    }
    return {
      rowNumber: row.rowNumber,
      code: m.code ?? existing?.code,
      name: m.content?.name ?? rawName(row.cells),
      action: unchanged ? "unchanged" : existing ? "update" : "create",
      resourceId: existing?.id,
      content: errors.length ? undefined : m.content,
      errors,
      ...(errors.length ? { cells: row.cells } : {}),
    };
  });

  // 「已有同类」 of the rows that would create or change a resource, against the catalogue read once;
  // a department's inventory is tens to hundreds of rows, and a file of thousands is compared in
  // its first COMPARED_ROWS (the preview says so), which keeps a 10,000-row preview within seconds.
  const changing = rows.filter((r) => r.errors.length === 0 && r.content && r.action !== "unchanged");
  const compared = changing.slice(0, COMPARED_ROWS);
  const lookalikes = await findLookalikesOfMany(
    db,
    "resource",
    compared.map((r) => ({ probe: resourceComparable(r.content!), excludeId: r.resourceId })),
    { departmentId: target.id },
  );
  compared.forEach((r, i) => {
    r.compared = true;
    if (lookalikes[i]!.length) r.likelyDuplicates = lookalikes[i];
  });

  const count = (action: ImportRow["action"]) => rows.filter((r) => r.errors.length === 0 && r.action === action).length;
  const counts = { create: count("create"), update: count("update"), unchanged: count("unchanged"), invalid: rows.filter((r) => r.errors.length > 0).length, blank: sheet.blankRows };
  // The whole reading as applied (auto-recognised columns too), kept with the import.
  const applied = Object.fromEntries([...sheet.recognised.map((r) => [r.written, r.header]), ...Object.entries(mapping).filter(([, v]) => v === "")]);
  const [batch] = await db
    .insert(resourceImports)
    .values({
      departmentId: target.id,
      createdBy: actor.id,
      onBehalf,
      fileName: file.fileName,
      rows,
      rowCount: rows.length,
      validCount: counts.create + counts.update,
      headerRow: sheet.headerRow,
      mapping: applied,
      defaults,
      blankCount: sheet.blankRows,
    })
    .returning({ id: resourceImports.id });
  // The clerk's own choices are remembered for the department's next file.
  if (Object.keys(choices.mapping ?? {}).length || Object.keys(defaults).length) {
    const remembered = { mapping, defaults: { ...rememberedDefaults, ...defaults }, updatedBy: actor.id, updatedAt: new Date() };
    await db
      .insert(resourceImportMappings)
      .values({ departmentId: target.id, ...remembered })
      .onConflictDoUpdate({ target: resourceImportMappings.departmentId, set: remembered });
  }
  return {
    stage: "preview" as const,
    id: batch!.id,
    fileName: file.fileName,
    departmentName: target.name,
    headerRow: sheet.headerRow,
    defaults,
    rowCount: rows.length,
    validCount: counts.create + counts.update,
    counts,
    /** New or changed rows not compared with the catalogue (beyond COMPARED_ROWS). */
    uncompared: changing.length - compared.length,
    rows: rows.map(({ content: _c, cells: _cells, ...r }) => r),
  };
}

/** Rows per insert: each goes as one JSON parameter (`db/json-rows.ts`). */
const CHUNK = 500;
/** A new resource's search vector, from the texts each bulk row carries. */
const SEARCH_VECTOR_OF_ROWS = {
  fields: { searchA: "text", searchB: "text", searchC: "text", searchD: "text" },
  columns: { searchVector: searchVectorOf({ searchA: sql`x."searchA"`, searchB: sql`x."searchB"`, searchC: sql`x."searchC"`, searchD: sql`x."searchD"` }) },
};

/**
 * Imports the valid rows of a previewed spreadsheet: new resources in bulk, known ones as new
 * versions through the same rules as the form. All or nothing, in one transaction.
 */
export async function commitImport(db: Db, actor: Actor, input: { id: string; submit: boolean }) {
  authorize(can.registerResources(actor), "只有发布员可以导入资源");
  const [found] = await db.select({ createdBy: resourceImports.createdBy, departmentId: resourceImports.departmentId }).from(resourceImports).where(eq(resourceImports.id, input.id));
  if (!found || found.createdBy !== actor.id) throw notFound("导入批次");
  const { acting, onBehalf, target } = await importingFor(db, actor, found.departmentId);
  const behalf = onBehalf ? `（市大数据局代${target.name}导入）` : "";
  return resourceLifecycle.withNameCheck(() =>
    db.transaction(async (tx) => {
      const [batch] = await tx.select().from(resourceImports).where(eq(resourceImports.id, input.id)).for("update");
      if (!batch) throw notFound("导入批次");
      if (batch.status === "imported") throw new DomainError("CONFLICT", "该文件已导入，不能重复导入；如需再次导入请重新上传");
      const all = batch.rows as ImportRow[];
      const unchanged = all.filter((r) => r.errors.length === 0 && r.action === "unchanged").length;
      const invalid = all.filter((r) => r.errors.length > 0).length;
      const valid = all.filter((r) => r.errors.length === 0 && r.content && r.action !== "unchanged");
      const creates = valid.filter((r) => r.action === "create");
      const updates = valid.filter((r) => r.action === "update");

      const now = new Date();
      // 提交审核 applies to the rows that meet the checklist and, like the form, say how a likely
      // duplicate differs (a 「与已有同类的区别」 column); the others are kept as drafts.
      // A row beyond the compared ones stays a draft: its 「已有同类」 is checked when it is submitted.
      const submits = (r: ImportRow) =>
        input.submit &&
        unmet(reviewChecklist(r.content!)).length === 0 &&
        !!r.compared &&
        (!r.likelyDuplicates?.length || !!r.content!.duplicateReason);
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
        await insertJsonRows(
          tx,
          resources,
          chunk.map((c) => ({
            id: c.id,
            code: c.code,
            departmentId: batch.departmentId,
            status: c.status,
            workingVersionId: c.versionId,
            createdBy: actor.id,
            ...catalogueColumns(c.row.content!),
            ...searchDocuments(c.row.content!),
          })),
          SEARCH_VECTOR_OF_ROWS,
        );
        await insertJsonRows(
          tx,
          resourceVersions,
          chunk.map((c) => ({
            id: c.versionId,
            resourceId: c.id,
            number: 1,
            status: c.status,
            content: c.row.content!,
            createdBy: actor.id,
            submittedAt: c.status === "submitted" ? now : null,
            submittedBy: c.status === "submitted" ? actor.id : null,
            likelyDuplicates: c.status === "submitted" && c.row.likelyDuplicates?.length ? c.row.likelyDuplicates : null,
          })),
        );
        // In review now, so the 集约建设 report counts them as a form's submission would.
        await recordFoundPairs(
          tx,
          "resource",
          chunk.filter((c) => c.status === "submitted").map((c) => ({ entry: { id: c.id, departmentId: batch.departmentId }, lookalikes: c.row.likelyDuplicates ?? [] })),
        );
        await insertJsonRows(
          tx,
          auditEvents,
          chunk.map((c) => ({
            actorId: actor.id,
            actorName: actor.displayName,
            requestId: actor.requestId ?? null,
            ...resourceLifecycle.auditOf(c.id, "import", `导入登记资源「${c.row.content!.name}」（${c.code}，${batch.fileName} 第 ${c.row.rowNumber} 行）${behalf}`),
          })),
        );
      }
      for (const row of updates) {
        const [current] = await tx.select().from(resources).where(eq(resources.id, row.resourceId!)).for("update");
        if (!current) throw new DomainError("CONFLICT", `第 ${row.rowNumber} 行对应的资源已不存在，请重新上传`);
        try {
          await reviseResource(tx, acting, current, row.content!, submits(row));
        } catch (error) {
          if (error instanceof DomainError) throw new DomainError(error.code, `第 ${row.rowNumber} 行（${row.name}）：${error.message}`);
          throw error;
        }
      }
      await tx
        .update(resourceImports)
        .set({ status: "imported", importedAt: now, createdCount: creates.length, updatedCount: updates.length, unchangedCount: unchanged, invalidCount: invalid })
        .where(eq(resourceImports.id, batch.id));
      await recordAudit(tx, actor, {
        action: "resource.import_batch",
        entityType: "resource_import",
        entityId: batch.id,
        summary: `从「${batch.fileName}」导入资源${behalf}：新增 ${creates.length} 项，更新 ${updates.length} 项，无变化 ${unchanged} 行，跳过有误的 ${invalid} 行${input.submit ? `，并提交审核（${notSubmitted} 项未满足提交条件，存为草稿）` : ""}`,
      });
      const duplicatesHeld = input.submit ? valid.filter((r) => r.likelyDuplicates?.length && !r.content!.duplicateReason).length : 0;
      return { created: creates.length, updated: updates.length, unchanged, skipped: invalid, notSubmitted, duplicatesHeld };
    }),
  );
}

/**
 * What the import page needs: the department's imports, newest first (who, when, which file, what
 * came of its rows), and, for a 市大数据局 publisher, the departments it may import for.
 */
export async function importSetup(db: Db, actor: Actor) {
  authorize(can.registerResources(actor), "只有发布员可以导入资源");
  const [own] = await db.select({ code: departments.code }).from(departments).where(eq(departments.id, actor.departmentId));
  const [history, others] = await Promise.all([
    importHistory(db, actor),
    can.importOnBehalf(actor, own?.code ?? "")
      ? db.select({ id: departments.id, name: departments.name }).from(departments).where(ne(departments.id, actor.departmentId)).orderBy(departments.code)
      : null,
  ]);
  return { history, departments: others };
}

function importHistory(db: Db, actor: Actor, limit = 20) {
  return db
    .select({
      id: resourceImports.id,
      fileName: resourceImports.fileName,
      importedAt: resourceImports.importedAt,
      personName: people.displayName,
      departmentName: departments.name,
      onBehalf: resourceImports.onBehalf,
      created: resourceImports.createdCount,
      updated: resourceImports.updatedCount,
      unchanged: resourceImports.unchangedCount,
      invalid: resourceImports.invalidCount,
      blank: resourceImports.blankCount,
      defaults: resourceImports.defaults,
    })
    .from(resourceImports)
    .innerJoin(people, eq(people.id, resourceImports.createdBy))
    .innerJoin(departments, eq(departments.id, resourceImports.departmentId))
    .where(and(eq(resourceImports.status, "imported"), or(eq(resourceImports.departmentId, actor.departmentId), eq(resourceImports.createdBy, actor.id))))
    .orderBy(desc(resourceImports.importedAt))
    .limit(limit);
}

/**
 * The rows an import refused, under the file's own column names, with the reasons beside each:
 * the clerk fixes them in this sheet and imports it again.
 */
export async function refusedRowsXlsx(db: Db, actor: Actor, importId: string) {
  authorize(can.registerResources(actor), "只有发布员可以下载导入记录");
  const [batch] = await db.select().from(resourceImports).where(eq(resourceImports.id, importId));
  if (!batch || (batch.departmentId !== actor.departmentId && batch.createdBy !== actor.id)) throw notFound("导入记录");
  const writtenAs = new Map(Object.entries(batch.mapping).filter(([, header]) => header !== "").map(([written, header]) => [header, written]));
  const refused = (batch.rows as ImportRow[]).filter((r) => r.errors.length > 0);
  const rows = refused.map((r) => ({
    原行号: String(r.rowNumber),
    ...Object.fromEntries(Object.entries(r.cells ?? {}).map(([header, text]) => [writtenAs.get(header) ?? header, text])),
    错误原因: r.errors.map((e) => (e.column ? `${e.column}：${e.message}` : e.message)).join("；"),
  }));
  const bytes = await writeXlsx(rows, { sheet: "有误的行", headers: Object.keys(REFUSED_SHEET_EXTRAS) });
  return { fileName: `${batch.fileName.replace(/\.[^.]+$/, "")}-有误的行.xlsx`, bytes };
}
