import { existsSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";
import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";

/** The README's demo password, shared by every seeded account. */
export const DEMO_PASSWORD = "Qingdao2023";

/** A suffix that keeps records of one run, and of parallel specs, apart. */
export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** Signs in through the login form, from wherever the page is. */
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

// The e2e server starts on an empty data folder (scripts/e2e-server.mjs), so saved sessions never
// outlive the server that issued them.
const SESSIONS = path.join(".data", "e2e", "sessions");

/**
 * A demo person in a browser context of their own, on 工作台. Each person signs in through the form
 * once per run; later journeys reuse that session (Playwright's storageState), so the form is not
 * filled sixty times. A journey that signs out must sign in with `signIn` on its own page instead:
 * ending a shared session would sign out every journey that reuses it.
 */
export async function signedIn(browser: Browser, username: string, options: BrowserContextOptions = {}): Promise<Page> {
  const file = path.join(SESSIONS, `${username}.json`);
  if (!existsSync(file)) {
    const context = await browser.newContext();
    await signInAndWait(await context.newPage(), username);
    mkdirSync(SESSIONS, { recursive: true });
    // Two workers may sign the same person in at once: each writes its own file, then renames.
    const partial = `${file}.${process.pid}.${Date.now()}`;
    await context.storageState({ path: partial });
    renameSync(partial, file);
    await context.close();
  }
  const context = await browser.newContext({ ...options, storageState: file });
  const page = await context.newPage();
  await page.goto("/console");
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  return page;
}

/** Follows a link of the main navigation, as a person does from any page. */
export async function navigate(page: Page, label: string) {
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: label, exact: true }).click();
}
