import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { readSpreadsheet, writeResourcesXlsx } from "../server/resources/spreadsheet";
import { signedIn, unique } from "./fixtures";

test("a publisher imports a spreadsheet with some bad rows, imports the good ones, and the export holds the same rows", async ({ browser }, testInfo) => {
  const id = unique();
  const good = [`灵活就业人员参保信息${id}`, `社保卡业务办理网点${id}`, `企业职工养老保险待遇信息${id}`];
  const base = {
    资源类型: "数据",
    所属领域: "社会保障",
    资源摘要: "由市人社局按日更新的社会保险业务数据，供跨部门办事核验使用。",
    共享属性: "无条件共享",
    开放属性: "无条件开放",
    更新频率: "每日",
    交付方式: "库表",
    标签: "社保、导入",
    联系人: "张晓明",
    联系电话: "0532-85912345",
    数据项: "公民身份号码|字符串|参保人身份证号\n参保状态|代码|参保、暂停、终止",
  };
  const rows = [
    { ...base, 资源名称: good[0]! },
    { ...base, 资源名称: good[1]!, 资源类型: "数椐" }, // a typo: refused
    { ...base, 资源名称: good[1]! },
    { ...base, 资源名称: "", 资源摘要: "没有名称的一行" }, // refused
    { ...base, 资源名称: `不予共享无理由${id}`, 共享属性: "不予共享" }, // refused: no reason
    { ...base, 资源名称: good[2]! },
  ];
  const file = testInfo.outputPath("人社局资源清单.xlsx");
  await (await import("node:fs/promises")).writeFile(file, await writeResourcesXlsx(rows));

  const page = await signedIn(browser, "publisher");
  await page.getByRole("link", { name: "批量导入资源" }).click();
  await page.getByLabel(/选择文件/).setInputFiles(file);
  await page.getByRole("button", { name: "上传并预览" }).click();
  await expect(page.getByRole("status").filter({ hasText: "共 6 行" })).toContainText("3 行可导入");
  await expect(page.getByRole("status").filter({ hasText: "共 6 行" })).toContainText("3 行有误");
  const preview = page.getByRole("table", { name: "导入预览" });
  await expect(preview.getByRole("row").filter({ hasText: /^3/ })).toContainText("资源类型");
  await expect(preview.getByText(/"数椐" 不是有效的资源类型/)).toBeVisible();
  await expect(preview.getByText("请填写资源名称")).toBeVisible();
  await expect(preview.getByText(/不予共享须说明理由/)).toBeVisible();

  await page.getByRole("button", { name: "导入 3 行有效数据" }).click();
  await expect(page.getByText("导入完成：新增 3 项，更新 0 项，无变化 0 行，跳过有误的 3 行。")).toBeVisible();

  // Importing the same file again finds the same resources by name, unchanged, instead of duplicating.
  await page.getByLabel(/选择文件/).setInputFiles(file);
  await page.getByRole("button", { name: "上传并预览" }).click();
  await expect(preview.getByText("无变化", { exact: true })).toHaveCount(3);

  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "工作台" }).click();
  await page.getByRole("link", { name: "本部门资源" }).click();
  await page.getByRole("searchbox", { name: "搜索资源" }).fill(id);
  await page.getByRole("button", { name: "搜索" }).click();
  await page.getByRole("complementary", { name: "筛选" }).getByRole("region", { name: "状态" }).getByRole("link", { name: /草稿/ }).click();
  await expect(page).toHaveURL(/status=draft/);
  await expect(page.getByRole("list", { name: "搜索结果" }).getByRole("listitem")).toHaveCount(3);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出 Excel" }).click();
  const exported = await readSpreadsheet("export.xlsx", await readFile(await (await download).path()));
  expect(exported.rows.map((r) => r.cells["资源名称"]).sort()).toEqual([...good].sort());
  for (const row of exported.rows) {
    expect(row.cells["资源编码"]).toMatch(/^QDZY-SJ-\d{6}$/);
    expect(row.cells["数据项"]).toContain("公民身份号码|字符串|参保人身份证号");
  }

  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出 CSV" }).click();
  const csvBytes = await readFile(await (await csvDownload).path());
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = await readSpreadsheet("export.csv", csvBytes);
  expect(csv.rows.map((r) => r.cells["资源名称"]).sort()).toEqual([...good].sort());
  await page.context().close();
});
