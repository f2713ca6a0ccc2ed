import { expect, test } from "@playwright/test";

test("a visitor browses scenarios: benchmarks first, filtered by district, with coverage and the reuse leaderboard", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "场景目录" }).click();
  const cards = page.getByRole("list", { name: "场景列表" }).getByRole("listitem");
  await expect(cards.first()).toContainText("标杆场景");
  await expect(page.getByText("示例数据", { exact: true })).toBeVisible();

  await page.getByLabel("上线区市").selectOption({ label: "即墨区" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/districtId=/);
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);

  // Every scenario listed for 即墨区 shows 即墨区 as live on its page.
  const name = (await cards.first().getByRole("heading").innerText()).trim();
  await cards.first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const jimo = page.getByRole("list", { name: "区市覆盖" }).getByRole("listitem").filter({ hasText: "即墨区" });
  await expect(jimo).not.toContainText("未上线");
  await expect(page.getByText(/已在 \d+ \/ 10 个区市上线/)).toBeVisible();

  await page.getByRole("link", { name: "← 场景目录" }).click();
  await page.getByRole("link", { name: "复用排行榜" }).click();
  const table = page.getByRole("table", { name: "场景复用排行" });
  const rows = table.getByRole("row");
  await expect(rows.nth(1)).toContainText("1");
  const numbers = (await rows.locator("td:nth-child(3)").allInnerTexts()).map(Number);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  // The reuse count is in view without scrolling the table sideways, even at desktop width.
  const header = table.getByRole("columnheader", { name: "复用次数" });
  const region = page.getByRole("region", { name: "场景复用排行" });
  const [h, r] = [await header.boundingBox(), await region.boundingBox()];
  expect(h!.x + h!.width).toBeLessThanOrEqual(r!.x + r!.width);

  // On a phone the rows are cards with the count beside the name.
  await page.setViewportSize({ width: 375, height: 800 });
  const first = page.getByRole("list", { name: "场景复用排行" }).getByRole("listitem").first();
  await expect(first).toContainText(`复用次数：${numbers[0]}`);
  await expect(first.getByText(String(numbers[0]), { exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
