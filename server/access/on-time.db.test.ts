import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessRequests, resources } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { actorFor, callerAs, createTestDatabase, type TestDatabase } from "@/server/testing/database";
import { refusal } from "@/server/testing/refusals";
import { onTimeByDepartment, onTimeOfDepartment } from "./on-time";
import { shanghaiInstant } from "@/server/time";

let t: TestDatabase;
let mzj: Actor; // 市民政局: its received requests are replaced by the hand-worked ones below
let gaj: Actor;
let reviewer: Actor;
let organiser: Actor;
let admin: Actor;
const now = shanghaiInstant("2026-12-01 10:00");

beforeAll(async () => {
  t = await createTestDatabase("catalogue");
  [mzj, gaj, reviewer, organiser, admin] = (await Promise.all(["pub.mzj", "pub.gaj", "reviewer", "organiser", "admin"].map((u) => actorFor(t.db, u)))) as [Actor, Actor, Actor, Actor, Actor];
  const [resource] = await t.db.select({ id: resources.id }).from(resources).where(eq(resources.departmentId, mzj.departmentId)).limit(1);
  await t.db.delete(accessRequests).where(eq(accessRequests.ownerDepartmentId, mzj.departmentId));
  const request = (createdAt: string, dueAt: string, rest: Partial<typeof accessRequests.$inferInsert>) => ({
    resourceId: resource!.id,
    ownerDepartmentId: mzj.departmentId,
    requesterDepartmentId: gaj.departmentId,
    requestedBy: gaj.id,
    purpose: "核验低保对象户籍",
    status: "approved" as const,
    createdAt: shanghaiInstant(createdAt),
    dueAt: shanghaiInstant(dueAt),
    ...rest,
  });
  await t.db.insert(accessRequests).values([
    // Friday before 国庆 2025, answered the Thursday after it: 9-28 (a Sunday worked), 9-29, 9-30, 10-9 → 4 working days, in time.
    request("2025-09-26 10:00", "2025-10-15 23:59:59", { decidedAt: shanghaiInstant("2025-10-09 10:00") }),
    // 11-3 to 11-20: 4 + 5 + 4 = 13 working days, three days late.
    request("2025-11-03 09:00", "2025-11-17 23:59:59", { status: "rejected", decidedAt: shanghaiInstant("2025-11-20 16:00"), decisionReason: "数据涉及个人隐私" }),
    // Waiting: one past its deadline and under 督办, one not yet due.
    request("2026-11-02 09:00", "2026-11-16 23:59:59", { status: "pending", escalatedAt: shanghaiInstant("2026-11-17 09:00") }),
    request("2026-11-30 09:00", "2026-12-14 23:59:59", { status: "pending" }),
    // 无条件共享, granted at once: nobody answered it, so it does not count.
    request("2026-11-30 09:00", "2026-12-14 23:59:59", { status: "granted", decidedAt: shanghaiInstant("2026-11-30 09:00") }),
  ]);
});
afterAll(() => t.close());

// One answered in time of the three due by now (two answered, one still waiting past its deadline).
const expected = { answered: 2, onTime: 1, onTimeRate: 1 / 3, averageReplyDays: 8.5, pending: 2, overdue: 1, escalated: 1 };

describe("on-time figures", () => {
  it("count answers within the deadline against all due, the mean reply time in working days (holidays and 调休 counted) and the 督办 still waiting", async () => {
    expect(await onTimeOfDepartment(t.db, mzj, mzj.departmentId, now)).toMatchObject({ departmentName: "青岛市民政局", ...expected });
  });

  it("on the dashboard, every department that received requests, 督办 and overdue first", async () => {
    const all = await onTimeByDepartment(t.db, reviewer, now);
    expect(all.find((f) => f.departmentId === mzj.departmentId)).toMatchObject(expected);
    const pressing = all.map((f) => [f.escalated, f.overdue]);
    expect(pressing).toEqual([...pressing].sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]!));
    expect((await callerAs(t.db, organiser).access.onTime()).length).toBe(all.length);
  });

  it("a department's own people see its figures; another department's publisher is refused, and only supervisors see every department", async () => {
    expect(await callerAs(t.db, mzj).access.onTimeOf({ departmentId: mzj.departmentId })).toMatchObject({ answered: 2, onTime: 1 });
    expect(await callerAs(t.db, reviewer).access.onTimeOf({ departmentId: mzj.departmentId })).toMatchObject({ answered: 2 });
    expect((await refusal(callerAs(t.db, gaj).access.onTimeOf({ departmentId: mzj.departmentId }))).code).toBe("FORBIDDEN");
    for (const notSupervisor of [mzj, gaj, admin]) expect((await refusal(callerAs(t.db, notSupervisor).access.onTime())).code).toBe("FORBIDDEN");
  });

  it("a department without requests has nothing to show yet, rather than zero per cent", async () => {
    const quiet = await actorFor(t.db, "pub.d202");
    await t.db.delete(accessRequests).where(eq(accessRequests.ownerDepartmentId, quiet.departmentId));
    expect(await callerAs(t.db, quiet).access.onTimeOf({ departmentId: quiet.departmentId })).toMatchObject({ answered: 0, onTimeRate: null, averageReplyDays: null, pending: 0 });
  });
});
