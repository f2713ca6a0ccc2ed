import { expect, test } from "@playwright/test";

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor starting at the home page reaches the citizen service, browses by life event, opens a use case and searches", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /查一查：办事还要不要开证明/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "办事不用再开证明" })).toBeVisible();
    const events = page.getByRole("region", { name: "按人生事件找" });
    await events.getByRole("link", { name: /^出生/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "人生事件：出生" })).toBeVisible();
    const list = page.getByRole("list", { name: "人生事件：出生" });
    const first = list.getByRole("heading").first().getByRole("link");
    const name = (await first.innerText()).trim();
    await first.click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("region", { name: "要带什么" })).toBeVisible();

    await page.getByRole("link", { name: "← 无证明城市首页" }).click();
    await page.getByRole("searchbox", { name: "您要办什么事？" }).fill("开公司要带什么");
    await page.getByRole("button", { name: "搜索" }).click();
    await expect(page.getByText(/按“开办企业”查找，共找到 \d+ 个事项/)).toBeVisible();
    await expect(page.getByRole("list", { name: "搜索结果" }).getByRole("link", { name: /企业开办/ })).toBeVisible();

    // And back to the platform, then in again from the header's link.
    await page.getByRole("link", { name: "城市云脑平台" }).click();
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "无证明城市" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "办事不用再开证明" })).toBeVisible();
  });
});

test.describe("with JavaScript on", () => {
  test("the header's 「无证明城市」 opens the citizen service from the home page, the resource catalogue and the console", async ({ page }) => {
    for (const start of ["/", "/resources", "/scenarios"]) {
      await page.goto(start);
      // Let the client router take over first: its link clicks are where the citizen pages once failed.
      await page.waitForLoadState("networkidle");
      await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "无证明城市" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "办事不用再开证明" })).toBeVisible();
      await expect(page).toHaveURL(/\/no-proof$/);
    }
  });

  test("searches with %, quotes, slashes or a very long text answer with results or a plain message, never an error", async ({ page }) => {
    for (const q of ["100%", "5%", "\"驾驶证\"", "a/b\\c", "'; drop table x; --", "驾".repeat(120)]) {
      await page.goto("/no-proof");
      await page.getByRole("searchbox", { name: "您要办什么事？" }).fill(q);
      await page.getByRole("button", { name: "搜索" }).click();
      await expect(page.getByRole("heading", { level: 1, name: /^搜索“/ })).toBeVisible();
      await expect(page.getByText(/共找到 \d+ 个事项/)).toBeVisible();
    }
    for (const q of ["100%", "证照%_", "x".repeat(101), "证照".repeat(80)]) {
      await page.goto("/resources");
      await page.getByRole("searchbox", { name: "搜索资源" }).fill(q);
      await page.getByRole("button", { name: "搜索" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "资源目录" })).toBeVisible();
    }
    // Typed into the address bar, over-long and malformed queries too.
    for (const url of ["/resources?q=" + "x".repeat(150), "/resources?page=-3&kind=nope&q=%25", "/no-proof/search?q=100%25", "/scenarios?page=abc&kind=%00"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBeLessThan(500);
    }
    await page.goto("/resources?q=" + "证".repeat(150));
    await expect(page.getByText("搜索词过长，已按前 100 个字查找")).toBeVisible();
  });
});
