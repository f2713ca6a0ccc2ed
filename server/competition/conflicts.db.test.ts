import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, competitionAssignments, competitionEntries, competitionJudges, competitions, competitionStages, departments, people, scenarios } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { refusal } from "@/server/testing/refusals";

/**
 * Conflicts an entrant declares on the demo's 2024 competition (报名 open, twelve judges invited): the entrant
 * never reaches the panel before results are published, names a person or organisation instead, and an
 * organiser matches the name to judges or dismisses it.
 */
let t: TestDatabase;
let organiser: Actor;
let entrant: Actor;
let competitionId: string;
let entryId: string;
let stageId: string;
const panel = new Map<string, { displayName: string; username: string }>();

const caller = (actor: Actor) => callerAs(t.db, actor);

beforeAll(async () => {
  t = await createSeededTestDatabase({ catalogue: true });
  organiser = await actorFor(t.db, "organiser");
  const [competition] = await t.db.select().from(competitions).where(eq(competitions.year, 2024));
  competitionId = competition!.id;
  const [entry] = await t.db
    .select({ id: competitionEntries.id, username: people.username })
    .from(competitionEntries)
    .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
    .innerJoin(people, eq(people.id, competitionEntries.submittedBy))
    .where(and(eq(competitionEntries.competitionId, competitionId), eq(scenarios.name, "校园安全一个场景")));
  entryId = entry!.id;
  entrant = await actorFor(t.db, entry!.username);
  const [stage] = await t.db
    .select({ id: competitionStages.id })
    .from(competitionStages)
    .where(and(eq(competitionStages.competitionId, competitionId), eq(competitionStages.kind, "review")))
    .orderBy(competitionStages.position)
    .limit(1);
  stageId = stage!.id;
  const judges = await t.db
    .select({ id: people.id, displayName: people.displayName, username: people.username })
    .from(competitionJudges)
    .innerJoin(people, eq(people.id, competitionJudges.personId))
    .where(eq(competitionJudges.competitionId, competitionId));
  for (const j of judges) panel.set(j.id, j);
});
afterAll(() => t.close());

const judgeId = (username: string) => [...panel].find(([, j]) => j.username === username)![0];
const declare = (namedPerson: string, note = "近一年共同承担校园安全视频联动试点") =>
  caller(entrant).competition.declareConflict({ entryId, namedPerson, type: "recent_collaboration", note });
const auditOf = async (entityId: string) =>
  t.db.select({ action: auditEvents.action, summary: auditEvents.summary }).from(auditEvents).where(eq(auditEvents.entityId, entityId));
const assignedTo = async () =>
  (await t.db.select().from(competitionAssignments).where(and(eq(competitionAssignments.stageId, stageId), eq(competitionAssignments.entryId, entryId)))).map((a) => a.judgeId);

