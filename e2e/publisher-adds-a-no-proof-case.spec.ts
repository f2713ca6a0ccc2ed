import { expect, test, type Page } from "@playwright/test";
import { signInAndWait, signOut, unique } from "./fixtures";

async function publishedCount(page: Page) {
  await page.goto("/no-proof");
  const text = await page.getByRole("region", { name: "今年新增无证明场景" }).getByText(/已上线/).innerText();
  return Number(text.match(/已上线\s*(\d+)\s*个/)![1]);
}

test("a publisher adds a use case, a reviewer approves it, and the public progress count moves", async ({ page }) => {
  const before = await publishedCount(page);
  const suffix = unique();
  const name = `巡游出租汽车驾驶员证补发${suffix}`;
  const serial = String(Math.floor(Math.random() * 900) + 100);

  await signInAndWait(page, "pub.jtj");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "无证明场景" }).click();
  await page.getByRole("link", { name: "登记无证明场景" }).click();
  await page.getByLabel("事项名称").fill(name);
  await page.getByLabel("事项编码").fill(`370200-000501099${serial}-QT-${serial}-01`);
  await page.getByLabel("所属领域").selectOption({ label: "交通出行" });
  await page.getByLabel("实施日期").fill("2026-11-20");
  await page.getByLabel("简要说明").fill("驾驶员证遗失补发，不再需要登报声明，网上申请即可。");
  await page.getByRole("group", { name: "服务对象" }).getByLabel("个人").check();
  await page.getByRole("group", { name: "人生事件" }).getByLabel("就业").check();
  await page.getByLabel("证明 1 名称").fill("遗失登报声明");
  await page.getByLabel("证明类别").selectOption({ label: "其他客观状态" });
  await page.getByLabel("原开具单位").fill("报社");
  await page.getByLabel("处理方式").selectOption({ label: "直接取消" });
  await page.getByLabel("替代方式：申请人现在怎么办").fill("不再登报，在爱山东·青e办在线申请补发即可");
  await page.getByLabel("办理步骤（每行一步）").fill("在爱山东·青e办搜索「驾驶员证补发」\n填写申请，等待邮寄");
  await page.getByLabel("办理时限").fill("3个工作日");
  await page.getByLabel("法律或政策依据").fill("《巡游出租汽车经营服务管理规定》");

  // A missing required field is named in Chinese; what was typed stays.
  await page.getByLabel("收费标准").fill("");
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByText("请填写收费标准").first()).toBeVisible();
  await expect(page.getByLabel("事项名称")).toHaveValue(name);
  await page.getByLabel("收费标准").fill("不收费");
  await page.getByLabel(/计入“新增无证明场景不少于 40 个”目标/).check();
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByText("已提交审核，审核结果将显示在本页")).toBeVisible();
  await signOut(page);

  await signInAndWait(page, "reviewer");
  await page.goto("/console/review");
  await page.getByRole("navigation", { name: "审核类别" }).getByRole("link", { name: "无证明场景" }).click();
  await page.getByRole("link", { name }).click();
  await page.getByRole("button", { name: "审核通过" }).click();
  await expect(page.getByRole("link", { name: "公众页面" })).toBeVisible();
  await signOut(page);

  // The cached page is rebuilt on the next visit: a reload shows the new count.
  await expect.poll(() => publishedCount(page), { timeout: 20_000 }).toBe(before + 1);
  await page.goto(`/no-proof/search?q=${encodeURIComponent(name)}`);
  await page.getByRole("list", { name: "搜索结果" }).getByRole("link", { name }).click();
  await expect(page.getByRole("region", { name: /您不用再提供/ })).toContainText("遗失登报声明");
});
