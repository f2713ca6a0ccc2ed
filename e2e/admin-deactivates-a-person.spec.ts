import { expect, test } from "@playwright/test";
import { signIn, signInAndWait, signOut } from "./fixtures";

test("an admin deactivates a person, who can then no longer sign in", async ({ page }) => {
  await signInAndWait(page, "admin");
  await page.goto("/console/people?q=pub.mzj");
  await page.getByRole("table", { name: "人员列表" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: "账号状态" })).toBeVisible();
  await page.getByRole("button", { name: "停用账号" }).click();
  await page.getByRole("button", { name: "确认停用" }).click();
  await expect(page.getByRole("button", { name: "启用账号" })).toBeVisible();
  await expect(page.getByText("已停用").first()).toBeVisible();
  await signOut(page);

  await signIn(page, "pub.mzj");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("该账号已停用，请联系管理员。");
  await expect(page).toHaveURL(/\/login/);

  await signInAndWait(page, "admin");
  await page.goto("/console/audit?q=停用人员");
  await expect(page.getByRole("cell", { name: /停用人员「.+」（pub\.mzj）/ })).toBeVisible();
});
