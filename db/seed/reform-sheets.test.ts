import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { compareSheet } from "@/server/reform/comparison";
import { reformSheetSchema } from "@/server/reform/schemas";
import { REFORM_SHEET_KEYS, reformSheetFor } from "./reform-sheets";
import { generateScenarioSeeds } from "./scenarios";

const seeds = generateScenarioSeeds();

describe("demo reform sheets", () => {
  const sheets = REFORM_SHEET_KEYS.map((key) => {
    const seed = seeds.find((s) => s.key === key);
    expect(seed, key).toBeDefined();
    const sheet = reformSheetFor(key, seed!.content.name, seed!.leadDepartmentCode)!;
    const ids = new Map<string, string>();
    const parsed = reformSheetSchema.parse({ ...sheet, items: sheet.items.map(({ departmentCode, ...i }) => ({ ...i, departmentId: ids.get(departmentCode) ?? ids.set(departmentCode, randomUUID()).get(departmentCode) })) });
    return { seed: seed!, sheet: parsed };
  });

  it("covers the plan's named 一件事 and at least 12 inside government", () => {
    const names = sheets.map((s) => s.seed.content.name);
    for (const n of ["社保参保一件事", "消防救援一件事", "电梯应急处置一件事", "民政待遇资格无感认证服务一件事", "医保基金支付一件事"]) expect(names).toContain(n);
    expect(sheets.filter((s) => s.seed.content.audience === "internal").length).toBeGreaterThanOrEqual(12);
  });

  it("cuts steps, time, trips and materials in every sheet", () => {
    for (const { seed, sheet } of sheets) {
      const f = compareSheet(sheet);
      expect(f.steps.after, seed.key).toBeLessThan(f.steps.before);
      expect(f.days.after, seed.key).toBeLessThan(f.days.before);
      expect(f.trips.after, seed.key).toBeLessThan(f.trips.before);
      expect(f.materials.after, seed.key).toBeLessThan(f.materials.before);
    }
  });
});
