import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { navigate, signedIn } from "./fixtures";

test("the auditor checks that the audit trail is untouched and exports it to Excel", async ({ browser }) => {
  const auditor = await signedIn(browser, "auditor");
  await navigate(auditor, "审计日志");
  await expect(auditor.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();

  await auditor.getByRole("button", { name: "开始校验" }).click();
  await expect(auditor.getByRole("status").filter({ hasText: /^已校验 [\d,]+ 条记录，未发现篡改。/ })).toBeVisible();

  // The check itself is recorded, with where it came from and the browser, summarised.
  await auditor.getByLabel("关键词").fill("完整性校验");
  await auditor.getByRole("button", { name: "筛选" }).click();
  await expect(auditor).toHaveURL(/q=%E5%AE%8C%E6%95%B4/);
  const check = auditor.getByRole("row").filter({ hasText: "未发现篡改" }).first();
  await expect(check.getByTitle("audit.verify")).toHaveText("审计日志完整性校验");
  await expect(check.getByRole("cell", { name: "127.0.0.1" })).toBeVisible();
  await expect(check.getByRole("cell", { name: /^Chrome \d+ \/ Linux$/ })).toBeVisible();

  // The export takes the page's filter.
  const [download] = await Promise.all([auditor.waitForEvent("download"), auditor.getByRole("link", { name: "导出 Excel" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^审计日志-\d{12}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet("审计日志")!;
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["时间", "操作人", "操作", "对象", "摘要", "来源地址", "浏览器", "请求编号", "序号", "哈希"]);
  const rows = (sheet.getSheetValues().slice(2) as unknown[][]).map((r) => r.slice(1));
  expect(rows.every((r) => String(r[4]).includes("完整性校验"))).toBe(true);
  const checked = rows.find((r) => r[2] === "审计日志完整性校验")!;
  expect(checked[5]).toBe("127.0.0.1");
  expect(checked[6]).toMatch(/Chrome\/\d+/);
  expect(checked[9]).toMatch(/^[0-9a-f]{64}$/);
  await auditor.context().close();
});
