import { and, eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noProofCases, noProofCaseVersions } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import type { ScenarioContentInput } from "@/server/scenarios/schemas";
import { readyApi, scenarioReadiness } from "@/server/testing/content";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { anyRefusal } from "@/server/testing/refusals";
import { reformSheetDocx } from "./docx";
import type { ReformSheetInput } from "./schemas";
import { getReformSheet } from "./sheet";

let t: TestDatabase;
let rsj: Actor;
let gaj: Actor;
let reviewer: Actor;
let resourceId: string;
/** A published no-proof use case and a proof it no longer asks for. */
let noProof: { id: string; itemCode: string; proof: string; departmentId: string };

const sheet = (): ReformSheetInput => ({
  items: [
    { name: "职工参保登记", code: noProof.itemCode, departmentId: noProof.departmentId, change: "shared_data", note: "户籍信息由公安共享" },
    { name: "就业登记", code: "", departmentId: gaj.departmentId, change: "merged" },
  ],
  stepsBefore: [
    { title: "人社窗口登记", actor: "申请人", place: "人社局窗口", materials: ["身份证", noProof.proof, "劳动合同"], forms: ["参保登记表"], days: 5, inPerson: true },
    { title: "医保窗口登记", actor: "申请人", materials: ["身份证", "劳动合同", "单位证明"], forms: ["医保登记表"], days: 5, inPerson: true },
    { title: "领取社保卡", actor: "申请人", materials: ["身份证"], days: 8, inPerson: true },
  ],
  stepsAfter: [
    { title: "一网申报", actor: "申请人", place: "爱山东·青e办", materials: ["劳动合同"], forms: ["一件事申请表"], days: 0.5 },
    { title: "人社登记", actor: "市人社局", days: 1 },
    { title: "医保登记", actor: "市医保局", days: 2, after: [1] },
  ],
});

const content = (name: string): ScenarioContentInput => ({
  name,
  kind: "one_thing",
  audience: "public",
  domain: "social_security",
  problem: "企业为新员工办理参保需要分别到人社、医保窗口，重复提交材料。",
  howItWorks: "一次申报，通过数据共享并联办理。",
  resourceIds: [resourceId],
  reform: sheet(),
  duplicateReason: "测试用，与已有一件事无关",
  ...scenarioReadiness,
});

beforeAll(async () => {
  t = await createSeededTestDatabase({ catalogue: true });
  [rsj, gaj, reviewer] = await Promise.all(["publisher", "pub.gaj", "reviewer"].map((u) => actorFor(t.db, u))) as [Actor, Actor, Actor];
  const r = await callerAs(t.db, rsj).resource.create({ content: readyApi("参保登记核验接口"), submit: true });
  await callerAs(t.db, reviewer).resource.approve({ id: r.id, version: r.version });
  resourceId = r.id;
  const [c] = await t.db
    .select({ id: noProofCases.id, itemCode: noProofCases.itemCode, departmentId: noProofCases.departmentId, content: noProofCaseVersions.content })
    .from(noProofCases)
    .innerJoin(noProofCaseVersions, eq(noProofCaseVersions.id, noProofCases.currentVersionId))
    .where(and(eq(noProofCases.status, "published")))
    .limit(1);
  noProof = { id: c!.id, itemCode: c!.itemCode, departmentId: c!.departmentId, proof: c!.content.proofs.find((p) => p.disposition !== "retained")!.name };
});
afterAll(() => t.close());

describe("reform sheet", () => {
  it("shows a draft to its department and reviewers only, and the published sheet to everyone", async () => {
    const s = await callerAs(t.db, rsj).scenario.create({ content: content("社保参保一件事（改革清单）") });
    expect((await getReformSheet(t.db, rsj, s.id)).unpublished).toBe(true);
    expect((await getReformSheet(t.db, reviewer, s.id)).figures.days).toEqual({ before: 18, after: 2.5, cut: 15.5, rate: 86 });
    expect((await anyRefusal(getReformSheet(t.db, gaj, s.id))).code).toBe("NOT_FOUND");
    expect((await anyRefusal(getReformSheet(t.db, null, s.id))).code).toBe("NOT_FOUND");
    await callerAs(t.db, rsj).scenario.submit({ id: s.id, version: s.version });
    await callerAs(t.db, reviewer).scenario.approve({ id: s.id, version: s.version + 1 });
    const view = await getReformSheet(t.db, null, s.id);
    expect(view.unpublished).toBe(false);
    expect(view.departmentNames[gaj.departmentId]).toBe("青岛市公安局");
    expect(view.droppedMaterials).toEqual(["身份证", noProof.proof, "单位证明"]);
    // Linked by the item code and by the waived proof's name.
    expect(view.noProof).toContainEqual(expect.objectContaining({ id: noProof.id, itemCode: noProof.itemCode, materials: expect.arrayContaining([noProof.proof]) }));
    for (const link of view.noProof) expect(link.itemCode === noProof.itemCode || link.materials.length > 0).toBe(true);
  });

  it("exports a .docx with the three parts and the diagram as SVG and PNG", async () => {
    const s = await callerAs(t.db, rsj).scenario.create({ content: content("社保参保一件事（导出）") });
    const files = unzipSync(new Uint8Array(await reformSheetDocx(await getReformSheet(t.db, rsj, s.id))));
    const xml = strFromU8(files["word/document.xml"]!);
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    for (const heading of ["一、改革清单", "二、改革流程图", "三、改革对比表"]) expect(texts).toContain(heading);
    expect(texts).toContain(noProof.itemCode);
    expect(texts).toContain("数据共享免提交");
    // 申请材料 4 → 1, 75%; 办理时限 18 → 2.5 (人社 and 医保 side by side); 跑动 3 → 0.
    const row = (label: string) => texts.slice(texts.indexOf(label), texts.indexOf(label) + 5);
    expect(row("申请材料（份）")).toEqual(["申请材料（份）", "4", "1", "3", "75%"]);
    expect(row("办理时限（个工作日）")).toEqual(["办理时限（个工作日）", "18", "2.5", "15.5", "86%"]);
    expect(row("跑动次数（次）")).toEqual(["跑动次数（次）", "3", "0", "3", "100%"]);
    const media = Object.keys(files).filter((f) => f.startsWith("word/media/"));
    expect(media.some((f) => f.endsWith(".svg"))).toBe(true);
    const png = media.find((f) => f.endsWith(".png"))!;
    expect([...files[png]!.slice(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
    expect(strFromU8(files[media.find((f) => f.endsWith(".svg"))!]!)).toContain("社保参保一件事（导出）改革流程图");
  });
});
