import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { signIn, signOut } from "./fixtures";

/** What the authenticator app shows for the secret the page displayed, at a 30-second step. */
const codeFor = (secret: string, step: number) =>
  new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret.replace(/\s/g, "")) }).generate({ timestamp: step * 30_000 });
const stepNow = () => Math.floor(Date.now() / 30_000);

async function enterCode(page: Page, code: string) {
  await page.getByRole("textbox", { name: "动态口令" }).fill(code);
  await page.getByRole("button", { name: "验证并登录" }).click();
}

test("a publisher binds 动态口令 on a phone, then signs in with a code from the app, and once with a recovery code", async ({ browser }) => {
  // On a phone, where the authenticator app is: 我的账号 is reached from the name in the header.
  const page = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
  await page.goto("/login");
  await signIn(page, "pub.spj");
  await page.getByRole("link", { name: /我的账号/ }).click();
  await page.getByRole("button", { name: "绑定动态口令" }).click();
  await expect(page.getByRole("img", { name: "动态口令绑定二维码" })).toBeVisible();
  const secret = (await page.getByText(/^密钥：/).innerText()).replace("密钥：", "");
  const bound = stepNow();
  await page.getByRole("textbox", { name: "动态口令" }).fill("000000");
  await page.getByRole("button", { name: "确认绑定" }).click();
  await expect(page.getByText(/动态口令不正确/)).toBeVisible();
  await page.getByRole("textbox", { name: "动态口令" }).fill(codeFor(secret, bound));
  await page.getByRole("button", { name: "确认绑定" }).click();
  const codes = page.getByRole("list", { name: "恢复码" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recovery = await codes.first().innerText();
  await page.getByRole("link", { name: "我已保存恢复码，进入工作台" }).click();
  await signOut(page);

  // Password first, then the code; the code that confirmed binding has been used already.
  await page.getByRole("link", { name: "登录" }).click();
  await signIn(page, "pub.spj", undefined, { demoCode: false });
  await expect(page.getByText("账号 pub.spj 已启用动态口令")).toBeVisible();
  await enterCode(page, codeFor(secret, bound));
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("动态口令不正确或已使用过，请输入验证器上新显示的 6 位数字。");
  await enterCode(page, codeFor(secret, bound + 1));
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  await signOut(page);

  // The phone is lost: a recovery code works once.
  await page.getByRole("link", { name: "登录" }).click();
  await signIn(page, "pub.spj", undefined, { demoCode: false });
  await enterCode(page, recovery);
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  await page.getByRole("link", { name: /我的账号/ }).click();
  await expect(page.getByText("剩余恢复码 9 个")).toBeVisible();
  await page.context().close();
});
