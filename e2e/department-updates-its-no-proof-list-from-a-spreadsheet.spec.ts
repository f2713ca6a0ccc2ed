import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { navigate, signedIn } from "./fixtures";

test("a department exports its no-proof list, edits one use case in the sheet and imports it back for review", async ({ browser }) => {
  const page = await signedIn(browser, "pub.jtj");
  await navigate(page, "无证明场景");
  await page.getByRole("link", { name: "导入与导出" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "批量导入无证明场景" })).toBeVisible();

  const exported = await page.request.get("/api/no-proof/export");
  expect(exported.ok()).toBe(true);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exported.body()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  const column = (name: string) => headers.indexOf(name);
  const code = String(sheet.getRow(2).getCell(column("事项编码")).value);
  const name = String(sheet.getRow(2).getCell(column("事项名称")).value);
  // Keep only the first use case's rows, with a new summary.
  const summary = `导入修改：${name}不用再提交纸质证明，网上即可办理。`;
  for (let r = sheet.rowCount; r >= 2; r--) {
    const row = sheet.getRow(r);
    if (String(row.getCell(column("事项编码")).value) !== code) sheet.spliceRows(r, 1);
    else row.getCell(column("简要说明")).value = summary;
  }
  const edited = Buffer.from(await workbook.xlsx.writeBuffer());

  await page.getByLabel("填好的清单（.xlsx 或 .csv）").setInputFiles({ name: "清单.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: edited });
  await page.getByRole("button", { name: "检查" }).click();
  await expect(page.getByText("共 1 项，1 项可以导入")).toBeVisible();
  const result = page.getByRole("region", { name: "导入检查结果" });
  await expect(result.getByRole("row").filter({ hasText: code })).toContainText("修改");
  await page.getByRole("button", { name: "导入 1 项" }).click();
  await expect(page.getByText("已导入 1 项")).toBeVisible();
  await expect(result.getByRole("row").filter({ hasText: code })).toContainText("已导入");

  await navigate(page, "无证明场景");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByText(/本页显示第 2 版（草稿）/)).toBeVisible();
  await expect(page.getByText(summary)).toBeVisible();

  // A sheet that is not the department's list is refused with the reason.
  await navigate(page, "无证明场景");
  await page.getByRole("link", { name: "导入与导出" }).click();
  await page.getByLabel("填好的清单（.xlsx 或 .csv）").setInputFiles({ name: "别的表.csv", mimeType: "text/csv", buffer: Buffer.from("名称,备注\n甲,乙\n") });
  await page.getByRole("button", { name: "检查" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("缺少列：事项编码");
  await page.context().close();
});
