import { expect, test } from "@playwright/test";
import { navigate, signedIn, unique } from "./fixtures";

const PHONE = { viewport: { width: 375, height: 800 } };

test("on a phone, a clerk reaches 通知中心 and the department's 消息推送 and 推送记录 through 「菜单」", async ({ browser }) => {
  const clerk = await signedIn(browser, "pub.gaj", PHONE);
  await navigate(clerk, "通知");
  await expect(clerk.getByRole("heading", { level: 1, name: "通知中心" })).toBeVisible();

  await navigate(clerk, "本部门");
  await clerk.getByRole("link", { name: "消息推送" }).click();
  await expect(clerk.getByRole("heading", { level: 1, name: "消息推送" })).toBeVisible();
  const name = `公安局值班群${unique()}`;
  await expect(clerk.getByRole("button", { name: "登记推送地址" })).toBeEnabled();
  await clerk.getByRole("textbox", { name: "名称" }).fill(name);
  await clerk.getByRole("textbox", { name: "推送地址" }).fill("http://127.0.0.1:9/robot/send?key=phone-journey");
  await clerk.getByRole("button", { name: "登记推送地址" }).click();
  await expect(clerk.getByText("签名密钥只显示这一次")).toBeVisible();
  await clerk.getByRole("link", { name }).click();
  await expect(clerk.getByRole("heading", { level: 1, name: `推送记录：${name}` })).toBeVisible();
  await clerk.context().close();
});

test("on a phone, the reviewer opens an issued 月度通报 and the system administrator 工作日历 through 「菜单」", async ({ browser }) => {
  const reviewer = await signedIn(browser, "reviewer", PHONE);
  await navigate(reviewer, "月度通报");
  await expect(reviewer.getByRole("heading", { level: 1, name: "月度通报" })).toBeVisible();
  const issued = reviewer.getByRole("link", { name: /^关于\d{4}年\d{1,2}月.*的通报$/ }).first();
  const title = (await issued.innerText()).trim();
  await issued.click();
  await expect(reviewer.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reviewer.getByRole("link", { name: "下载 Word" })).toBeVisible();
  await reviewer.context().close();

  const admin = await signedIn(browser, "admin", PHONE);
  await navigate(admin, "工作日历");
  await expect(admin.getByRole("heading", { level: 1, name: "工作日历" })).toBeVisible();
  await expect(admin.getByRole("button", { name: "计算答复期限" })).toBeVisible();
  await admin.context().close();
});
