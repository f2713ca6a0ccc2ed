import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { navigate, signInAndWait } from "./fixtures";
import { missingParts, startCluster, type Cluster } from "./several-instances";

/**
 * Two instances of the one build on one PostgreSQL and one Redis, with nginx in front of both
 * (docs/nginx.conf, docs/deploy.md). What a department changes through instance A, a citizen sent to
 * instance B sees within five seconds; a file uploaded through A downloads through B. Needs
 * TEST_DATABASE_URL, Redis on 127.0.0.1:6379 and nginx, which .ci/run provides. Instance B is itself
 * two processes sharing its port (WEB_CONCURRENCY=2), so whichever of them answers must agree too.
 */
const RETIRED = "小餐饮经营登记"; // kept by 市市场监管局 (pub.scjgj)
const REPORTED = "个体工商户设立登记"; // kept by 市市场监管局 too
const COMPETITION = "2024年青岛城市云脑创新大赛"; // the demo competition open for entries
const ENTRY = "人员调动一件事"; // 市人社局's entry in it (publisher)
/** The promise: a change shows on every instance within five seconds. */
const WITHIN_FIVE_SECONDS = { timeout: 5_000, intervals: [200] };

let cluster: Cluster;

// One cluster for the file, its journeys one after the other.
test.describe.configure({ mode: "default" });

test.beforeAll(async () => {
  const missing = await missingParts();
  test.skip(missing !== null, missing ?? "");
  cluster = await startCluster();
});

test.afterAll(async () => {
  await cluster?.stop();
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus || !cluster) return;
  // Copied into the test's output folder: the cluster's own folder goes with it.
  for (const log of cluster.logs.filter((l) => existsSync(l))) await testInfo.attach(log.split("/").pop()!, { path: log, contentType: "text/plain" });
});

/** A page of its own, on one origin: a person who opened that address. */
async function visitor(browser: Browser, baseURL: string, headers: Record<string, string> = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: headers });
  return context.newPage();
}

/** A demo person signed in through instance A's form. */
async function staffOnA(browser: Browser, username: string): Promise<Page> {
  const page = await visitor(browser, cluster.a);
  await signInAndWait(page, username);
  return page;
}

