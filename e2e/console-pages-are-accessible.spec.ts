import { expect, test, type Page } from "@playwright/test";
import { expectAccessibleAtBothWidths, signedIn } from "./fixtures";

/** No serious or critical WCAG 2.1 AA violation at either width, nothing wider than the window, one h1. */
async function audit(page: Page, what: string) {
  await expectAccessibleAtBothWidths(page, what);
  await expect(page.getByRole("heading", { level: 1 }), what).toHaveCount(1);
}

/** The first link in main whose address starts with `prefix`: a detail page of a list. */
async function firstLink(page: Page, list: string, prefix: string) {
  await page.goto(list);
  return (await page.locator(`main a[href^="${prefix}"]`).first().getAttribute("href"))!;
}

/** 消息推送 of the first department listed (a department's own link, not 新建部门). */
async function departmentWebhooks(page: Page) {
  await page.goto("/console/departments");
  return `${await page.locator('main table a[href^="/console/departments/"]').first().getAttribute("href")}/webhooks`;
}

/** Every console page each role sees, and the states of a page that matter (errors shown, a picker open). */
const ROLES: { username: string; pages: (page: Page) => Promise<string[]>; states?: (page: Page) => Promise<void> }[] = [
  {
    username: "admin",
    pages: async (page) => [
      "/console",
      "/console/departments",
      "/console/departments/new",
      await firstLink(page, "/console/departments", "/console/departments/"),
      await departmentWebhooks(page),
      "/console/people",
      "/console/people/new",
      await firstLink(page, "/console/people", "/console/people/"),
    ],
  },
  {
    username: "security",
    pages: async (page) => ["/console", "/console/people", await firstLink(page, "/console/people", "/console/people/")],
  },
  {
    username: "auditor",
    pages: async () => ["/console", "/console/audit"],
    states: async (page) => {
      // A wide table on a phone says it scrolls sideways; on a desktop there is nothing to say.
      await page.goto("/console/audit");
      const hint = page.getByText("← 表格较宽，可左右滑动查看 →");
      await expect(hint).toBeHidden();
      await page.setViewportSize({ width: 375, height: 900 });
      await expect(hint).toBeVisible();
    },
  },
  {
    username: "organiser",
    pages: async (page) => [
      "/console",
      "/console/dashboard",
      "/console/reports",
      await firstLink(page, "/console/reports", "/console/reports/"),
      "/console/competitions",
      "/console/competitions/new",
      await firstLink(page, "/console/competitions", "/console/competitions/"),
    ],
  },
  {
    username: "reviewer",
    pages: async (page) => [
      "/console/review",
      "/console/review/scenarios",
      "/console/review/no-proof",
      "/console/review/places",
      await firstLink(page, "/console/review", "/resources/"),
      "/console/requests?box=overdue",
      "/console/notifications",
      "/console/notifications?show=unread",
    ],
    states: async (page) => {
      // Every review tab shows on a phone, the current one included, none scrolled out of sight.
      await page.setViewportSize({ width: 375, height: 900 });
      await page.goto("/console/review/places");
      for (const tab of await page.getByRole("navigation", { name: "审核类别" }).getByRole("link").all()) {
        const box = (await tab.boundingBox())!;
        expect(box.x >= 0 && box.x + box.width <= 375, `${await tab.innerText()} within the screen`).toBe(true);
      }
    },
  },
  {
    // The publisher's pages, split in two so both workers share them.
    username: "publisher",
    pages: async (page) => [
      "/console/requests",
      "/console/requests?box=sent",
      "/console/scenarios",
      "/console/no-proof",
      "/console/no-proof/new",
      "/console/no-proof/import",
      "/console/no-proof/feedback",
      "/console/no-proof/places",
      "/console/no-proof/places/new",
      await firstLink(page, "/console/no-proof/places", "/console/no-proof/places/"),
      await firstLink(page, "/console/no-proof", "/console/no-proof/"),
    ],
  },
  {
    username: "publisher",
    pages: async (page) => [
      "/console",
      "/console/resources/new",
      "/console/resources/import",
      "/console/scenarios/new",
      "/console/competitions",
      await firstLink(page, "/console/competitions", "/console/competitions/"),
    ],
    states: async (page) => {
      // A form showing its errors.
      await page.goto("/console/resources/new");
      await page.getByRole("button", { name: "提交审核" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "处需要修改" })).toBeVisible();
      await audit(page, "resource form with errors");
      // The resource picker, open with results.
      await page.goto("/console/scenarios/new");
      const picker = page.getByRole("group", { name: "使用的资源" });
      await picker.getByLabel("查找资源").fill("社保");
      await picker.getByRole("button", { name: "查找" }).click();
      await expect(picker.getByRole("list", { name: "查找结果" }).getByRole("listitem").first()).toBeVisible();
      await audit(page, "resource picker open");
    },
  },
  {
    username: "judge",
    pages: async (page) => ["/console/judging", await firstLink(page, "/console/judging", "/console/judging/")],
  },
];

for (const [i, role] of ROLES.entries()) {
  test(`console pages of ${role.username} (group ${i + 1}) have no serious accessibility violations at 1280 and 375 px`, async ({ browser }) => {
    test.setTimeout(240_000);
    const page = await signedIn(browser, role.username);
    for (const path of await role.pages(page)) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await audit(page, path);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await role.states?.(page);
    await page.context().close();
  });
}
