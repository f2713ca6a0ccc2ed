import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  competitionAssignments,
  competitionConflicts,
  competitionEntries,
  competitionJudges,
  competitionResults,
  competitions,
  competitionScoreSheets,
  competitionStages,
  people,
  scenarios,
} from "@/db/schema";
import { DEMO_JUDGES, HARSH_JUDGE, LENIENT_JUDGE, seedCompetitions } from "@/db/seed/competition";
import type { Actor } from "@/server/auth/permissions";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { loadStages } from "./records";
import { computeResults } from "./results";

let t: TestDatabase;
let admin: Actor;
const seededAt = Date.now();
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createSeededTestDatabase({ catalogue: true });
  admin = await actorFor(t.db, "organiser");
  for (const c of await t.db.select().from(competitions)) ids[c.year] = c.id;
});
afterAll(() => t.close());

const usernameOf = async (personIds: string[]) =>
  new Map((await t.db.select({ id: people.id, username: people.username }).from(people).where(inArray(people.id, personIds))).map((p) => [p.id, p.username]));

/** Every 2023 sheet as stage, scenario and judge names with its marks: what must not change between runs. */
async function sheets2023() {
  const rows = await t.db
    .select({ stage: competitionStages.name, scenario: scenarios.name, judge: people.username, scores: competitionScoreSheets.scores })
    .from(competitionScoreSheets)
    .innerJoin(competitionStages, eq(competitionStages.id, competitionScoreSheets.stageId))
    .innerJoin(competitionEntries, eq(competitionEntries.id, competitionScoreSheets.entryId))
    .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
    .innerJoin(people, eq(people.id, competitionScoreSheets.judgeId))
    .where(eq(competitionStages.competitionId, ids[2023]!));
  return rows.map((r) => JSON.stringify(r)).sort();
}

