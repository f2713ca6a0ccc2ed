import { aliasedTable, and, count, desc, eq, inArray, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { DEPARTMENT, NOW, prepared } from "@/db/prepared";
import { accessRequests, departments, people, resources } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, notFound } from "@/server/errors";
import { updateLocked } from "@/server/versioning/locked-update";
import { pageWindow, toPage } from "@/server/pagination";
import type { decideAccessInput, inboxSchema, requestAccessInput } from "./schemas";
import { loadWorkingCalendar } from "@/server/calendar/calendar";
import { replyWorkingDays } from "./reply-period";
import { endOfShanghaiDay, formatShanghaiTime, shanghaiDate } from "@/server/time";
import { notify, peopleWithRole } from "@/server/notifications/notify";

const auditOf = (id: string, action: string, summary: string) => ({ action: `access.${action}`, entityType: "access_request", entityId: id, summary });

/**
 * Asks to use another department's published resource for the actor's department. 无条件共享
 * is granted at once and recorded; 有条件共享 waits for the owner; 不予共享 cannot be requested.
 */
export async function requestAccess(db: Db, actor: Actor, input: z.output<typeof requestAccessInput>, now = new Date()) {
  authorize(can.requestAccess(actor), "只有发布员可以申请使用资源");
  return db.transaction(async (tx) => {
    const [r] = await tx.select().from(resources).where(eq(resources.id, input.resourceId));
    if (!r || r.status !== "published") throw new DomainError("BAD_REQUEST", "只能申请已发布的资源；该资源未发布或已下线");
    if (r.departmentId === actor.departmentId) throw new DomainError("BAD_REQUEST", "这是本部门的资源，无需申请");
    if (r.sharingClass === "none") throw new DomainError("BAD_REQUEST", "该资源为「不予共享」，不能申请使用");
    const [open] = await tx
      .select({ id: accessRequests.id, status: accessRequests.status })
      .from(accessRequests)
      .where(
        and(
          eq(accessRequests.resourceId, r.id),
          eq(accessRequests.requesterDepartmentId, actor.departmentId),
          or(eq(accessRequests.status, "pending"), eq(accessRequests.status, "approved"), eq(accessRequests.status, "granted")),
        ),
      );
    if (open)
      throw new DomainError("CONFLICT", open.status === "pending" ? "本部门已申请过该资源，正在等待答复" : "本部门已获准使用该资源，无需重复申请");
    const granted = r.sharingClass === "unconditional";
    const deadline = (await loadWorkingCalendar(tx)).addWorkingDays(now, replyWorkingDays());
    const [created] = await tx
      .insert(accessRequests)
      .values({
        resourceId: r.id,
        ownerDepartmentId: r.departmentId,
        requesterDepartmentId: actor.departmentId,
        requestedBy: actor.id,
        purpose: input.purpose,
        status: granted ? "granted" : "pending",
        dueAt: deadline.due,
        dueProvisional: deadline.provisional,
        decidedAt: granted ? now : null,
        // The requester sees an automatic grant as it happens: nothing new to read later.
        requesterReadAt: granted ? now : null,
        createdAt: now,
      })
      .returning();
    await recordAudit(
      tx,
      actor,
      auditOf(created!.id, granted ? "grant" : "request", `${actor.departmentName}申请使用「${r.name}」（${r.code}）${granted ? "：无条件共享，已自动开通" : "，等待提供部门答复"}`),
    );
    if (!granted)
      await notify(tx, await peopleWithRole(tx, "publisher", r.departmentId), {
        kind: "request_received",
        title: `${actor.departmentName}申请使用「${r.name}」`,
        body: `用途：${input.purpose}。请于 ${formatShanghaiTime(deadline.due)} 前答复。`,
        link: "/console/requests?box=received",
        subjectType: "access_request",
        subjectId: created!.id,
      }, now);
    return created!;
  });
}

