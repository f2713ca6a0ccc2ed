import { and, count, desc, eq, gte, ilike, lt, or, type SQL } from "drizzle-orm";
import { searchText, z } from "@/server/validation";
import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { log } from "@/server/log";
import { pageInput, pageWindow, toPage } from "@/server/pagination";
import { containsPattern } from "@/server/sql";
import { shanghaiDate, shanghaiInstant } from "@/server/time";

export type Changes = Record<string, { from: unknown; to: unknown }>;

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  changes?: Changes | null;
}

/** Who acts when nobody is signed in: the seed, start-up jobs, an anonymous visitor. */
type RequestOrigin = Pick<Actor, "requestId" | "address" | "userAgent">;
export type AuditActor = (Pick<Actor, "id" | "displayName"> & RequestOrigin) | ({ system: string } & RequestOrigin);

/**
 * Writes one audit row. Call it with the transaction handle of the change it records, so the
 * change and its record commit or roll back together.
 */
export async function recordAudit(tx: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const person = "system" in actor ? null : actor;
  await tx.insert(auditEvents).values({
    actorId: person?.id ?? null,
    actorName: person?.displayName ?? ("system" in actor ? actor.system : ""),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    summary: entry.summary,
    changes: entry.changes ?? null,
    requestId: actor.requestId ?? null,
    address: actor.address ?? null,
    userAgent: actor.userAgent?.slice(0, 500) ?? null,
  });
}

/**
 * Records that a permission rule refused a signed-in person (「越权操作被拒绝」): `where` names the
 * procedure or route. Written on its own, outside the refused call's transaction, which has rolled
 * back. A failure to write it is logged and never replaces the refusal the person sees.
 */
export async function recordRefusal(db: Db, actor: Actor, where: string, message: string): Promise<void> {
  try {
    await recordAudit(db, actor, { action: "auth.refused", entityType: "endpoint", entityId: where, summary: `${where}：${message}` });
  } catch (error) {
    log("error", "refusal not recorded", { requestId: actor.requestId, where, error });
  }
}

/** 「q=社保，kind=dataset」: the filters an export was made with, for its audit summary. */
export function describeFilter(filter: Record<string, unknown>): string {
  const parts = Object.entries(filter)
    .filter(([key, value]) => key !== "page" && value !== undefined && value !== null && value !== "")
    .map(([key, value]) => `${key}=${value instanceof Date ? shanghaiDate(value) : String(value)}`);
  return parts.length ? parts.join("，") : "无";
}

/** The fields among `fields` whose value differs between `before` and `after`. */
export function diffFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    if (!(field in after)) continue;
    const from = before[field];
    const to = after[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

/** 「名称、简称」: the changed fields in people's words, for an audit summary. */
export function describeChanges(changes: Changes, labels: Record<string, string>): string {
  const names = Object.keys(changes).map((k) => labels[k] ?? k);
  return names.length ? names.join("、") : "无变化";
}

/**
 * A date from a date picker ("2026-11-27") means that day in Qingdao, not in UTC. Years beyond
 * 9999 are refused here: JavaScript dates reach year 275760, which the database cannot take.
 */
const pickedDate = z.preprocess(
  (v) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? shanghaiInstant(v) : v || undefined),
  z.coerce.date().refine((d) => d.getUTCFullYear() >= 1970 && d.getUTCFullYear() <= 9999, "日期须在 1970 年至 9999 年之间"),
);

export const auditFilterSchema = z.object({
  q: searchText(100),
  entityType: z.string().trim().max(50).optional(),
  actorId: z.uuid().optional(),
  from: pickedDate.optional(),
  to: pickedDate.optional(),
  page: pageInput,
});

/** The refusal of every audit-trail service: reading, verifying and exporting follow one rule, can.viewAuditTrail. */
export const AUDIT_TRAIL_ONLY = "只有审计管理员可以查看审计日志";

export type AuditFilter = z.output<typeof auditFilterSchema>;

/** The rows a filter of the audit page selects; the page and its export read the same ones. */
export function auditWhere(f: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (f.q) {
    const pattern = containsPattern(f.q);
    conditions.push(
      or(
        ilike(auditEvents.summary, pattern),
        ilike(auditEvents.actorName, pattern),
        ilike(auditEvents.action, pattern),
      )!,
    );
  }
  if (f.entityType) conditions.push(eq(auditEvents.entityType, f.entityType));
  if (f.actorId) conditions.push(eq(auditEvents.actorId, f.actorId));
  if (f.from) conditions.push(gte(auditEvents.at, f.from));
  if (f.to) conditions.push(lt(auditEvents.at, f.to));
  return conditions.length ? and(...conditions) : undefined;
}

