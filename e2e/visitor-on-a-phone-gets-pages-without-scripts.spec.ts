import { expect, test } from "@playwright/test";
import { navigate } from "./fixtures";

/**
 * Pages everyone gets alike are kept in the page cache without scripts (server/cache/page-cache-handler.mjs):
 * a visitor whose page came from the cache browses on a phone with plain links, the 「菜单」 and GET forms.
 */
test("on a phone, an anonymous visitor browses cached pages that carry no script: 「菜单」, links and searches work", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  // A first visit may render the page (with Next's scripts); the cached copy is what everyone after gets.
  await page.request.get("/");
  await page.goto("/");
  await expect(page.locator("script")).toHaveCount(0);

  // Through 「菜单」, a <details> that opens without JavaScript.
  await navigate(page, "场景目录");
  await expect(page.getByRole("heading", { level: 1, name: "场景目录" })).toBeVisible();
  await page.getByRole("link", { name: "复用排行榜" }).click();
  await expect(page).toHaveURL(/\/scenarios\/leaderboard$/);

  await navigate(page, "无证明城市");
  await expect(page.getByRole("heading", { level: 1, name: "办事不用再开证明" })).toBeVisible();
  await page.getByRole("searchbox", { name: "您要办什么事？" }).fill("驾驶证");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "搜索“驾驶证”" })).toBeVisible();
  await expect(page).toHaveURL(/\/no-proof\/search\?q=/);
  // The same search again comes from the cache: no script, the same answer.
  await page.reload();
  await expect(page.locator("script")).toHaveCount(0);
  await expect(page.getByText(/共找到 \d+ 个事项/)).toBeVisible();
  await page.getByRole("link", { name: "长辈版" }).click();
  await expect(page.locator(".elder")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "搜索“驾驶证”" })).toBeVisible();
});
