import { expect, test } from "@playwright/test";
import { signInAndWait, signOut } from "./fixtures";

test("a department requests a conditional resource of another; the owner approves it in their inbox", async ({ page }) => {
  await signInAndWait(page, "publisher"); // 市人社局
  await page.goto("/resources?sharingClass=conditional");
  await page.getByRole("complementary", { name: "筛选" }).getByRole("link", { name: /青岛市公安局/ }).click();
  await expect(page).toHaveURL(/departmentId=/);
  // The demo scenarios already hold grants for some of them: take one 市人社局 has not asked for.
  const links = page.getByRole("list", { name: "搜索结果" }).getByRole("heading").getByRole("link");
  const candidates = await Promise.all((await links.all()).map(async (l) => ({ name: (await l.innerText()).trim(), href: (await l.getAttribute("href"))! })));
  let resourceName = "";
  for (const c of candidates) {
    await page.goto(c.href);
    if (await page.getByRole("button", { name: "提交申请" }).count()) {
      resourceName = c.name;
      break;
    }
  }
  expect(resourceName, "a 公安局 resource 市人社局 has not requested yet").not.toBe("");
  await expect(page.getByRole("heading", { level: 1, name: resourceName })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "申请使用" })).toBeVisible();
  await expect(page.getByText(/申请将送提供部门审核/)).toBeVisible();
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByText("请填写用途说明")).toBeVisible();
  await page.getByLabel("用途说明").fill("社保参保一件事中核验参保人户籍信息");
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByText(/已申请，等待提供部门答复（答复期限/)).toBeVisible();
  await signOut(page);

  await signInAndWait(page, "pub.gaj"); // 市公安局
  const nav = page.getByRole("navigation", { name: "主导航" });
  await expect(nav.getByRole("link", { name: /资源申请\s*\d+\s*条未读/ })).toBeVisible();
  await nav.getByRole("link", { name: /资源申请/ }).click();
  const inbox = page.getByRole("list", { name: "收到的申请" });
  const item = inbox.getByRole("listitem").filter({ hasText: resourceName }).filter({ hasText: "青岛市人力资源和社会保障局" });
  await expect(item).toContainText("待答复");
  await expect(item).toContainText("新");
  await item.getByRole("button", { name: "同意" }).click();
  await item.getByLabel("使用条件（可选）").fill("仅用于参保核验，不得留存原始数据");
  await item.getByRole("button", { name: "确认同意" }).click();
  await expect(item).toContainText("已同意");
  await expect(item).toContainText("使用条件：仅用于参保核验，不得留存原始数据");
  await signOut(page);

  await signInAndWait(page, "publisher");
  await page.goto("/console/requests?box=sent");
  const sent = page.getByRole("list", { name: "发出的申请" }).getByRole("listitem").filter({ hasText: resourceName });
  await expect(sent).toContainText("已同意");
  // The decision is in the audit trail.
  await signOut(page);
  await signInAndWait(page, "admin");
  await page.goto(`/console/audit?q=${encodeURIComponent(resourceName)}`);
  await expect(page.getByRole("cell", { name: new RegExp(`同意对「${resourceName}」的使用申请`) })).toBeVisible();
});
