import { createHmac } from "node:crypto";
import { and, count, desc, eq, gte, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, noProofCases, noProofFeedback, people } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, notFound } from "@/server/errors";
import { updateLocked } from "@/server/versioning/locked-update";
import { pageInput, pageWindow, toPage } from "@/server/pagination";
import { optionalText, requiredText, z } from "@/server/validation";
import { consumeChallenge } from "@/server/challenge/challenge";
import { notify, peopleWithRole } from "@/server/notifications/notify";

export const FEEDBACK_PER_HOUR = 5;

export const feedbackInput = z.object({
  caseId: z.uuid({ error: "事项不存在" }),
  text: requiredText("情况说明", 500, 10),
  contact: optionalText("联系方式", 50),
  challengeToken: z.string().max(200).default(""),
  challengeAnswer: z.string().trim().max(10, "请填写计算结果").default(""),
  /** Left empty by people; bots that fill every field give themselves away. */
  website: z.string().max(200).default(""),
});

export const answerFeedbackInput = z
  .object({
    id: z.uuid(),
    version: z.number().int().positive(),
    reply: optionalText("答复", 500),
    close: z.boolean().default(false),
  })
  .superRefine((d, ctx) => {
    if (!d.close && !d.reply) ctx.addIssue({ code: "custom", path: ["reply"], message: "请填写答复内容" });
  });

export const feedbackInboxSchema = z.object({
  status: z.enum(["open", "replied", "closed"]).optional().catch(undefined),
  page: pageInput,
});

/** A keyed hash of the client's address: stable enough to rate-limit, useless to identify anyone. */
export function clientKeyFor(secret: string, address: string): string {
  return createHmac("sha256", secret).update(`noproof-client:${address}`).digest("base64url").slice(0, 32);
}

/** Control characters out, line breaks kept: the text is shown as plain text, never as HTML. */
const plain = (text: string) => text.replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, "").trim();

/**
 * 「这里仍要求我提供证明」: an anonymous report about a published use case. Refused when the bot
 * check fails, when this client already reported this item today, or after FEEDBACK_PER_HOUR
 * reports in an hour.
 */
export async function submitFeedback(
  db: Db,
  input: z.output<typeof feedbackInput>,
  client: { key: string; secret: string; requestId?: string },
  now = new Date(),
) {
  if (input.website) throw new DomainError("BAD_REQUEST", "提交未通过校验，请刷新页面后重试");
  if (!(await consumeChallenge(db, client.secret, "feedback", input.challengeToken, input.challengeAnswer, now)))
    throw new DomainError("BAD_REQUEST", "验证题答案不正确或已过期，请重新计算后填写", "challengeAnswer");
  return db.transaction(async (tx) => {
    // One client's reports are counted one at a time, so two at once cannot both slip under the limit.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${client.key}))`);
    const [c] = await tx.select({ id: noProofCases.id, name: noProofCases.name, departmentId: noProofCases.departmentId }).from(noProofCases).where(and(eq(noProofCases.id, input.caseId), eq(noProofCases.status, "published")));
    if (!c) throw notFound("事项");
    const since = (ms: number) => gte(noProofFeedback.createdAt, new Date(now.getTime() - ms));
    const [[sameItem], [lastHour]] = await Promise.all([
      tx.select({ n: count() }).from(noProofFeedback).where(and(eq(noProofFeedback.clientKey, client.key), eq(noProofFeedback.caseId, c.id), since(24 * 3600_000))),
      tx.select({ n: count() }).from(noProofFeedback).where(and(eq(noProofFeedback.clientKey, client.key), since(3600_000))),
    ]);
    if ((sameItem?.n ?? 0) > 0)
      throw new DomainError("TOO_MANY_REQUESTS", "您今天已经反映过这个事项，部门正在处理，请勿重复提交；可在本页查看处理进度");
    if ((lastHour?.n ?? 0) >= FEEDBACK_PER_HOUR) throw new DomainError("TOO_MANY_REQUESTS", "提交过于频繁，请一小时后再试");
    const [created] = await tx
      .insert(noProofFeedback)
      .values({ caseId: c.id, text: plain(input.text), contact: plain(input.contact), clientKey: client.key, createdAt: now })
      .returning({ id: noProofFeedback.id });
    await recordAudit(tx, { system: "公众", requestId: client.requestId }, {
      action: "feedback.submit",
      entityType: "noproof_feedback",
      entityId: created!.id,
      summary: `公众反映「${c.name}」仍被要求提供证明`,
    });
    await notify(tx, await peopleWithRole(tx, "publisher", c.departmentId), {
      kind: "feedback_received",
      title: `公众反映「${c.name}」仍被要求提供证明`,
      body: plain(input.text).slice(0, 200),
      link: "/console/no-proof/feedback",
      subjectType: "noproof_feedback",
      subjectId: created!.id,
    }, now);
    return created!;
  });
}

