import { expect, test } from "@playwright/test";
import { navigate, signedIn, unique } from "./fixtures";

test("市公安局 adds a hotel where e-licences are shown on a phone, the bureau approves it, and citizens see it on 一码亮证", async ({ browser, page }) => {
  const venue = `城阳区某商务酒店${unique()}（示例）`;

  // The clerk works on a phone: the list is stacked cards there, the form one column.
  const gaj = await signedIn(browser, "pub.gaj", { viewport: { width: 375, height: 800 } });
  await navigate(gaj, "无证明场景");
  await gaj.getByRole("link", { name: "一码亮证场所" }).click();
  const places = gaj.getByRole("list", { name: "一码亮证场所" });
  await expect(places.getByRole("listitem").filter({ hasText: "酒店入住" })).toContainText("本部门");
  // Another department's kind of place is not ours to edit.
  await places.getByRole("link", { name: "医院就诊" }).click();
  await expect(gaj.getByRole("link", { name: "编辑" })).toHaveCount(0);
  await gaj.getByRole("link", { name: "← 一码亮证场所" }).click();

  await places.getByRole("link", { name: "酒店入住" }).click();
  await gaj.getByRole("link", { name: "编辑" }).click();
  await gaj.getByRole("button", { name: "添加示例场所" }).click();
  const rows = gaj.getByRole("group", { name: "示例场所" }).getByRole("listitem");
  const last = rows.last();
  await last.getByLabel(/^场所 \d+ 名称$/).fill(venue);
  await last.getByLabel("区市").selectOption({ label: "城阳区" });
  // A venue without its address is held back; the summary names it and takes the clerk there.
  await gaj.getByRole("button", { name: "提交审核" }).click();
  const summary = gaj.getByRole("alert").filter({ hasText: "处需要修改" });
  await expect(summary).toContainText("请填写地址");
  await last.getByLabel("地址").fill("城阳区正阳路某号（示例地址）");
  await gaj.getByRole("button", { name: "提交审核" }).click();
  await expect(gaj.getByText("已提交审核，审核结果将显示在本页")).toBeVisible();
  await gaj.context().close();

  const reviewer = await signedIn(browser, "reviewer");
  await navigate(reviewer, "审核");
  await reviewer.getByRole("navigation", { name: "审核类别" }).getByRole("link", { name: /^亮证场所\s*\d/ }).click();
  await reviewer.getByRole("list", { name: "待审核亮证场所" }).getByRole("link", { name: "酒店入住" }).click();
  await expect(reviewer.getByRole("cell", { name: venue })).toBeVisible();
  await reviewer.getByRole("region", { name: "审核" }).getByRole("button", { name: "审核通过" }).click();
  await expect(reviewer.getByRole("link", { name: "公众页面" })).toBeVisible();
  await reviewer.context().close();

  // The citizen page is rebuilt on the next visit after the approval.
  await page.goto("/no-proof");
  await page.getByRole("link", { name: "一码亮证的场所" }).click();
  await expect.poll(async () => (await page.reload(), await page.getByRole("region", { name: "酒店入住" }).innerText()), { timeout: 20_000 }).toContain(venue);
});
