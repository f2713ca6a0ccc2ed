import { expect, test, type Page } from "@playwright/test";
import { navigate, signedIn, unique } from "./fixtures";

const RSJ = "青岛市人力资源和社会保障局";
const FINAL = "决赛路演";
const TEAM = "市人社局信息中心与就业促进处联合工作专班";
/** Whom the publisher names in conflict declarations: an organisation of a judge's district, and one of no judge. */
const CHENGYANG = "城阳区大数据局";
const UNIVERSITY = "青岛大学人才研究中心";
const SUMMARY = "依托城市云脑打通就业、社保、医保数据，求职登记、失业保险金申领和职业培训补贴一次申请、并联办理，办理时限由 5 个工作日缩短到 1 个工作日。";

/** A tiny but real PDF: the server recognises attachments by their content, not their name. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
);

/** A datetime-local value in Qingdao time (UTC+8, no daylight saving), `minutes` from `base`, to the minute. */
const shanghai = (minutes: number, base = Date.now()) => new Date(base + minutes * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16);

/**
 * Fills the 创建大赛 form: three default tracks, 报名 open from an hour ago for a day, then a 决赛路演 with the
 * default rubric (创新性 25%, 应用成效 30%, 复用推广价值 25%, 技术实现 20%, each 0–10) and two judges per entry.
 */
async function fillCompetition(admin: Page, name: string) {
  await navigate(admin, "创新大赛");
  await admin.getByRole("link", { name: "创建大赛" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "创建大赛" })).toBeVisible();
  await admin.getByLabel("大赛名称").fill(name);
  const registration = admin.getByRole("group", { name: "第 1 阶段（报名）", exact: true });
  await registration.getByLabel("开始时间").fill(shanghai(-60));
  await registration.getByLabel("结束时间").fill(shanghai(24 * 60));
  const final = admin.getByRole("group", { name: "第 2 阶段（评审）", exact: true });
  await expect(final.getByLabel("阶段名称")).toHaveValue(FINAL);
  await final.getByLabel("开始时间").fill(shanghai(24 * 60));
  await final.getByLabel("结束时间").fill(shanghai(48 * 60));
  await final.getByLabel("每件作品评委人数").fill("2");
  return final;
}

async function openRegistration(admin: Page, name: string) {
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(admin.getByText("大赛已创建")).toBeVisible();
  await admin.getByRole("button", { name: "开放阶段“报名”" }).click();
  await expect(admin.getByText("已开放“报名”")).toBeVisible();
  await expect(admin.getByRole("button", { name: "结束阶段“报名”" })).toBeVisible();
}

/** The score-sheet links on a judge's 评审任务 page, once it has rendered. */
async function sheetLinks(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "评审任务" })).toBeVisible();
  return page.locator('main a[href^="/console/judging/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
}