describe.sequential("conflicts an entrant declares", () => {
  it("keeps the panel from the entrant before results are published: each listing refuses them, and nothing they read names a judge", async () => {
    const entrantApi = caller(entrant);
    for (const call of [
      () => entrantApi.competition.judgePanel({ competitionId }),
      () => entrantApi.competition.judgeCandidates({ competitionId }),
      () => entrantApi.competition.declarationsToMatch({ competitionId }),
      () => entrantApi.competition.assignments({ stageId }),
    ])
      expect((await refusal(call())).code).toBe("FORBIDDEN");
    expect(panel.size).toBe(12);

    await caller(organiser).competition.assign({ stageId });
    const read = JSON.stringify([
      await entrantApi.competition.get({ id: competitionId }),
      await entrantApi.competition.entry({ id: entryId }),
      await entrantApi.competition.conflicts({ competitionId }),
      await entrantApi.competition.entries({ competitionId, page: 1 }),
    ]);
    for (const [id, judge] of panel) {
      expect(read).not.toContain(judge.displayName);
      expect(read).not.toContain(id);
    }
  });

  it("takes a declaration by name; the organiser sees the judge it suggests, matches it, and the judge leaves the entry", async () => {
    const [assigned] = await assignedTo();
    const judge = panel.get(assigned!)!;
    const declared = await declare(`${judge.displayName}（评审专家）`);
    expect(declared).toMatchObject({ status: "declared", declaredBy: "entrant", judgeId: null });
    // The same words, spaced or bracketed otherwise, are the same declaration.
    expect((await refusal(declare(`${judge.displayName} (评审专家)`))).message).toBe(`与「${judge.displayName} (评审专家)」的利益冲突已申报过`);

    const toMatch = await caller(organiser).competition.declarationsToMatch({ competitionId });
    expect(toMatch.suggestions[declared.id]).toEqual([{ judgeId: assigned, reason: "name" }]);
    expect(toMatch.judges.map((j) => j.id)).toContain(assigned);
    const { conflict, replacements } = await caller(organiser).competition.matchConflict({ id: declared.id, version: declared.version, judgeIds: [assigned!] });
    expect(conflict).toMatchObject({ status: "confirmed", judgeId: assigned });
    expect(replacements).toHaveLength(1);
    expect(await assignedTo()).not.toContain(assigned);
    expect((await refusal(caller(organiser).competition.swapJudge({ stageId, entryId, fromJudgeId: (await assignedTo())[0]!, toJudgeId: assigned! }))).message).toContain(
      "已申报与作品“校园安全一个场景”存在利益冲突，须回避",
    );

    // The entrant reads that it was dealt with, not how nor with whom.
    const seen = (await caller(entrant).competition.conflicts({ competitionId })).find((k) => k.id === declared.id)!;
    expect(seen).toMatchObject({ status: "decided", judgeId: null, judgeName: null, namedPerson: `${judge.displayName}（评审专家）` });
    expect(await caller(entrant).competition.conflicts({ competitionId, status: "confirmed" })).toEqual([]);
    expect((await caller(organiser).competition.conflicts({ competitionId, status: "confirmed" })).map((k) => k.judgeName)).toContain(judge.displayName);

    const trail = await auditOf(declared.id);
    expect(trail.find((a) => a.action === "competition.conflict.declare")!.summary).toBe(
      `参赛单位申报利益冲突：「${judge.displayName}（评审专家）」与作品「校园安全一个场景」（近期合作）`,
    );
    expect(trail.find((a) => a.action === "competition.conflict.match")!.summary).toContain(`为评委${judge.displayName}，与作品「校园安全一个场景」`);
  });

  it("matches an organisation to each of its judges the organiser ticks", async () => {
    // Two more judges accept, so that the entry keeps its five judges once two more leave it.
    for (const username of ["judge.370283", "judge.370285"]) await caller(await actorFor(t.db, username)).competition.respondToInvitation({ competitionId, accept: true });
    // Two of the entry's judges, whoever the assignment chose, named by their departments' short names.
    const pair = (await assignedTo()).slice(0, 2);
    const units = await t.db
      .select({ id: people.id, unit: departments.shortName })
      .from(people)
      .innerJoin(departments, eq(departments.id, people.departmentId))
      .where(inArray(people.id, pair));
    const named = `${units.map((u) => u.unit).join("、")}联合试点工作专班`;
    const declared = await declare(named);
    const { suggestions } = await caller(organiser).competition.declarationsToMatch({ competitionId });
    expect(suggestions[declared.id]).toHaveLength(2);
    expect(suggestions[declared.id]).toEqual(expect.arrayContaining(pair.map((judgeId) => ({ judgeId, reason: "department" }))));
    const { replacements } = await caller(organiser).competition.matchConflict({ id: declared.id, version: declared.version, judgeIds: pair, note: "两单位均参与试点" });
    expect(replacements).toHaveLength(2);
    const confirmed = (await caller(organiser).competition.conflicts({ competitionId, status: "confirmed" })).filter((k) => k.namedPerson === named);
    expect(confirmed.map((k) => k.judgeId).sort()).toEqual([...pair].sort());
    expect(await assignedTo()).toHaveLength(5);
    for (const judge of pair) expect(await assignedTo()).not.toContain(judge);
  });

  it("matches the demo's waiting declaration to the 城阳区 judge, and refuses to match that judge to the entry twice", async () => {
    const chengyang = judgeId("judge.370214");
    const seeded = (await caller(organiser).competition.conflicts({ competitionId, status: "declared" })).find((k) => k.namedPerson === "城阳区人民政府")!;
    expect((await caller(organiser).competition.declarationsToMatch({ competitionId })).suggestions[seeded.id]).toEqual([{ judgeId: chengyang, reason: "department" }]);
    await caller(organiser).competition.matchConflict({ id: seeded.id, version: seeded.version, judgeIds: [chengyang] });
    const again = await declare("城阳区教育和体育局");
    const refused = await refusal(caller(organiser).competition.matchConflict({ id: again.id, version: again.version, judgeIds: [chengyang] }));
    expect(refused.message).toBe(`评委${panel.get(chengyang)!.displayName}与该作品已有利益冲突申报（已确认回避），请取消选择该评委`);
  });

  it("dismisses a declaration that names no judge, and will not confirm one before it is matched", async () => {
    const declared = await declare("青岛大学计算机学院");
    const { suggestions } = await caller(organiser).competition.declarationsToMatch({ competitionId });
    expect(suggestions[declared.id]).toEqual([]);
    const unmatched = await refusal(caller(organiser).competition.decideConflict({ id: declared.id, version: declared.version, confirm: true }));
    expect(unmatched.message).toBe("请先将该申报与本届评委匹配，再确认回避");
    expect((await refusal(caller(entrant).competition.decideConflict({ id: declared.id, version: declared.version, confirm: false }))).code).toBe("FORBIDDEN");
    const { conflict } = await caller(organiser).competition.decideConflict({ id: declared.id, version: declared.version, confirm: false, note: "非本届评委" });
    expect(conflict).toMatchObject({ status: "dismissed", judgeId: null });
    expect((await auditOf(declared.id)).find((a) => a.action === "competition.conflict.dismiss")!.summary).toBe(
      "驳回参赛单位申报的利益冲突：「青岛大学计算机学院」与作品「校园安全一个场景」，无此评委：非本届评委",
    );
    // A dismissed name may be declared again, with more to go on.
    expect(await declare("青岛大学计算机学院", "该学院教授担任本届评委")).toMatchObject({ status: "declared" });
  });

  it("refuses a match or dismissal made on a version someone else has already changed", async () => {
    const declared = await declare("市市场监督管理局");
    const scjgj = judgeId("judge.scjgj");
    const stale = { id: declared.id, version: declared.version };
    await caller(organiser).competition.matchConflict({ ...stale, judgeIds: [scjgj] });
    const message = "保存失败：该记录已被他人修改。您的输入已保留，请刷新查看最新内容后再保存。";
    expect(await refusal(caller(organiser).competition.decideConflict({ ...stale, confirm: false }))).toMatchObject({ code: "CONFLICT", message });
    expect(await refusal(caller(organiser).competition.matchConflict({ ...stale, judgeIds: [judgeId("judge.gxj")] }))).toMatchObject({ code: "CONFLICT", message });
  });

  it("shows the entrant how each declaration ended once results are published, and takes no more", async () => {
    await t.db.update(competitions).set({ resultsPublishedAt: new Date() }).where(eq(competitions.id, competitionId));
    const seen = await caller(entrant).competition.conflicts({ competitionId, status: "confirmed" });
    expect(seen.map((k) => k.judgeName)).toContain(panel.get(judgeId("judge.scjgj"))!.displayName);
    expect((await refusal(declare("市教育局"))).message).toBe("本届大赛成绩已发布，不能再申报利益冲突");
  });
});
