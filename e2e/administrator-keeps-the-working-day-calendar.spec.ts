import { expect, test, type Page } from "@playwright/test";
import { expectAccessibleAtBothWidths, navigate, signedIn } from "./fixtures";

/** 答复期限试算 for a request filed on `date`: the sentence it answers with. */
async function trial(page: Page, date: string) {
  await page.getByLabel("申请提交日期").fill(date);
  await page.getByRole("button", { name: "计算答复期限" }).click();
  const answer = page.getByRole("status").filter({ hasText: `${date} 提交的申请` });
  await expect(answer).toBeVisible();
  return answer;
}

test("the 系统管理员 checks a deadline across 国庆, then enters a year's 放假安排 and the deadlines of that year follow it", async ({ browser }) => {
  const admin = await signedIn(browser, "admin");
  await navigate(admin, "工作日历");
  await expect(admin.getByRole("heading", { level: 1, name: "工作日历" })).toBeVisible();
  await expect(admin.getByText(/\d{4} 年放假安排尚未录入/)).toBeVisible();

  // Filed on Wednesday 30 September 2026, the working day before 国庆: 1–7 October are off and
  // Saturday 10 October is worked, so the tenth working day is Tuesday 20 October.
  await expect(await trial(admin, "2026-09-30")).toContainText("答复期限为 2026-10-20（星期二）");

  // A year of its own per repetition, far ahead, with a made-up arrangement (not a real notice).
  const year = 2090 + test.info().repeatEachIndex;
  const before = await trial(admin, `${year}-01-28`);
  await expect(before).toContainText("次年放假安排未发布，按周一至周五计算");
  const dueBefore = /答复期限为 (\S+)（/.exec(await before.innerText())![1]!;

  await expect(admin.getByRole("button", { name: "保存放假安排" })).toBeEnabled();
  await admin.getByRole("spinbutton", { name: "年份" }).fill(String(year));
  await admin.getByLabel("通知文号").fill("测试用放假安排（非正式）");
  await admin.getByLabel("通知正文").fill("一、春节：2月1日至7日放假，共7天。");
  await admin.getByRole("button", { name: "保存放假安排" }).click();
  await expect(admin.getByText(`已录入 ${year} 年放假安排`)).toBeVisible();

  // The same request now skips the seven days off, and is no longer marked.
  const after = await trial(admin, `${year}-01-28`);
  await expect(after).not.toContainText("次年放假安排未发布");
  const dueAfter = /答复期限为 (\S+)（/.exec(await after.innerText())![1]!;
  expect(dueAfter > dueBefore, `${dueAfter} after ${dueBefore}`).toBe(true);

  await admin.getByRole("link", { name: `${year} 年` }).click();
  const days = admin.getByRole("table", { name: `${year} 年放假和调休` });
  await expect(days.getByRole("row")).toHaveCount(8);
  await expect(days).toContainText(`${year}-02-01`);

  // A notice the app cannot read is refused, naming the line.
  await admin.getByRole("spinbutton", { name: "年份" }).fill(String(year - 50));
  await admin.getByLabel("通知文号").fill("测试用放假安排（非正式）");
  await admin.getByLabel("通知正文").fill("一、春节：放假调休，共9天。");
  await admin.getByRole("button", { name: "保存放假安排" }).click();
  await expect(admin.getByText("第 1 行（春节）：看不出放假的起止日期")).toBeVisible();

  await expectAccessibleAtBothWidths(admin);
  await admin.context().close();
});