test("a publisher enters a scenario and names whom it has a conflict with, two judges without conflicts score it (one on a phone), the organiser publishes and the winner becomes a 标杆场景", async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);
  const name = `城市云脑创新大赛${unique()}`;
  let scenario = "";
  const admin = await signedIn(browser, "organiser");
  const publisher = await signedIn(browser, "publisher");

  await test.step("the organiser sets up the competition; weights that do not add up to 100% are refused", async () => {
    const final = await fillCompetition(admin, name);
    const innovation = final.getByRole("group", { name: "评分项 1", exact: true });
    await expect(innovation.getByLabel("名称")).toHaveValue("创新性");
    await innovation.getByLabel("权重（%）").fill("30");
    await expect(final.getByText("权重合计：105%")).toBeVisible();
    await admin.getByRole("button", { name: "创建大赛" }).click();
    await expect(final.getByText("各评分项权重之和须为 100%，当前为 105%")).toBeVisible();
    await expect(admin.getByLabel("大赛名称")).toHaveValue(name);
    await innovation.getByLabel("权重（%）").fill("25");
    await expect(final.getByText("权重合计：100%")).toBeVisible();
    await admin.getByRole("button", { name: "创建大赛" }).click();
    await openRegistration(admin, name);
  });

  await test.step("the publisher enters a published 市人社局 scenario that is not yet a benchmark, with a PDF and a video link", async () => {
    // Which of the department's published scenarios are not 标杆场景 yet, as the public catalogue shows.
    await page.goto("/");
    await navigate(page, "场景目录");
    await page.getByLabel("建设部门").selectOption({ label: RSJ });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/departmentId=/);
    const cards = page.getByRole("list", { name: "场景列表" }).getByRole("listitem");
    const plain: string[] = [];
    // Every page of the department's scenarios: benchmarks come first, the plain ones after.
    for (;;) {
      await expect(cards.first()).toBeVisible();
      for (const card of await cards.all()) {
        if ((await card.getByText("标杆场景", { exact: true }).count()) === 0) plain.push((await card.getByRole("heading").innerText()).trim());
      }
      const next = page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "下一页" });
      if ((await next.count()) === 0) break;
      await next.click();
    }

    await navigate(publisher, "大赛报名");
    await expect(publisher.getByRole("heading", { level: 1, name: "大赛报名" })).toBeVisible();
    await publisher.getByRole("link", { name, exact: true }).click();
    await expect(publisher.getByText("报名中", { exact: true }).first()).toBeVisible();
    const options = publisher.getByLabel("参赛场景").locator("option");
    // The department's eligible scenarios load after the form appears.
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    const offered = (await options.allTextContents()).map((o) => o.trim());
    scenario = offered.find((o) => plain.includes(o)) ?? "";
    expect(scenario, "a published 市人社局 scenario that is not a benchmark yet").not.toBe("");
    await publisher.getByLabel("参赛场景").selectOption({ label: scenario });
    await publisher.getByLabel("赛道").selectOption({ label: "民生服务" });
    await publisher.getByLabel("参赛团队").fill(TEAM);
    await publisher.getByLabel("作品简介").fill(SUMMARY);
    await publisher.getByRole("button", { name: "提交报名" }).click();
    await expect(publisher.getByText("报名成功")).toBeVisible();
    await expect(publisher.getByRole("heading", { level: 1, name: scenario })).toBeVisible();
    await expect(publisher.getByText(/报名截止时间：\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}（北京时间）/)).toBeVisible();

    // A text file named .pdf is refused by its content.
    await publisher.getByLabel("附件文件").setInputFiles({ name: "冒名文件.pdf", mimeType: "application/pdf", buffer: Buffer.from("这不是 PDF 文件") });
    await publisher.getByRole("button", { name: "上传附件" }).click();
    await expect(publisher.getByText("文件内容不是 PDF 或 PPTX（按文件内容识别，与文件名无关）")).toBeVisible();

    await publisher.getByLabel("附件文件").setInputFiles({ name: "就业一件事方案.pdf", mimeType: "application/pdf", buffer: PDF });
    await publisher.getByRole("button", { name: "上传附件" }).click();
    await expect(publisher.getByText("已上传「就业一件事方案.pdf」")).toBeVisible();
    const attachments = publisher.getByRole("list", { name: "附件" });
    await expect(attachments.getByRole("listitem").filter({ hasText: "就业一件事方案.pdf" })).toContainText("PDF 文档");

    await publisher.getByLabel("视频标题").fill("路演演示视频");
    await publisher.getByLabel("视频链接", { exact: true }).fill("https://video.qingdao.example.cn/citybrain/2024/jiuye.mp4");
    await publisher.getByRole("button", { name: "添加视频链接" }).click();
    await expect(attachments.getByRole("listitem").filter({ hasText: "路演演示视频" })).toContainText("视频链接");
  });

  await test.step("the publisher, who sees no judge list, declares two conflicts by naming an organisation", async () => {
    const form = publisher.getByRole("form", { name: "申报利益冲突" });
    await expect(form.getByLabel("评委", { exact: true })).toHaveCount(0);
    await form.getByLabel("姓名或单位").fill(CHENGYANG);
    await form.getByLabel("利益冲突类型").selectOption({ label: "近期合作" });
    await form.getByLabel("说明").fill("本作品与城阳区大数据局联合建设就业一件事城阳分中心");
    await form.getByRole("button", { name: "申报利益冲突" }).click();
    await expect(form.getByText("已申报，由大赛组织者核对评委名单后处理")).toBeVisible();
    const declared = publisher.getByRole("list", { name: "已申报的利益冲突" });
    await expect(declared.getByRole("listitem").filter({ hasText: `「${CHENGYANG}」` })).toContainText("待确认");

    // 「其他」 needs an explanation, beside the field.
    await form.getByLabel("姓名或单位").fill(UNIVERSITY);
    await form.getByLabel("利益冲突类型").selectOption({ label: "其他" });
    await form.getByRole("button", { name: "申报利益冲突" }).click();
    await expect(form.getByText("类型为“其他”时须说明具体情况")).toBeVisible();
    await form.getByLabel("说明").fill("该中心研究员参与了本作品的需求调研");
    await form.getByRole("button", { name: "申报利益冲突" }).click();
    await expect(declared.getByRole("listitem").filter({ hasText: `「${UNIVERSITY}」` })).toContainText("待确认");
  });

  const judgeA = await signedIn(browser, "judge.370283");
  const judgeB = await signedIn(browser, "judge.370285", { viewport: { width: 375, height: 800 } });
  const judgeC = await signedIn(browser, "judge.370214");
  const tasks = (judge: Page) => judge.getByRole("list", { name: `${name} · ${FINAL}的评审作品` });

  await test.step("the organiser invites three district judges, who accept", async () => {
    await admin.reload();
    const invite = admin.getByRole("form", { name: "邀请评委" });
    await invite.getByRole("checkbox", { name: "（平度市）" }).check();
    await invite.getByRole("checkbox", { name: "（莱西市）" }).check();
    await invite.getByRole("checkbox", { name: "（城阳区）" }).check();
    await invite.getByRole("button", { name: "邀请评委" }).click();
    await expect(admin.getByText("已邀请 3 位评委")).toBeVisible();
    await expect(admin.getByRole("region", { name: "本届评委" }).getByRole("row").filter({ hasText: "平度市" })).toContainText("已邀请");

    for (const judge of [judgeA, judgeB, judgeC]) {
      await navigate(judge, "评审任务");
      await judge.getByRole("button", { name: `接受邀请：${name}` }).click();
      await expect(judge.getByRole("list", { name: "评审邀请" }).getByRole("listitem").filter({ hasText: name })).toContainText("已接受");
    }
  });

  await test.step("the organiser matches the named organisation to the 城阳区 judge it suggests, and dismisses the name that is no judge", async () => {
    await admin.reload();
    const declarations = admin.getByRole("list", { name: "利益冲突申报" });
    const named = declarations.getByRole("listitem").filter({ hasText: `「${CHENGYANG}」` });
    await expect(named).toContainText("单位相符");
    // The rest of the panel stays folded away: the one checkbox in sight is the suggested judge.
    const suggested = named.getByRole("checkbox", { name: /（城阳区）/ });
    const judgeName = (await suggested.locator("..").innerText()).split("（")[0]!.trim();
    await suggested.check();
    await named.getByRole("button", { name: /^匹配并确认：/ }).click();
    await expect(named).toContainText("已确认回避");
    await expect(named).toContainText(`评委${judgeName}`);

    const nobody = declarations.getByRole("listitem").filter({ hasText: `「${UNIVERSITY}」` });
    await expect(nobody).toContainText("按姓名和单位未找到相符的评委");
    await nobody.getByRole("button", { name: /^无此评委，驳回：/ }).click();
    await expect(nobody).toContainText("不予回避");

    // The publisher learns both were dealt with, and still not who judges.
    await publisher.reload();
    const declared = publisher.getByRole("list", { name: "已申报的利益冲突" });
    await expect(declared.getByRole("listitem").filter({ hasText: `「${CHENGYANG}」` })).toContainText("已处理");
    await expect(declared.getByRole("listitem").filter({ hasText: `「${UNIVERSITY}」` })).toContainText("已处理");
    await expect(publisher.getByRole("main")).not.toContainText(judgeName);
  });

  await test.step("the organiser ends 报名 early, assigns judges (none from the entry's departments, not the one kept off) and opens the final", async () => {
    const now = Date.now();
    await admin.reload();
    await expect(admin.getByRole("region", { name: "本届评委" }).getByRole("row").filter({ hasText: "莱西市" })).toContainText("已接受");
    // Bring the final forward to now: 报名 ends this minute, the final starts when it ends.
    await admin.getByRole("button", { name: "修改“报名”的时间" }).click();
    const registrationTimes = admin.getByRole("form", { name: "修改“报名”的时间" });
    await registrationTimes.getByLabel("结束时间").fill(shanghai(0, now));
    await registrationTimes.getByRole("button", { name: "保存时间" }).click();
    await expect(admin.getByText("已保存“报名”的时间")).toBeVisible();
    await admin.getByRole("button", { name: `修改“${FINAL}”的时间` }).click();
    const finalTimes = admin.getByRole("form", { name: `修改“${FINAL}”的时间` });
    await finalTimes.getByLabel("开始时间").fill(shanghai(0, now));
    await finalTimes.getByRole("button", { name: "保存时间" }).click();
    await expect(admin.getByText(`已保存“${FINAL}”的时间`)).toBeVisible();
    await admin.getByRole("button", { name: "结束阶段“报名”" }).click();
    await expect(admin.getByText("已结束“报名”")).toBeVisible();

    await admin.getByRole("button", { name: "分配评委" }).click();
    await expect(admin.getByText("已分配评委：共 2 人次")).toBeVisible();
    const assigned = admin.getByRole("region", { name: `${FINAL}评委分配` }).getByRole("row").filter({ hasText: scenario });
    await expect(assigned.getByRole("cell").nth(2)).toHaveText(RSJ);
    const judges = assigned.getByRole("cell").nth(3);
    await expect(judges).toContainText("（平度市）");
    await expect(judges).toContainText("（莱西市）");
    await expect(judges).not.toContainText("（城阳区）");
    await expect(judges).not.toContainText(RSJ);
    await expect(judges).toContainText("未评分");

    await admin.getByRole("button", { name: `开放阶段“${FINAL}”` }).click();
    await expect(admin.getByText(`已开放“${FINAL}”`)).toBeVisible();
  });

  await test.step("the first judge scores at a desk and submits; the sheet locks", async () => {
    await judgeA.reload();
    await tasks(judgeA).getByRole("link", { name: scenario }).click();
    await expect(judgeA.getByRole("heading", { level: 1, name: scenario })).toBeVisible();
    await expect(judgeA.getByRole("list", { name: "附件" })).toContainText("就业一件事方案.pdf");
    await judgeA.getByLabel("创新性得分").fill("8");
    await judgeA.getByLabel("应用成效得分").fill("9");
    await judgeA.getByLabel("复用推广价值得分").fill("7");
    await judgeA.getByLabel("技术实现得分").fill("8");
    // 25×0.8 + 30×0.9 + 25×0.7 + 20×0.8
    await expect(judgeA.getByText("80.50")).toBeVisible();
    await judgeA.getByRole("button", { name: "提交评分" }).click();
    await judgeA.getByRole("button", { name: "确认提交" }).click();
    await expect(judgeA.getByText(/评分已于 .+ 提交，已锁定/)).toBeVisible();
    await expect(judgeA.getByLabel("创新性得分")).toHaveCount(0);
    await expect(judgeA.getByRole("heading", { name: "我的评分" })).toBeVisible();
  });

  await test.step("publishing while a sheet is missing is refused and names it", async () => {
    await admin.reload();
    await admin.getByRole("button", { name: "发布成绩" }).click();
    await admin.getByRole("button", { name: "确认发布" }).click();
    await expect(admin.getByText(`以下评分尚未提交：作品“${scenario}”`)).toBeVisible();
  });

  await test.step("the second judge scores on a phone: out of range and a silent top mark are refused, a draft is kept, then submitted", async () => {
    await judgeB.reload();
    await tasks(judgeB).getByRole("link", { name: scenario }).click();
    await expect(judgeB.getByRole("heading", { level: 1, name: scenario })).toBeVisible();
    await judgeB.getByLabel("创新性得分").fill("11");
    await judgeB.getByRole("button", { name: "保存草稿" }).click();
    await expect(judgeB.getByText("“创新性”的分数须在 0 到 10 之间")).toBeVisible();
    await expect(judgeB.getByLabel("创新性得分")).toHaveValue("11");

    await judgeB.getByLabel("创新性得分").fill("10");
    await judgeB.getByLabel("应用成效得分").fill("7");
    await judgeB.getByRole("button", { name: "保存草稿" }).click();
    await expect(judgeB.getByText(/草稿已保存/)).toBeVisible();
    await judgeB.reload();
    await expect(judgeB.getByLabel("创新性得分")).toHaveValue("10");
    await expect(judgeB.getByLabel("应用成效得分")).toHaveValue("7");

    await judgeB.getByLabel("复用推广价值得分").fill("8");
    await judgeB.getByLabel("技术实现得分").fill("6");
    // 25×1 + 30×0.7 + 25×0.8 + 20×0.6
    await expect(judgeB.getByText("78.00")).toBeVisible();
    // Nothing is wider than the phone.
    expect(await judgeB.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await judgeB.getByRole("button", { name: "提交评分" }).click();
    await judgeB.getByRole("button", { name: "确认提交" }).click();
    await expect(judgeB.getByText("给出最高分或最低分时须填写评语（“创新性”）")).toBeVisible();
    await judgeB.getByLabel("创新性评语").fill("全市首个就业、社保、医保并联办理的一件事，路演答辩清楚");
    await judgeB.getByRole("button", { name: "提交评分" }).click();
    await judgeB.getByRole("button", { name: "确认提交" }).click();
    await expect(judgeB.getByText(/评分已于 .+ 提交，已锁定/)).toBeVisible();
    await expect(judgeB.getByText("评语：全市首个就业、社保、医保并联办理的一件事，路演答辩清楚")).toBeVisible();
    expect(await judgeB.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  await test.step("the organiser ends the final, reads the trimmed-mean ranking, publishes and promotes the winner", async () => {
    await admin.reload();
    await admin.getByRole("button", { name: `结束阶段“${FINAL}”` }).click();
    await expect(admin.getByText(`已结束“${FINAL}”`)).toBeVisible();
    await expect(admin.getByText("排名依据：去掉一个最高分和一个最低分后的平均分")).toBeVisible();
    const ranking = admin.getByRole("region", { name: "民生服务赛道排名" });
    await expect(ranking.getByRole("columnheader", { name: "去掉最高最低分后平均分" })).toBeVisible();
    const ranked = ranking.getByRole("row").filter({ hasText: scenario });
    await expect(ranked.getByRole("cell").nth(0)).toHaveText("1");
    await expect(ranked.getByRole("cell").nth(3)).toHaveText("2");
    // (80.50 + 78.00) / 2: with fewer than 5 sheets nothing is dropped.
    await expect(ranked.getByRole("cell").nth(4)).toHaveText("79.25");
    await expect(ranked.getByRole("cell").nth(5)).toHaveText("79.25");
    await expect(admin.getByRole("region", { name: `${FINAL}评委一致性` }).getByRole("row")).toHaveCount(3);

    const download = admin.waitForEvent("download");
    await admin.getByRole("link", { name: "导出评分记录（.xlsx）" }).click();
    expect((await download).suggestedFilename()).toBe(`${name}-评分记录.xlsx`);

    await admin.getByRole("button", { name: "发布成绩" }).click();
    await admin.getByRole("button", { name: "确认发布" }).click();
    await expect(admin.getByText(/成绩已于 .+ 发布/)).toBeVisible();
    await admin.getByRole("button", { name: "设为标杆场景" }).click();
    await expect(admin.getByText(`已设为标杆场景：${scenario}`)).toBeVisible();
  });

  await test.step("an anonymous visitor sees the award on the results page and the 标杆场景 in the catalogue", async () => {
    await page.goto("/");
    await navigate(page, "大赛成绩");
    // Each competition counts its own entries (the 2023 one has about 40).
    const list = page.getByRole("list", { name: "创新大赛列表" });
    await expect(list.getByRole("listitem").filter({ hasText: "2023年青岛城市云脑创新大赛" })).toContainText(/参赛作品 (3[89]|4\d) 件/);
    await expect(list.getByRole("listitem").filter({ hasText: name })).toContainText("参赛作品 1 件");
    await page.getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${name}获奖名单` })).toBeVisible();
    const winner = page.getByRole("region", { name: "民生服务赛道获奖名单" }).getByRole("row").filter({ hasText: scenario });
    await expect(winner.getByRole("cell").nth(0)).toHaveText("一等奖");
    await expect(winner.getByRole("cell").nth(4)).toHaveText(RSJ);
    await expect(winner.getByRole("cell").nth(6)).toHaveText("79.25");
    await expect(winner.getByRole("cell").nth(7)).toHaveText(FINAL);
    await expect(winner.getByRole("cell").nth(2)).toContainText("标杆场景");
    await expect(page.getByText("一件作品有 5 份及以上评分时，去掉一个最高分和一个最低分后取平均分")).toBeVisible();
    await expect(page.getByRole("region", { name: "城市治理赛道获奖名单" })).toContainText("本赛道无获奖作品");

    await winner.getByRole("link", { name: scenario }).click();
    await expect(page.getByRole("heading", { level: 1, name: scenario })).toBeVisible();
    await expect(page.getByRole("main").getByText("标杆场景", { exact: true })).toBeVisible();
  });

  for (const p of [admin, publisher, judgeA, judgeB, judgeC]) await p.context().close();
});

test("a judge is refused a sheet not assigned to them, and an entry sent after 报名 closed is refused", async ({ browser, page }) => {
  test.setTimeout(300_000);

  await test.step("a judge opening another judge's sheet gets the 403 page; their own opens read-only", async () => {
    const other = await signedIn(browser, "judge.gaj");
    await navigate(other, "评审任务");
    const theirs = await sheetLinks(other);
    expect(theirs.length).toBeGreaterThan(0);
    await other.context().close();

    const judge = await signedIn(browser, "judge");
    await navigate(judge, "评审任务");
    const mine = await sheetLinks(judge);
    expect(mine.length).toBeGreaterThan(0);
    const foreign = theirs.find((href) => !mine.includes(href));
    expect(foreign, "a sheet of judge.gaj that is not judge's").toBeTruthy();

    // Typed on purpose: someone trying a sheet they were not given.
    const refused = await judge.goto(foreign!);
    expect(refused?.status()).toBe(403);
    await expect(judge.getByRole("heading", { level: 1, name: "无权访问此页面" })).toBeVisible();

    await navigate(judge, "评审任务");
    const locked = judge.getByRole("list", { name: /2023年青岛城市云脑创新大赛 · 决赛路演的评审作品/ }).getByRole("link").first();
    await locked.click();
    await expect(judge.getByRole("heading", { name: "我的评分" })).toBeVisible();
    await expect(judge.getByText(/评分已于 .+ 提交，已锁定/)).toBeVisible();

    // The 2026 demo round is open today: the judge has sheets to score now, and can draft one.
    await navigate(judge, "评审任务");
    const open = judge.getByRole("list", { name: "2026年青岛城市云脑“一件事”专项赛 · 初赛网评的评审作品" });
    await expect(judge.getByRole("heading", { name: "2026年青岛城市云脑“一件事”专项赛 · 初赛网评" }).locator("..")).toContainText("评分中");
    await open.getByRole("link").first().click();
    await judge.getByLabel("创新性得分").fill("8");
    await judge.getByRole("button", { name: "保存草稿" }).click();
    await expect(judge.getByText(/草稿已保存/)).toBeVisible();
    await judge.context().close();

    // Its organisers rank by judge-normalised scores; with fewer than 5 sheets per judge the page says nothing was normalised.
    const admin = await signedIn(browser, "organiser");
    await navigate(admin, "创新大赛");
    await admin.getByRole("link", { name: "2026年青岛城市云脑“一件事”专项赛", exact: true }).click();
    await expect(admin.getByText("排名依据：按评委标准化后的平均分")).toBeVisible();
    await expect(admin.getByText("本轮每位评委评分少于 5 份，未做标准化：排名与按平均分相同。")).toBeVisible();
    await admin.context().close();
  });

  const publisher = await signedIn(browser, "publisher");

  await test.step("the closed 2023 competition offers no entry form", async () => {
    await publisher.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "大赛报名" }).click();
    await publisher.getByRole("link", { name: "2023年青岛城市云脑创新大赛", exact: true }).click();
    await expect(publisher.getByText("报名已截止（截止时间 2023/06/30 17:00，北京时间）")).toBeVisible();
    await expect(publisher.getByRole("button", { name: "提交报名" })).toHaveCount(0);
  });

  await test.step("an entry form filled while 报名 was open is refused once the organiser has ended it, keeping what was typed", async () => {
    const admin = await signedIn(browser, "organiser");
    const name = `创新大赛截止测试${unique()}`;
    await fillCompetition(admin, name);
    await admin.getByRole("button", { name: "创建大赛" }).click();
    await openRegistration(admin, name);

    await navigate(publisher, "大赛报名");
    await publisher.getByRole("link", { name, exact: true }).click();
    await publisher.getByLabel("参赛场景").selectOption({ index: 1 });
    await publisher.getByLabel("赛道").selectOption({ label: "城市治理" });
    await publisher.getByLabel("参赛团队").fill(TEAM);
    await publisher.getByLabel("作品简介").fill(SUMMARY);

    await admin.getByRole("button", { name: "结束阶段“报名”" }).click();
    await expect(admin.getByText("已结束“报名”")).toBeVisible();

    await publisher.getByRole("button", { name: "提交报名" }).click();
    await expect(publisher.getByRole("alert").filter({ hasText: "报名已截止，不能再提交或修改" })).toBeVisible();
    await expect(publisher.getByLabel("参赛团队")).toHaveValue(TEAM);
    await expect(publisher.getByLabel("作品简介")).toHaveValue(SUMMARY);

    await publisher.reload();
    await expect(publisher.getByText("报名已截止", { exact: true })).toBeVisible();
    await expect(publisher.getByRole("button", { name: "提交报名" })).toHaveCount(0);
    await expect(publisher.getByRole("region", { name: "本部门参赛作品" })).toContainText("本部门尚未报名");
    await admin.context().close();
  });

  await publisher.context().close();
});
