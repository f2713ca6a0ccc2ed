import { expect, test } from "@playwright/test";

test("a visitor browses scenarios: benchmarks first, filtered by district, with coverage and the reuse leaderboard", async ({ page }) => {
  await page.goto("/scenarios");
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

  await page.goto("/scenarios/leaderboard");
  const rows = page.getByRole("table", { name: "场景复用排行" }).getByRole("row");
  await expect(rows.nth(1)).toContainText("1");
  const counts = await rows.locator("td:last-child").allInnerTexts();
  const numbers = counts.map(Number);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
});
