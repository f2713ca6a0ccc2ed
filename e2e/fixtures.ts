import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";

/** The README's demo password, shared by every seeded account. */
export const DEMO_PASSWORD = "Qingdao2023";

/** A suffix that keeps records of one run, and of parallel specs, apart. */
export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** 「7 加 5 等于几？」 answered as a person would. */
async function answerChallenge(page: Page) {
  const answer = page.getByLabel(/^验证题/);
  if (!(await answer.isVisible())) return;
  const [a, b] = (await page.locator('label[for="challengeAnswer"]').innerText()).match(/\d+/g)!.map(Number);
  await answer.fill(String(a! + b!));
}

/** The documented demo 动态口令 secret (README) of the accounts whose roles require it. */
const DEMO_TOTP_SECRET = "QINGDAOCITYBRAINDEMOTOTP";
const STEPS = path.join(".data", "e2e", "totp-steps");

/**
 * The code an authenticator app would show. The server takes each code once (and one step either
 * side of now), and journeys on two workers may sign the same person in within one 30 seconds:
 * each takes a step no journey took before, waiting for it when it lies ahead.
 */
async function nextCode(page: Page, username: string): Promise<string> {
  const dir = path.join(STEPS, username);
  mkdirSync(dir, { recursive: true });
  // Each step is claimed by creating its file: of two workers, only one can. Later than any
  // claimed before, since the server takes only steps after the last one it accepted.
  let step = Math.max(Math.floor(Date.now() / 30_000), ...readdirSync(dir).map((f) => Number(f) + 1));
  for (;; step++) {
    try {
      writeFileSync(path.join(dir, String(step)), "", { flag: "wx" });
      break;
    } catch {
      continue;
    }
  }
  while (step > Math.floor(Date.now() / 30_000) + 1) await page.waitForTimeout(1000);
  return new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(DEMO_TOTP_SECRET) }).generate({ timestamp: step * 30_000 });
}

/**
 * Until the form's answer shows: the page moved on, or asks for the code, or says what went wrong.
 * The first sign-in of a run meets a cold server on a busy machine, hence the long wait.
 */
const settled = (page: Page) =>
  page
    .waitForFunction(() => !location.pathname.startsWith("/login") || document.querySelector("#code") || document.querySelector("main [role=alert]"), null, { timeout: 30_000 })
    .catch(() => undefined);

/**
 * Two workers claim steps in one order but may send them in the other: the server then refuses the
 * earlier step as used, and says to type the next code the app shows, which the person does.
 */
async function answerSecondFactor(page: Page, username: string) {
  const code = page.getByRole("textbox", { name: "动态口令" });
  for (let tries = 0; tries < 3 && (await code.isVisible()); tries++) {
    await code.fill(await nextCode(page, username));
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")),
      page.getByRole("button", { name: "验证并登录" }).click(),
    ]);
    // Accepted: the page moves on. Refused: the form stays, saying so.
    const movedOn = await page
      .waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    if (movedOn || !(await page.getByRole("main").getByRole("alert").filter({ hasText: "动态口令不正确或已使用过" }).isVisible())) return;
  }
}

/**
 * Signs in through the login form, from wherever the page is. Every journey comes from the same
 * address, so after a few failed sign-ins (some journeys fail on purpose) the form asks a text
 * question and may ask to wait a few seconds: the person answers, waits, and tries again.
 */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD, { demoCode = true } = {}) {
  if (!page.url().includes("/login")) await page.goto("/login");
  for (let tries = 0; ; tries++) {
    // A previous attempt still being answered would reset the form after we type: wait it out.
    // The run's first sign-ins meet a cold server on a busy machine, which may take longer.
    await expect(page.getByRole("button", { name: "登录", exact: true })).toBeEnabled({ timeout: 30_000 });
    await page.getByLabel("用户名").fill(username);
    await page.getByRole("textbox", { name: "密码", exact: true }).fill(password);
    await answerChallenge(page);
    // Wait for the sign-in action's answer, so one attempt's result is never read as the next one's.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")),
      page.getByRole("button", { name: "登录", exact: true }).click(),
    ]);
    // Accounts with 动态口令 are asked for it next, as a person reads it off their phone.
    await settled(page);
    // A journey that binds its own 动态口令 answers the code itself (demoCode: false).
    if (demoCode) await answerSecondFactor(page, username);
    const alert = page.getByRole("main").getByRole("alert").first();
    // After a successful sign-in the page moves on and the form's alert goes with it.
    const said = (await alert.textContent({ timeout: 1000 }).catch(() => null)) ?? "";
    // The question appeared with this answer (other journeys failed meanwhile): answer and retry.
    const asked = said.startsWith("验证题答案不正确");
    const wait = /请 (\d+) 秒后再试/.exec(said);
    if ((!wait && !asked) || tries >= 12) return;
    if (wait) await page.waitForTimeout(Number(wait[1]) * 1000 + 200);
    if (!new URL(page.url()).pathname.startsWith("/login")) return;
  }
}

