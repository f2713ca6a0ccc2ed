import { expect, test } from "@playwright/test";
import { navigate, signedIn, signIn, signInAndWait, signOut, unique } from "./fixtures";

test("the system administrator creates a department and a publisher; the publisher signs in and replaces the initial password; wrong passwords lock the account from this address; the auditor finds it all in the audit trail", async ({ browser, page }) => {
  const id = unique();
  const deptName = `青岛市海洋发展局${id}`;
  const deptCode = `QD-HY${id}`.toUpperCase().slice(0, 24);
  const username = `hai.${id}`;
  const password = "Haiyang2024go";
  const ownPassword = "Jiaozhou-Bay-2026";

  await signInAndWait(page, "admin");

  // This journey signs in through the form every time: it is the one that proves sign-in and lockout.
  await navigate(page, "部门管理");
  await page.getByRole("link", { name: "新建部门" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "新建部门" })).toBeVisible();
  // A code that is already taken is refused beside the field, and nothing typed is lost.
  await page.getByLabel("部门名称").fill(deptName);
  await page.getByLabel("简称").fill("市海洋发展局");
  await page.getByLabel("部门编码").fill("QD-DSJ");
  await page.getByLabel("类型").selectOption({ label: "市直部门" });
  await page.getByRole("button", { name: "创建部门" }).click();
  await expect(page.getByText("部门编码已被占用，请换一个")).toBeVisible();
  await expect(page.getByLabel("部门名称")).toHaveValue(deptName);
  await page.getByLabel("部门编码").fill(deptCode);
  await page.getByRole("button", { name: "创建部门" }).click();
  await expect(page.getByRole("heading", { level: 1, name: deptName })).toBeVisible();
  await expect(page.getByText("部门已创建")).toBeVisible();

  await page.getByRole("link", { name: "在本部门新建人员" }).click();
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("初始密码").fill("12345678");
  await page.getByLabel("姓名").fill("曲海波");
  await page.getByRole("checkbox", { name: "发布员" }).check();
  await page.getByRole("button", { name: "创建人员" }).click();
  await expect(page.getByText("密码须包含大写字母、小写字母、数字、符号中的至少三类")).toBeVisible();
  await page.getByLabel("初始密码").fill(password);
  await page.getByRole("button", { name: "创建人员" }).click();
  await expect(page.getByText("人员已创建")).toBeVisible();
  await expect(page.getByLabel("所属部门")).toHaveValue(/.+/);
  await expect(page.getByLabel("所属部门").locator("option:checked")).toHaveText(deptName);
  await signOut(page);

  // The administrator knows the initial password: the publisher must replace it before anything else.
  await signInAndWait(page, username, password);
  await expect(page.getByRole("heading", { level: 1, name: "我的账号" })).toBeVisible();
  await expect(page.getByText("请先设置只有您自己知道的新密码")).toBeVisible();
  await page.getByLabel("初始密码（管理员告知的密码）").fill(password);
  await page.getByRole("textbox", { name: "新密码", exact: true }).fill("haiyang-own");
  await page.getByLabel("再次输入新密码").fill("haiyang-own");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByText("密码须包含大写字母、小写字母、数字、符号中的至少三类")).toBeVisible();
  await page.getByLabel("初始密码（管理员告知的密码）").fill(password);
  await page.getByRole("textbox", { name: "新密码", exact: true }).fill(ownPassword);
  await page.getByLabel("再次输入新密码").fill(ownPassword);
  await page.getByRole("button", { name: "修改密码" }).click();
  await page.waitForURL((url) => url.pathname === "/console");
  await navigate(page, "本部门");
  await expect(page.getByRole("heading", { level: 1, name: deptName })).toBeVisible();
  await expect(page.getByRole("cell", { name: username })).toBeVisible();
  await signOut(page);

  // Five wrong passwords from this address: then even the right one is refused from here, with the
  // same words as a wrong one, so the form never tells an outsider which accounts exist or are locked.
  await page.goto("/login");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, username, `wrong-${attempt}-password`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("用户名或密码错误，或账号已被暂时锁定。忘记密码请联系管理员重置。");
  }
  await signIn(page, username, ownPassword);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("用户名或密码错误，或账号已被暂时锁定。忘记密码请联系管理员重置。");
  await expect(page).toHaveURL(/\/login/);

  // Every change of this journey is in the audit trail, each action named in Chinese (its code on hover),
  // for the auditor to read at their own desk: the system administrator who made them has no such page.
  const auditor = await signedIn(browser, "auditor");
  await navigate(auditor, "审计日志");
  const search = async (q: string) => {
    await auditor.getByLabel("关键词").fill(q);
    await auditor.getByRole("button", { name: "筛选" }).click();
    await expect(auditor).toHaveURL(new RegExp(`q=${encodeURIComponent(q)}`));
  };
  await search(deptName);
  const created = auditor.getByRole("row").filter({ hasText: `新建市直部门「${deptName}」` });
  await expect(created.getByTitle("department.create")).toHaveText("新建部门");
  await search("曲海波");
  await expect(auditor.getByRole("cell", { name: `新建人员「曲海波」（${username}），角色：发布员` })).toBeVisible();
  // Newest first: an earlier run on the same server may have made a 曲海波 of its own.
  const locked = auditor.getByRole("row").filter({ hasText: "「曲海波」从 127.0.0.1 连续 5 次密码错误" }).first();
  await expect(locked.getByTitle("auth.lock_address")).toHaveText("暂停该地址登录");
  await expect(auditor.getByRole("cell", { name: "「曲海波」登录" }).first()).toBeVisible();
  await expect(auditor.getByRole("cell", { name: /「曲海波」修改了自己的密码/ }).first()).toBeVisible();
  await auditor.context().close();
});
