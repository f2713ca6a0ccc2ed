import { expect, test, type Locator, type Page } from "@playwright/test";
import { navigate, signedIn, startOneThing, submitForReview, unique } from "./fixtures";

const RSJ = "青岛市人力资源和社会保障局";
const WJW = "青岛市卫生健康委员会";
const YBJ = "青岛市医疗保障局";

/** Searches the picker and adds the first result of `department` with `sharing` that passes `usable`. */
async function addResource(page: Page, term: string, department: string, sharing: string, usable: (picked: Locator) => Promise<boolean>) {
  const picker = page.getByRole("group", { name: "使用的资源" });
  await picker.getByLabel("查找资源").fill(term);
  await picker.getByRole("button", { name: "查找" }).click();
  const candidates = picker.getByRole("list", { name: "查找结果" }).getByRole("listitem").filter({ hasText: department }).filter({ hasText: sharing });
  await expect(candidates.first()).toBeVisible();
  for (const candidate of await candidates.all()) {
    const name = (await candidate.locator("p").first().innerText()).trim();
    await candidate.getByRole("button", { name: `添加「${name}」` }).click();
    const picked = picker.getByRole("list", { name: "已选资源" }).getByRole("listitem").filter({ hasText: name });
    await expect(picked).toBeVisible();
    if (await usable(picked)) return name;
    await picked.getByRole("button", { name: `移除「${name}」` }).click();
  }
  throw new Error(`no usable ${sharing} resource of ${department} for 「${term}」`);
}

