import { asc, count } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError } from "@/server/errors";
import { writeXlsx, type ColumnFormat } from "@/server/spreadsheets/write";
import { formatShanghaiSeconds, formatShanghaiTime } from "@/server/time";
import { ACTION_LABELS, AUDIT_TRAIL_ONLY, auditWhere, describeFilter, ENTITY_TYPE_LABELS, recordAudit, type AuditFilter } from "./audit";

/** One workbook is built in memory; past this many rows the auditor exports a shorter period at a time. */
export const MAX_AUDIT_EXPORT_ROWS = 20_000;

export const AUDIT_EXPORT_COLUMNS = ["时间", "操作人", "操作", "对象", "摘要", "来源地址", "浏览器", "请求编号", "序号", "哈希"] as const;

const FORMATS = new Map<string, ColumnFormat>([
  ["时间", { width: 20 }],
  ["操作", { width: 18 }],
  ["对象", { width: 24 }],
  ["摘要", { width: 60, wrap: true }],
  ["来源地址", { width: 18, text: true }],
  ["浏览器", { width: 40 }],
  ["请求编号", { width: 24, text: true }],
  ["序号", { width: 10, text: true }],
  ["哈希", { width: 66, text: true }],
]);

/**
 * The rows the audit page's filters select, in chain order, as .xlsx for auditors. The browser
 * column holds the user agent as recorded (the page shows it summarised), and each row's hash,
 * so the file can be held against the database later. The export is itself recorded.
 */
export async function exportAuditEvents(db: Db, actor: Actor, filter: AuditFilter): Promise<{ name: string; body: Buffer; rows: number }> {
  authorize(can.viewAuditTrail(actor), AUDIT_TRAIL_ONLY);
  const where = auditWhere(filter);
  const [total] = await db.select({ n: count() }).from(auditEvents).where(where);
  if ((total?.n ?? 0) > MAX_AUDIT_EXPORT_ROWS)
    throw new DomainError(
      "BAD_REQUEST",
      `符合条件的记录有 ${total!.n.toLocaleString("zh-CN")} 条，超过单次导出上限 ${MAX_AUDIT_EXPORT_ROWS.toLocaleString("zh-CN")} 条，请缩短日期范围后分批导出`,
    );
  const rows = await db.select().from(auditEvents).where(where).orderBy(asc(auditEvents.seq));
  const cells = rows.map((r) => ({
    时间: formatShanghaiSeconds(r.at),
    操作人: r.actorName || "匿名访客",
    操作: ACTION_LABELS[r.action] ?? r.action,
    对象: [ENTITY_TYPE_LABELS[r.entityType] ?? r.entityType, r.entityId].filter(Boolean).join(" "),
    摘要: r.summary,
    来源地址: r.address ?? "",
    浏览器: r.userAgent ?? "",
    请求编号: r.requestId ?? "",
    序号: String(r.seq),
    哈希: r.hash ?? "",
  }));
  const body = await writeXlsx(cells, { sheet: "审计日志", headers: AUDIT_EXPORT_COLUMNS, formats: FORMATS });
  await recordAudit(db, actor, {
    action: "audit.export",
    entityType: "audit",
    entityId: "",
    summary: `导出审计日志 ${rows.length} 条（筛选条件：${describeFilter(filter)}）`,
  });
  const stamp = formatShanghaiTime(new Date()).replace(/[-: ]/g, "");
  return { name: `审计日志-${stamp}.xlsx`, body, rows: rows.length };
}