/** Approve (with optional conditions and expiry) or reject (with a reason) a pending request. */
export async function decideAccess(db: Db, actor: Actor, input: z.output<typeof decideAccessInput>, now = new Date()) {
  return db.transaction(async (tx) => {
    const [req] = await tx.select().from(accessRequests).where(eq(accessRequests.id, input.id));
    if (!req) throw notFound("资源申请");
    authorize(can.decideAccess(actor, req.ownerDepartmentId), "只有资源提供部门可以答复该申请");
    if (req.status !== "pending") throw new DomainError("CONFLICT", "该申请已有答复，不能重复处理");
    const approve = input.decision === "approve";
    // Only one decision counts: the second of two concurrent ones finds no pending row.
    const decided = await updateLocked(
      tx,
      accessRequests,
      { id: req.id, version: input.version },
      {
        status: approve ? "approved" : "rejected",
        decidedBy: actor.id,
        decidedAt: now,
        decisionReason: input.reason || null,
        conditions: approve ? input.conditions || null : null,
        expiresOn: approve && input.expiresOn ? endOfShanghaiDay(input.expiresOn) : null,
        requesterReadAt: null,
      },
      eq(accessRequests.status, "pending"),
    );
    const [r] = await tx.select({ name: resources.name }).from(resources).where(eq(resources.id, req.resourceId));
    await recordAudit(
      tx,
      actor,
      auditOf(req.id, approve ? "approve" : "reject", `${approve ? "同意" : "拒绝"}对「${r?.name}」的使用申请${input.reason ? `：${input.reason}` : ""}${input.conditions && approve ? `；使用条件：${input.conditions}` : ""}`),
    );
    await notify(tx, [req.requestedBy], {
      kind: "request_decided",
      title: `${actor.departmentName}${approve ? "同意" : "拒绝"}了您对「${r?.name}」的使用申请`,
      body: [input.reason, approve && input.conditions ? `使用条件：${input.conditions}` : ""].filter(Boolean).join("；"),
      link: "/console/requests?box=sent",
      subjectType: "access_request",
      subjectId: req.id,
    }, now);
    return decided;
  });
}

const owner = aliasedTable(departments, "owner");
const requester = aliasedTable(departments, "requester");
const asker = aliasedTable(people, "asker");

/**
 * The inbox's page of rows and its count, prepared once per box and filter (db/prepared.ts): the
 * requests inbox is among the pages staff open most, and building these two statements was most of
 * their CPU.
 */
function inboxStatements(db: Db, box: z.output<typeof inboxSchema>["box"], byStatus: boolean) {
  return prepared(db, `access_inbox_${box}${byStatus ? "_by_status" : ""}`, (name) => {
    const where = and(
      box === "received" ? eq(accessRequests.ownerDepartmentId, DEPARTMENT) : undefined,
      box === "sent" ? eq(accessRequests.requesterDepartmentId, DEPARTMENT) : undefined,
      box === "overdue" ? and(eq(accessRequests.status, "pending"), lt(accessRequests.dueAt, NOW)) : undefined,
      byStatus ? eq(accessRequests.status, sql.placeholder("status")) : undefined,
    );
    const rows = db
      .select({
        id: accessRequests.id,
        version: accessRequests.version,
        status: accessRequests.status,
        purpose: accessRequests.purpose,
        dueAt: accessRequests.dueAt,
        dueProvisional: accessRequests.dueProvisional,
        escalatedAt: accessRequests.escalatedAt,
        escalatedAgainAt: accessRequests.escalatedAgainAt,
        createdAt: accessRequests.createdAt,
        decidedAt: accessRequests.decidedAt,
        decisionReason: accessRequests.decisionReason,
        conditions: accessRequests.conditions,
        expiresOn: accessRequests.expiresOn,
        unread:
          box === "sent"
            ? sql<boolean>`(${accessRequests.status} <> 'pending' and ${accessRequests.requesterReadAt} is null)`
            : sql<boolean>`(${accessRequests.status} = 'pending' and ${accessRequests.ownerReadAt} is null)`,
        resourceId: resources.id,
        resourceName: resources.name,
        resourceCode: resources.code,
        sharingClass: resources.sharingClass,
        ownerDepartmentId: accessRequests.ownerDepartmentId,
        ownerName: owner.name,
        requesterName: requester.name,
        askerName: asker.displayName,
      })
      .from(accessRequests)
      .innerJoin(resources, eq(resources.id, accessRequests.resourceId))
      .innerJoin(owner, eq(owner.id, accessRequests.ownerDepartmentId))
      .innerJoin(requester, eq(requester.id, accessRequests.requesterDepartmentId))
      .innerJoin(asker, eq(asker.id, accessRequests.requestedBy))
      .where(where)
      // Overdue first, then the rest waiting by deadline, then the answered ones, newest first.
      .orderBy(
        desc(sql`(${accessRequests.status} = 'pending' and ${accessRequests.dueAt} < ${NOW})`),
        desc(sql`${accessRequests.status} = 'pending'`),
        sql`case when ${accessRequests.status} = 'pending' then ${accessRequests.dueAt} end`,
        desc(accessRequests.createdAt),
      )
      .limit(sql.placeholder("limit"))
      .offset(sql.placeholder("offset"))
      .prepare(name);
    const total = db.select({ n: count() }).from(accessRequests).where(where).prepare(`${name}_count`);
    return { rows, total };
  });
}

