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
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/console\/audit\?entityType=person$/);
  await expect(page.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();
});