/** The citizen's way to a use case: the search box of the catalogue home. */
async function openCase(page: Page, name: string): Promise<string> {
  await page.goto("/no-proof");
  await page.getByRole("searchbox", { name: "您要办什么事？" }).fill(name);
  await page.getByRole("button", { name: "搜索" }).click();
  await page.getByRole("list", { name: "搜索结果" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

const statusOf = async (page: Page, url: string) => (await page.goto(url))!.status();

/** The 「仍被要求提供证明？」 figures of a use case's public page, as read at `url`. */
async function feedbackFigures(page: Page, url: string): Promise<string> {
  await page.goto(url);
  return page.getByRole("region", { name: "仍被要求提供证明？" }).locator("p").first().innerText();
}

async function answerChallenge(page: Page) {
  const [a, b] = (await page.getByText(/^验证题：/).innerText()).match(/\d+/g)!.map(Number);
  await page.getByLabel(/^验证题/).fill(String(a! + b!));
}

async function report(page: Page, caseUrl: string, text: string) {
  await page.goto(caseUrl);
  await page.getByRole("region", { name: "仍被要求提供证明？" }).getByRole("link", { name: "这里仍要求我提供证明" }).click();
  await page.getByLabel(/在哪里、被要求提供了什么证明/).fill(text);
  await answerChallenge(page);
  await page.getByRole("button", { name: "提交反映" }).click();
}

test("a use case its department retires through instance A is gone from instance B, and through nginx, within five seconds", async ({ browser }) => {
  const citizen = await visitor(browser, cluster.b);
  const caseUrl = await openCase(citizen, RETIRED);
  // B has the page in the cache now, and so does whichever instance nginx picks.
  expect(await statusOf(citizen, caseUrl)).toBe(200);
  expect(await statusOf(citizen, `${cluster.nginx}${caseUrl}`)).toBe(200);
  expect(await statusOf(citizen, `${cluster.nginx}${caseUrl}`)).toBe(200);

  const department = await staffOnA(browser, "pub.scjgj");
  await navigate(department, "无证明场景");
  const link = department.getByRole("table", { name: "无证明场景" }).getByRole("link", { name: RETIRED, exact: true });
  // The department's list runs over several pages.
  while (!(await link.isVisible())) await department.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "下一页" }).click();
  await link.click();
  await department.getByRole("button", { name: "下线" }).click();
  await department.getByLabel("下线原因").fill("事项已并入「个体工商户设立登记」，不再单独办理");
  await department.getByRole("button", { name: "确认下线" }).click();
  await expect(department.getByText("已下线", { exact: true }).first()).toBeVisible();
  await expect(department.getByRole("link", { name: "公众页面" })).toHaveCount(0);

  await expect.poll(() => statusOf(citizen, caseUrl), { ...WITHIN_FIVE_SECONDS, message: "instance B still serves the retired use case" }).toBe(404);
  // Through nginx, whichever instance answers: both requests in a row.
  await expect
    .poll(async () => [await statusOf(citizen, `${cluster.nginx}${caseUrl}`), await statusOf(citizen, `${cluster.nginx}${caseUrl}`)], WITHIN_FIVE_SECONDS)
    .toEqual([404, 404]);
});

test("a 标杆 mark the organiser sets through instance A shows on instance B's cached scenario catalogue within five seconds", async ({ browser }) => {
  // An anonymous visitor on B: the catalogue comes from the shared page cache.
  const visitorOnB = await visitor(browser, cluster.b);
  await visitorOnB.goto("/");
  await navigate(visitorOnB, "场景目录");
  const cards = visitorOnB.getByRole("list", { name: "场景列表" }).getByRole("listitem");
  const plain = cards.filter({ hasNot: visitorOnB.getByText("标杆场景", { exact: true }) }).first();
  const name = (await plain.getByRole("heading").innerText()).trim();
  const cardOf = (page: Page) => page.getByRole("list", { name: "场景列表" }).getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });

  const organiser = await staffOnA(browser, "organiser");
  await navigate(organiser, "场景目录");
  await cardOf(organiser).getByRole("link", { name, exact: true }).click();
  await organiser.getByRole("button", { name: "设为标杆场景" }).click();
  await expect(organiser.getByRole("button", { name: "取消标杆场景" })).toBeVisible();

  await expect
    .poll(async () => {
      await visitorOnB.reload();
      return cardOf(visitorOnB).getByText("标杆场景", { exact: true }).count();
    }, { ...WITHIN_FIVE_SECONDS, message: "instance B's cached catalogue does not show the 标杆 mark" })
    .toBe(1);
});

test("a report sent through nginx and the department's reply through instance A show on instance B within five seconds; a forged X-Forwarded-For is not the sender's address", async ({ browser }) => {
  // Through nginx, a citizen whose browser (or a proxy of theirs) writes an X-Forwarded-For.
  const citizen = await visitor(browser, cluster.nginx, { "X-Forwarded-For": "203.0.113.7" });
  const caseUrl = await openCase(citizen, REPORTED);
  const onB = await visitor(browser, cluster.b);
  const before = await feedbackFigures(onB, caseUrl);
  const count = (label: string, text: string) => Number(new RegExp(`${label} (\\d+) 件`).exec(text)?.[1] ?? 0);

  const text = `李沧区某便民服务中心窗口仍要求提供营业场所租赁合同原件（${Date.now()}）`;
  await report(citizen, caseUrl, text);
  await expect(citizen.locator("main").getByRole("status")).toHaveText("已收到您的反映，负责部门会尽快核实处理。");
  await expect.poll(() => feedbackFigures(onB, caseUrl), WITHIN_FIVE_SECONDS).toContain(`处理中 ${count("处理中", before) + 1} 件`);

  // The same person again, now writing another address: the app counts the address nginx saw
  // (TRUSTED_PROXIES=1), so this is the same client reporting the same service on the same day.
  const forger = await visitor(browser, cluster.nginx, { "X-Forwarded-For": "198.51.100.23" });
  await report(forger, caseUrl, "同一窗口还是要求提供租赁合同原件，再次反映。");
  await expect(forger.locator("main form").getByRole("alert")).toContainText("您今天已经反映过这个事项");

  const department = await staffOnA(browser, "pub.scjgj");
  await navigate(department, "无证明场景");
  await department.getByRole("link", { name: "公众反映", exact: true }).click();
  const item = department.getByRole("list", { name: "公众反映" }).getByRole("listitem").filter({ hasText: text });
  await item.getByLabel("答复群众").fill("已核实，已要求该窗口按告知承诺制受理，不再索要租赁合同原件。");
  await item.getByRole("button", { name: "答复", exact: true }).click();
  await expect(item).toContainText("已答复");

  const replied = `已答复 ${count("已答复", before) + 1} 件`;
  await expect.poll(() => feedbackFigures(onB, caseUrl), { ...WITHIN_FIVE_SECONDS, message: "instance B does not show the reply" }).toContain(replied);
  await expect.poll(() => feedbackFigures(citizen, caseUrl), WITHIN_FIVE_SECONDS).toContain(replied);
});