export async function signInAndWait(page: Page, username: string, password = DEMO_PASSWORD) {
  await signIn(page, username, password);
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible({ timeout: 30_000 });
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

/**
 * Follows a link of the main navigation, as a person does from any page: in the bar, or under
 * 「更多」 on a desktop, or in the 「菜单」 on a phone. Badges (unread counts) follow the label.
 */
export async function navigate(page: Page, label: string) {
  const nav = page.getByRole("navigation", { name: "主导航" });
  const link = nav.getByRole("link", { name: new RegExp(`^${label}(\\s*\\d+.*)?$`) });
  if (!(await link.first().isVisible())) await nav.locator("summary:visible").last().click();
  const href = (await link.first().getAttribute("href"))!;
  await link.first().click();
  await page.waitForURL((url) => url.pathname === href);
}

/** Fills the resource form's fields that every resource needs, and those its checklist asks for. */
export async function fillResource(page: Page, v: { name: string; kind: string; summary: string; sharing?: string; open?: string; domain?: string }) {
  await page.getByLabel("资源名称").fill(v.name);
  await page.getByLabel("资源类型").selectOption({ label: v.kind });
  await page.getByLabel("所属领域").selectOption({ label: v.domain ?? "社会保障" });
  await page.getByLabel("更新频率").selectOption({ label: "每日" });
  await page.getByLabel("资源摘要").fill(v.summary);
  await page.getByLabel("标签").fill("社保、参保");
  await page.getByLabel("共享属性").selectOption({ label: v.sharing ?? "无条件共享" });
  await page.getByLabel("开放属性").selectOption({ label: v.open ?? "无条件开放" });
  await page.getByLabel("交付方式").selectOption({ label: v.kind === "接口" ? "接口服务" : "库表" });
  await page.getByLabel("联系人").fill("张晓明");
  await page.getByLabel("联系电话").fill("0532-85912345");
}

/**
 * 提交审核 from a form, as a publisher does: when the server finds the entry alike to one already
 * registered (「已有同类」, e.g. the same journey's entry from an earlier run on this server), they say
 * how it differs and submit again.
 */
export async function submitForReview(page: Page, differs = "本项为新登记的测试数据，与已有资源的范围和用途不同") {
  await page.getByRole("button", { name: "提交审核" }).click();
  const asked = page.getByRole("alert").filter({ hasText: "可能重复" }).first();
  const sent = page.getByText("已提交审核，审核结果将显示在本页");
  await expect(asked.or(sent)).toBeVisible();
  if (await asked.isVisible()) {
    await page.getByLabel("与已有同类的区别").fill(differs);
    await page.getByRole("button", { name: "提交审核" }).click();
  }
  await expect(sent).toBeVisible();
}

// axe-core itself, evaluated straight into the page: the same rules as @axe-core/playwright's
// AxeBuilder at a third of its time (no frame walking or per-call configuration), which matters
// when every page of the app is checked at two widths.
const AXE_SOURCE = readFileSync(path.join("node_modules", "axe-core", "axe.min.js"), "utf8");

/** The two widths every page is checked at: a desktop and a phone. */
export const WIDTHS = [1280, 375] as const;

/**
 * The page at both widths, without loading it twice: audited as a desktop shows it, then resized to
 * a phone and audited again. Colour contrast, the costliest rule, is checked at the first width
 * only: no class in the app sets a colour per breakpoint (no sm:text-… or md:bg-…), so the phone
 * shows the same colours.
 */
export async function expectAccessibleAtBothWidths(page: Page, what = page.url()) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page, `${what} at ${width} px`, { contrast: width === WIDTHS[0] });
  }
}

/** WCAG 2.1 AA: no serious or critical violation, and nothing wider than the window. */
export async function expectAccessible(page: Page, what = page.url(), { contrast = true } = {}) {
  // Once per document: the second width reuses the first's copy.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate((contrast) =>
    (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe
      .run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa"] },
        rules: { "color-contrast": { enabled: contrast } },
        resultTypes: ["violations"],
      })
      .then((r) => r.violations),
  contrast);
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${what}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
  expect(serious, serious.join("\n")).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${what} overflows`).toBeLessThanOrEqual(0);
}

/**
 * From a list of search results, opens each resource in turn until one offers 「提交申请」 (earlier
 * runs may have asked for some already) and returns its name, or "" when none does.
 */
export async function openFirstRequestable(page: Page): Promise<string> {
  const list = page.url();
  const results = page.getByRole("list", { name: "搜索结果" });
  const names = (await results.getByRole("heading").getByRole("link").allInnerTexts()).map((n) => n.trim());
  for (const name of names) {
    await results.getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    if (await page.getByRole("button", { name: "提交申请" }).count()) return name;
    await page.goBack();
    await expect(page).toHaveURL(list);
  }
  return "";
}

/** Starts a 一件事 for citizens and enterprises on 「登记场景」, reached from 本部门场景. */
export async function startOneThing(page: Page, v: { name: string; problem: string; approach: string }) {
  await navigate(page, "本部门场景");
  await page.getByRole("link", { name: "登记场景" }).click();
  await page.getByLabel("场景名称").fill(v.name);
  await page.getByLabel("所属领域").selectOption({ label: "社会保障" });
  await page.getByLabel("场景类型").selectOption({ label: "一件事" });
  await page.getByLabel("服务对象").selectOption({ label: "面向群众企业" });
  await page.getByLabel("解决的问题").fill(v.problem);
  await page.getByLabel("实现方式").fill(v.approach);
}
