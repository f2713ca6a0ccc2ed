import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noProofCases, noProofCaseVersions } from "@/db/schema";
import { seedNoProof } from "@/db/seed/no-proof";
import type { Actor } from "@/server/auth/permissions";
import { DomainError } from "@/server/errors";
import { readLines } from "@/server/spreadsheets/read";
import { writeXlsx } from "@/server/spreadsheets/write";
import { actorFor, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { exportCases, importCases } from "./import-export";
import { linesToCases } from "./spreadsheet";

let t: TestDatabase;
let jtj: Actor; // 市交通运输局
let reviewer: Actor;

const sheet = async (buffer: Buffer) => ({ fileName: "无证明场景.xlsx", bytes: new Uint8Array(buffer) });
const rowsOf = async (buffer: Buffer) => {
  const lines = await readLines("x.xlsx", new Uint8Array(buffer));
  const header = lines[0]!.values;
  return lines.slice(1).map((l) => Object.fromEntries(header.map((h, i) => [h, l.values[i] ?? ""])));
};

beforeAll(async () => {
  t = await createSeededTestDatabase();
  await seedNoProof(t.db);
  [jtj, reviewer] = (await Promise.all(["pub.jtj", "reviewer"].map((u) => actorFor(t.db, u)))) as [Actor, Actor];
});
afterAll(() => t.close());

describe("no-proof spreadsheets", () => {
  it("exports the department's use cases so that reading the sheet back gives the same content", async () => {
    const exported = await exportCases(t.db, jtj);
    const mine = await t.db
      .select({ content: noProofCaseVersions.content })
      .from(noProofCases)
      .innerJoin(noProofCaseVersions, eq(noProofCaseVersions.caseId, noProofCases.id))
      .where(eq(noProofCases.departmentId, jtj.departmentId));
    const { cases } = linesToCases(await readLines("x.xlsx", new Uint8Array(exported)), () => undefined);
    expect(cases.length).toBe(mine.length);
    expect(cases.every((c) => c.errors.length === 0)).toBe(true);
    const byCode = new Map(mine.map((m) => [m.content.itemCode, m.content]));
    for (const c of cases) expect(c.content).toEqual(byCode.get(c.itemCode));
  });

  it("checks every use case, then registers new ones and revises existing ones; bad ones are named with their rows", async () => {
    const rows = await rowsOf(await exportCases(t.db, jtj));
    const first = rows[0]!;
    const code = first["事项编码"]!;
    const sameItem = rows.filter((r) => r["事项编码"] === code).map((r) => ({ ...r, 简要说明: "导入修改后的简要说明：不再需要提交纸质证明。" }));
    const fresh = { ...first, 事项编码: "370200-000501088000-QT-088-01", 事项名称: "导入新增的无证明场景" };
    const broken = { ...first, 事项编码: "370200-000501087000-QT-087-01", 事项名称: "处理方式写错的场景", 处理方式: "随便" };
    const file = await sheet(await writeXlsx([...sameItem, fresh, broken], { sheet: "无证明场景" }));

    const preview = await importCases(t.db, jtj, file, { commit: false, submit: false });
    expect(preview.map((p) => [p.itemCode, p.action, p.errors.length > 0, p.saved])).toEqual([
      [code, "update", false, false],
      ["370200-000501088000-QT-088-01", "create", false, false],
      ["370200-000501087000-QT-087-01", "create", true, false],
    ]);
    expect(preview[2]!.errors[0]).toContain("「处理方式」中的“随便”不是可选值");
    expect(preview[2]!.rows).toEqual([sameItem.length + 3]);

    const committed = await importCases(t.db, jtj, file, { commit: true, submit: true });
    expect(committed.map((p) => p.saved)).toEqual([true, true, false]);
    const [created] = await t.db.select().from(noProofCases).where(eq(noProofCases.itemCode, "370200-000501088000-QT-088-01"));
    expect(created).toMatchObject({ status: "submitted", departmentId: jtj.departmentId });
    const [revised] = await t.db
      .select({ content: noProofCaseVersions.content, status: noProofCaseVersions.status })
      .from(noProofCases)
      .innerJoin(noProofCaseVersions, eq(noProofCaseVersions.id, noProofCases.workingVersionId))
      .where(and(eq(noProofCases.itemCode, code)));
    expect(revised).toMatchObject({ status: "submitted", content: { summary: "导入修改后的简要说明：不再需要提交纸质证明。" } });
  });

  it("refuses people who keep no use cases, another department's item codes and a sheet without the columns", async () => {
    const exported = await exportCases(t.db, jtj);
    await expect(importCases(t.db, reviewer, await sheet(exported), { commit: true, submit: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const scjg = await actorFor(t.db, "pub.scjgj");
    const foreign = await importCases(t.db, scjg, await sheet(exported), { commit: true, submit: false });
    expect(foreign.every((r) => !r.saved && r.errors.some((e) => e.includes("已由其他部门登记")))).toBe(true);
    const bare = await writeXlsx([{ 事项名称: "缺列" }], { sheet: "无证明场景" });
    const error = await importCases(t.db, jtj, await sheet(bare), { commit: false, submit: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toMatch(/^缺少列：事项编码/);
    expect(error).not.toBeInstanceOf(TRPCError);
  });
});
