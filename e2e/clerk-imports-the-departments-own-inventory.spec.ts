import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { expectAccessibleAtBothWidths, signedIn, unique } from "./fixtures";

/**
 * The department's own sheet, as its clerk keeps it: a merged title, its own column names, no
 * 交付方式. Its two unknown columns carry the run's mark, as the department's mapping is remembered
 * and this journey may run again on the same server.
 */
const headerOf = (id: string) => ["信息资源名称", "资源类别", "所属领域", `资源说明（${id}）`, "共享类型", "共享条件", "开放类型", "更新周期", "信息资源提供方", "联系人", "联系电话", `备注（${id}）`];

function inventoryRow(name: string, i: number) {
  return [name, "数据", "交通出行", `第 ${i} 条公交线路的站点、首末班时间和票价，用于出行服务与线网优化`, "有条件共享", "仅限政务部门用于交通治理", "不予开放", "每日", "青岛市交通运输局", "刘建国", "053285912345", `第 ${i} 项`];
}

async function inventoryXlsx(id: string) {
  const rows = Array.from({ length: 30 }, (_, i) => inventoryRow(`公交线路站点${id}-${i + 1}`, i + 1));
  const header = headerOf(id);
  rows.splice(15, 0, header.map(() => ""));
  rows.push(inventoryRow(`公交月度客流${id}`, 31).map((v, i) => (i === 1 ? "报表" : v)));
  rows.push(inventoryRow("", 32));
  rows.push(inventoryRow(`交通违法记录${id}`, 33).map((v, i) => (i === 8 ? "青岛市公安局" : v)));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("目录");
  sheet.addRow(["青岛市交通运输局政务信息资源目录（2026 年）"]);
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row.map((v) => v || null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("a clerk imports the department's own sheet: maps two columns, sets a default, fixes the refused rows, and an untouched upload changes nothing", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const id = unique();
  const original = testInfo.outputPath(`交通局目录-${id}.xlsx`);
  await writeFile(original, await inventoryXlsx(id));

  const page = await signedIn(browser, "pub.jtj");
  await page.getByRole("link", { name: "批量导入资源" }).click();
  await page.getByLabel(/选择文件/).setInputFiles(original);
  await page.getByRole("button", { name: "上传并预览" }).click();

  // Two columns nobody named like the template, and no 交付方式 column.
  const mapping = page.getByRole("region", { name: /^对应列/ });
  await expect(mapping.getByRole("status")).toContainText("已将第 2 行作为表头。有 2 列未能识别");
  await page.getByRole("combobox", { name: `「资源说明（${id}）」对应的字段` }).selectOption("资源摘要");
  await expect(page.getByRole("table", { name: "未能识别的列" })).toContainText("资源摘要：第 1 条公交线路");
  await page.getByRole("combobox", { name: `「备注（${id}）」对应的字段` }).selectOption({ label: "忽略此列" });
  await page.getByLabel("所有行的「交付方式」取默认值").selectOption("库表");
  await expectAccessibleAtBothWidths(page, "the mapping step");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("button", { name: "按此对应预览" }).click();

  const status = page.getByRole("region", { name: /^预览/ }).getByRole("status").first();
  await expect(status).toContainText("30 行可导入");
  await expect(status).toContainText("3 行有误");
  await expect(status).toContainText("空行 1 行");
  await expect(page.getByText("默认值：交付方式 = 库表")).toBeVisible();
  const preview = page.getByRole("table", { name: "导入预览" });
  await expect(preview.getByText(/"报表" 不是有效的资源类型/)).toBeVisible();
  await expect(preview.getByText("提供部门「青岛市公安局」不是本部门（青岛市交通运输局），不能导入其他部门的资源")).toBeVisible();
  await page.getByRole("button", { name: "导入 30 行有效数据" }).click();
  await expect(page.getByText("导入完成：新增 30 项，更新 0 项，无变化 0 行，跳过有误的 3 行。")).toBeVisible();

  // The refused rows come back under the department's own column names, with the reasons.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载有误的行" }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await (await download).path())) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as string[]).slice(1);
  expect(headers).toEqual(expect.arrayContaining(["原行号", "信息资源名称", "资源类别", `资源说明（${id}）`, "信息资源提供方", "错误原因"]));
  expect(sheet.rowCount).toBe(4);
  const column = (name: string) => headers.indexOf(name) + 1;
  // The clerk fixes each row as its reason says.
  sheet.getRow(2).getCell(column("资源类别")).value = "数据";
  sheet.getRow(3).getCell(column("信息资源名称")).value = `公交场站信息${id}`;
  sheet.getRow(4).getCell(column("信息资源提供方")).value = "青岛市交通运输局";
  const fixed = testInfo.outputPath(`交通局目录-${id}-改.xlsx`);
  await writeFile(fixed, Buffer.from(await workbook.xlsx.writeBuffer()));

  // The department's mapping and default are remembered: straight to the preview.
  await page.getByLabel(/选择文件/).setInputFiles(fixed);
  await page.getByRole("button", { name: "上传并预览" }).click();
  await expect(status).toContainText("3 行可导入");
  await page.getByRole("button", { name: "导入 3 行有效数据" }).click();
  await expect(page.getByText("导入完成：新增 3 项，更新 0 项，无变化 0 行，跳过有误的 0 行。")).toBeVisible();

  // The same file untouched: nothing to import.
  await page.getByLabel(/选择文件/).setInputFiles(fixed);
  await page.getByRole("button", { name: "上传并预览" }).click();
  await expect(status).toContainText("0 行可导入");
  await expect(status).toContainText("无变化 3 行");
  await expect(page.getByRole("button", { name: "没有需要导入的行" })).toBeDisabled();

  const history = page.getByRole("table", { name: "导入记录" });
  await expect(history.getByRole("row").filter({ hasText: `交通局目录-${id}.xlsx` })).toContainText("新增 30，更新 0，无变化 0，有误 3，空行 1；默认值 交付方式=库表");
  await expect(history.getByRole("row").filter({ hasText: `交通局目录-${id}-改.xlsx` })).toContainText("新增 3，更新 0，无变化 0，有误 0");
  await page.context().close();
});
