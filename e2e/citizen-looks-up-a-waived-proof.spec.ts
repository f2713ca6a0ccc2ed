import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${page.url()}: ${v.id} — ${v.help}`);
  expect(serious, serious.join("\n")).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test.use({ viewport: { width: 375, height: 800 } });

test("on a phone, a visitor searches 驾驶证, opens a use case and reads what replaces the waived proof", async ({ page }) => {
  await page.goto("/no-proof");
  await expect(page).toHaveTitle("无证明城市 · 青岛");
  await expect(page.getByText("示例数据", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("searchbox", { name: "您要办什么事？" }).fill("驾驶证");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/\/no-proof\/search\?q=/);
  await expect(page.getByRole("heading", { level: 1, name: "搜索“驾驶证”" })).toBeVisible();
  const results = page.getByRole("list", { name: "搜索结果" });
  const first = results.getByRole("heading").filter({ hasText: "驾驶证" }).first().getByRole("link");
  const name = (await first.innerText()).trim();
  await expectAccessible(page);
  await first.click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page).toHaveTitle(`${name} · 无证明城市 · 青岛`);
  const waived = page.getByRole("region", { name: /您不用再提供/ });
  const proof = waived.getByRole("listitem").first();
  await expect(proof).toContainText("现在怎么办：");
  await expect(proof.locator("span").filter({ hasText: /直接取消|告知承诺|部门间数据共享核验|电子证照|网络核验|行业自律|容缺承诺/ }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "怎么办" })).toContainText("办理时限");
  await expectAccessible(page);

  // 长辈版: one click, remembered, larger text and tap targets.
  await page.getByRole("link", { name: "长辈版" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("link", { name: "切换到标准版" })).toBeVisible();
  const bodySize = await page.locator("main p").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(bodySize).toBeGreaterThanOrEqual(24);
  const tap = await page.getByRole("link", { name: "这里仍要求我提供证明" }).boundingBox();
  expect(tap!.height).toBeGreaterThanOrEqual(60);
  await page.goto("/no-proof");
  await expect(page.getByRole("link", { name: "切换到标准版" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "切换到标准版" }).click();
  await expect(page.getByRole("link", { name: "长辈版" })).toBeVisible();
});
