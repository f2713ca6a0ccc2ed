import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessRequests } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { actorFor, callerAs, createTestDatabase, type TestDatabase } from "@/server/testing/database";

let t: TestDatabase;
let rsj: Actor; // 市人社局: the demo has overdue and not yet overdue requests to answer

beforeAll(async () => {
  t = await createTestDatabase("catalogue");
  rsj = await actorFor(t.db, "publisher");
});
afterAll(() => t.close());

describe("the request inbox", () => {
  it("lists overdue requests first, then the others waiting by deadline, then the answered ones", async () => {
    const { rows } = await callerAs(t.db, rsj).access.list({ box: "received" });
    const pending = rows.filter((r) => r.status === "pending");
    expect(pending.some((r) => r.overdue) && pending.some((r) => !r.overdue), "the demo has both").toBe(true);
    // Waiting ones come before answered ones, overdue ones before the rest.
    const rank = (r: (typeof rows)[number]) => (r.overdue ? 0 : r.status === "pending" ? 1 : 2);
    expect(rows.map(rank)).toEqual([...rows.map(rank)].sort());
    for (const group of [pending.filter((r) => r.overdue), pending.filter((r) => !r.overdue)]) {
      const due = group.map((r) => r.dueAt.getTime());
      expect(due).toEqual([...due].sort((a, b) => a - b));
    }
  });

  it("filters by state, and marks the requests under 督办", async () => {
    const caller = callerAs(t.db, rsj);
    const [first] = (await caller.access.list({ box: "received", status: "pending" })).rows;
    await t.db.update(accessRequests).set({ escalatedAt: new Date() }).where(eq(accessRequests.id, first!.id));
    const pending = await caller.access.list({ box: "received", status: "pending" });
    const expected = await t.db.$count(accessRequests, and(eq(accessRequests.ownerDepartmentId, rsj.departmentId), eq(accessRequests.status, "pending")));
    expect(pending.total).toBe(expected);
    expect(pending.rows.every((r) => r.status === "pending")).toBe(true);
    expect(pending.rows.find((r) => r.id === first!.id)?.escalatedAt).toBeInstanceOf(Date);
    const rejected = await caller.access.list({ box: "received", status: "rejected" });
    expect(rejected.rows.every((r) => r.status === "rejected")).toBe(true);
  });
});
