import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, competitionAssignments, competitionResults, notifications, people } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { DomainError } from "@/server/errors";
import type { ScenarioContentInput } from "@/server/scenarios/schemas";
import { readyApi, scenarioReadiness } from "@/server/testing/content";
import { filesystemStorage } from "@/server/storage/filesystem";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { addFileAttachment, addVideoLink, readAttachment, removeAttachment } from "./attachments";
import { closeStage, openStage } from "./competitions";
import { enterCompetition, updateEntry, withdrawEntry } from "./entries";
import { exportScores, publishResults } from "./results";
import type { RubricCriterion } from "./schemas";
import { myAssignments, saveSheet } from "./scoring";
import { shanghaiInstant } from "@/server/time";
import { refusal, refused } from "@/server/testing/refusals";

/** A time in Qingdao: "2026-06-30 17:00". */
const at = shanghaiInstant;
const DURING_REGISTRATION = at("2026-06-01 10:00");
const LATE = at("2026-06-30 17:01");
const PRELIMINARY = at("2026-07-10 10:00");
const FINAL = at("2026-07-25 10:00");

const RUBRIC: RubricCriterion[] = [
  { key: "innovation", label: "创新性", weight: 25, min: 0, max: 10, high: "全市首创", low: "缺乏新意" },
  { key: "impact", label: "应用成效", weight: 30, min: 0, max: 10, high: "成效显著", low: "尚无成效" },
  { key: "reuse", label: "复用推广价值", weight: 25, min: 0, max: 10, high: "可直接复用", low: "难以推广" },
  { key: "tech", label: "技术实现", weight: 20, min: 0, max: 10, high: "复用城市云脑资源", low: "重复建设" },
];
const marks = (innovation: number, impact: number, reuse: number, tech: number) => ({ innovation, impact, reuse, tech });

let t: TestDatabase;
let storageRoot: string;
const storage = () => filesystemStorage(storageRoot);
const actors: Record<string, Actor> = {};
// This file is one story, from set-up to published results: each test continues from what the tests
// before it made (kept in `ids` and `stage`), so its describes are sequential, whatever the config says.
const ids: Record<string, string> = {};
const stage = {} as Record<"registration" | "preliminary" | "final", { id: string; version: number }>;

/** A published scenario of the publisher's department, on a published resource of its own, through the services. */
async function publishedScenario(publisher: Actor, name: string, participatingDepartmentIds: string[] = []) {
  const resource = await callerAs(t.db, publisher).resource.create({ content: readyApi(`${name}数据接口`), submit: true });
  await callerAs(t.db, actors.reviewer!).resource.approve({ id: resource.id, version: resource.version });
  const content: ScenarioContentInput = {
    name,
    kind: "one_scene",
    domain: "public_safety",
    participatingDepartmentIds,
    problem: `${name}要解决的问题：多个部门数据分散，群众办事来回跑。`,
    howItWorks: `${name}的实现方式：汇聚各部门数据，在城市云脑统一调度、一网协同。`,
    resourceIds: [resource.id],
    ...scenarioReadiness,
  };
  const s = await callerAs(t.db, publisher).scenario.create({ content, submit: true });
  await callerAs(t.db, actors.reviewer!).scenario.approve({ id: s.id, version: s.version });
  return s.id;
}

const competitionInput = (rubric = RUBRIC) => ({
  name: "2026年测试创新大赛",
  year: 2026,
  tracks: ["城市治理", "民生服务"],
  awardQuota: { first: 1, second: 1, third: 0, merit: 0 },
  stages: [
    { name: "报名", kind: "registration" as const, opensAt: "2026-05-06T09:00", closesAt: "2026-06-30T17:00" },
    { name: "初赛网评", kind: "review" as const, opensAt: "2026-07-06T09:00", closesAt: "2026-07-20T17:00", rubric, judgesPerEntry: 3, advancePerTrack: 1 },
    { name: "决赛路演", kind: "review" as const, opensAt: "2026-07-25T09:00", closesAt: "2026-07-25T18:00", rubric, judgesPerEntry: 3 },
  ],
});

const entryInput = (scenarioId: string, track: string) => ({
  competitionId: ids.competition!,
  scenarioId,
  track,
  team: "信息中心项目组",
  summary: "汇聚多个部门数据，实现一网协同，群众办事少跑腿，已在全市上线运行。",
});

async function refreshStages() {
  const c = await callerAs(t.db, actors.admin!).competition.get({ id: ids.competition! });
  const [registration, preliminary, final] = c.stages;
  stage.registration = registration!;
  stage.preliminary = preliminary!;
  stage.final = final!;
  return c;
}

