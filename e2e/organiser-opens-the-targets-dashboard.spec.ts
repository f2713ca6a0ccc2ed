import { expect, test } from "@playwright/test";
import { navigate, signedIn } from "./fixtures";

test("the competition organiser opens the targets dashboard: counts match the catalogues, gaps and pace are shown, future months are empty", async ({ browser, page }) => {
  // The public catalogue counts published 大场景 by another query path.
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "场景目录" }).click();
  await page.getByLabel("场景类型").selectOption({ label: "多跨融合大场景" });
  await page.getByRole("button", { name: "筛选" }).click();
  const bigScenarios = Number((await page.getByText(/^共 \d+ 个场景$/).innerText()).match(/\d+/)![0]);

  const organiser = await signedIn(browser, "organiser");
  await navigate(organiser, "目标看板");
  await expect(organiser.getByRole("heading", { level: 1, name: "目标看板" })).toBeVisible();
  await expect(organiser.getByText(/《数字青岛2023年行动方案》目标 · \d{4} 年进度/)).toBeVisible();
  const targets = organiser.getByRole("table", { name: /^方案目标 \d{4} 年完成情况$/ });
  const row = (label: RegExp) => targets.getByRole("row").filter({ hasText: label });
  await expect(row(/多跨融合大场景/).getByRole("cell").nth(1)).toHaveText(`${bigScenarios} / ≥5`);
  await expect(row(/多跨融合大场景/)).toContainText(bigScenarios >= 5 ? "已达成" : "未达成");

  // 今年新增资源 is short of 1,000: the gap and the monthly pace are there.
  const resources = row(/今年新增资源/);
  const newResources = Number((await resources.getByRole("cell").nth(1).innerText()).split(" /")[0]);
  await expect(resources.getByRole("cell").nth(3)).toHaveText("未达成");
  await expect(resources.getByRole("cell").nth(4)).toHaveText(String(1000 - newResources));
  expect(Number(await resources.getByRole("cell").nth(5).innerText())).toBeGreaterThan(0);

  // The per-department table adds up to the citywide figure; the months to come are empty, not 0.
  const perDepartment = (await organiser.getByRole("table", { name: "各部门和区市的目标贡献" }).locator("tbody tr td:nth-child(2)").allInnerTexts()).map(Number);
  expect(perDepartment.reduce((a, b) => a + b, 0)).toBe(newResources);
  const months = organiser.getByRole("table", { name: "逐月新增" }).locator("tbody tr");
  await expect(months).toHaveCount(12);
  const soFar = await months.locator("td:nth-child(3)").allInnerTexts();
  const last = soFar.findLastIndex((v) => v.trim() !== "");
  expect(Number(soFar[last])).toBe(newResources);
  expect(soFar.slice(last + 1).every((v) => v.trim() === "")).toBe(true);

  // ECharts drew both charts (it loads on this page only, under the CSP).
  await expect(organiser.locator("figure canvas")).toHaveCount(2);

  // On a phone the tables become cards whose figure sits beside the name; nothing pushes the page sideways.
  await organiser.setViewportSize({ width: 375, height: 900 });
  await organiser.reload();
  await expect(organiser.locator("figure canvas")).toHaveCount(2);
  const card = organiser.getByRole("list", { name: "各部门和区市的目标贡献" }).getByRole("listitem").first();
  await expect(card).toContainText("今年新增资源");
  expect(await organiser.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await organiser.context().close();
});