test("an attachment uploaded through instance A downloads through instance B, and through nginx, with the same bytes", async ({ browser }) => {
  // A tiny but real PDF (the server checks the content), marked so that only this run's file matches.
  const pdf = Buffer.from(
    `%PDF-1.4\n% ${Date.now()}-${Math.random()}\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n`,
  );
  const entrant = await staffOnA(browser, "publisher");
  await navigate(entrant, "大赛报名");
  await entrant.getByRole("link", { name: COMPETITION, exact: true }).click();
  await entrant.getByRole("table", { name: "本部门参赛作品" }).getByRole("link", { name: ENTRY }).click();
  await expect(entrant.getByRole("heading", { level: 1, name: ENTRY })).toBeVisible();
  await entrant.getByLabel("附件文件").setInputFiles({ name: "人员调动一件事方案.pdf", mimeType: "application/pdf", buffer: pdf });
  await entrant.getByRole("button", { name: "上传附件" }).click();
  await expect(entrant.getByText("已上传「人员调动一件事方案.pdf」")).toBeVisible();
  const entryPath = new URL(entrant.url()).pathname;

  // The same person, the same session, the page opened on instance B.
  const onB = await entrant.context().newPage();
  await onB.goto(`${cluster.b}${entryPath}`);
  const link = onB.getByRole("list", { name: "附件" }).getByRole("link", { name: "人员调动一件事方案.pdf" });
  const href = (await link.getAttribute("href"))!;
  // Asked first without the browser, so that a file missing on B fails here with B's answer, not on a download that never starts.
  const first = await onB.request.get(`${cluster.b}${href}`);
  expect(first.status(), `instance B answers the download with ${first.status()}: ${(await first.text()).slice(0, 200)}`).toBe(200);
  const [download] = await Promise.all([onB.waitForEvent("download", { timeout: 10_000 }), link.click()]);
  expect(download.suggestedFilename()).toBe("人员调动一件事方案.pdf");
  expect((await readFile(await download.path())).equals(pdf), "the bytes downloaded through B are those uploaded through A").toBe(true);

  for (const origin of [cluster.nginx, cluster.nginx]) {
    const answer = await entrant.context().request.get(`${origin}${href}`);
    expect(answer.status()).toBe(200);
    expect((await answer.body()).equals(pdf)).toBe(true);
  }
});

test("both instances' schedulers mark each overdue request 督办 once: the bureau's reviewer is told once per request", async ({ browser }) => {
  // Both instances started at once on a freshly seeded database, and each ticked: whichever claimed a tick ran it.
  const reviewer = await visitor(browser, cluster.b);
  await signInAndWait(reviewer, "reviewer");
  const total = async (path: string) => {
    await reviewer.goto(path);
    return Number(/共 (\d+) 条/.exec(await reviewer.getByRole("navigation", { name: "分页" }).innerText())?.[1]);
  };
  const overdue = await total("/console/requests?box=overdue");
  expect(overdue).toBeGreaterThan(0);
  // Every overdue request carries its 督办 mark, and the reviewer has exactly one 督办 notice for each.
  await expect.poll(() => total("/console/notifications?show=unread"), { timeout: 40_000, intervals: [2_000] }).toBe(overdue);
  await reviewer.goto("/console/requests?box=overdue");
  await expect(reviewer.getByRole("list", { name: "全市逾期未答复" }).getByRole("listitem").filter({ hasNotText: "督办" })).toHaveCount(0);
});
