import { expect, test } from "@playwright/test";
import { signInAndWait } from "./fixtures";

test("an admin opens the targets dashboard and its counts match the catalogues", async ({ page }) => {
  // The public catalogue counts published 大场景 by another query path.
  await page.goto("/scenarios?kind=big_scenario");
  const bigScenarios = Number((await page.getByText(/^共 \d+ 个场景$/).innerText()).match(/\d+/)![0]);

  await signInAndWait(page, "admin");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "目标看板" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "目标看板" })).toBeVisible();
  const targets = page.getByRole("table", { name: "方案目标完成情况" });
  const row = (label: RegExp) => targets.getByRole("row").filter({ hasText: label });
  await expect(row(/多跨融合大场景/).getByRole("cell").nth(2)).toHaveText(String(bigScenarios));

  // The per-department table adds up to the citywide figure.
  const newResources = Number(await row(/今年新增资源/).getByRole("cell").nth(2).innerText());
  const perDepartment = (await page.getByRole("table", { name: "各部门和区市的目标贡献" }).locator("tbody tr td:nth-child(2)").allInnerTexts()).map(Number);
  expect(perDepartment.reduce((a, b) => a + b, 0)).toBe(newResources);
  const monthly = await page.getByRole("table", { name: "逐月新增" }).locator("tbody tr:last-child td:nth-child(3)").innerText();
  expect(Number(monthly)).toBe(newResources);

  // ECharts drew both charts (it loads on this page only, under the CSP).
  await expect(page.locator("figure canvas")).toHaveCount(2);

  // On a phone nothing pushes the page sideways (the nav badge included).
  await page.setViewportSize({ width: 375, height: 900 });
  await page.reload();
  await expect(page.locator("figure canvas")).toHaveCount(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