export async function listAuditEvents(db: Db, actor: Actor, f: AuditFilter) {
  authorize(can.viewAuditTrail(actor), AUDIT_TRAIL_ONLY);
  const where = auditWhere(f);
  const { limit, offset } = pageWindow(f.page);
  const [rows, [totalRow]] = await Promise.all([
    db.select().from(auditEvents).where(where).orderBy(desc(auditEvents.at), desc(auditEvents.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  // The auditor's own reading is audited too (等保 8.1.5.2), after the read, so it is not in its own result.
  await recordAudit(db, actor, { action: "audit.view", entityType: "audit", entityId: "", summary: `查看审计日志（筛选条件：${describeFilter(f)}）` });
  return toPage(rows, totalRow?.n ?? 0, f.page);
}

export const ENTITY_TYPE_LABELS: Record<string, string> = {
  department: "部门",
  person: "人员",
  resource: "资源",
  access_request: "资源申请",
  scenario: "场景",
  scenario_adoption: "场景复用",
  resource_import: "资源导入",
  noproof_case: "无证明场景",
  noproof_feedback: "公众反映",
  noproof_place: "亮证场所",
  competition: "创新大赛",
  competition_entry: "参赛作品",
  competition_conflict: "利益冲突",
  competition_sheet: "评分表",
  audit: "审计日志",
  duplicate: "集约建设",
  backup: "数据备份",
  endpoint: "接口",
  seed: "示例数据",
};

/** What each recorded action is called in the audit trail's own words. */
const VERBS: Record<string, string> = {
  create: "新建",
  update: "修改",
  submit: "提交审核",
  approve: "审核通过",
  return: "退回修改",
  retire: "下线",
  import: "导入登记",
  benchmark: "设定标杆场景",
};
export const ACTION_LABELS: Record<string, string> = {
  "auth.sign_in": "登录",
  "auth.sign_in_failed": "登录失败",
  "auth.sign_out": "退出登录",
  "auth.lock": "账号锁定",
  "auth.lock_address": "暂停该地址登录",
  "auth.unlock": "解除锁定",
  "auth.end_session": "强制下线",
  "auth.end_own_session": "结束本人会话",
  "auth.change_password": "修改密码",
  "auth.enable_two_factor": "启用动态口令",
  "auth.disable_two_factor": "关闭或重置动态口令",
  "auth.refused": "越权操作被拒绝",
  "auth.session_revoked": "统一身份认证平台结束会话",
  "auth.policy": "设置登录方式",
  "audit.view": "查看审计日志",
  "audit.verify": "审计日志完整性校验",
  "audit.export": "导出审计日志",
  "backup.create": "数据备份",
  "backup.download": "下载数据备份",
  "backup.restore": "从备份恢复数据",
  "seed.demo": "写入示例数据",
  "department.create": "新建部门",
  "department.update": "修改部门",
  "person.create": "新建人员",
  "person.update": "修改人员",
  "person.provision": "统一身份认证开通账号",
  "person.reset_password": "重置密码",
  "person.activate": "启用账号",
  "person.deactivate": "停用账号",
  ...Object.fromEntries(
    [
      ["resource", "资源"],
      ["scenario", "场景"],
      ["noproof_case", "无证明场景"],
      ["noproof_place", "亮证场所"],
    ].flatMap(([type, noun]) => Object.entries(VERBS).map(([verb, label]) => [`${type}.${verb}`, `${label}${noun}`])),
  ),
  "resource.import_batch": "批量导入资源",
  "resource.export": "导出资源目录",
  "resource.merge": "合并重复资源",
  "scenario.merge": "合并重复场景",
  "duplicate.refresh": "重新检查已有同类",
  "duplicate.export": "导出集约建设分析",
  "noproof_case.export": "导出无证明场景",
  "access.request": "申请使用资源",
  "access.grant": "资源申请自动开通",
  "access.approve": "同意资源申请",
  "access.reject": "拒绝资源申请",
  "adoption.record": "登记复用",
  "adoption.confirm": "确认复用",
  "adoption.decline": "不予确认复用",
  "feedback.submit": "公众反映",
  "feedback.reply": "答复公众反映",
  "feedback.close": "办结公众反映",
  "competition.create": "创建大赛",
  "competition.update": "修改大赛",
  "competition.stage.add": "新增大赛阶段",
  "competition.stage.update": "修改阶段时间",
  "competition.stage.open": "开放大赛阶段",
  "competition.stage.close": "结束大赛阶段",
  "competition.judge.invite": "邀请评委",
  "competition.judge.respond": "评委答复邀请",
  "competition.conflict.declare": "申报利益冲突",
  "competition.conflict.confirm": "确认回避",
  "competition.conflict.dismiss": "不予回避",
  "competition.assign": "分配评委",
  "competition.assign.swap": "调换评委",
  "competition.entry.create": "报名参赛",
  "competition.entry.update": "修改参赛作品",
  "competition.entry.withdraw": "撤回参赛作品",
  "competition.attachment.add": "上传参赛附件",
  "competition.attachment.remove": "删除参赛附件",
  "competition.sheet.submit": "提交评分",
  "competition.sheet.reopen": "退回评分",
  "competition.advance": "确定晋级作品",
  "competition.publish": "发布大赛成绩",
  "competition.promote": "获奖场景设为标杆",
  "competition.export": "导出大赛评分",
  "competition.attachment.download": "下载参赛附件",
};