/** Every assigned judge of the stage submits; `skip` leaves one sheet out. */
async function scoreStage(stageId: string, now: Date, skip?: { entryId: string; judgeId: string }) {
  const rows = await t.db.select().from(competitionAssignments).where(eq(competitionAssignments.stageId, stageId));
  const judges = new Map(Object.values(actors).map((a) => [a.id, a]));
  for (const row of rows) {
    if (skip && row.entryId === skip.entryId && row.judgeId === skip.judgeId) continue;
    // Entry A scores best in its track, B in its; the judge's id tilts the marks a little.
    const base = row.entryId === ids.entryA || row.entryId === ids.entryB ? 8 : 6;
    const sway = row.judgeId.charCodeAt(0) % 2 === 0 ? 0.5 : 0;
    const sheet = await callerAs(t.db, judges.get(row.judgeId)!).competition.sheet({ stageId, entryId: row.entryId });
    if (sheet.sheet?.status === "submitted") continue;
    await saveSheet(
      t.db,
      judges.get(row.judgeId)!,
      { stageId, entryId: row.entryId, version: sheet.sheet?.version ?? null, scores: marks(base + sway, base, base - 1, base), comments: {}, submit: true },
      now,
    );
  }
}

beforeAll(async () => {
  t = await createSeededTestDatabase();
  storageRoot = await mkdtemp(path.join(tmpdir(), "competition-uploads-"));
  const usernames = {
    admin: "organiser",
    reviewer: "reviewer",
    rsj: "publisher",
    gaj: "pub.gaj",
    jimo: "pub.d215",
    mzj: "pub.mzj",
    wjw: "judge",
    judgeGaj: "judge.gaj",
    judgeJtj: "judge.jtj",
    judgeScjgj: "judge.scjgj",
    judgeHuangdao: "judge.370211",
    judgeJyj: "judge.jyj",
  };
  for (const [key, username] of Object.entries(usernames)) actors[key] = await actorFor(t.db, username);
  const dept = async (username: string) => (await actorFor(t.db, username)).departmentId;
  ids.scenarioA = await publishedScenario(actors.rsj!, "社保待遇智能认证一个场景", [await dept("pub.ybj")]);
  ids.scenarioB = await publishedScenario(actors.gaj!, "路口信号智能优化一个场景", [await dept("pub.jtj")]);
  ids.scenarioC = await publishedScenario(actors.jimo!, "即墨古城客流预警一个场景");
  ids.scenarioD = await publishedScenario(actors.mzj!, "养老服务一键通一个场景", [actors.wjw!.departmentId]);
});
afterAll(async () => {
  await t.close();
  await rm(storageRoot, { recursive: true, force: true });
});

describe.sequential("competition set-up", () => {
  it("lets only organisers create a competition, and only with weights summing to 100% and stages in order", async () => {
    expect((await refusal(callerAs(t.db, actors.rsj!).competition.create(competitionInput()))).code).toBe("FORBIDDEN");
    const light = RUBRIC.map((c) => (c.key === "tech" ? { ...c, weight: 15 } : c));
    const weights = await refusal(callerAs(t.db, actors.admin!).competition.create(competitionInput(light)));
    expect(weights.code).toBe("BAD_REQUEST");
    expect(weights.message).toBe("各评分项权重之和须为 100%，当前为 95%");
    const overlapping = competitionInput();
    overlapping.stages[1]!.opensAt = "2026-06-30T09:00";
    expect((await refusal(callerAs(t.db, actors.admin!).competition.create(overlapping))).message).toBe("“初赛网评”须在“报名”结束后开始");

    const created = await callerAs(t.db, actors.admin!).competition.create(competitionInput());
    ids.competition = created.id;
    expect(created.stages.map((s) => [s.name, s.status])).toEqual([
      ["报名", "pending"],
      ["初赛网评", "pending"],
      ["决赛路演", "pending"],
    ]);
    // Until its first stage opens, only organisers see it.
    expect(await callerAs(t.db, null).competition.list()).toEqual([]);
    expect((await refusal(callerAs(t.db, null).competition.get({ id: created.id }))).code).toBe("NOT_FOUND");
    await refreshStages();
  });
});

