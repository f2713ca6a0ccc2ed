import { expect, test, type Page } from "@playwright/test";
import { expectAccessibleAtBothWidths, navigate, signedIn, startOneThing, unique } from "./fixtures";

const RSJ = "青岛市人力资源和社会保障局";
const YBJ = "青岛市医疗保障局";

/** One step of a process, typed into its row. */
async function fillStep(page: Page, group: string, s: { title: string; actor: string; days: string; materials?: string; forms?: string; after?: string; inPerson?: boolean }) {
  const row = page.getByRole("group", { name: group });
  await row.getByLabel("环节名称").fill(s.title);
  await row.getByLabel("办理主体").fill(s.actor);
  await row.getByLabel("工作日").fill(s.days);
  if (s.materials) await row.getByLabel("申请人提交的材料").fill(s.materials);
  if (s.forms) await row.getByLabel("填报表单").fill(s.forms);
  if (s.after) await row.getByLabel("接在第几步之后").fill(s.after);
  if (s.inPerson) await row.getByRole("checkbox", { name: "到窗口办理" }).check();
}

test("市人社局 enters the before and after steps of a 一件事, sees the comparison and the flow chart, and after approval the public sees them", async ({ browser, page: visitor }) => {
  test.setTimeout(240_000);
  const name = `职工参保登记一件事${unique()}`;
  const page = await signedIn(browser, "publisher");

  await test.step("the publisher enters the reform sheet as rows and sees the comparison counted", async () => {
    await startOneThing(page, {
      name,
      problem: "企业给新员工参保要分别到人社、医保窗口登记，每处都要交身份证和合同复印件。",
      approach: "一网申报，人社和医保通过数据共享并联办理，结果统一告知。",
    });

    const picker = page.getByRole("group", { name: "使用的资源" });
    await picker.getByLabel("查找资源").fill("参保");
    await picker.getByRole("button", { name: "查找" }).click();
    const own = picker.getByRole("list", { name: "查找结果" }).getByRole("listitem").filter({ hasText: RSJ }).first();
    const resource = (await own.locator("p").first().innerText()).trim();
    await own.getByRole("button", { name: `添加「${resource}」` }).click();

    await page.getByRole("checkbox", { name: /^填写改革清单/ }).check();
    const item1 = page.getByRole("group", { name: "事项 1" });
    await item1.getByLabel("事项名称").fill("职工参保登记");
    await item1.getByLabel("事项编码").fill("370200-000201001000-qr-001-01");
    await item1.getByLabel("实施部门").selectOption({ label: RSJ });
    await item1.getByLabel("改革方式").selectOption({ label: "合并办理" });
    await page.getByRole("button", { name: "添加事项" }).click();
    const item2 = page.getByRole("group", { name: "事项 2" });
    await item2.getByLabel("事项名称").fill("职工医保参保登记");
    await item2.getByLabel("实施部门").selectOption({ label: YBJ });
    await item2.getByLabel("改革方式").selectOption({ label: "数据共享免提交" });

    await fillStep(page, "改革前第 1 步", { title: "人社窗口登记", actor: "申请人", days: "5", materials: "身份证、劳动合同", forms: "参保登记表", inPerson: true });
    await page.getByRole("button", { name: "添加改革前环节" }).click();
    await fillStep(page, "改革前第 2 步", { title: "医保窗口登记", actor: "申请人", days: "5", materials: "身份证、户口簿", forms: "医保登记表", inPerson: true });
    await fillStep(page, "改革后第 1 步", { title: "一网申报", actor: "申请人", days: "0.5", materials: "劳动合同", forms: "一件事申请表" });
    await page.getByRole("button", { name: "添加改革后环节" }).click();
    await fillStep(page, "改革后第 2 步", { title: "人社登记", actor: "市人社局", days: "1" });
    await page.getByRole("button", { name: "添加改革后环节" }).click();
    // 医保 runs beside 人社 (并联): both follow step 1, so the time is 0.5 + 2, not 0.5 + 1 + 2.
    await fillStep(page, "改革后第 3 步", { title: "医保登记", actor: "市医保局", days: "2", after: "1" });

    const live = page.getByRole("region", { name: "改革对比（按当前填写计算）" });
    await expect(live).toContainText("办理时限 10 → 2.5个工作日，减少 75%");
    await expect(live).toContainText("申请材料 3 → 1份，减少 67%");
    await expect(live).toContainText("跑动次数 2 → 0次，减少 100%");

    await page.getByRole("button", { name: "添加成效指标" }).click();
    await page.getByLabel("指标 1", { exact: true }).fill("跑动次数");
    await page.getByLabel("改革前", { exact: true }).fill("2");
    await page.getByLabel("改革后", { exact: true }).fill("0");
    await page.getByLabel("单位", { exact: true }).fill("次");
    await page.getByLabel("联系人").fill("刘晓燕");
    await page.getByLabel("联系电话").fill("0532-85911111");
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByText("草稿已保存")).toBeVisible();
  });

  await test.step("the saved draft shows the comparison and both flow charts drawn from the steps", async () => {
    const table = page.getByRole("region", { name: "改革对比表" }).first();
    await expect(table.getByRole("row").filter({ hasText: "办理时限" })).toContainText(/10\s*2\.5\s*7\.5\s*75%/);
    await expect(page.getByRole("img", { name: /改革前流程图，改革前：2 个环节 · 10 个工作日 · 跑动 2 次/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /改革后流程图，改革后：3 个环节 · 2\.5 个工作日 · 跑动 0 次，含并联环节/ })).toBeVisible();
    await expect(page.getByRole("cell", { name: "370200-000201001000-QR-001-01" }).first()).toBeVisible();
  });

  await test.step("the publisher submits and a reviewer approves", async () => {
    await page.getByRole("button", { name: "提交审核" }).click();
    const asked = page.getByRole("alert").filter({ hasText: "可能重复" }).first();
    const pending = page.getByText("本页显示第 1 版（待审核）");
    await expect(asked.or(pending)).toBeVisible();
    if (await asked.isVisible()) {
      // An earlier run's scenario is 「已有同类」: the publisher says how this one differs.
      await page.getByRole("link", { name: "编辑" }).click();
      await page.getByLabel("与已有同类的区别").fill("测试数据：本场景的参保登记范围与已有场景不同");
      await page.getByRole("button", { name: "提交审核" }).click();
    }
    await expect(pending).toBeVisible();

    const reviewer = await signedIn(browser, "reviewer");
    await navigate(reviewer, "审核");
    await reviewer.getByRole("navigation", { name: "审核类别" }).getByRole("link", { name: /^场景\s*\d/ }).click();
    await reviewer.getByRole("list", { name: "待审核场景" }).getByRole("link", { name }).click();
    await expect(reviewer.getByRole("img", { name: /改革后流程图/ })).toBeVisible();
    await reviewer.getByRole("region", { name: "审核" }).getByRole("button", { name: "审核通过" }).click();
    await expect(reviewer.getByText("本页显示第 1 版")).toBeHidden();
    await reviewer.context().close();
  });

  await test.step("a visitor finds it and reads how it is done now, the comparison and the flow chart", async () => {
    await visitor.goto("/");
    await navigate(visitor, "场景目录");
    await visitor.getByLabel("建设部门").selectOption({ label: RSJ });
    await visitor.getByLabel("场景类型").selectOption({ label: "一件事" });
    await visitor.getByRole("button", { name: "筛选" }).click();
    await visitor.getByRole("list", { name: "场景列表" }).getByRole("link", { name }).click();
    await expect(visitor.getByRole("heading", { level: 1, name })).toBeVisible();
    const now = visitor.getByRole("list", { name: "改革后办理流程" });
    await expect(now.getByRole("listitem")).toHaveCount(3);
    await expect(now.getByRole("listitem").first()).toContainText("一网申报");
    await expect(now.getByRole("listitem").nth(2)).toContainText("接在第 1 步之后");
    await expect(visitor.getByText("不再需要提交：身份证、户口簿")).toBeVisible();
    await expect(visitor.getByRole("region", { name: "改革对比表" }).first().getByRole("row").filter({ hasText: "跑动次数" })).toContainText("100%");
    await expect(visitor.getByRole("img", { name: /改革后流程图/ })).toBeVisible();
    const download = visitor.waitForEvent("download");
    await visitor.getByRole("link", { name: "下载改革清单（Word）" }).click();
    expect((await download).suggestedFilename()).toBe(`${name}改革清单.docx`);
    await expectAccessibleAtBothWidths(visitor, "the scenario page with its reform sheet");
  });
});