describe("demo competitions", () => {
  it("has a closed 2023 competition: about 40 entries of real scenarios in three tracks, twelve judges of several departments", async () => {
    const c = await callerAs(t.db, null).competition.get({ id: ids[2023]! });
    expect(c).toMatchObject({ name: "2023年青岛城市云脑创新大赛", status: "closed", tracks: ["城市治理", "民生服务", "产业发展"] });
    expect(c.stages.map((s) => [s.name, s.status])).toEqual([
      ["报名", "closed"],
      ["初赛网评", "closed"],
      ["复赛", "closed"],
      ["决赛路演", "closed"],
    ]);
    const entered = Object.values(c.entriesByTrack).reduce((a, b) => a + b, 0);
    expect(entered).toBeGreaterThanOrEqual(38);
    expect(Math.min(...Object.values(c.entriesByTrack))).toBeGreaterThanOrEqual(12);
    // The list counts each competition's own entries (a subquery once compared the entries' ids with themselves: 0).
    const listed = await callerAs(t.db, null).competition.list();
    expect(listed.find((l) => l.id === ids[2023])?.entryCount).toBe(entered);

    const entries = await t.db
      .select({ departmentId: competitionEntries.departmentId, scenarioDepartment: scenarios.departmentId, status: scenarios.status, submittedBy: people.departmentId })
      .from(competitionEntries)
      .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
      .innerJoin(people, eq(people.id, competitionEntries.submittedBy))
      .where(eq(competitionEntries.competitionId, ids[2023]!));
    for (const e of entries) {
      expect(e.status).toBe("published");
      expect(e.departmentId).toBe(e.scenarioDepartment);
      expect(e.submittedBy).toBe(e.departmentId);
    }

    const judges = await t.db
      .select({ username: people.username, departmentId: people.departmentId, status: competitionJudges.status })
      .from(competitionJudges)
      .innerJoin(people, eq(people.id, competitionJudges.personId))
      .where(eq(competitionJudges.competitionId, ids[2023]!));
    expect(judges.map((j) => j.username).sort()).toEqual([...DEMO_JUDGES].sort());
    expect(judges.every((j) => j.status === "accepted")).toBe(true);
    expect(new Set(judges.map((j) => j.departmentId)).size).toBe(12);
  });

  it("scored every stage in full, without a judge of an entry's departments or with a confirmed conflict", async () => {
    const stages = (await loadStages(t.db, ids[2023]!)).filter((s) => s.kind === "review");
    const confirmed = await t.db
      .select()
      .from(competitionConflicts)
      .where(and(eq(competitionConflicts.competitionId, ids[2023]!), eq(competitionConflicts.status, "confirmed")));
    expect(confirmed).toHaveLength(2);
    const departmentOf = new Map((await t.db.select({ id: people.id, departmentId: people.departmentId }).from(people)).map((p) => [p.id, p.departmentId]));
    for (const stage of stages) {
      const ranking = await callerAs(t.db, admin).competition.ranking({ stageId: stage.id });
      expect(ranking.missing, stage.name).toEqual([]);
      expect(ranking.entries.every((e) => e.sheetCount === stage.judgesPerEntry), stage.name).toBe(true);
      const assigned = await t.db
        .select({ judgeId: competitionAssignments.judgeId, entryId: competitionAssignments.entryId, lead: scenarios.departmentId, participants: scenarios.participatingDepartmentIds })
        .from(competitionAssignments)
        .innerJoin(competitionEntries, eq(competitionEntries.id, competitionAssignments.entryId))
        .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
        .where(eq(competitionAssignments.stageId, stage.id));
      for (const a of assigned) {
        expect([a.lead, ...a.participants]).not.toContain(departmentOf.get(a.judgeId));
        expect(confirmed.some((c) => c.judgeId === a.judgeId && c.entryId === a.entryId)).toBe(false);
      }
    }
  });

  it("flags exactly the harsh and the lenient judge in the consistency report of every 2023 stage", async () => {
    const stages = (await loadStages(t.db, ids[2023]!)).filter((s) => s.kind === "review");
    expect(stages.map((s) => s.name)).toEqual(["初赛网评", "复赛", "决赛路演"]);
    for (const stage of stages) {
      const { consistency } = await callerAs(t.db, admin).competition.ranking({ stageId: stage.id });
      const usernames = await usernameOf(consistency.map((c) => c.judgeId));
      const flagged = consistency.filter((c) => c.flag).map((c) => [usernames.get(c.judgeId), c.flag]);
      expect(flagged.sort(), stage.name).toEqual([
        [HARSH_JUDGE, "harsh"],
        [LENIENT_JUDGE, "lenient"],
      ].sort());
    }
  });

  it("published awards per track that the scores give, and made the 一等奖 scenarios benchmarks", async () => {
    const results = await callerAs(t.db, null).competition.results({ id: ids[2023]! });
    for (const track of results.tracks) expect(track.results.map((r) => r.awardLabel), track.track).toEqual(["一等奖", "二等奖", "三等奖", "优秀奖", "优秀奖", "优秀奖"]);
    const firsts = results.tracks.map((tr) => tr.results[0]!);
    expect(firsts.every((r) => r.benchmark)).toBe(true);
    const catalogue = await callerAs(t.db, null).scenario.list({});
    for (const winner of firsts) expect(catalogue.rows.find((s) => s.id === winner.scenarioId)?.benchmark).toBe(true);

    const [competition] = await t.db.select().from(competitions).where(eq(competitions.id, ids[2023]!));
    const computed = await computeResults(t.db, competition!, await loadStages(t.db, competition!.id));
    const stored = await t.db.select().from(competitionResults).where(eq(competitionResults.competitionId, competition!.id)).orderBy(asc(competitionResults.track), asc(competitionResults.rank));
    const key = (r: { entryId: string; award: string; rank: number; track: string }) => `${r.track}|${r.rank}|${r.award}|${r.entryId}`;
    expect(stored.map(key).sort()).toEqual(computed.map(key).sort());
  });

  it("has a 2024 competition open for entries now, closing in about a month, with a few entries and a conflict to rule on", async () => {
    const c = await callerAs(t.db, null).competition.get({ id: ids[2024]! });
    const registration = c.stages[0]!;
    expect(registration).toMatchObject({ name: "报名", status: "open" });
    expect(registration.opensAt.getTime()).toBeLessThan(seededAt);
    const daysLeft = (registration.closesAt.getTime() - seededAt) / 86_400_000;
    expect(daysLeft).toBeGreaterThan(29);
    expect(daysLeft).toBeLessThan(32);
    expect(c.stages.slice(1).every((s) => s.status === "pending")).toBe(true);
    const entries = Object.values(c.entriesByTrack).reduce((a, b) => a + b, 0);
    expect(entries).toBeGreaterThanOrEqual(3);
    expect(entries).toBeLessThanOrEqual(10);

    const publisher = await actorFor(t.db, "publisher");
    expect((await callerAs(t.db, publisher).competition.get({ id: ids[2024]! })).permissions.enter).toBe(true);
    expect((await callerAs(t.db, publisher).competition.eligibleScenarios({ competitionId: ids[2024]! })).length).toBeGreaterThan(0);
    const pending = await callerAs(t.db, admin).competition.conflicts({ competitionId: ids[2024]!, status: "declared" });
    expect(pending).toHaveLength(1);
  });

  it("has a 2026 competition whose first review is open today, where the demo judge has every sheet still to score", async () => {
    const c = await callerAs(t.db, null).competition.get({ id: ids[2026]! });
    expect(c.stages.map((s) => [s.name, s.status])).toEqual([
      ["报名", "closed"],
      ["初赛网评", "open"],
      ["决赛路演", "pending"],
    ]);
    const judge = callerAs(t.db, await actorFor(t.db, "judge"));
    const stage = (await judge.competition.myAssignments()).find((s) => s.competition.id === ids[2026])!;
    expect(stage.window).toBe("open");
    expect(stage.entries.length).toBeGreaterThanOrEqual(2);
    expect(stage.entries.every((e) => e.sheetStatus === null)).toBe(true);
    const sheet = await judge.competition.sheet({ stageId: stage.id, entryId: stage.entries[0]!.id });
    expect(sheet.editable).toBe(true);
    // The other judges are part-way through: some sheets in, some drafts.
    const sheets = await t.db.select().from(competitionScoreSheets).where(eq(competitionScoreSheets.stageId, stage.id));
    expect(sheets.some((s) => s.status === "submitted")).toBe(true);
    expect(sheets.some((s) => s.status === "draft")).toBe(true);
  });

  it("is the same on every run", async () => {
    const before = await sheets2023();
    const results = async () => (await callerAs(t.db, null).competition.results({ id: ids[2023]! })).tracks.map((tr) => tr.results.map((r) => [r.scenarioName, r.award, r.score]));
    const awarded = await results();
    await t.db.delete(competitions);
    expect(await seedCompetitions(t.db)).toBe(3);
    for (const c of await t.db.select().from(competitions)) ids[c.year] = c.id;
    expect(await sheets2023()).toEqual(before);
    expect(await results()).toEqual(awarded);
    expect(await seedCompetitions(t.db)).toBe(0);
  });
});
