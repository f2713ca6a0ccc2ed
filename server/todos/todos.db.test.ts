import { and, asc, count, eq, isNull, lt, min, ne, or } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  accessRequests,
  competitionAssignments,
  competitionConflicts,
  competitionScoreSheets,
  competitionStages,
  notifications,
  resources,
  resourceVersions,
  scenarioVersions,
} from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { actorFor, callerAs, createTestDatabase, type TestDatabase } from "@/server/testing/database";
import { unreadNotifications } from "@/server/notifications/centre";
import { navigationCounts, workFor, type Todo } from "./todos";

let t: TestDatabase;
let wjw: Actor; // 市卫生健康委 publisher: the demo's most overdue inbox
let gaj: Actor;
let district: Actor; // 市南区: no requests to answer
let reviewer: Actor;
let judge: Actor;
let organiser: Actor;
let admin: Actor;
const now = new Date();

const todosFor = async (...args: Parameters<typeof workFor>) => (await workFor(...args)).todos;
const find = (todos: Todo[], key: string) => todos.find((x) => x.key === key);
const keys = (todos: Todo[]) => todos.map((x) => x.key);

/** What the department has to answer, counted straight from the table. */
async function pendingFor(departmentId: string) {
  const pending = and(eq(accessRequests.ownerDepartmentId, departmentId), eq(accessRequests.status, "pending"));
  return { n: await t.db.$count(accessRequests, pending), overdue: await t.db.$count(accessRequests, and(pending, lt(accessRequests.dueAt, now))) };
}

beforeAll(async () => {
  t = await createTestDatabase("catalogue");
  [wjw, gaj, district, reviewer, judge, organiser, admin] = (await Promise.all(
    ["pub.wjw", "pub.gaj", "pub.d202", "reviewer", "judge", "organiser", "admin"].map((u) => actorFor(t.db, u)),
  )) as Actor[] as [Actor, Actor, Actor, Actor, Actor, Actor, Actor];
});
afterAll(() => t.close());

