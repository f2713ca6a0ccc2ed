import { expect, test, type Page } from "@playwright/test";
import { navigate, signedIn, unique } from "./fixtures";

async function publishedCount(page: Page) {
  await page.goto("/no-proof");
  const text = await page.getByRole("region", { name: "今年新增无证明场景" }).getByText(/已上线/).innerText();
  return Number(text.match(/已上线\s*(\d+)\s*个/)![1]);
}

test("a publisher adds a use case, a reviewer approves it, and the public progress count moves", async ({ browser, page }) => {
  const before = await publishedCount(page);
  const suffix = unique();
  const name = `巡游出租汽车驾驶员证补发${suffix}`;
  const serial = String(Math.floor(Math.random() * 900) + 100);

  const publisher = await signedIn(browser, "pub.jtj");
  await navigate(publisher, "无证明场景");
  await publisher.getByRole("link", { name: "登记无证明场景" }).click();
  await publisher.getByLabel("事项名称").fill(name);
  await publisher.getByLabel("事项编码").fill(`370200-000501099${serial}-QT-${serial}-01`);
  await publisher.getByLabel("所属领域").selectOption({ label: "交通出行" });
  await publisher.getByLabel("实施日期").fill("2026-11-20");
  await publisher.getByLabel("简要说明").fill("驾驶员证遗失补发，不再需要登报声明，网上申请即可。");
  await publisher.getByRole("group", { name: "服务对象" }).getByLabel("个人").check();
  await publisher.getByRole("group", { name: "人生事件" }).getByLabel("就业").check();
  await publisher.getByLabel("证明 1 名称").fill("遗失登报声明");
  await publisher.getByLabel("证明类别").selectOption({ label: "其他客观状态" });
  await publisher.getByLabel("原开具单位").fill("报社");
  await publisher.getByLabel("处理方式").selectOption({ label: "直接取消" });
  await publisher.getByLabel("替代方式：申请人现在怎么办").fill("不再登报，在爱山东·青e办在线申请补发即可");
  await publisher.getByLabel("办理步骤（每行一步）").fill("在爱山东·青e办搜索「驾驶员证补发」\n填写申请，等待邮寄");
  await publisher.getByLabel("办理时限").fill("3个工作日");
  await publisher.getByLabel("法律或政策依据").fill("《巡游出租汽车经营服务管理规定》");

  // A missing required field is named in Chinese; what was typed stays.
  await publisher.getByLabel("收费标准").fill("");
  await publisher.getByRole("button", { name: "提交审核" }).click();
  const summary = publisher.getByRole("alert").filter({ hasText: "处需要修改" });
  await expect(summary.getByRole("link", { name: "请填写收费标准" })).toBeVisible();
  await expect(publisher.getByLabel("事项名称")).toHaveValue(name);
  await publisher.getByLabel("收费标准").fill("不收费");
  await publisher.getByLabel(/计入“新增无证明场景不少于 40 个”目标/).check();
  // The public page needs a number to call: 提交审核 waits for it; the checklist says so as it is typed.
  await publisher.getByRole("button", { name: "提交审核" }).click();
  await summary.getByRole("link", { name: /填写了咨询电话/ }).click();
  await expect(publisher.getByLabel("咨询电话")).toBeFocused();
  await publisher.getByLabel("咨询电话").fill("0532-12328");
  await publisher.getByLabel("其他需提交的材料（每行一项）").fill("驾驶员本人身份证件（可出示电子身份证）");
  await expect(publisher.getByRole("list", { name: "提交审核前检查" }).getByText("未满足")).toHaveCount(0);
  await publisher.getByRole("button", { name: "提交审核" }).click();
  await expect(publisher.getByText("已提交审核，审核结果将显示在本页")).toBeVisible();
  await publisher.context().close();

  const reviewer = await signedIn(browser, "reviewer");
  await navigate(reviewer, "审核");
  await reviewer.getByRole("navigation", { name: "审核类别" }).getByRole("link", { name: /^无证明场景\s*\d/ }).click();
  await reviewer.getByRole("list", { name: "待审核无证明场景" }).getByRole("link", { name }).click();
  await reviewer.getByRole("region", { name: "审核" }).getByRole("button", { name: "审核通过" }).click();
  await expect(reviewer.getByRole("link", { name: "公众页面" })).toBeVisible();
  await reviewer.context().close();

  // The cached page is rebuilt on the next visit: a reload shows the new count.
  await expect.poll(() => publishedCount(page), { timeout: 20_000 }).toBe(before + 1);
  await page.getByRole("searchbox", { name: "您要办什么事？" }).fill(name);
  await page.getByRole("button", { name: "搜索" }).click();
  await page.getByRole("list", { name: "搜索结果" }).getByRole("link", { name }).click();
  const materials = page.getByRole("region", { name: "要带什么" });
  await expect(materials.getByRole("list", { name: "不用再交的证明" })).toContainText("遗失登报声明");
  await expect(materials.getByRole("list", { name: "需要准备的材料" })).toContainText("驾驶员本人身份证件");
  await expect(page.getByRole("region", { name: "怎么办" }).getByRole("link", { name: "0532-12328" })).toHaveAttribute("href", "tel:053212328");
});