/** Reports about the use cases the actor's department is responsible for. */
export async function listFeedback(db: Db, actor: Actor, f: z.output<typeof feedbackInboxSchema>) {
  authorize(can.handleFeedback(actor, actor.departmentId), "只有发布员可以处理公众反映");
  const where = and(
    eq(noProofCases.departmentId, actor.departmentId),
    f.status ? eq(noProofFeedback.status, f.status) : undefined,
  );
  const { limit, offset } = pageWindow(f.page);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: noProofFeedback.id,
        version: noProofFeedback.version,
        text: noProofFeedback.text,
        contact: noProofFeedback.contact,
        status: noProofFeedback.status,
        reply: noProofFeedback.reply,
        repliedAt: noProofFeedback.repliedAt,
        closedAt: noProofFeedback.closedAt,
        createdAt: noProofFeedback.createdAt,
        unread: sql<boolean>`(${noProofFeedback.readAt} is null)`,
        caseId: noProofCases.id,
        caseName: noProofCases.name,
        departmentName: departments.name,
        replierName: people.displayName,
      })
      .from(noProofFeedback)
      .innerJoin(noProofCases, eq(noProofCases.id, noProofFeedback.caseId))
      .innerJoin(departments, eq(departments.id, noProofCases.departmentId))
      .leftJoin(people, eq(people.id, noProofFeedback.repliedBy))
      .where(where)
      .orderBy(desc(sql`${noProofFeedback.status} = 'open'`), desc(noProofFeedback.createdAt))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(noProofFeedback).innerJoin(noProofCases, eq(noProofCases.id, noProofFeedback.caseId)).where(where),
  ]);
  return toPage(rows, total?.n ?? 0, f.page);
}

/** New reports the actor's department has not opened yet. */
export async function unreadFeedback(db: Db, actor: Actor) {
  if (!can.handleFeedback(actor, actor.departmentId)) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(noProofFeedback)
    .innerJoin(noProofCases, eq(noProofCases.id, noProofFeedback.caseId))
    .where(and(eq(noProofCases.departmentId, actor.departmentId), isNull(noProofFeedback.readAt)));
  return row?.n ?? 0;
}

/** Opening the inbox marks the department's reports as read. */
export async function markFeedbackRead(db: Db, actor: Actor, now = new Date()) {
  await db
    .update(noProofFeedback)
    .set({ readAt: now })
    .where(and(isNull(noProofFeedback.readAt), sql`${noProofFeedback.caseId} in (select id from ${noProofCases} where ${noProofCases.departmentId} = ${actor.departmentId})`));
}

/** Reply to a report, and optionally close it (办结); a report is closed only once it has a reply. */
export async function answerFeedback(db: Db, actor: Actor, input: z.output<typeof answerFeedbackInput>, now = new Date()) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ feedback: noProofFeedback, departmentId: noProofCases.departmentId, caseName: noProofCases.name })
      .from(noProofFeedback)
      .innerJoin(noProofCases, eq(noProofCases.id, noProofFeedback.caseId))
      .where(eq(noProofFeedback.id, input.id));
    if (!row) throw notFound("公众反映");
    authorize(can.handleFeedback(actor, row.departmentId), "只有该事项的负责部门可以处理这条反映");
    const f = row.feedback;
    if (f.status === "closed") throw new DomainError("CONFLICT", "这条反映已办结，不能再修改");
    const reply = input.reply || f.reply;
    if (!reply) throw new DomainError("BAD_REQUEST", "办结前须先答复群众", "reply");
    const saved = await updateLocked(
      tx,
      noProofFeedback,
      { id: f.id, version: input.version },
      {
        reply,
        status: input.close ? "closed" : "replied",
        ...(input.reply ? { repliedBy: actor.id, repliedAt: now } : {}),
        ...(input.close ? { closedBy: actor.id, closedAt: now } : {}),
        readAt: f.readAt ?? now,
      },
    );
    await recordAudit(tx, actor, {
      action: input.close ? "feedback.close" : "feedback.reply",
      entityType: "noproof_feedback",
      entityId: f.id,
      summary: `${input.close ? "办结" : "答复"}公众对「${row.caseName}」的反映${input.reply ? `：${input.reply}` : ""}`,
    });
    return saved;
  });
}
