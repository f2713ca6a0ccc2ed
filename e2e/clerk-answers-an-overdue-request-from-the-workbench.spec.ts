import { expect, test } from "@playwright/test";
import { navigate, signedIn } from "./fixtures";

/**
 * Departments whose demo inbox holds several overdue requests. Each repetition answers for another
 * one, so two running at once never reach for the same request and each finds one still overdue.
 */
const CLERKS = ["pub.wjw", "pub.dsj", "pub.yjj"];
const OVERDUE = /条申请待答复（(\d+) 条已逾期/;

test("a clerk sees an overdue request at the top of 工作台, answers it in the inbox, and it leaves the to-do list", async ({ browser }, testInfo) => {
  const page = await signedIn(browser, CLERKS[testInfo.repeatEachIndex % CLERKS.length]!);
  // Links are not prefetched (app/_components/link.tsx): each page costs the server one request.
  const prefetches: string[] = [];
  page.on("request", (r) => void (r.headers()["next-router-prefetch"] && prefetches.push(r.url())));
  await navigate(page, "工作台");
  await expect(page.getByRole("heading", { level: 1, name: "工作台" })).toBeVisible();

  // 待办 comes first, and what is overdue leads it.
  const todo = page.getByRole("list", { name: "待办事项" }).getByRole("listitem").first();
  await expect(todo).toContainText(OVERDUE);
  await expect(todo).toContainText("已逾期");
  const overdue = Number(OVERDUE.exec(await todo.innerText())![1]);
  // The navigation counts the same work.
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: /^资源申请\s*\d+\s*项待办$/ }).first()).toBeAttached();

  await todo.getByRole("link", { name: OVERDUE }).click();
  await expect(page).toHaveURL(/box=received.*status=pending/);
  await expect(page.getByRole("navigation", { name: "按状态筛选" }).getByRole("link", { name: "待答复" })).toHaveAttribute("aria-current", "page");
  const inbox = page.getByRole("list", { name: "收到的申请" });
  const first = inbox.getByRole("listitem").first();
  await expect(first).toContainText("已逾期");
  const resourceName = (await first.getByRole("link").first().innerText()).trim();
  const from = (await first.getByText(/→/).innerText()).split("·")[0]!.trim();
  const request = inbox.getByRole("listitem").filter({ hasText: resourceName }).filter({ hasText: from });

  // The answer buttons work once the page's script has loaded: until the form opens, click again.
  await expect(async () => {
    await request.getByRole("button", { name: "拒绝", exact: true }).click();
    await expect(request.getByRole("button", { name: "确认拒绝" })).toBeVisible({ timeout: 1000 });
  }).toPass();
  await request.getByRole("button", { name: "确认拒绝" }).click();
  await expect(request.getByText("拒绝申请须说明理由").first()).toBeVisible();
  await request.getByLabel("拒绝理由").fill("该数据含个人隐私，请通过一件事平台核验接口获取结果");
  await request.getByRole("button", { name: "确认拒绝" }).click();
  // Answered, it leaves the requests waiting for an answer, and is found under 已拒绝.
  await expect(request).toHaveCount(0);
  await page.getByRole("navigation", { name: "按状态筛选" }).getByRole("link", { name: "已拒绝" }).click();
  await expect(page).toHaveURL(/status=rejected/);
  await expect(inbox.getByRole("listitem").filter({ hasText: resourceName }).filter({ hasText: from }).first()).toContainText("该数据含个人隐私");

  await navigate(page, "工作台");
  const answer = page.getByRole("list", { name: "待办事项" }).getByRole("listitem").filter({ hasText: "条申请待答复" });
  if (overdue > 1) await expect(answer).toContainText(`（${overdue - 1} 条已逾期`);
  else await expect(answer).not.toContainText("已逾期");
  expect(prefetches).toEqual([]);
  await page.context().close();
});

test("on a phone, 工作台 shows the to-do list first, within the screen's width", async ({ browser }) => {
  const page = await signedIn(browser, "reviewer", { viewport: { width: 375, height: 800 } });
  const todos = page.getByRole("list", { name: "待办事项" });
  await expect(todos.getByRole("link", { name: /项资源待审核$/ })).toBeVisible();
  await expect(todos.getByText(/最早 \d{4}\/\d{2}\/\d{2} 起等待/).first()).toBeVisible();
  // 待办 comes before 常用功能.
  const [todoTop, linksTop] = await Promise.all(
    [page.getByRole("heading", { name: "待办", exact: true }), page.getByRole("heading", { name: "常用功能" })].map(async (h) => (await h.boundingBox())!.y),
  );
  expect(todoTop).toBeLessThan(linksTop!);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // The counts are in the phone's 「菜单」 too.
  await page.getByRole("navigation", { name: "主导航" }).locator("summary:visible").last().click();
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: /^审核\s*\d+\s*项待办$/ })).toBeVisible();
  await page.context().close();
});
