import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessRequests, departments, people, resources, resourceVersions, scenarioAdoptions, scenarios } from "@/db/schema";
import { ROLES } from "@/server/auth/permissions";
import { migrationStatus } from "@/server/startup";
import { createTestDatabase, type TestDatabase } from "@/server/testing/database";
import { seed, seedIfEmpty } from ".";
import { DEMO_ACCOUNTS, DEPARTMENTS } from "./organisation";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe("demo seed", () => {
  it("applies every migration", async () => {
    const status = await migrationStatus(t.db);
    expect(status.applied).toBe(status.expected);
    expect(status.expected).toBeGreaterThan(0);
  });

  it("fills an empty database with the ten districts, the departments, about 30 people (a demo account for every role) and the catalogue, once", async () => {
    const first = await seedIfEmpty(t.db);
    expect(first).toMatchObject({ scenarios: 61, competitions: 3 });
    expect(first!.noProofCases).toBeGreaterThanOrEqual(80);
    const districts = (await t.db.select().from(departments)).filter((d) => d.kind === "district");
    expect(districts.map((d) => d.name).sort()).toEqual(
      ["市南区", "市北区", "李沧区", "崂山区", "黄岛区", "城阳区", "即墨区", "胶州市", "平度市", "莱西市"].sort(),
    );
    const everyone = await t.db.select().from(people);
    expect(everyone.length).toBeGreaterThanOrEqual(30);
    for (const role of ROLES)
      expect(DEMO_ACCOUNTS.some((a) => a.roles.includes(role) && everyone.some((p) => p.username === a.username))).toBe(true);

    expect(await seedIfEmpty(t.db)).toBeNull();
    expect(await seed(t.db)).toEqual({ departments: 0, people: 0, resources: 0, scenarios: 0, noProofCases: 0, competitions: 0 });
    expect(await t.db.$count(departments)).toBe(DEPARTMENTS.length);
    expect(await t.db.$count(people)).toBe(everyone.length);
    const catalogue = await t.db.select({ status: resources.status, current: resources.currentVersionId, working: resources.workingVersionId }).from(resources);
    expect(catalogue.length).toBeGreaterThanOrEqual(1150);
    for (const status of ["draft", "submitted", "returned", "published", "retired"] as const)
      expect(catalogue.some((r) => r.status === status)).toBe(true);
    // Every resource points at a version the catalogue can show.
    expect(catalogue.every((r) => r.current || r.working)).toBe(true);
    expect(await t.db.$count(resourceVersions)).toBeGreaterThan(catalogue.length);
    const seededScenarios = await t.db.select().from(scenarios);
    expect(seededScenarios.length).toBeGreaterThanOrEqual(55);
    expect(seededScenarios.filter((s) => s.kind === "big_scenario" && s.status === "published").length).toBeGreaterThanOrEqual(5);
    expect(await t.db.$count(scenarioAdoptions)).toBeGreaterThan(20);
    const requestStates = new Set((await t.db.select({ status: accessRequests.status }).from(accessRequests)).map((r) => r.status));
    expect([...requestStates].sort()).toEqual(["approved", "granted", "pending", "rejected"]);
  });
});
