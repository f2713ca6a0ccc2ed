import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { departments, people } from "@/db/schema";
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

  it("fills an empty database with the ten districts, the departments and about 30 people, once", async () => {
    expect(await seedIfEmpty(t.db)).not.toBeNull();
    const districts = (await t.db.select().from(departments)).filter((d) => d.kind === "district");
    expect(districts.map((d) => d.name).sort()).toEqual(
      ["市南区", "市北区", "李沧区", "崂山区", "黄岛区", "城阳区", "即墨区", "胶州市", "平度市", "莱西市"].sort(),
    );
    const everyone = await t.db.select().from(people);
    expect(everyone.length).toBeGreaterThanOrEqual(30);
    for (const role of ["admin", "reviewer", "publisher", "judge"] as const)
      expect(DEMO_ACCOUNTS.some((a) => a.roles.includes(role) && everyone.some((p) => p.username === a.username))).toBe(true);

    expect(await seedIfEmpty(t.db)).toBeNull();
    expect(await seed(t.db)).toEqual({ departments: 0, people: 0 });
    expect(await t.db.$count(departments)).toBe(DEPARTMENTS.length);
    expect(await t.db.$count(people)).toBe(everyone.length);
  });
});