describe.sequential("entries", () => {
  it("refuses entries before 报名 opens, then takes one entry per published scenario of the entrant's own department", async () => {
    const early = await refused(enterCompetition(t.db, actors.rsj!, entryInput(ids.scenarioA!, "民生服务"), DURING_REGISTRATION));
    expect(early.message).toBe("报名尚未开始，开始时间为 2026-05-06 09:00");
    await openStage(t.db, actors.admin!, stage.registration, DURING_REGISTRATION);
    await refreshStages();
    expect((await callerAs(t.db, null).competition.list()).map((c) => c.status)).toEqual(["running"]);

    const a = await enterCompetition(t.db, actors.rsj!, entryInput(ids.scenarioA!, "民生服务"), DURING_REGISTRATION);
    ids.entryA = a.id;
    ids.entryB = (await enterCompetition(t.db, actors.gaj!, entryInput(ids.scenarioB!, "城市治理"), DURING_REGISTRATION)).id;
    ids.entryC = (await enterCompetition(t.db, actors.jimo!, entryInput(ids.scenarioC!, "城市治理"), DURING_REGISTRATION)).id;

    const again = await refused(enterCompetition(t.db, actors.rsj!, entryInput(ids.scenarioA!, "民生服务"), DURING_REGISTRATION));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toBe("该场景已报名本届大赛");
    const foreign = await refused(enterCompetition(t.db, actors.gaj!, entryInput(ids.scenarioA!, "民生服务"), DURING_REGISTRATION));
    expect(foreign.code).toBe("FORBIDDEN");
    expect(foreign.message).toBe("只能以本部门牵头的场景报名参赛");
    const draft = await callerAs(t.db, actors.rsj!).scenario.create({
      content: { name: "尚未发布的场景", kind: "one_scene", domain: "public_safety", problem: "问题描述：数据分散。", howItWorks: "实现方式：统一汇聚。" },
    });
    expect((await refused(enterCompetition(t.db, actors.rsj!, entryInput(draft.id, "民生服务"), DURING_REGISTRATION))).message).toBe("只能以已发布的场景报名参赛");
    expect((await refused(enterCompetition(t.db, actors.mzj!, entryInput(ids.scenarioD!, "产业发展"), DURING_REGISTRATION))).message).toBe("请选择本届大赛设立的赛道");

    // Two submissions of the same scenario at the same moment: one entry.
    const results = await Promise.allSettled([
      enterCompetition(t.db, actors.mzj!, entryInput(ids.scenarioD!, "民生服务"), DURING_REGISTRATION),
      enterCompetition(t.db, actors.mzj!, entryInput(ids.scenarioD!, "民生服务"), DURING_REGISTRATION),
    ]);
    const entered = results.filter((r) => r.status === "fulfilled");
    expect(entered).toHaveLength(1);
    ids.entryD = (entered[0] as PromiseFulfilledResult<{ id: string }>).value.id;
    expect(((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as DomainError).message).toBe("该场景已报名本届大赛");

    // Its one published scenario entered, the demo publisher's department has nothing left to enter.
    expect(await callerAs(t.db, actors.rsj!).competition.eligibleScenarios({ competitionId: ids.competition! })).toEqual([]);
    expect((await callerAs(t.db, actors.rsj!).competition.entries({ competitionId: ids.competition! })).rows.map((r) => r.id)).toEqual([ids.entryA]);
    expect((await callerAs(t.db, actors.admin!).competition.entries({ competitionId: ids.competition! })).total).toBe(4);
  });

  it("lets the entrant's department edit and withdraw until 报名 closes, and refuses anything late", async () => {
    const api = callerAs(t.db, actors.jimo!);
    const c = await api.competition.entry({ id: ids.entryC! });
    const edited = await updateEntry(t.db, actors.jimo!, { id: c.id, version: c.version, track: "城市治理", team: "即墨区大数据局古城项目组", summary: c.summary }, DURING_REGISTRATION);
    expect(edited.team).toBe("即墨区大数据局古城项目组");
    expect((await refused(updateEntry(t.db, actors.jimo!, { id: c.id, version: c.version, track: "城市治理", team: "旧版本", summary: c.summary }, DURING_REGISTRATION))).code).toBe("CONFLICT");
    expect((await refused(updateEntry(t.db, actors.gaj!, { id: c.id, version: edited.version, track: "城市治理", team: "别的部门", summary: c.summary }, DURING_REGISTRATION))).code).toBe("FORBIDDEN");

    const late = await refused(enterCompetition(t.db, actors.rsj!, entryInput(ids.scenarioA!, "民生服务"), LATE));
    expect(late.message).toBe("报名已于 2026-06-30 17:00 截止，不能再提交或修改");
    const lateEdit = await refused(updateEntry(t.db, actors.jimo!, { id: c.id, version: edited.version, track: "城市治理", team: "截止后修改", summary: c.summary }, LATE));
    expect(lateEdit.message).toBe("报名已于 2026-06-30 17:00 截止，不能再提交或修改");
    expect((await refused(withdrawEntry(t.db, actors.jimo!, { id: c.id, version: edited.version }, LATE))).message).toBe("报名已于 2026-06-30 17:00 截止，不能再提交或修改");

    // Withdrawn in time, the scenario can be entered again.
    await withdrawEntry(t.db, actors.jimo!, { id: c.id, version: edited.version }, DURING_REGISTRATION);
    ids.entryC = (await enterCompetition(t.db, actors.jimo!, entryInput(ids.scenarioC!, "城市治理"), DURING_REGISTRATION)).id;
    expect((await callerAs(t.db, actors.admin!).competition.entries({ competitionId: ids.competition! })).total).toBe(5);
  });

  it("accepts PDF and PPTX by content, within the size limit, and video only as an https link", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    const upload = (actor: Actor, fileName: string, bytes: Uint8Array, now = DURING_REGISTRATION) =>
      addFileAttachment(t.db, actor, storage(), { entryId: ids.entryA!, fileName, bytes }, now);
    const stored = await upload(actors.rsj!, "C:\\材料\\申报书.pdf", pdf);
    expect(stored).toMatchObject({ kind: "pdf", originalName: "申报书.pdf", mimeType: "application/pdf", size: pdf.byteLength });
    // Where the file is stored never leaves the server.
    expect(stored).not.toHaveProperty("storageKey");
    const deck = await upload(actors.rsj!, "路演.pptx", zip({ "[Content_Types].xml": PPTX_TYPES, "ppt/presentation.xml": "<p:presentation/>" }));
    expect(deck.kind).toBe("pptx");

    const fake = await refused(upload(actors.rsj!, "申报书.pdf", new TextEncoder().encode("这其实是一段文字，不是 PDF")));
    expect(fake.message).toBe("文件内容不是 PDF 或 PPTX（按文件内容识别，与文件名无关）");
    expect((await refused(upload(actors.rsj!, "材料.pptx", zip({ "readme.txt": "hello" })))).message).toBe("文件内容不是 PDF 或 PPTX（按文件内容识别，与文件名无关）");
    process.env.COMPETITION_MAX_UPLOAD_MB = "1";
    try {
      const big = new Uint8Array(1024 * 1024 + 1);
      big.set(pdf);
      expect((await refused(upload(actors.rsj!, "大文件.pdf", big))).message).toBe("文件超过 1 MB");
    } finally {
      delete process.env.COMPETITION_MAX_UPLOAD_MB;
    }
    expect((await refused(upload(actors.gaj!, "他人.pdf", pdf))).code).toBe("FORBIDDEN");
    expect((await refused(upload(actors.rsj!, "迟交.pdf", pdf, LATE))).message).toBe("报名已于 2026-06-30 17:00 截止，不能再提交或修改");

    const plain = await refusal(callerAs(t.db, actors.rsj!).competition.addVideoLink({ entryId: ids.entryA!, title: "演示视频", url: "http://video.example.com/a.mp4" }));
    expect(plain.message).toBe("视频须为以 https:// 开头的链接");
    const video = await addVideoLink(t.db, actors.rsj!, { entryId: ids.entryA!, title: "演示视频", url: "https://video.example.com/a.mp4" }, DURING_REGISTRATION);
    expect(video.kind).toBe("video_link");
    expect(video).not.toHaveProperty("storageKey");

    const read = await readAttachment(t.db, actors.admin!, storage(), stored.id);
    expect(read).toMatchObject({ kind: "file", name: "申报书.pdf", mimeType: "application/pdf" });
    // A PDF that is also a web page, uploaded under an .html name, downloads as what its bytes are.
    const polyglot = await upload(actors.rsj!, "poly.html", new TextEncoder().encode("%PDF-1.7\n<html><script>alert(1)</script></html>\n%%EOF\n"));
    expect(await readAttachment(t.db, actors.admin!, storage(), polyglot.id)).toMatchObject({ name: "poly.pdf", mimeType: "application/pdf" });
    await removeAttachment(t.db, actors.rsj!, storage(), polyglot.id, DURING_REGISTRATION);
    expect((await refused(readAttachment(t.db, actors.gaj!, storage(), stored.id))).code).toBe("NOT_FOUND");
    expect((await refused(readAttachment(t.db, actors.wjw!, storage(), stored.id))).message).toBe("您未被分配评审该作品");
    expect(await readAttachment(t.db, actors.rsj!, storage(), video.id)).toEqual({ kind: "link", url: "https://video.example.com/a.mp4" });

    await removeAttachment(t.db, actors.rsj!, storage(), deck.id, DURING_REGISTRATION);
    const files = await readdir(path.join(storageRoot, "competition", ids.entryA!));
    expect(files).toEqual([expect.stringMatching(/^[0-9a-f-]{36}\.pdf$/)]);
    expect((await callerAs(t.db, actors.rsj!).competition.entry({ id: ids.entryA! })).attachments.map((a) => a.originalName)).toEqual(["申报书.pdf", "演示视频"]);
    // The entries table counts each entry's own attachments.
    const listed = (await callerAs(t.db, actors.admin!).competition.entries({ competitionId: ids.competition! })).rows;
    expect(listed.find((r) => r.id === ids.entryA)?.attachments).toBe(2);
    expect(listed.filter((r) => r.id !== ids.entryA).every((r) => r.attachments === 0)).toBe(true);
  });
});

