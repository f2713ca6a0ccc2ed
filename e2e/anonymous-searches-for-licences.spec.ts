import { expect, test } from "@playwright/test";
import { signInAndWait, signOut, unique } from "./fixtures";

test("an anonymous search for 证照 finds published open resources and no unpublished or non-open ones", async ({ page }) => {
  const id = unique();
  const hiddenDraft = `电子证照草稿${id}`;
  const hiddenClosed = `证照内部核验库${id}`;

  // A publisher leaves one 证照 resource as a draft and gets one published that is not open.
  await signInAndWait(page, "publisher");
  for (const [name, submit] of [
    [hiddenDraft, false],
    [hiddenClosed, true],
  ] as const) {
    await page.goto("/console/resources/new");
    await page.getByLabel("资源名称").fill(name);
    await page.getByLabel("资源类型").selectOption({ label: "数据" });
    await page.getByLabel("所属领域").selectOption({ label: "政务服务" });
    await page.getByLabel("更新频率").selectOption({ label: "每日" });
    await page.getByLabel("资源摘要").fill("电子证照内部核验记录，只供政务部门使用。");
    await page.getByLabel("共享属性").selectOption({ label: "无条件共享" });
    await page.getByLabel("开放属性").selectOption({ label: "不予开放" });
    await page.getByLabel("交付方式").selectOption({ label: "库表" });
    await page.getByRole("button", { name: submit ? "提交审核" : "保存草稿" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  }
  await signOut(page);
  await signInAndWait(page, "reviewer");
  await page.goto(`/resources?q=${encodeURIComponent(hiddenClosed)}`);
  await page.getByRole("link", { name: hiddenClosed }).click();
  await page.getByRole("button", { name: "审核通过" }).click();
  await expect(page.getByRole("main").getByText("已发布", { exact: true })).toBeVisible();
  await signOut(page);

  await page.goto("/resources");
  await page.getByRole("searchbox", { name: "搜索资源" }).fill("证照");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/q=%E8%AF%81%E7%85%A7/);
  const results = page.getByRole("list", { name: "搜索结果" }).getByRole("listitem");
  await expect(results.first()).toBeVisible();
  const count = await results.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const text = await results.nth(i).innerText();
    expect(text).not.toMatch(/草稿|待审核|已退回|已下线/);
    // The best matches carry the term where a reader sees it (lower ones may match in data items).
    if (i < 3) expect(text).toContain("证照");
  }
  await expect(page.getByText(hiddenDraft)).toHaveCount(0);
  await expect(page.getByText(hiddenClosed)).toHaveCount(0);
  // Anonymous visitors get no status facet, and open resources only.
  await expect(page.getByRole("region", { name: "状态" })).toHaveCount(0);
  await results.first().getByRole("link").first().click();
  await expect(page.getByText(/^(无条件|有条件)开放$/)).toBeVisible();
});
