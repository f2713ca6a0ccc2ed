import { and, eq, gte } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noProofCases, resources, scenarios } from "@/db/schema";
import { startOfYearInShanghai } from "@/server/time";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createSeededTestDatabase({ catalogue: true });
});
afterAll(() => t.close());

describe("targets dashboard", () => {
  it("adds up to what the database holds, per department and month, for organisers and reviewers only", async () => {
    const organiser = await actorFor(t.db, "organiser");
    const d = await callerAs(t.db, organiser).site.dashboard();
    const newThisYear = await t.db.$count(resources, and(eq(resources.status, "published"), gte(resources.publishedAt, startOfYearInShanghai())));
    const big = await t.db.$count(scenarios, and(eq(scenarios.status, "published"), eq(scenarios.kind, "big_scenario")));
    expect(d.targets.find((x) => x.key === "resources")!.current).toBe(newThisYear);
    expect(d.targets.find((x) => x.key === "bigScenarios")!.current).toBe(big);
    expect(d.byDepartment.reduce((n, r) => n + r.newResources, 0)).toBe(newThisYear);
    expect(d.byDepartment.reduce((n, r) => n + r.bigScenarios, 0)).toBe(big);
    // Twelve months; the months still to come have no figures.
    expect(d.trend).toHaveLength(12);
    const thisMonth = d.trend.findLastIndex((m) => m.resourcesSoFar !== null);
    expect(d.trend.slice(thisMonth + 1).every((m) => m.newResources === null)).toBe(true);
    expect(d.trend[thisMonth]!.resourcesSoFar).toBe(newThisYear);
    expect(d.byDepartment).toHaveLength(27);
    const noProof = await t.db.$count(noProofCases, and(eq(noProofCases.status, "published"), eq(noProofCases.countsTowardTarget, true)));
    expect(noProof).toBeGreaterThanOrEqual(45);
    expect(d.targets.find((x) => x.key === "noProofCases")).toMatchObject({ current: noProof, met: noProof >= 40 });
    expect(d.byDepartment.reduce((n, r) => n + r.noProofCases, 0)).toBe(noProof);
    expect(d.trend[thisMonth]!.noProofSoFar).toBe(noProof);

    expect(await callerAs(t.db, await actorFor(t.db, "reviewer")).site.dashboard()).toEqual(d);
    for (const username of ["publisher", "admin", "security", "auditor"])
      await expect(callerAs(t.db, await actorFor(t.db, username)).site.dashboard()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
