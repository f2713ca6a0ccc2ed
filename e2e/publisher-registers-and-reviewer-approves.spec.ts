import { expect, test } from "@playwright/test";
import { fillResource, navigate, signedIn, submitForReview, unique } from "./fixtures";

test("a publisher registers a dataset and an API, is held back until the checklist passes, a reviewer returns one, it is fixed, approved and found by everyone", async ({
  browser,
  page,
}) => {
  const id = unique();
  // Names no demo resource resembles; an earlier run's entries on the same server are 「已有同类」, explained on submit.
  const datasetName = `社保缴费基数申报明细${id}`;
  const apiName = `企业年金备案查询接口${id}`;
  const publisher = await signedIn(browser, "publisher");

  await test.step("an empty form is refused with a summary that links to each field, and nothing typed is lost", async () => {
    await publisher.getByRole("link", { name: "登记资源" }).click();
    await publisher.getByLabel("资源名称").fill(datasetName);
    await publisher.getByRole("button", { name: "提交审核" }).click();
    const summary = publisher.getByRole("alert").filter({ hasText: "处需要修改" });
    await expect(summary).toBeFocused();
    await summary.getByRole("link", { name: "请填写资源摘要" }).click();
    await expect(publisher.getByLabel("资源摘要")).toBeFocused();
    await expect(publisher.getByLabel("资源名称")).toHaveValue(datasetName);
  });

  await test.step("the live checklist holds 提交审核 back until every data item is described", async () => {
    await fillResource(publisher, { name: datasetName, kind: "数据", summary: "全市参保单位和个人按月缴费明细，按日同步自社保核心系统，供社保参保一件事使用。" });
    // 共享属性 and 开放属性 say what each choice means.
    await expect(publisher.getByText("无条件共享：其他部门申请即可使用，无需本部门审批")).toBeVisible();
    await expect(publisher.getByText("不予开放：只在政务部门之间可见，公众看不到")).toBeVisible();
    await publisher.getByRole("button", { name: "添加数据项" }).click();
    await publisher.getByLabel("数据项 1 名称").fill("公民身份号码");
    await publisher.getByLabel("说明").first().fill("参保人身份证号");
    await publisher.getByRole("button", { name: "添加数据项" }).click();
    await publisher.getByLabel("数据项 2 名称").fill("缴费基数");
    await publisher.getByRole("combobox", { name: "类型" }).nth(1).selectOption("数值");
    const checklist = publisher.getByRole("list", { name: "提交审核前检查" });
    await expect(checklist.getByRole("listitem").filter({ hasText: "每个数据项都有说明" })).toContainText("未满足");
    await publisher.getByRole("button", { name: "提交审核" }).click();
    const summary = publisher.getByRole("alert").filter({ hasText: "处需要修改" });
    await summary.getByRole("link", { name: /每个数据项都有说明（缺少说明：缴费基数）/ }).click();
    await expect(publisher.getByLabel("说明").nth(1)).toBeFocused();
    await publisher.getByLabel("说明").nth(1).fill("月缴费基数，单位：元");
    await expect(checklist.getByRole("listitem").filter({ hasText: "每个数据项都有说明" })).toContainText("已满足");
    // Strings and numbers carry the 数据长度 the national catalogue lists.
    const sized = checklist.getByRole("listitem").filter({ hasText: "字符串和数值数据项写明了数据长度" });
    await expect(sized).toContainText("未满足");
    const lengths = publisher.getByLabel(/^(长度|精度)$/);
    await lengths.nth(0).fill("18");
    await lengths.nth(1).fill("18");
    await expect(sized).toContainText("已满足");
    await submitForReview(publisher);
    await expect(publisher.getByRole("heading", { level: 1, name: datasetName })).toBeVisible();
    // From here, back to work.
    await expect(publisher.getByRole("link", { name: "本部门资源" })).toBeVisible();
    await publisher.getByRole("link", { name: "回到工作台" }).click();
    await expect(publisher.getByRole("heading", { level: 1, name: "工作台" })).toBeVisible();
  });

  await test.step("the API goes to review in one go", async () => {
    await publisher.getByRole("link", { name: "登记资源" }).click();
    await fillResource(publisher, { name: apiName, kind: "接口", summary: "按身份证号查询参保状态和险种，供各部门办理业务时核验参保情况。" });
    await publisher.getByLabel("请求方法").selectOption("POST");
    await publisher.getByLabel("接口路径").fill("/api/v1/insurance/status");
    await publisher.getByLabel("认证方式").fill("AppKey + 签名");
    await publisher.getByLabel("调用限制").fill("50次/秒");
    await publisher.getByLabel("文档链接").fill("https://cloudbrain.qingdao.gov.cn/docs/insurance-status");
    await submitForReview(publisher);
    await expect(publisher.getByRole("heading", { level: 1, name: apiName })).toBeVisible();
  });

  const reviewer = await signedIn(browser, "reviewer");
  await test.step("the reviewer works through the queue: reads, decides at the end of the page, goes on to the next", async () => {
    await navigate(reviewer, "审核");
    const tabs = reviewer.getByRole("navigation", { name: "审核类别" });
    await expect(tabs.getByRole("link", { name: /^资源\s*\d+ 项待审核$/ })).toBeVisible();
    // The queue is long and oldest first: the reviewer narrows it to the department.
    await reviewer.getByLabel("提交部门").selectOption({ label: "青岛市人力资源和社会保障局" });
    await reviewer.getByRole("button", { name: "筛选" }).click();
    await expect(reviewer).toHaveURL(/departmentId=/);
    const queue = reviewer.getByRole("list", { name: "待审核资源" });
    await queue.getByRole("link", { name: datasetName }).click();
    // The decision comes after the content, with the way back to the queue and to the next item.
    const review = reviewer.getByRole("region", { name: "审核" });
    await expect(review.getByRole("list", { name: "管理制度检查" })).toBeVisible();
    await expect(reviewer.getByRole("link", { name: "← 资源审核队列" })).toBeVisible();
    await review.getByRole("button", { name: "退回修改" }).click();
    await review.getByLabel("退回理由").fill("更新频率应与社保核心系统一致：实时");
    await review.getByRole("button", { name: "确认退回" }).click();
    await expect(reviewer.getByText(/审核退回（李思雨/)).toBeVisible();
    await expect(review.getByRole("link", { name: /^下一项：/ })).toBeVisible();
    await review.getByRole("link", { name: /返回资源审核队列/ }).click();
    await queue.getByRole("link", { name: apiName }).click();
    await review.getByRole("button", { name: "审核通过" }).click();
    // The status badge leads the page; an earlier run's API may be listed as 「已有同类」 below it.
    await expect(reviewer.getByRole("main").getByText("已发布", { exact: true }).first()).toBeVisible();
  });

  await test.step("the publisher fixes the returned dataset from the catalogue's own-department list", async () => {
    await publisher.getByRole("link", { name: "本部门资源" }).click();
    await publisher.getByRole("link", { name: datasetName }).click();
    await expect(publisher.getByText("更新频率应与社保核心系统一致：实时")).toBeVisible();
    await publisher.getByRole("link", { name: "编辑" }).click();
    await publisher.getByLabel("更新频率").selectOption({ label: "实时" });
    await submitForReview(publisher);
  });

  await test.step("the reviewer batch-approves it from the queue", async () => {
    await reviewer.getByRole("region", { name: "审核" }).getByRole("link", { name: /返回资源审核队列/ }).click();
    const item = reviewer.getByRole("list", { name: "待审核资源" }).getByRole("listitem").filter({ hasText: datasetName });
    await expect(item).toContainText("检查全部通过");
    await reviewer.getByRole("checkbox", { name: `选择「${datasetName}」` }).check();
    await reviewer.getByRole("button", { name: /批量通过（1）/ }).click();
    await expect(reviewer.getByText("已通过 1 项")).toBeVisible();
  });

  await test.step("everyone, signed in or not, now finds both", async () => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "资源目录" }).click();
    await page.getByRole("searchbox", { name: "搜索资源" }).fill(id);
    await page.getByRole("button", { name: "搜索" }).click();
    const results = page.getByRole("list", { name: "搜索结果" });
    await expect(results.getByRole("link", { name: datasetName })).toBeVisible();
    await expect(results.getByRole("link", { name: apiName })).toBeVisible();
    await results.getByRole("link", { name: datasetName }).click();
    await expect(page.getByRole("cell", { name: "月缴费基数，单位：元" })).toBeVisible();
    await expect(page.getByText("0532-85912345")).toHaveCount(0);
  });

  for (const p of [publisher, reviewer]) await p.context().close();
});
