import { expect, test } from "@playwright/test";
import { navigate, signedIn, signIn, signOut } from "./fixtures";

test("a session ends for good at sign-out, and the security officer can end one from the person's page", async ({ browser }) => {
  // A publisher signs in on one computer and keeps a copy of the session cookie (as a thief would).
  const office = await browser.newContext();
  const page = await office.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: "登录" }).click();
  await signIn(page, "pub.zrzyj");
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  const stolen = await office.cookies();

  // On 我的账号 the publisher sees this session, marked as the current one.
  await page.getByRole("link", { name: /我的账号/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "我的账号" })).toBeVisible();
  await expect(page.getByRole("table", { name: "登录会话" }).getByText("当前会话")).toBeVisible();

  await signOut(page);
  const thief = await browser.newContext();
  await thief.addCookies(stolen);
  const replay = await thief.newPage();
  await replay.goto("/console");
  await expect(replay).toHaveURL(/\/login/);
  await expect(replay.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();

  // Signed in again; the security officer ends that session (强制下线) from the person's page.
  await page.getByRole("link", { name: "登录" }).click();
  await signIn(page, "pub.zrzyj");
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  const officer = await signedIn(browser, "security");
  await navigate(officer, "人员与登录会话");
  await officer.getByRole("searchbox", { name: "搜索人员" }).fill("pub.zrzyj");
  await officer.getByRole("button", { name: "筛选" }).click();
  await officer.getByRole("table", { name: "人员列表" }).getByRole("link").first().click();
  const sessions = officer.getByRole("table", { name: "登录会话" });
  await expect(sessions.getByText("127.0.0.1").first()).toBeVisible();
  await sessions.getByRole("button", { name: "强制下线" }).first().click();
  await expect(officer.getByText("该人员当前没有登录。")).toBeVisible();

  // The publisher's next click finds the session gone.
  await navigate(page, "本部门");
  await expect(page).toHaveURL(/\/login/);

  // The auditor reads it in the audit trail.
  const auditor = await signedIn(browser, "auditor");
  await navigate(auditor, "审计日志");
  await auditor.getByLabel("关键词").fill("强制");
  await auditor.getByRole("button", { name: "筛选" }).click();
  await expect(auditor.getByRole("cell", { name: /强制「.+」来自 127\.0\.0\.1 的登录会话下线/ }).first()).toBeVisible();
  await Promise.all([office.close(), thief.close(), officer.context().close(), auditor.context().close()]);
});
