import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { DomainError } from "@/server/errors";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { judgeCandidates } from "./invitations";

let t: TestDatabase;
let admin: Actor;
let competitionId: string;

beforeAll(async () => {
  t = await createSeededTestDatabase();
  admin = await actorFor(t.db, "organiser");
  const created = await callerAs(t.db, admin).competition.create({
    name: "2026年评委邀请测试大赛",
    year: 2026,
    tracks: ["城市治理"],
    stages: [
      { name: "报名", kind: "registration", opensAt: "2026-05-06T09:00", closesAt: "2026-06-30T17:00" },
      {
        name: "决赛路演",
        kind: "review",
        opensAt: "2026-07-25T09:00",
        closesAt: "2026-07-25T18:00",
        rubric: [{ key: "overall", label: "综合评价", weight: 100, min: 0, max: 10, high: "", low: "" }],
        judgesPerEntry: 2,
      },
    ],
  });
  competitionId = created.id;
});
afterAll(() => t.close());

describe("judge candidates", () => {
  it("offers every active judge account not yet invited, with its department, in one list", async () => {
    const api = callerAs(t.db, admin);
    const judgeAccounts = (await t.db.select().from(people)).filter((p) => p.active && p.roles.includes("judge"));
    expect(judgeAccounts.length).toBeGreaterThan(3);
    const before = await api.competition.judgeCandidates({ competitionId });
    expect(before.map((c) => c.id).sort()).toEqual(judgeAccounts.map((p) => p.id).sort());
    expect(before.every((c) => c.departmentName.length > 0)).toBe(true);

    const [invitedA, invitedB, leaving] = judgeAccounts;
    await api.competition.inviteJudges({ competitionId, personIds: [invitedA!.id, invitedB!.id] });
    await t.db.update(people).set({ active: false }).where(eq(people.id, leaving!.id));
    const after = await api.competition.judgeCandidates({ competitionId });
    expect(after.map((c) => c.id).sort()).toEqual(judgeAccounts.slice(3).map((p) => p.id).sort());
  });

  it("refuses anyone but an organiser", async () => {
    for (const username of ["publisher", "judge"]) {
      const error = await judgeCandidates(t.db, await actorFor(t.db, username), { competitionId }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("FORBIDDEN");
    }
  });
});