test("市人社局 builds a 一件事 with two other departments' resources, asks for the conditional one, and it is published; 即墨区 reuses it", async ({ browser, page: visitor }) => {
  test.setTimeout(300_000);
  const name = `灵活就业人员参保一件事${unique()}`;
  let conditional = "";
  const page = await signedIn(browser, "publisher");

  await test.step("the publisher builds the scenario and asks for the conditional resource from the form", async () => {
    await startOneThing(page, {
      name,
      problem: "灵活就业人员参保要先到医院开具健康证明、再到社保窗口登记、再去医保窗口缴费，来回跑三趟。",
      approach: "社保、医保、卫健数据共享核验，一张表单申报，参保登记与医保缴费并联办理。",
    });
    await page.getByRole("checkbox", { name: WJW }).check();
    await page.getByRole("checkbox", { name: YBJ }).check();

    await addResource(page, "医保", YBJ, "无条件共享", async () => true);
    conditional = await addResource(page, "卫生", WJW, "有条件共享", async (picked) => {
      // One this department has not asked for yet: once its standing loads, the row shows either
      // where an earlier request stands or the button to ask.
      const request = picked.getByRole("button", { name: /^申请使用/ });
      await expect(request.or(picked.getByText(/^(已申请|已获准|已开通|申请未获同意)/))).toBeVisible();
      return (await request.count()) > 0;
    });
    const picked = page.getByRole("list", { name: "已选资源" }).getByRole("listitem").filter({ hasText: conditional });
    await picked.getByRole("button", { name: `申请使用「${conditional}」` }).click();
    await expect(picked.getByLabel(`向${WJW}说明用途`)).toHaveValue(`用于场景「${name}」`);
    await picked.getByRole("button", { name: "提交申请" }).click();
    await expect(picked.getByText("已申请，待提供部门答复")).toBeVisible();

    await page.getByRole("button", { name: "添加成效指标" }).click();
    await page.getByLabel("指标 1", { exact: true }).fill("跑动次数");
    await page.getByLabel("改革前").fill("3");
    await page.getByLabel("改革后").fill("0");
    await page.getByLabel("单位", { exact: true }).fill("次");
    await page.getByRole("group", { name: "上线区市" }).getByRole("checkbox", { name: "市北区" }).check();
    await page.getByLabel("联系人").fill("刘晓燕");
    await page.getByLabel("联系电话").fill("0532-85911111");
    await expect(page.getByRole("list", { name: "提交审核前检查" }).getByText("未满足")).toHaveCount(0);

    // Not yet granted: submitting is refused with the reason, and nothing typed is lost.
    await page.getByRole("button", { name: "提交审核" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "处需要修改" })).toContainText(new RegExp(`以下有条件共享资源尚未获得提供部门同意：「${conditional}」`));
    await expect(page.getByLabel("场景名称")).toHaveValue(name);
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByText("草稿已保存")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    const wjw = await signedIn(browser, "pub.wjw");
    await navigate(wjw, "资源申请");
    const item = wjw.getByRole("list", { name: "收到的申请" }).getByRole("listitem").filter({ hasText: conditional }).filter({ hasText: RSJ });
    await expect(item).toContainText(name);
    await item.getByRole("button", { name: "同意" }).click();
    await item.getByRole("button", { name: "确认同意" }).click();
    await expect(item).toContainText("已同意");
    await wjw.context().close();
  });

  await test.step("the publisher submits, a reviewer approves, and anyone finds it in the catalogue", async () => {
    await navigate(page, "本部门场景");
    await page.getByRole("link", { name }).click();
    await page.getByRole("button", { name: "提交审核" }).click();
    const asked = page.getByRole("alert").filter({ hasText: "可能重复" }).first();
    const pending = page.getByText("本页显示第 1 版（待审核）");
    await expect(asked.or(pending)).toBeVisible();
    if (await asked.isVisible()) {
      // An earlier run's scenario on this server is 「已有同类」: the publisher says how this one differs.
      await page.getByRole("link", { name: "编辑" }).click();
      await expect(page.getByRole("region", { name: /已有同类/ })).toBeVisible();
      await submitForReview(page);
    }
    await expect(pending).toBeVisible();

    const reviewer = await signedIn(browser, "reviewer");
    await navigate(reviewer, "审核");
    await reviewer.getByRole("navigation", { name: "审核类别" }).getByRole("link", { name: /^场景\s*\d/ }).click();
    await reviewer.getByRole("list", { name: "待审核场景" }).getByRole("link", { name }).click();
    await reviewer.getByRole("region", { name: "审核" }).getByRole("button", { name: "审核通过" }).click();
    await expect(reviewer.getByText("本页显示第 1 版")).toBeHidden();
    await reviewer.context().close();

    await visitor.goto("/");
    await navigate(visitor, "场景目录");
    await visitor.getByLabel("建设部门").selectOption({ label: RSJ });
    await visitor.getByLabel("场景类型").selectOption({ label: "一件事" });
    await visitor.getByRole("button", { name: "筛选" }).click();
    await visitor.getByRole("list", { name: "场景列表" }).getByRole("link", { name }).click();
    await expect(visitor.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(visitor.getByText(`${RSJ}牵头`)).toBeVisible();
    await expect(visitor.getByRole("cell", { name: conditional })).toBeVisible();
    await expect(visitor.getByText("3 次 → 0 次")).toBeVisible();
  });

  await test.step("即墨区 records reuse, the owner confirms, coverage and leaderboard change", async () => {
    const coverage = visitor.getByRole("list", { name: "区市覆盖" });
    await expect(coverage.getByRole("listitem").filter({ hasText: "即墨区" })).toContainText("未上线");
    const board = await visitor.context().newPage();
    await board.goto("/scenarios");
    await board.getByRole("link", { name: "复用排行榜" }).click();
    const reuseOfRsj = async () => {
      const row = board.getByRole("region", { name: "部门复用排行" }).getByRole("row").filter({ hasText: RSJ });
      return Number(await row.getByRole("cell").nth(2).innerText());
    };
    const before = await reuseOfRsj();

    const jimo = await signedIn(browser, "pub.d215");
    await navigate(jimo, "场景目录");
    await jimo.getByLabel("建设部门").selectOption({ label: RSJ });
    await jimo.getByRole("button", { name: "筛选" }).click();
    await jimo.getByRole("list", { name: "场景列表" }).getByRole("link", { name }).click();
    const card = jimo.getByRole("heading", { name: "登记复用" }).locator("..");
    await card.getByLabel("本地化调整").fill("接入即墨区灵活就业人员台账，镇街便民服务中心可代办");
    await card.getByRole("button", { name: "登记复用" }).click();
    await expect(jimo.getByText(/本部门已登记复用（.* 上线），等待牵头部门确认/)).toBeVisible();
    await jimo.context().close();

    await navigate(page, "本部门场景");
    const pending = page.getByRole("list", { name: "待确认的复用" }).getByRole("listitem").filter({ hasText: name });
    await expect(pending).toContainText("即墨区复用");
    await pending.getByRole("button", { name: "确认即墨区的复用" }).click();
    await expect(pending).toBeHidden();
    await page.context().close();

    await visitor.reload();
    await expect(coverage.getByRole("listitem").filter({ hasText: "即墨区" })).toContainText("复用上线");
    await expect(visitor.getByText(/已被复用\s*1\s*次/)).toBeVisible();
    await expect(visitor.getByRole("heading", { name: "复用时间线" }).locator("..")).toContainText("即墨区上线");
    await board.reload();
    expect(await reuseOfRsj()).toBe(before + 1);
  });
});
