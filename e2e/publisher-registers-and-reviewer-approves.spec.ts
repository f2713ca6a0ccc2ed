import { expect, test, type Page } from "@playwright/test";
import { signInAndWait, signOut, unique } from "./fixtures";

async function fillBasics(page: Page, values: { name: string; kind: string; summary: string }) {
  await page.getByLabel("资源名称").fill(values.name);
  await page.getByLabel("资源类型").selectOption({ label: values.kind });
  await page.getByLabel("所属领域").selectOption({ label: "社会保障" });
  await page.getByLabel("更新频率").selectOption({ label: "每日" });
  await page.getByLabel("资源摘要").fill(values.summary);
  await page.getByLabel("标签").fill("社保、参保");
  await page.getByLabel("共享属性").selectOption({ label: "无条件共享" });
  await page.getByLabel("开放属性").selectOption({ label: "无条件开放" });
  await page.getByLabel("交付方式").selectOption({ label: values.kind === "接口" ? "接口服务" : "库表" });
  await page.getByLabel("联系人").fill("张晓明");
  await page.getByLabel("联系电话").fill("0532-85912345");
}

test("a publisher registers a dataset and an API, a reviewer returns one, it is fixed, approved and found by everyone", async ({ page }) => {
  const id = unique();
  const datasetName = `社保参保缴费明细${id}`;
  const apiName = `社保参保状态查询接口${id}`;

  await signInAndWait(page, "publisher");
  await page.goto("/console/resources/new");
  await fillBasics(page, { name: datasetName, kind: "数据", summary: "全市参保单位和个人按月缴费明细，按日同步自社保核心系统，供社保参保一件事使用。" });
  await page.getByRole("button", { name: "添加数据项" }).click();
  await page.getByLabel("数据项 1 名称").fill("公民身份号码");
  await page.getByLabel("说明").first().fill("参保人身份证号");
  await page.getByRole("button", { name: "添加数据项" }).click();
  await page.getByLabel("数据项 2 名称").fill("缴费基数");
  await page.getByRole("combobox", { name: "类型" }).nth(1).selectOption("数值");
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByText("已提交审核，审核结果将显示在本页")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: datasetName })).toBeVisible();
  // The server's checklist already sees the undescribed data item.
  await expect(page.getByText(/每个数据项都有说明（缺少说明：缴费基数）/)).toBeVisible();

  await page.goto("/console/resources/new");
  await fillBasics(page, { name: apiName, kind: "接口", summary: "按身份证号查询参保状态和险种，供各部门办理业务时核验参保情况。" });
  await page.getByLabel("请求方法").selectOption("POST");
  await page.getByLabel("接口路径").fill("/api/v1/insurance/status");
  await page.getByLabel("认证方式").fill("AppKey + 签名");
  await page.getByLabel("调用限制").fill("50次/秒");
  await page.getByLabel("文档链接").fill("https://cloudbrain.qingdao.gov.cn/docs/insurance-status");
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByRole("heading", { level: 1, name: apiName })).toBeVisible();
  await signOut(page);

  await signInAndWait(page, "reviewer");
  await page.goto("/console/review");
  // The queue is long and oldest first: the reviewer narrows it to the department.
  await page.getByLabel("提交部门").selectOption({ label: "青岛市人力资源和社会保障局" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/departmentId=/);
  const reviewUrl = page.url();
  const queue = page.getByRole("list", { name: "待审核资源" });
  await expect(queue.getByRole("link", { name: datasetName })).toBeVisible();
  await queue.getByRole("link", { name: datasetName }).click();
  await page.getByRole("button", { name: "退回修改" }).click();
  await page.getByLabel("退回理由").fill("数据项「缴费基数」缺少说明，请补充单位和口径");
  await page.getByRole("button", { name: "确认退回" }).click();
  await expect(page.getByText(/审核退回（李思雨/)).toBeVisible();
  await page.goto(reviewUrl);
  await queue.getByRole("link", { name: apiName }).click();
  await page.getByRole("button", { name: "审核通过" }).click();
  await expect(page.getByRole("main").getByText("已发布", { exact: true })).toBeVisible();
  await signOut(page);

  await signInAndWait(page, "publisher");
  await page.goto(`/resources?q=${encodeURIComponent(datasetName)}&status=returned`);
  await page.getByRole("link", { name: datasetName }).click();
  await expect(page.getByText("数据项「缴费基数」缺少说明，请补充单位和口径")).toBeVisible();
  await page.getByRole("link", { name: "编辑" }).click();
  await page.getByLabel("说明").nth(1).fill("月缴费基数，单位：元");
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByText("已提交审核，审核结果将显示在本页")).toBeVisible();
  await signOut(page);

  await signInAndWait(page, "reviewer");
  await page.goto(reviewUrl);
  await expect(page.getByText(datasetName).locator("xpath=ancestor::li[1]")).toContainText("检查全部通过");
  await page.getByRole("checkbox", { name: `选择「${datasetName}」` }).check();
  await page.getByRole("button", { name: /批量通过（1）/ }).click();
  await expect(page.getByText("已通过 1 项")).toBeVisible();
  await signOut(page);

  // Everyone, signed in or not, now finds both.
  await page.goto(`/resources?q=${encodeURIComponent(id)}`);
  const results = page.getByRole("list", { name: "搜索结果" });
  await expect(results.getByRole("link", { name: datasetName })).toBeVisible();
  await expect(results.getByRole("link", { name: apiName })).toBeVisible();
  await results.getByRole("link", { name: datasetName }).click();
  await expect(page.getByRole("cell", { name: "月缴费基数，单位：元" })).toBeVisible();
  await expect(page.getByText("0532-85912345")).toHaveCount(0);
});
