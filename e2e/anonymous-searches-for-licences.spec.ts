import { expect, test } from "@playwright/test";
import { fillResource, navigate, signedIn, submitForReview, unique } from "./fixtures";

test("an anonymous search for 证照 finds published open resources and no unpublished or non-open ones", async ({ browser, page }) => {
  const id = unique();
  const hiddenDraft = `电子证照草稿${id}`;
  const hiddenClosed = `证照内部核验库${id}`;

  // A publisher leaves one 证照 resource as a draft and gets one published that is not open.
  const publisher = await signedIn(browser, "publisher");
  for (const [name, submit] of [
    [hiddenDraft, false],
    [hiddenClosed, true],
  ] as const) {
    await publisher.getByRole("link", { name: "工作台" }).first().click();
    await publisher.getByRole("link", { name: "登记资源" }).click();
    await fillResource(publisher, { name, kind: "数据", domain: "政务服务", open: "不予开放", summary: "电子证照内部核验记录，只供政务部门核验证照真伪使用。" });
    await publisher.getByRole("button", { name: "添加数据项" }).click();
    await publisher.getByLabel("数据项 1 名称").fill("证照编号");
    await publisher.getByLabel("说明").first().fill("电子证照唯一编号");
    await publisher.getByLabel("长度").fill("64");
    if (submit) await submitForReview(publisher);
    else await publisher.getByRole("button", { name: "保存草稿" }).click();
    await expect(publisher.getByRole("heading", { level: 1, name })).toBeVisible();
  }
  const reviewer = await signedIn(browser, "reviewer");
  await navigate(reviewer, "审核");
  await reviewer.getByLabel("提交部门").selectOption({ label: "青岛市人力资源和社会保障局" });
  await reviewer.getByRole("button", { name: "筛选" }).click();
  await reviewer.getByRole("list", { name: "待审核资源" }).getByRole("link", { name: hiddenClosed }).click();
  await reviewer.getByRole("region", { name: "审核" }).getByRole("button", { name: "审核通过" }).click();
  await expect(reviewer.getByRole("main").getByText("已发布", { exact: true }).first()).toBeVisible();

  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "资源目录" }).click();
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
  // On a wide screen the filters stand open beside the results: one click narrows the search.
  const filters = page.getByRole("complementary", { name: "筛选" });
  await expect(filters.getByText("筛选条件")).toBeHidden();
  await filters.getByRole("region", { name: "资源类型" }).getByRole("link", { name: /^数据\s*\d+$/ }).click();
  await expect(page).toHaveURL(/kind=dataset/);
  await expect(filters.getByRole("region", { name: "资源类型" }).getByRole("link", { name: /^数据\s*\d+$/ })).toHaveAttribute("aria-current", "true");
  await expect(results.first().getByText("数据", { exact: true })).toBeVisible();
  await results.first().getByRole("link").first().click();
  await expect(page.getByText(/^(无条件|有条件)开放$/)).toBeVisible();
  for (const p of [publisher, reviewer]) await p.context().close();
});