describe.sequential("judges and conflicts of interest", () => {
  it("invites only judges, takes declared conflicts from the judge or the entrant, and lets organisers rule on them", async () => {
    const api = callerAs(t.db, actors.admin!);
    const notJudge = await refusal(api.competition.inviteJudges({ competitionId: ids.competition!, personIds: [actors.rsj!.id] }));
    expect(notJudge.message).toBe("“张晓明”不是在用的评委账号，不能邀请");
    const panel = [actors.wjw!, actors.judgeGaj!, actors.judgeJtj!, actors.judgeScjgj!, actors.judgeHuangdao!];
    expect(await api.competition.inviteJudges({ competitionId: ids.competition!, personIds: panel.map((j) => j.id) })).toEqual({ invited: 5 });
    for (const judge of panel) await callerAs(t.db, judge).competition.respondToInvitation({ competitionId: ids.competition!, accept: true });
    expect((await api.competition.judgePanel({ competitionId: ids.competition! })).map((j) => j.status)).toEqual(Array(5).fill("accepted"));
    expect((await refusal(callerAs(t.db, actors.gaj!).competition.judgePanel({ competitionId: ids.competition! }))).code).toBe("FORBIDDEN");
    const declare = { entryId: ids.entryB!, namedPerson: "市卫生健康委 陈立新", type: "recent_collaboration" as const, note: "近一年共同承担信号优化课题" };
    expect((await refusal(callerAs(t.db, actors.rsj!).competition.declareConflict(declare))).code).toBe("FORBIDDEN");
    expect((await refusal(callerAs(t.db, actors.wjw!).competition.declareConflict({ entryId: ids.entryB!, type: "relative", note: "" }))).message).toBe("您未被分配评审该作品");
    const declared = await callerAs(t.db, actors.gaj!).competition.declareConflict(declare);
    expect(declared).toMatchObject({ status: "declared", declaredBy: "entrant", namedPerson: "市卫生健康委 陈立新", judgeId: null });
    expect((await refusal(callerAs(t.db, actors.gaj!).competition.declareConflict({ ...declare, namedPerson: "市卫生健康委陈立新" }))).code).toBe("CONFLICT");
    const match = { id: declared.id, version: declared.version, judgeIds: [actors.wjw!.id], note: "情况属实" };
    expect((await refusal(callerAs(t.db, actors.gaj!).competition.matchConflict(match))).code).toBe("FORBIDDEN");
    expect((await api.competition.declarationsToMatch({ competitionId: ids.competition! })).suggestions[declared.id]).toEqual([{ judgeId: actors.wjw!.id, reason: "name" }]);
    const decided = await api.competition.matchConflict(match);
    expect(decided.conflict).toMatchObject({ status: "confirmed", judgeId: actors.wjw!.id });
    expect(decided.replacements).toEqual([]);
  });

  it("assigns no judge of an entry's departments nor one with a confirmed conflict, and explains when it cannot", async () => {
    const api = callerAs(t.db, actors.admin!);
    const tooSoon = await refused(openStage(t.db, actors.admin!, stage.preliminary, PRELIMINARY));
    expect(tooSoon.message).toBe("请先结束“报名”，再开放“初赛网评”");
    await closeStage(t.db, actors.admin!, stage.registration, LATE);
    await refreshStages();
    const unassigned = await refused(openStage(t.db, actors.admin!, stage.preliminary, PRELIMINARY));
    expect(unassigned.message).toBe("请先为“初赛网评”分配评委");

    // 路口信号智能优化 (市公安局, with 市交通运输局): the 公安 and 交通 judges recuse, 卫健委's has a confirmed conflict.
    const short = await api.competition.assign({ stageId: stage.preliminary.id });
    expect(short).toEqual({
      ok: false,
      problems: ["作品“路口信号智能优化一个场景”只有 2 位无利益冲突的评委，少于每件作品所需的 3 位（需回避：2 位与申报单位同属一个部门，1 位申报了利益冲突）"],
    });
    expect(await t.db.$count(competitionAssignments)).toBe(0);

    await api.competition.inviteJudges({ competitionId: ids.competition!, personIds: [actors.judgeJyj!.id] });
    await callerAs(t.db, actors.judgeJyj!).competition.respondToInvitation({ competitionId: ids.competition!, accept: true });
    const done = await api.competition.assign({ stageId: stage.preliminary.id });
    expect(done).toMatchObject({ ok: true, assignments: 12, warnings: [] });
    if (!done.ok) return;
    expect(done.loads.map((l) => l.load)).toEqual([2, 2, 2, 2, 2, 2]);
    const table = await api.competition.assignments({ stageId: stage.preliminary.id });
    const departmentsOf: Record<string, string[]> = {
      [ids.entryA!]: [actors.rsj!.departmentId, (await actorFor(t.db, "pub.ybj")).departmentId],
      [ids.entryB!]: [actors.gaj!.departmentId, (await actorFor(t.db, "pub.jtj")).departmentId],
      [ids.entryC!]: [actors.jimo!.departmentId],
      [ids.entryD!]: [actors.mzj!.departmentId, actors.wjw!.departmentId],
    };
    const judgeDepartment = new Map(Object.values(actors).map((a) => [a.id, a.departmentId]));
    for (const entry of table.entries) {
      expect(entry.judges).toHaveLength(3);
      for (const judge of entry.judges) expect(departmentsOf[entry.id]).not.toContain(judgeDepartment.get(judge.judgeId));
    }
    expect(table.entries.find((e) => e.id === ids.entryB)!.judges.map((j) => j.judgeId)).not.toContain(actors.wjw!.id);
  });
});

