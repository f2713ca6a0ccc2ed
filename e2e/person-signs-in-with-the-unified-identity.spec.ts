import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, navigate, signedIn, unique } from "./fixtures";

// The e2e server runs a real OpenID Connect provider beside the app (scripts/oidc-test-provider.mjs):
// an account `jtj.<anything>` belongs to 市交通运输局 (QD-JTJ) and signs in with the demo password.
test("a city employee signs in with the unified identity, lands in their department with no role, is made 发布员 by the system administrator, works, and signs out of both", async ({
  browser,
  page,
}) => {
  const id = unique();
  const name = `测试人员${id}`;

  await test.step("the login page offers the unified identity below the local form; the platform asks for the password", async () => {
    await page.goto("/");
    await page.getByRole("link", { name: "登录" }).click();
    await expect(page.getByLabel("用户名")).toBeVisible();
    await page.getByRole("button", { name: "统一身份认证登录" }).click();
    await expect(page.getByRole("heading", { name: "青岛市统一身份认证平台" })).toBeVisible();
    await page.getByLabel("账号").fill(`jtj.${id}`);
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录统一身份认证平台" }).click();
  });

  await test.step("back in the console: in 市交通运输局, with no role yet", async () => {
    await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1, name: "工作台" })).toBeVisible();
    await expect(page.getByRole("link", { name: "登记资源" })).toHaveCount(0);
    await page.getByRole("link", { name: /我的账号/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "我的账号" })).toBeVisible();
    await expect(page.getByText(new RegExp(`${name} · oidc-[0-9a-f]{12} · 青岛市交通运输局 · 无角色`))).toBeVisible();
    await expect(page.getByText("密码在统一身份认证平台管理")).toBeVisible();
  });

  await test.step("the system administrator finds the new person and grants 发布员", async () => {
    const admin = await signedIn(browser, "admin");
    await navigate(admin, "人员管理");
    await admin.getByRole("searchbox", { name: "搜索人员" }).fill(name);
    await admin.getByRole("button", { name: "筛选" }).click();
    await admin.getByRole("table", { name: "人员列表" }).getByRole("link", { name }).click();
    await admin.getByRole("checkbox", { name: "发布员" }).check();
    await admin.getByRole("button", { name: "保存修改" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
    await admin.context().close();
  });

  await test.step("the person now works as a publisher", async () => {
    await navigate(page, "工作台");
    await page.getByRole("link", { name: "登记资源" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "登记资源" })).toBeVisible();
    await expect(page.getByText("以青岛市交通运输局名义登记")).toBeVisible();
  });

  await test.step("signing out ends the platform's session too: the next sign-in asks for the password again", async () => {
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page.getByRole("link", { name: "登录" })).toBeVisible({ timeout: 30_000 });
    await page.getByRole("link", { name: "登录" }).click();
    await page.getByRole("button", { name: "统一身份认证登录" }).click();
    await expect(page.getByRole("heading", { name: "青岛市统一身份认证平台" })).toBeVisible();
    await expect(page.getByLabel("密码")).toBeEmpty();
  });
});
