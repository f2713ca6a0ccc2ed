import { expect, test } from "@playwright/test";
import { navigate, signedIn } from "./fixtures";

test("「已有同类」: 市交通运输局 finds 市大数据局's bus feed while typing and asks for it instead; 市人社局 submits a likely duplicate with its reason, which the reviewer sees; the bureau's report lists the clusters", async ({
  browser,
}) => {
  await test.step("on a phone, a 市交通运输局 publisher types a name and is shown the existing resource of another department", async () => {
    const jtj = await signedIn(browser, "pub.jtj", { viewport: { width: 375, height: 800 } });
    await jtj.getByRole("link", { name: "登记资源" }).click();
    await jtj.getByLabel("资源名称").fill("公交车辆实时位置");
    await jtj.getByLabel("资源摘要").fill("全市公交车辆车载终端回传的实时位置，用于出行服务中的到站提示。");
    const found = jtj.getByRole("region", { name: /已有同类/ });
    const existing = found.getByRole("listitem").filter({ hasText: "公交实时到站查询服务" });
    await expect(existing).toContainText("青岛市大数据发展管理局");
    await expect(existing).toContainText(/相似度 \d+%/);
    await expect(existing).toContainText("已发布");
    // The terms both names share are marked, so the publisher sees why it matched.
    await expect(existing.locator("mark").first()).toBeVisible();
    await existing.getByRole("link", { name: "申请使用「公交实时到站查询服务」" }).click();

    await expect(jtj.getByRole("heading", { level: 1, name: "公交实时到站查询服务" })).toBeVisible();
    const card = jtj.getByRole("region", { name: "申请使用" });
    // 无条件共享: asking opens it at once. A repeat on the same server finds it open already.
    if (await card.getByRole("button", { name: "提交申请" }).count()) {
      await card.getByLabel("用途说明").fill("出行服务中按站点提示公交到站，不再自建车辆位置数据");
      await card.getByRole("button", { name: "提交申请" }).click();
    }
    await expect(card).toContainText("已开通使用");
    await jtj.context().close();
  });

  await test.step("a 市人社局 publisher submits its draft, is asked how it differs from the existing one, and says so", async () => {
    const rsj = await signedIn(browser, "publisher");
    await rsj.getByRole("link", { name: "本部门资源" }).click();
    await rsj.getByRole("searchbox", { name: "搜索资源" }).fill("市场主体登记注册信息");
    await rsj.getByRole("searchbox", { name: "搜索资源" }).press("Enter");
    await rsj.getByRole("list", { name: "搜索结果" }).getByRole("link", { name: "市场主体登记注册信息", exact: true }).click();
    await rsj.getByRole("link", { name: "编辑" }).click();
    const found = rsj.getByRole("region", { name: /已有同类/ });
    await expect(found.getByRole("listitem").filter({ hasText: "企业登记信息" }).first()).toContainText("青岛市市场监督管理局");
    // A reason left from an earlier try is cleared: submitting without one is refused.
    await rsj.getByLabel("与已有同类的区别").fill("");
    await rsj.getByRole("button", { name: "提交审核" }).click();
    const summary = rsj.getByRole("alert").filter({ hasText: "处需要修改" });
    await summary.getByRole("link", { name: /可能重复/ }).click();
    await expect(rsj.getByLabel("与已有同类的区别")).toBeFocused();
    await rsj.getByLabel("与已有同类的区别").fill("市场监管局的接口只按名称查单个企业，社保登记需要每日全量比对新设立企业");
    await rsj.getByRole("button", { name: "提交审核" }).click();
    await expect(rsj.getByText("已提交审核，审核结果将显示在本页")).toBeVisible();
    await rsj.context().close();
  });

  await test.step("the reviewer sees 疑似重复 in the queue, the match and the reason on the checklist, and returns it", async () => {
    const reviewer = await signedIn(browser, "reviewer");
    await navigate(reviewer, "审核");
    await reviewer.getByLabel("提交部门").selectOption({ label: "青岛市人力资源和社会保障局" });
    await reviewer.getByLabel("资源类型").selectOption({ label: "数据" });
    await reviewer.getByRole("button", { name: "筛选" }).click();
    const item = reviewer.getByRole("list", { name: "待审核资源" }).getByRole("listitem").filter({ hasText: "市场主体登记注册信息" });
    await expect(item).toContainText(/疑似重复：青岛市市场监督管理局「企业登记信息/);
    await item.getByRole("link", { name: "市场主体登记注册信息" }).click();
    const review = reviewer.getByRole("region", { name: "审核" });
    await expect(review.getByRole("listitem").filter({ hasText: "企业登记信息" }).first()).toContainText("青岛市市场监督管理局");
    await expect(review).toContainText("提交人说明的区别：市场监管局的接口只按名称查单个企业");
    await review.getByRole("button", { name: "退回修改" }).click();
    await review.getByLabel("退回理由").fill("请先申请使用市市场监管局的企业登记信息，确有全量需求再说明");
    await review.getByRole("button", { name: "确认退回" }).click();
    await expect(reviewer.getByText(/审核退回/)).toBeVisible();

    await navigate(reviewer, "集约建设");
    await expect(reviewer.getByRole("heading", { level: 1, name: "集约建设" })).toBeVisible();
    await expect(reviewer.getByRole("list", { name: "可能重复的资源集群" }).getByRole("listitem").first()).toBeVisible();
    await expect(reviewer.getByRole("table", { name: "各部门在重复集群中的条目数" })).toContainText("青岛市大数据发展管理局");
    await reviewer.getByRole("navigation", { name: "条目类型" }).getByRole("link", { name: /^场景（/ }).click();
    const scenarios = reviewer.getByRole("list", { name: "可能重复的场景集群" });
    const births = scenarios.getByRole("listitem").filter({ hasText: "新生儿出生“一件事”联办" });
    await expect(births).toContainText("新生儿出生一件事");
    await expect(births).toContainText("即墨区");
    await reviewer.context().close();

    // On a phone the report is under 「菜单」, its clusters stacked.
    const phone = await signedIn(browser, "reviewer", { viewport: { width: 375, height: 800 } });
    await navigate(phone, "集约建设");
    await expect(phone.getByRole("heading", { level: 1, name: "集约建设" })).toBeVisible();
    await expect(phone.getByRole("list", { name: "可能重复的资源集群" }).getByRole("listitem").first()).toBeVisible();
    await phone.context().close();
  });
});
