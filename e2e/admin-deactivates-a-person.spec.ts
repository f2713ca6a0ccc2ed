import { expect, test } from "@playwright/test";
import { navigate, signedIn, signIn } from "./fixtures";

test("the system administrator deactivates a person, who can then no longer sign in, and enables them again; the auditor sees it in the audit trail", async ({ browser, page }) => {
  const admin = await signedIn(browser, "admin");
  await navigate(admin, "人员管理");
  await admin.getByRole("searchbox", { name: "搜索人员" }).fill("pub.mzj");
  await admin.getByRole("button", { name: "筛选" }).click();
  await admin.getByRole("table", { name: "人员列表" }).getByRole("link").first().click();
  await expect(admin.getByRole("heading", { level: 2, name: "账号状态" })).toBeVisible();
  await admin.getByRole("button", { name: "停用账号" }).click();
  await admin.getByRole("button", { name: "确认停用" }).click();
  await expect(admin.getByRole("button", { name: "启用账号" })).toBeVisible();
  await expect(admin.getByText("已停用").first()).toBeVisible();

  await page.goto("/");
  await page.getByRole("link", { name: "登录" }).click();
  await signIn(page, "pub.mzj");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("该账号已停用，请联系管理员。");
  await expect(page).toHaveURL(/\/login/);

  const auditor = await signedIn(browser, "auditor");
  await navigate(auditor, "审计日志");
  await auditor.getByLabel("关键词").fill("停用人员");
  await auditor.getByRole("button", { name: "筛选" }).click();
  await expect(auditor.getByRole("cell", { name: /停用人员「.+」（pub\.mzj）/ }).first()).toBeVisible();
  // Enabled again, the account is as the seed left it, so the journey can run again on this server.
  await admin.getByRole("button", { name: "启用账号" }).click();
  await expect(admin.getByRole("button", { name: "停用账号" })).toBeVisible();
  await Promise.all([admin.context().close(), auditor.context().close()]);
});
