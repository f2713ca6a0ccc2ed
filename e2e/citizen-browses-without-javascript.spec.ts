import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("with JavaScript off, a visitor browses by life event, opens a use case and searches", async ({ page }) => {
  await page.goto("/no-proof");
  const events = page.getByRole("region", { name: "按人生事件找" });
  await events.getByRole("link", { name: /^出生/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "人生事件：出生" })).toBeVisible();
  const list = page.getByRole("list", { name: "人生事件：出生" });
  const first = list.getByRole("heading").first().getByRole("link");
  const name = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("region", { name: /您不用再提供/ })).toBeVisible();

  await page.goto("/no-proof");
  await page.getByRole("searchbox", { name: "您要办什么事？" }).fill("开公司要带什么");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page.getByText(/按“开办企业”查找，共找到 \d+ 个事项/)).toBeVisible();
  await expect(page.getByRole("list", { name: "搜索结果" }).getByRole("link", { name: /企业开办/ })).toBeVisible();
});
