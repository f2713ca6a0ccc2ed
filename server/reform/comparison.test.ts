import { describe, expect, it } from "vitest";
import { compareSheet, describeMeasure, droppedMaterials, finishDays } from "./comparison";
import { reformSheetSchema, type ReformStepInput } from "./schemas";

const step = (title: string, over: Partial<ReformStepInput> = {}): ReformStepInput => ({ title, actor: "申请人", days: 1, ...over });

/** 企业新员工参保, worked by hand: before, four counters one after another; after, one window, three back offices side by side. */
const sheet = reformSheetSchema.parse({
  items: [{ name: "职工参保登记", code: "370200-000201001000-QR-001-01", departmentId: "00000000-0000-4000-8000-000000000001", change: "merged" }],
  stepsBefore: [
    step("人社参保登记", { materials: ["营业执照", "身份证", "劳动合同"], forms: ["参保登记表"], days: 3, inPerson: true }),
    step("医保参保登记", { materials: ["营业执照", "身份证", "参保证明"], forms: ["医保登记表"], days: 5, inPerson: true }),
    step("公积金开户", { materials: ["营业执照", "身份证", "劳动合同", "单位授权书"], forms: ["开户申请表"], days: 5, inPerson: true }),
    step("领取社保卡", { materials: ["身份证"], days: 2, inPerson: true }),
  ],
  stepsAfter: [
    step("一窗受理", { materials: ["身份证", "劳动合同"], forms: ["参保一件事申请表"], days: 0.5, inPerson: true }),
    step("人社登记", { actor: "市人社局", days: 1 }),
    step("医保登记", { actor: "市医保局", days: 2, after: [1] }),
    step("公积金开户", { actor: "住房公积金中心", days: 1.5, after: [1] }),
    step("统一出件", { actor: "综合窗口", days: 0.5, after: [2, 3, 4] }),
  ],
});

describe("改革对比表", () => {
  it("counts steps, distinct materials and forms, in-person steps, and days along the longest path", () => {
    const f = compareSheet(sheet);
    expect(f.steps).toEqual({ before: 4, after: 5, cut: -1, rate: -25 });
    // 营业执照, 身份证, 劳动合同, 参保证明, 单位授权书 → 身份证, 劳动合同
    expect(f.materials).toEqual({ before: 5, after: 2, cut: 3, rate: 60 });
    // 3 + 5 + 5 + 2 in a row; after: 0.5 + max(1, 2, 1.5) + 0.5 — the three back offices overlap.
    expect(f.days).toEqual({ before: 15, after: 3, cut: 12, rate: 80 });
    expect(f.trips).toEqual({ before: 4, after: 1, cut: 3, rate: 75 });
    expect(f.forms).toEqual({ before: 3, after: 1, cut: 2, rate: 67 });
    expect(describeMeasure("forms", f.forms)).toBe("填报表单 3 → 1张，减少 67%");
    expect(describeMeasure("steps", f.steps)).toBe("办理环节 4 → 5个，增加 1个");
  });

  it("takes an empty 'after' as the previous step and 0 as the start", () => {
    expect(finishDays([{ days: 2, after: [] }, { days: 3, after: [] }, { days: 4, after: [0] }, { days: 1, after: [2, 3] }])).toEqual([2, 5, 4, 6]);
  });

  it("names the materials no longer handed in", () => {
    expect(droppedMaterials(sheet)).toEqual(["营业执照", "参保证明", "单位授权书"]);
  });

  it("refuses a step that waits for a later one", () => {
    const r = reformSheetSchema.safeParse({ ...sheet, stepsAfter: [step("甲", { after: [2] }), step("乙")] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("第 1 步是第一个环节，前序环节只能填 0（开始）");
  });
});