describe("待办", () => {
  it("a clerk sees the requests to answer first when overdue, with the 督办 ones counted, linked to the inbox", async () => {
    const expected = await pendingFor(wjw.departmentId);
    expect(expected.overdue, "the demo has overdue requests for 市卫生健康委").toBeGreaterThan(0);
    const [oldest] = await t.db
      .select({ id: accessRequests.id })
      .from(accessRequests)
      .where(and(eq(accessRequests.ownerDepartmentId, wjw.departmentId), eq(accessRequests.status, "pending")))
      .orderBy(asc(accessRequests.dueAt))
      .limit(1);
    await t.db.update(accessRequests).set({ escalatedAt: now }).where(eq(accessRequests.id, oldest!.id));

    const todos = await todosFor(t.db, wjw, now);
    expect(todos[0]).toMatchObject({
      kind: "access.answer",
      count: expected.n,
      overdue: expected.overdue,
      escalated: 1,
      label: `${expected.n} 条申请待答复（${expected.overdue} 条已逾期，1 条督办）`,
      href: "/console/requests?box=received&status=pending",
      nav: "/console/requests",
    });
    expect(todos[0]!.dueAt!.getTime()).toBeLessThan(now.getTime());
  });

  it("answering a request takes it off the list", async () => {
    const before = find(await todosFor(t.db, wjw, now), "access.answer")!;
    const [pending] = (await callerAs(t.db, wjw).access.list({ box: "received", status: "pending" })).rows;
    await callerAs(t.db, wjw).access.decide({ id: pending!.id, version: pending!.version, decision: "reject", reason: "该数据涉及个人隐私，暂不提供" });
    const after = find(await todosFor(t.db, wjw, now), "access.answer");
    expect(after?.count ?? 0).toBe(before.count - 1);
  });

  it("a publisher sees only their own department's work", async () => {
    const gajBefore = await todosFor(t.db, gaj, now);
    const [resource] = await t.db.select({ id: resources.id }).from(resources).where(eq(resources.departmentId, wjw.departmentId)).limit(1);
    const dueAt = new Date(now.getTime() - 86_400_000);
    await t.db.insert(accessRequests).values({
      resourceId: resource!.id,
      ownerDepartmentId: wjw.departmentId,
      requesterDepartmentId: gaj.departmentId,
      requestedBy: gaj.id,
      purpose: "核验出生医学证明信息",
      status: "pending",
      dueAt,
    });
    const wjwAnswer = find(await todosFor(t.db, wjw, now), "access.answer")!;
    expect(wjwAnswer.count).toBe((await pendingFor(wjw.departmentId)).n);
    // The asking department waits for the answer; answering is not its work.
    expect(find(await todosFor(t.db, gaj, now), "access.answer")).toEqual(find(gajBefore, "access.answer"));
    const quiet = await todosFor(t.db, district, now);
    expect(keys(quiet)).not.toContain("access.answer");
    expect(keys(quiet).filter((k) => k.startsWith("review.") || k.startsWith("competition.") || k.startsWith("judging."))).toEqual([]);
  });

  it("an entry sent back for changes is on its department's list, named and linked", async () => {
    const [submitted] = await t.db
      .select({ id: resources.id, version: resources.version, name: resources.name, departmentId: resources.departmentId })
      .from(resources)
      .innerJoin(resourceVersions, eq(resourceVersions.id, resources.workingVersionId))
      .where(and(eq(resources.departmentId, gaj.departmentId), eq(resourceVersions.status, "submitted")))
      .limit(1);
    expect(submitted, "a 市公安局 resource waits for review in the demo").toBeDefined();
    const before = find(await todosFor(t.db, gaj, now), "returned.resource")?.count ?? 0;
    const wjwBefore = find(await todosFor(t.db, wjw, now), "returned.resource")?.count ?? 0;
    await callerAs(t.db, reviewer).resource.return({ id: submitted!.id, version: submitted!.version, reason: "请补充数据项的取值范围" });
    const returned = find(await todosFor(t.db, gaj, now), "returned.resource")!;
    expect(returned).toMatchObject({ count: before + 1, label: `${before + 1} 项资源被退回待修改` });
    expect(returned.items).toContainEqual({ name: submitted!.name, href: `/resources/${submitted!.id}` });
    expect(find(await todosFor(t.db, wjw, now), "returned.resource")?.count ?? 0).toBe(wjwBefore);
  });

  it("a reviewer sees each review queue with its count and oldest item, and the city's overdue requests", async () => {
    const todos = await todosFor(t.db, reviewer, now);
    const [resourceQueue] = await t.db.select({ n: count(), oldest: min(resourceVersions.submittedAt) }).from(resourceVersions).where(eq(resourceVersions.status, "submitted"));
    expect(find(todos, "review.resource")).toMatchObject({ count: resourceQueue!.n, oldestAt: resourceQueue!.oldest, href: "/console/review", nav: "/console/review" });
    const scenarioQueue = await t.db.$count(scenarioVersions, eq(scenarioVersions.status, "submitted"));
    expect(find(todos, "review.scenario")?.count).toBe(scenarioQueue);
    const overdue = await t.db.$count(accessRequests, and(eq(accessRequests.status, "pending"), lt(accessRequests.dueAt, now)));
    expect(find(todos, "access.overdue")).toMatchObject({ count: overdue, overdue, href: "/console/requests?box=overdue" });
    // A reviewer answers no department's requests and edits no entries.
    expect(keys(todos).filter((k) => k.startsWith("access.answer") || k.startsWith("returned."))).toEqual([]);
    // Publishers do not review.
    expect(keys(await todosFor(t.db, gaj, now)).filter((k) => k.startsWith("review.") || k === "access.overdue")).toEqual([]);
  });

  it("a judge sees the sheets still to submit with the scoring window, until they are submitted", async () => {
    const todos = await todosFor(t.db, judge, now);
    const sheets = todos.find((x) => x.kind === "judging.sheets");
    expect(sheets, "the demo's open 初赛网评 assigns entries to the judge").toBeDefined();
    const stageId = sheets!.key.slice("judging.sheets.".length);
    const [stage] = await t.db.select().from(competitionStages).where(eq(competitionStages.id, stageId));
    expect(sheets).toMatchObject({ window: { opensAt: stage!.opensAt, closesAt: stage!.closesAt }, dueAt: stage!.closesAt, href: "/console/judging", nav: "/console/judging" });
    const assigned = await t.db
      .select({ entryId: competitionAssignments.entryId })
      .from(competitionAssignments)
      .leftJoin(
        competitionScoreSheets,
        and(
          eq(competitionScoreSheets.stageId, competitionAssignments.stageId),
          eq(competitionScoreSheets.entryId, competitionAssignments.entryId),
          eq(competitionScoreSheets.judgeId, competitionAssignments.judgeId),
        ),
      )
      .where(and(eq(competitionAssignments.stageId, stageId), eq(competitionAssignments.judgeId, judge.id), or(isNull(competitionScoreSheets.id), ne(competitionScoreSheets.status, "submitted"))));
    expect(sheets!.count).toBe(assigned.length);
    // Other people's to-do lists hold nobody's sheets.
    for (const other of [gaj, reviewer, organiser]) expect((await todosFor(t.db, other, now)).filter((x) => x.kind === "judging.sheets")).toEqual([]);

    const [first] = assigned;
    await t.db
      .insert(competitionScoreSheets)
      .values({ stageId, entryId: first!.entryId, judgeId: judge.id, status: "submitted", submittedAt: now })
      .onConflictDoUpdate({ target: [competitionScoreSheets.stageId, competitionScoreSheets.entryId, competitionScoreSheets.judgeId], set: { status: "submitted", submittedAt: now } });
    expect(find(await todosFor(t.db, judge, now), sheets!.key)?.count ?? 0).toBe(assigned.length - 1);
  });

  it("an organiser sees conflicts to rule on and stages past their end, overdue first; nobody else does", async () => {
    const declared = await t.db.$count(competitionConflicts, eq(competitionConflicts.status, "declared"));
    const before = await todosFor(t.db, organiser, now);
    expect(before.filter((x) => x.kind === "competition.conflicts").reduce((n, x) => n + x.count, 0)).toBe(declared);

    const [open] = await t.db.select().from(competitionStages).where(and(eq(competitionStages.status, "open"), eq(competitionStages.kind, "review"))).limit(1);
    await t.db.update(competitionStages).set({ closesAt: new Date(now.getTime() - 3_600_000) }).where(eq(competitionStages.id, open!.id));
    const after = await todosFor(t.db, organiser, now);
    expect(after[0]).toMatchObject({ key: `competition.stage.${open!.id}`, overdue: 1, nav: "/console/competitions" });
    expect(after[0]!.label).toMatch(new RegExp(`${open!.name}：已到结束时间，待结束阶段$`));
    // Scoring has ended for the judges: their sheets of that stage leave their lists.
    expect(find(await todosFor(t.db, judge, now), `judging.sheets.${open!.id}`)).toBeUndefined();
    for (const other of [gaj, reviewer, judge]) expect(keys(await todosFor(t.db, other, now)).filter((k) => k.startsWith("competition."))).toEqual([]);
  });

  it("the navigation counts are the list's counts added up per item, and the procedure returns the same list", async () => {
    const todos = await todosFor(t.db, wjw, now);
    const counts = navigationCounts(todos);
    const underRequests = todos.filter((x) => x.nav === "/console/requests").reduce((n, x) => n + x.count, 0);
    expect(counts["/console/requests"]).toBe(underRequests);
    expect(Object.keys(counts)).not.toContain("/console/review");
    expect((await callerAs(t.db, wjw).todo.work()).todos).toEqual(await todosFor(t.db, wjw));
  });

  it("the header's statement counts the person's unread notifications, and only theirs", async () => {
    const before = await unreadNotifications(t.db, gaj);
    const [mine] = await t.db
      .insert(notifications)
      .values([
        { recipientId: gaj.id, kind: "request_received" as const, title: "新的资源申请", link: "/console/requests", subjectType: "access_request", subjectId: gaj.id },
        { recipientId: wjw.id, kind: "request_received" as const, title: "新的资源申请", link: "/console/requests", subjectType: "access_request", subjectId: wjw.id },
      ])
      .returning({ id: notifications.id });
    expect((await workFor(t.db, gaj, now)).unreadNotifications).toBe(before + 1);
    await t.db.update(notifications).set({ readAt: now }).where(eq(notifications.id, mine!.id));
    expect(await callerAs(t.db, gaj).todo.work()).toMatchObject({ unreadNotifications: before });
    // Someone with no business work still has the count.
    expect(await workFor(t.db, admin, now)).toEqual({ todos: [], unreadNotifications: await unreadNotifications(t.db, admin) });
  });

  it("administrators have no business work, so no to-dos", async () => {
    expect(await todosFor(t.db, admin, now)).toEqual([]);
    expect(navigationCounts([])).toEqual({});
  });
});
