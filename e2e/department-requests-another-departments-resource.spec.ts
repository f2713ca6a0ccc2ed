import { expect, test } from "@playwright/test";
import { navigate, openFirstRequestable, signedIn } from "./fixtures";

test("a department requests a conditional resource of another; the owner approves it in their inbox", async ({ browser }) => {
  const rsj = await signedIn(browser, "publisher"); // 市人社局
  await navigate(rsj, "资源目录");
  const conditional = rsj.getByRole("complementary", { name: "筛选" }).getByRole("region", { name: "共享属性" }).getByRole("link", { name: /有条件共享/ });
  // A link opened in a new tab is the browser's to open; this page stays as it is.
  const [tab] = await Promise.all([rsj.context().waitForEvent("page"), conditional.click({ modifiers: ["Control"] })]);
  await expect(tab).toHaveURL(/sharingClass=conditional/);
  await tab.close();
  await expect(rsj).not.toHaveURL(/sharingClass/);
  // A plain click is followed by the client router: the page is not loaded anew.
  await rsj.evaluate(() => Object.assign(window, { stayedOnThisPage: true }));
  await conditional.click();
  await expect(rsj).toHaveURL(/sharingClass=conditional/);
  expect(await rsj.evaluate(() => "stayedOnThisPage" in window)).toBe(true);
  await rsj.getByRole("complementary", { name: "筛选" }).getByRole("link", { name: /青岛市公安局/ }).click();
  await expect(rsj).toHaveURL(/departmentId=/);
  // The demo scenarios already hold grants for some of them: take one 市人社局 has not asked for.
  const resourceName = await openFirstRequestable(rsj);
  expect(resourceName, "a 公安局 resource 市人社局 has not requested yet").not.toBe("");
  await expect(rsj.getByRole("heading", { level: 2, name: "申请使用" })).toBeVisible();
  await expect(rsj.getByText(/申请将送提供部门审核/)).toBeVisible();
  await rsj.getByRole("button", { name: "提交申请" }).click();
  await expect(rsj.getByText("请填写用途说明")).toBeVisible();
  await rsj.getByLabel("用途说明").fill("社保参保一件事中核验参保人户籍信息");
  await rsj.getByRole("button", { name: "提交申请" }).click();
  await expect(rsj.getByText(/已申请，等待提供部门答复（答复期限/)).toBeVisible();

  const gaj = await signedIn(browser, "pub.gaj"); // 市公安局
  const nav = gaj.getByRole("navigation", { name: "主导航" });
  await expect(nav.getByRole("link", { name: /资源申请\s*\d+\s*项待办/ })).toBeVisible();
  await navigate(gaj, "资源申请");
  const inbox = gaj.getByRole("list", { name: "收到的申请" });
  const item = inbox.getByRole("listitem").filter({ hasText: resourceName }).filter({ hasText: "青岛市人力资源和社会保障局" });
  await expect(item).toContainText("待答复");
  await expect(item).toContainText("新");
  await item.getByRole("button", { name: "同意" }).click();
  await item.getByLabel("使用条件（可选）").fill("仅用于参保核验，不得留存原始数据");
  await item.getByRole("button", { name: "确认同意" }).click();
  await expect(item).toContainText("已同意");
  await expect(item).toContainText("使用条件：仅用于参保核验，不得留存原始数据");

  await navigate(rsj, "资源申请");
  await rsj.getByRole("link", { name: "发出的申请" }).click();
  const sent = rsj.getByRole("list", { name: "发出的申请" }).getByRole("listitem").filter({ hasText: resourceName });
  await expect(sent).toContainText("已同意");

  // The decision is in the audit trail.
  const auditor = await signedIn(browser, "auditor");
  await navigate(auditor, "审计日志");
  await auditor.getByLabel("关键词").fill(resourceName);
  await auditor.getByRole("button", { name: "筛选" }).click();
  await expect(auditor.getByRole("cell", { name: new RegExp(`同意对「${resourceName}」的使用申请`) })).toBeVisible();
  for (const p of [rsj, gaj, auditor]) await p.context().close();
});