describe.sequential("scoring", () => {
  it("lets a judge open and score only the entries assigned to them", async () => {
    // Opened the evening before its window: the organiser is told judges cannot score yet, and judges see when they can.
    const early = at("2026-07-05 20:00");
    const opened = await openStage(t.db, actors.admin!, stage.preliminary, early);
    expect(opened.warning).toBe("评分时间 2026-07-06 09:00 起（北京时间），此前评委只能查看、不能评分；如需现在开始，请先修改阶段时间");
    await refreshStages();
    const before = (await myAssignments(t.db, actors.judgeGaj!, early)).find((s) => s.id === stage.preliminary.id)!;
    expect(before.window).toBe("upcoming");
    expect((await myAssignments(t.db, actors.judgeGaj!, PRELIMINARY)).find((s) => s.id === stage.preliminary.id)!.window).toBe("open");
    const forbidden = await refusal(callerAs(t.db, actors.wjw!).competition.sheet({ stageId: stage.preliminary.id, entryId: ids.entryB! }));
    expect(forbidden.code).toBe("FORBIDDEN");
    expect(forbidden.message).toBe("您未被分配评审该作品");
    const save = { stageId: stage.preliminary.id, entryId: ids.entryB!, version: null, scores: marks(8, 8, 8, 8), comments: {}, submit: false };
    expect((await refusal(callerAs(t.db, actors.wjw!).competition.saveSheet(save))).message).toBe("您未被分配评审该作品");
    expect((await refused(saveSheet(t.db, actors.wjw!, save, PRELIMINARY))).message).toBe("您未被分配评审该作品");
    expect((await refusal(callerAs(t.db, actors.rsj!).competition.saveSheet(save))).code).toBe("FORBIDDEN");
    expect((await refusal(callerAs(t.db, actors.wjw!).competition.ranking({ stageId: stage.preliminary.id }))).code).toBe("FORBIDDEN");
    const tasks = await callerAs(t.db, actors.wjw!).competition.myAssignments();
    expect(tasks.flatMap((s) => s.entries.map((e) => e.id))).not.toContain(ids.entryB);
  });

  it("checks ranges and comments, locks a submitted sheet, and lets only an organiser reopen it", async () => {
    const [row] = await t.db
      .select()
      .from(competitionAssignments)
      .where(and(eq(competitionAssignments.stageId, stage.preliminary.id), eq(competitionAssignments.entryId, ids.entryA!)));
    const judge = Object.values(actors).find((a) => a.id === row!.judgeId)!;
    const ref = { stageId: stage.preliminary.id, entryId: ids.entryA! };

    const outOfRange = await refused(saveSheet(t.db, judge, { ...ref, version: null, scores: { innovation: 11 }, comments: {}, submit: false }, PRELIMINARY));
    expect(outOfRange.message).toBe("“创新性”的分数须在 0 到 10 之间");
    expect(outOfRange.field).toBe("scores.innovation");
    const fraction = await refusal(callerAs(t.db, judge).competition.saveSheet({ ...ref, version: null, scores: { innovation: 7.25 } }));
    expect(fraction.message).toBe("分数最多保留一位小数");

    const draft = await saveSheet(t.db, judge, { ...ref, version: null, scores: { innovation: 9 }, comments: {}, submit: false }, PRELIMINARY);
    expect(draft).toMatchObject({ status: "draft", version: 1 });
    // The same form saved twice at once: one save counts, the other is told someone saved first.
    const both = await Promise.allSettled([
      saveSheet(t.db, judge, { ...ref, version: 1, scores: { innovation: 9, impact: 8 }, comments: {}, submit: false }, PRELIMINARY),
      saveSheet(t.db, judge, { ...ref, version: 1, scores: { innovation: 9, impact: 7 }, comments: {}, submit: false }, PRELIMINARY),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(((both.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as DomainError).code).toBe("CONFLICT");

    const incomplete = await refused(saveSheet(t.db, judge, { ...ref, version: 2, scores: { innovation: 9, impact: 8 }, comments: {}, submit: true }, PRELIMINARY));
    expect(incomplete.message).toBe("请填写“复用推广价值”的分数");
    const silent = await refused(saveSheet(t.db, judge, { ...ref, version: 2, scores: marks(10, 8, 7, 8), comments: {}, submit: true }, PRELIMINARY));
    expect(silent.message).toBe("给出最高分或最低分时须填写评语（“创新性”）");
    expect(silent.field).toBe("comments.innovation");
    const submitted = await saveSheet(t.db, judge, { ...ref, version: 2, scores: marks(10, 8, 7, 8), comments: { innovation: "全市首创的无感认证" }, submit: true }, PRELIMINARY);
    expect(submitted.status).toBe("submitted");

    const locked = await refused(saveSheet(t.db, judge, { ...ref, version: submitted.version, scores: marks(9, 8, 7, 8), comments: {}, submit: true }, PRELIMINARY));
    expect(locked.message).toBe("该评分已提交，不能修改；如需修改请联系大赛组织者退回");
    const own = await callerAs(t.db, judge).competition.sheet(ref);
    expect(own.sheet).toMatchObject({ judgeId: judge.id, scores: marks(10, 8, 7, 8) });
    expect(Object.keys(own)).toEqual(["competition", "stage", "entry", "sheet", "editable"]);

    const reopen = { id: submitted.id, version: submitted.version, reason: "创新性评语与分数不符，请核对" };
    expect((await refusal(callerAs(t.db, actors.rsj!).competition.reopenSheet(reopen))).code).toBe("FORBIDDEN");
    expect((await refusal(callerAs(t.db, judge).competition.reopenSheet(reopen))).code).toBe("FORBIDDEN");
    const reopened = await callerAs(t.db, actors.admin!).competition.reopenSheet(reopen);
    expect(reopened.status).toBe("reopened");
    const trail = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, submitted.id));
    expect(trail.map((a) => a.action).sort()).toEqual(["competition.sheet.reopen", "competition.sheet.submit"]);
    expect(trail.find((a) => a.action === "competition.sheet.reopen")!.summary).toContain("创新性评语与分数不符，请核对");
    const resubmitted = await saveSheet(t.db, judge, { ...ref, version: reopened.version, scores: marks(9, 8, 7, 8), comments: {}, submit: true }, PRELIMINARY);
    expect(resubmitted.status).toBe("submitted");
  });

  it("replaces a judge whose conflict an organiser confirms, with the least-loaded judge who may score the entry", async () => {
    const [row] = await t.db
      .select()
      .from(competitionAssignments)
      .where(and(eq(competitionAssignments.stageId, stage.preliminary.id), eq(competitionAssignments.entryId, ids.entryC!)));
    const judge = Object.values(actors).find((a) => a.id === row!.judgeId)!;
    const declared = await callerAs(t.db, judge).competition.declareConflict({ entryId: ids.entryC!, type: "relative", note: "" });
    expect(declared.declaredBy).toBe("judge");
    const { replacements } = await callerAs(t.db, actors.admin!).competition.decideConflict({ id: declared.id, version: declared.version, confirm: true });
    expect(replacements).toHaveLength(1);
    const judges = (await callerAs(t.db, actors.admin!).competition.assignments({ stageId: stage.preliminary.id })).entries.find((e) => e.id === ids.entryC)!.judges;
    expect(judges.map((j) => j.judgeId)).not.toContain(judge.id);
    expect(judges.map((j) => j.judgeName)).toContain(replacements[0]!.judge);
    expect(judges).toHaveLength(3);
  });
});

describe.sequential("advancement and results", () => {
  it("advances the top entry of each track only once the stage has ended with every sheet in", async () => {
    const [missing] = await t.db
      .select()
      .from(competitionAssignments)
      .where(and(eq(competitionAssignments.stageId, stage.preliminary.id), eq(competitionAssignments.entryId, ids.entryD!)));
    await scoreStage(stage.preliminary.id, PRELIMINARY, missing!);
    const [absent] = await t.db.select({ name: people.displayName }).from(people).where(eq(people.id, missing!.judgeId));
    const api = callerAs(t.db, actors.admin!);
    expect((await refusal(api.competition.advance({ stageId: stage.preliminary.id }))).message).toBe("请先结束“初赛网评”，再确定晋级作品");
    await closeStage(t.db, actors.admin!, stage.preliminary, PRELIMINARY);
    await refreshStages();
    expect((await refusal(api.competition.advance({ stageId: stage.preliminary.id }))).message).toBe(`以下评分尚未提交：作品“养老服务一键通一个场景”（评委${absent!.name}）`);

    await openStage(t.db, actors.admin!, stage.preliminary, PRELIMINARY);
    await refreshStages();
    await scoreStage(stage.preliminary.id, PRELIMINARY);
    await closeStage(t.db, actors.admin!, stage.preliminary, PRELIMINARY);
    await refreshStages();
    const ranking = await api.competition.ranking({ stageId: stage.preliminary.id });
    expect(ranking.missing).toEqual([]);
    expect(ranking.entries.filter((e) => e.advancing).map((e) => e.id).sort()).toEqual([ids.entryA!, ids.entryB!].sort());
    const advanced = await api.competition.advance({ stageId: stage.preliminary.id });
    expect(advanced.advanced.map((a) => [a.track, a.name])).toEqual([
      ["城市治理", "路口信号智能优化一个场景"],
      ["民生服务", "社保待遇智能认证一个场景"],
    ]);
  });

  it("publishes only when every sheet is in, by organisers only, and one result set when two publish at once", async () => {
    const api = callerAs(t.db, actors.admin!);
    expect(await api.competition.assign({ stageId: stage.final.id })).toMatchObject({ ok: true, assignments: 6 });
    await openStage(t.db, actors.admin!, stage.final, FINAL);
    await refreshStages();
    const [missing] = await t.db
      .select()
      .from(competitionAssignments)
      .where(and(eq(competitionAssignments.stageId, stage.final.id), eq(competitionAssignments.entryId, ids.entryB!)));
    await scoreStage(stage.final.id, FINAL, missing!);
    await closeStage(t.db, actors.admin!, stage.final, FINAL);
    const [absent] = await t.db.select({ name: people.displayName }).from(people).where(eq(people.id, missing!.judgeId));

    const before = await refreshStages();
    const publish = { competitionId: ids.competition!, version: before.version };
    expect((await refusal(callerAs(t.db, null).competition.results({ id: ids.competition! }))).message).toBe("本届大赛成绩尚未发布");
    const publisher = await refusal(callerAs(t.db, actors.rsj!).competition.publish(publish));
    expect(publisher.code).toBe("FORBIDDEN");
    const incomplete = await refused(publishResults(t.db, actors.admin!, publish, FINAL));
    expect(incomplete.message).toBe(`以下评分尚未提交：作品“路口信号智能优化一个场景”（评委${absent!.name}）`);

    await openStage(t.db, actors.admin!, stage.final, FINAL);
    await refreshStages();
    await scoreStage(stage.final.id, FINAL);
    await closeStage(t.db, actors.admin!, stage.final, FINAL);
    const ready = await refreshStages();

    const both = await Promise.allSettled([
      api.competition.publish({ competitionId: ids.competition!, version: ready.version }),
      api.competition.publish({ competitionId: ids.competition!, version: ready.version }),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(((both.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as TRPCError).code).toBe("CONFLICT");
    expect(await t.db.$count(competitionResults, eq(competitionResults.competitionId, ids.competition!))).toBe(4);
    const after = await refreshStages();
    const twice = await refusal(api.competition.publish({ competitionId: ids.competition!, version: after.version }));
    expect(twice.message).toBe("本届大赛成绩已发布，不能重复发布");
    expect(await t.db.$count(auditEvents, eq(auditEvents.action, "competition.publish"))).toBe(1);
    // The entrants' departments are told, once each person, where the results are.
    const told = await t.db.select().from(notifications).where(eq(notifications.subjectId, ids.competition!));
    expect(told.length).toBeGreaterThan(0);
    expect(new Set(told.map((n) => n.recipientId)).size).toBe(told.length);
    expect(told[0]).toMatchObject({ kind: "results_published", link: `/competitions/${ids.competition}/results` });
  });

  it("shows results to anonymous visitors and promotes the winners to benchmark scenarios in one step", async () => {
    const results = await callerAs(t.db, null).competition.results({ id: ids.competition! });
    expect(results.tracks.map((tr) => [tr.track, tr.results.map((r) => [r.rank, r.awardLabel, r.scenarioName, r.benchmark])])).toEqual([
      ["城市治理", [[1, "一等奖", "路口信号智能优化一个场景", false], [2, "二等奖", "即墨古城客流预警一个场景", false]]],
      ["民生服务", [[1, "一等奖", "社保待遇智能认证一个场景", false], [2, "二等奖", "养老服务一键通一个场景", false]]],
    ]);
    expect((await refusal(callerAs(t.db, actors.rsj!).competition.promote({ competitionId: ids.competition! }))).code).toBe("FORBIDDEN");
    const promoted = await callerAs(t.db, actors.admin!).competition.promote({ competitionId: ids.competition! });
    expect(promoted).toEqual({ promoted: ["路口信号智能优化一个场景", "社保待遇智能认证一个场景"], already: [], skipped: [] });

    const anonymous = callerAs(t.db, null);
    expect((await anonymous.scenario.get({ id: ids.scenarioB! })).scenario.benchmark).toBe(true);
    const catalogue = await anonymous.scenario.list({});
    expect(catalogue.rows.filter((s) => s.benchmark).map((s) => s.name).sort()).toEqual(["社保待遇智能认证一个场景", "路口信号智能优化一个场景"].sort());
    expect(catalogue.rows.slice(0, 2).every((s) => s.benchmark)).toBe(true);
    expect((await anonymous.competition.results({ id: ids.competition! })).tracks.flatMap((tr) => tr.results.filter((r) => r.benchmark).map((r) => r.scenarioName))).toHaveLength(2);
  });

  it("exports every sheet's scores to .xlsx for organisers", async () => {
    expect((await refused(exportScores(t.db, actors.rsj!, ids.competition!))).code).toBe("FORBIDDEN");
    const { name, body } = await exportScores(t.db, actors.admin!, ids.competition!);
    expect(name).toBe("2026年测试创新大赛-评分记录.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["初赛网评", "决赛路演", "获奖名单"]);
    const preliminary = workbook.getWorksheet("初赛网评")!;
    expect(preliminary.getRow(1).values).toContain("创新性（25%，0–10）");
    expect(preliminary.rowCount).toBe(1 + 12);
    expect(workbook.getWorksheet("获奖名单")!.rowCount).toBe(1 + 4);
  });
});

const PPTX_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>';

/** A minimal stored (uncompressed) ZIP archive, enough for content detection. */
function zip(files: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    locals.push(local, fileName, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
