import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { expectAccessibleAtBothWidths, navigate, signedIn } from "./fixtures";

test("the 系统管理员 backs up the running app and downloads the backup", async ({ browser }) => {
  const admin = await signedIn(browser, "admin");
  await navigate(admin, "备份与恢复");
  await expect(admin.getByRole("heading", { level: 1, name: "备份与恢复" })).toBeVisible();

  await admin.getByRole("button", { name: "立即备份" }).click();
  const made = admin.getByRole("status").filter({ hasText: /^已生成备份 citybrain-/ });
  await expect(made).toBeVisible({ timeout: 60_000 });
  const name = /citybrain-\d{8}-\d{6}-\d{3}\.tar\.gz/.exec(await made.innerText())![0];

  // The list shows it, and it downloads as a gzipped tar holding the database and its description.
  const link = admin.getByRole("link", { name: `下载 ${name}` });
  const [download] = await Promise.all([admin.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe(name);
  const tar = gunzipSync(readFileSync(await download.path()));
  expect(tar.subarray(0, 11).toString()).toBe("backup.json");
  expect(tar.includes("pglite.tar")).toBe(true);
  expect(tar.byteLength).toBeGreaterThan(1024 * 1024);

  await expectAccessibleAtBothWidths(admin);
  await admin.context().close();
});

test("nobody else is offered backups, nor can make or download one", async ({ browser }) => {
  const security = await signedIn(browser, "security");
  const nav = security.getByRole("navigation", { name: "主导航" });
  await expect(nav.getByRole("link", { name: "备份与恢复", includeHidden: true })).toHaveCount(0);
  expect((await security.goto("/console/backups"))?.status()).toBe(403);
  const made = await security.request.post("/api/backups");
  expect(made.status()).toBe(403);
  expect((await made.json()).message).toBe("只有系统管理员可以备份数据和下载备份");
  expect((await security.request.get("/api/backups/citybrain-20260101-000000-000.tar.gz")).status()).toBe(403);
  await security.context().close();
});
