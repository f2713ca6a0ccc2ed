import { expect, test } from "@playwright/test";
import { signedIn, signIn } from "./fixtures";

test("a publisher opening an admin-only page gets the 403 page", async ({ browser }) => {
  // Typed addresses on purpose: this is what someone probing pages they were not offered does.
  const page = await signedIn(browser, "publisher");
  for (const path of ["/console/people", "/console/audit", "/console/departments/new"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "无权访问此页面" })).toBeVisible();
  }
  // Nor does the navigation offer those pages.
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "人员管理", includeHidden: true })).toHaveCount(0);
  await page.context().close();
});

test("an anonymous visitor is sent to sign in and comes back to where they were going", async ({ page }) => {
  await page.goto("/console/audit?entityType=person");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
  await signIn(page, "auditor");
  await expect(page).toHaveURL(/\/console\/audit\?entityType=person$/);
  await expect(page.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();
});

test("each administrator is offered only the pages of their own duty, and refused the others' (三权分立)", async ({ browser }) => {
  const DUTIES = [
    { username: "admin", offered: ["部门管理", "人员管理"], refused: ["/console/audit", "/console/dashboard", "/console/reports", "/console/competitions/new", "/console/review"] },
    { username: "security", offered: ["人员与登录会话"], refused: ["/console/audit", "/console/departments", "/console/people/new", "/console/dashboard"] },
    { username: "auditor", offered: ["审计日志"], refused: ["/console/people", "/console/departments", "/console/dashboard", "/console/competitions/new"] },
    { username: "organiser", offered: ["目标看板", "月度通报", "创新大赛"], refused: ["/console/people", "/console/audit", "/console/review"] },
  ];
  const WORK = ["部门管理", "人员管理", "人员与登录会话", "审计日志", "目标看板", "月度通报", "创新大赛", "审核", "资源申请", "本部门场景", "无证明场景", "评审任务"];
  for (const { username, offered, refused } of DUTIES) {
    const page = await signedIn(browser, username);
    const nav = page.getByRole("navigation", { name: "主导航" });
    for (const label of WORK) {
      // To-do counts follow a label (「资源申请 2 项待办」); the bar and the phone's menu may both hold a link.
      const links = nav.getByRole("link", { name: new RegExp(`^${label}(\\s*\\d+.*)?$`), includeHidden: true });
      if (offered.includes(label)) await expect(links.first(), `${username} offered ${label}`).toBeAttached();
      else await expect(links, `${username} not offered ${label}`).toHaveCount(0);
    }
    for (const path of refused) {
      const response = await page.goto(path);
      expect(response?.status(), `${username} typing ${path}`).toBe(403);
    }
    await page.context().close();
  }
});
