import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { navigate, signedIn } from "./fixtures";

/**
 * The new data that arrives after 签发: the organiser names a 标杆场景. Each repetition names its own,
 * so repetitions running at once never touch the same scenario, and takes the mark away at the end.
 */
const SCENARIOS = ["智慧停车一个场景", "独居老人关爱一个场景", "根治欠薪预警一个场景"];

async function setBenchmark(organiser: Page, name: string, on: boolean) {
  await navigate(organiser, "场景目录");
  await organiser.getByLabel("场景类型").selectOption({ label: "一个场景" });
  await organiser.getByRole("button", { name: "筛选" }).click();
  await organiser.getByRole("list", { name: "场景列表" }).getByRole("link", { name, exact: true }).click();
  await expect(organiser.getByRole("heading", { level: 1, name })).toBeVisible();
  const [press, then] = on ? ["设为标杆场景", "取消标杆场景"] : ["取消标杆场景", "设为标杆场景"];
  await expect(organiser.getByRole("button", { name: press })).toBeVisible();
  // The button works once the page's script has loaded: until it has changed, press again.
  await expect(async () => {
    const button = organiser.getByRole("button", { name: press });
    if (await button.isVisible()) await button.click({ timeout: 1000 });
    await expect(organiser.getByRole("button", { name: then })).toBeVisible({ timeout: 3000 });
  }).toPass();
}

test("a reviewer issues the month's 通报, downloads it as Word with the dashboard's figures, and it stays as issued when new data arrives", async ({ browser }, testInfo) => {
  const scenario = SCENARIOS[testInfo.repeatEachIndex % SCENARIOS.length]!;
  const reviewer = await signedIn(browser, "reviewer");

  // What 目标看板 shows now.
  await navigate(reviewer, "目标看板");
  const targets = reviewer.getByRole("table", { name: /^方案目标 \d{4} 年完成情况$/ });
  const current = async (label: RegExp) => (await targets.getByRole("row").filter({ hasText: label }).getByRole("cell").nth(1).innerText()).split(" /")[0]!;
  const big = await current(/多跨融合大场景/);
  const internal = await current(/机关内部/);

  // This month's figures, previewed and issued (a second issue of the month is a numbered 更正).
  await navigate(reviewer, "月度通报");
  await expect(reviewer.getByRole("heading", { level: 1, name: "月度通报" })).toBeVisible();
  await reviewer.getByRole("button", { name: "预览" }).click();
  await expect(reviewer.getByRole("heading", { name: /通报（预览）$/ })).toBeVisible();
  await expect(reviewer.getByText(`多跨融合大场景：${big}（目标 ≥5`)).toBeVisible();
  const issue = reviewer.getByRole("button", { name: /^签发\d{4}年\d{1,2}月(更正)?通报$/ });
  await expect(async () => {
    if (await issue.isVisible()) await issue.click({ timeout: 1000 });
    await expect(reviewer).toHaveURL(/\/console\/reports\/[0-9a-f-]{36}$/, { timeout: 3000 });
  }).toPass();

  // The issued report: its number, issuer, the dashboard's figures, and charts drawn on the server.
  await expect(reviewer.getByRole("heading", { level: 1, name: /^关于\d{4}年\d{1,2}月全市数据资源共享与场景建设工作情况的通报/ })).toBeVisible();
  // Its own number, from its heading (a correction issued meanwhile by someone else is named above it).
  const numberLabel = (await reviewer.getByRole("main").locator("header").innerText()).match(/\d{4}年第\d+期/)![0];
  await expect(reviewer.getByText(/签发：青岛市大数据发展管理局 李思雨/)).toBeVisible();
  const report = reviewer.locator("article.report");
  await expect(report.getByText(`多跨融合大场景：${big}（目标 ≥5`)).toBeVisible();
  await expect(report.getByText(`机关内部“一件事”：${internal}（目标 ≥12`)).toBeVisible();
  await expect(report.getByRole("img", { name: "方案四项目标完成率" })).toBeVisible();
  const issuedText = await report.innerText();
  expect(issuedText).not.toContain(scenario);

  // The Word file holds the same figures, and each chart as SVG with its PNG.
  const [download] = await Promise.all([reviewer.waitForEvent("download"), reviewer.getByRole("link", { name: "下载 Word" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const xml = strFromU8(files["word/document.xml"]!);
  expect(xml).toContain(numberLabel);
  expect(xml).toContain(`多跨融合大场景：${big}（目标 ≥5`);
  expect(xml).toContain(`机关内部“一件事”：${internal}（目标 ≥12`);
  const media = Object.keys(files).filter((f) => f.startsWith("word/media/"));
  expect(media.filter((f) => f.endsWith(".svg"))).toHaveLength(3);
  expect(media.filter((f) => f.endsWith(".png"))).toHaveLength(3);

  // New data: the organiser names a 标杆场景. The month's preview lists it; the issued report does not change.
  const organiser = await signedIn(browser, "organiser");
  await setBenchmark(organiser, scenario, true);
  await navigate(reviewer, "月度通报");
  await reviewer.getByRole("button", { name: "预览" }).click();
  await expect(reviewer.getByRole("listitem").filter({ hasText: `「${scenario}」` })).toBeVisible();
  await reviewer
    .getByRole("table", { name: "已签发的月度通报" })
    .getByRole("row")
    .filter({ hasText: numberLabel })
    .getByRole("link")
    .click();
  await expect(reviewer.getByRole("main").locator("header")).toContainText(numberLabel);
  expect(await reviewer.locator("article.report").innerText()).toBe(issuedText);

  await setBenchmark(organiser, scenario, false);
  await organiser.context().close();
  await reviewer.context().close();
});