/** A department's received or sent requests, or — for reviewers — everyone's overdue ones. */
export async function listRequests(db: Db, actor: Actor, f: z.output<typeof inboxSchema>, now = new Date()) {
  if (f.box === "overdue") authorize(can.superviseAccess(actor), "只有审核员可以查看全市逾期申请");
  const { limit, offset } = pageWindow(f.page);
  const statements = inboxStatements(db, f.box, f.status !== undefined);
  const values = { departmentId: actor.departmentId, now: now.toISOString(), status: f.status, limit, offset };
  const [rows, [total]] = await Promise.all([statements.rows.execute(values), statements.total.execute(values)]);
  const isOverdue = (r: (typeof rows)[number]) => r.status === "pending" && r.dueAt < now;
  // How late, in working days: the age of a 督办 as the bureau follows it up.
  const overdue = rows.filter(isOverdue);
  const calendar = overdue.length
    ? await loadWorkingCalendar(db, { from: shanghaiDate(new Date(Math.min(...overdue.map((r) => r.dueAt.getTime())))), to: shanghaiDate(now) })
    : null;
  return toPage(
    rows.map((r) => ({
      ...r,
      overdue: isOverdue(r),
      overdueWorkingDays: calendar && isOverdue(r) ? calendar.workingDaysBetween(r.dueAt, now) : 0,
      canDecide: r.status === "pending" && can.decideAccess(actor, r.ownerDepartmentId),
    })),
    total?.n ?? 0,
    f.page,
  );
}

/** What the inbox badges show: new requests to answer, and new answers to read. */
export async function unreadCounts(db: Db, actor: Actor) {
  const [row] = await prepared(db, "access_unread_counts", (name) =>
    db
      .select({
        received: sql<number>`count(*) filter (where ${accessRequests.ownerDepartmentId} = ${DEPARTMENT} and ${accessRequests.status} = 'pending' and ${accessRequests.ownerReadAt} is null)::int`,
        sent: sql<number>`count(*) filter (where ${accessRequests.requesterDepartmentId} = ${DEPARTMENT} and ${accessRequests.status} <> 'pending' and ${accessRequests.requesterReadAt} is null)::int`,
      })
      .from(accessRequests)
      .where(or(eq(accessRequests.ownerDepartmentId, DEPARTMENT), eq(accessRequests.requesterDepartmentId, DEPARTMENT)))
      .prepare(name),
  ).execute({ departmentId: actor.departmentId });
  return { received: row?.received ?? 0, sent: row?.sent ?? 0 };
}

/** Opening a box marks what it shows as read for the department. */
export async function markRead(db: Db, actor: Actor, box: "received" | "sent", now = new Date()) {
  if (box === "received")
    await db
      .update(accessRequests)
      .set({ ownerReadAt: now })
      .where(and(eq(accessRequests.ownerDepartmentId, actor.departmentId), isNull(accessRequests.ownerReadAt)));
  else
    await db
      .update(accessRequests)
      .set({ requesterReadAt: now })
      .where(and(eq(accessRequests.requesterDepartmentId, actor.departmentId), ne(accessRequests.status, "pending"), isNull(accessRequests.requesterReadAt)));
}

/** The actor's department's latest request for each of these resources, by resource id. */
export async function accessStatuses(db: Db, actor: Actor, resourceIds: string[]) {
  if (!resourceIds.length) return {};
  const rows = await db
    .selectDistinctOn([accessRequests.resourceId], {
      resourceId: accessRequests.resourceId,
      status: accessRequests.status,
      dueAt: accessRequests.dueAt,
      dueProvisional: accessRequests.dueProvisional,
      conditions: accessRequests.conditions,
      expiresOn: accessRequests.expiresOn,
    })
    .from(accessRequests)
    .where(and(inArray(accessRequests.resourceId, resourceIds), eq(accessRequests.requesterDepartmentId, actor.departmentId)))
    .orderBy(accessRequests.resourceId, desc(accessRequests.createdAt));
  return Object.fromEntries(rows.map(({ resourceId, ...status }) => [resourceId, status]));
}

/** The actor's department's standing with one resource, for the resource page. */
export async function accessFor(db: Db, actor: Actor, resourceId: string) {
  return (await accessStatuses(db, actor, [resourceId]))[resourceId] ?? null;
}
