import { expect, test, type Response } from "@playwright/test";
import { navigate } from "./fixtures";

/**
 * Pages everyone gets alike are kept in the page cache without scripts (server/cache/page-cache-handler.mjs).
 * Whether a given visit is served from the cache depends on what other journeys just changed (a change
 * refreshes these pages), so the browser runs without JavaScript, as a cached copy has none, and every
 * answer the cache gave is checked for scripts.
 */
test.use({ javaScriptEnabled: false });

test("on a phone, an anonymous visitor browses the public pages without scripts: 「菜单」, links and searches work", async ({ page }) => {
  const cachedWithScripts: string[] = [];
  const served: string[] = [];
  page.on("response", async (response: Response) => {
    if (response.request().resourceType() !== "document" || response.headers()["x-nextjs-cache"] !== "HIT") return;
    served.push(response.url());
    if ((await response.text()).includes("<script")) cachedWithScripts.push(response.url());
  });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");

  // Through 「菜单」, a <details> that opens without JavaScript.
  await navigate(page, "场景目录");
  await expect(page.getByRole("heading", { level: 1, name: "场景目录" })).toBeVisible();
  await page.getByRole("link", { name: "复用排行榜" }).click();
  await expect(page).toHaveURL(/\/scenarios\/leaderboard$/);

  // The resource catalogue's filters fold above the results under 「筛选条件」, which opens without scripts.
  await navigate(page, "资源目录");
  const filters = page.getByRole("complementary", { name: "筛选" });
  const kinds = filters.getByRole("region", { name: "资源类型" });
  await expect(kinds).toBeHidden();
  await filters.getByText("筛选条件").click();
  await kinds.getByRole("link", { name: /^接口\s*\d+$/ }).click();
  await expect(page).toHaveURL(/kind=api/);
  await expect(page.getByRole("list", { name: "搜索结果" }).getByText("接口", { exact: true }).first()).toBeVisible();

  await navigate(page, "无证明城市");
  await expect(page.getByRole("heading", { level: 1, name: "办事不用再开证明" })).toBeVisible();
  await page.getByRole("searchbox", { name: "您要办什么事？" }).fill("驾驶证");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "搜索“驾驶证”" })).toBeVisible();
  await expect(page).toHaveURL(/\/no-proof\/search\?q=/);
  await page.reload();
  await expect(page.getByText(/共找到 \d+ 个事项/)).toBeVisible();
  await page.getByRole("link", { name: "长辈版" }).click();
  await expect(page.locator(".elder")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "搜索“驾驶证”" })).toBeVisible();

  // The search's second visit at least came from the cache (unless a change came in between).
  expect(cachedWithScripts, `cached pages with scripts (of ${served.join(", ")})`).toEqual([]);
});
