import { expect, test } from "@playwright/test";
import { navigate, signedIn, unique } from "./fixtures";

test("the system administrator appoints an auditor, but gives nobody two of the three posts and cannot change their own roles; the auditor reads the appointment in the audit trail", async ({ browser }) => {
  const id = unique();
  const name = `审计专员${id}`;
  const admin = await signedIn(browser, "admin");
  await navigate(admin, "人员管理");
  await admin.getByRole("link", { name: "新建人员" }).click();
  await admin.getByLabel("用户名").fill(`audit.${id}`);
  await admin.getByLabel("初始密码").fill("Shenhe-Audit-2026");
  await admin.getByLabel("姓名").fill(name);
  await admin.getByLabel("所属部门").selectOption({ label: "青岛市大数据发展管理局" });
  const roles = admin.getByRole("group", { name: "角色" });

  // One person cannot hold two of 系统管理员, 安全管理员 and 审计管理员.
  await roles.getByRole("checkbox", { name: "安全管理员" }).check();
  await roles.getByRole("checkbox", { name: "审计管理员" }).check();
  await admin.getByRole("button", { name: "创建人员" }).click();
  await expect(admin.getByText("系统管理员、安全管理员和审计管理员须由三个不同的人担任")).toBeVisible();
  await roles.getByRole("checkbox", { name: "安全管理员" }).uncheck();
  await admin.getByRole("button", { name: "创建人员" }).click();
  await expect(admin.getByText("人员已创建")).toBeVisible();

  // Nor take up another of them in exchange in one step: the one held is given up first.
  await roles.getByRole("checkbox", { name: "审计管理员" }).uncheck();
  await roles.getByRole("checkbox", { name: "系统管理员" }).check();
  await admin.getByRole("button", { name: "保存修改" }).click();
  await expect(admin.getByText("该人员是审计管理员，不能再担任系统管理员；须先取消其审计管理员角色并保存")).toBeVisible();
  // Sessions are the security officer's business: the system administrator sees none here.
  await expect(admin.getByRole("heading", { level: 2, name: "登录会话" })).toHaveCount(0);

  // The system administrator's own roles are shown, not offered.
  await navigate(admin, "人员管理");
  await admin.getByRole("searchbox", { name: "搜索人员" }).fill("王海峰");
  await admin.getByRole("button", { name: "筛选" }).click();
  await admin.getByRole("table", { name: "人员列表" }).getByRole("link", { name: "王海峰" }).click();
  await expect(admin.getByRole("group", { name: "角色" }).getByRole("checkbox", { name: "系统管理员" })).toBeDisabled();
  await expect(admin.getByText("不能修改自己的角色，须由另一位系统管理员修改。")).toBeVisible();

  const auditor = await signedIn(browser, "auditor");
  await navigate(auditor, "审计日志");
  await auditor.getByLabel("关键词").fill(name);
  await auditor.getByRole("button", { name: "筛选" }).click();
  await expect(auditor.getByRole("cell", { name: `新建人员「${name}」（audit.${id}），角色：审计管理员` })).toBeVisible();
  await Promise.all([admin.context().close(), auditor.context().close()]);
});
