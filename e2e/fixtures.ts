import { expect, type Page } from "@playwright/test";

/** The README's demo password, shared by every seeded account. */
export const DEMO_PASSWORD = "Qingdao2023";

/** A suffix that keeps records of one run, and of parallel specs, apart. */
export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  if (!page.url().includes("/login")) await page.goto("/login");
  // A previous attempt still being answered would reset the form after we type: wait it out.
  await expect(page.getByRole("button", { name: "登录", exact: true })).toBeEnabled();
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  // Wait for the sign-in action's answer, so one attempt's result is never read as the next one's.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")),
    page.getByRole("button", { name: "登录" }).click(),
  ]);
}

export async function signInAndWait(page: Page, username: string, password = DEMO_PASSWORD) {
  await signIn(page, username, password);
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
}
