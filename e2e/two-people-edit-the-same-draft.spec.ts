import { expect, test } from "@playwright/test";
import { signedIn, unique } from "./fixtures";

test("two people edit the same draft: the second save is refused with the conflict message and keeps their input", async ({ browser }) => {
  const name = `就业困难人员认定信息${unique()}`;
  const a = await signedIn(browser, "publisher");
  const b = await signedIn(browser, "publisher");

  await a.getByRole("link", { name: "登记资源" }).click();
  await a.getByLabel("资源名称").fill(name);
  await a.getByLabel("资源类型").selectOption({ label: "数据" });
  await a.getByLabel("所属领域").selectOption({ label: "社会保障" });
  await a.getByLabel("更新频率").selectOption({ label: "每月" });
  await a.getByLabel("资源摘要").fill("就业困难人员认定结果与帮扶记录，按月更新。");
  await a.getByLabel("共享属性").selectOption({ label: "有条件共享" });
  await a.getByLabel("共享条件").fill("仅限就业帮扶相关部门使用");
  await a.getByLabel("开放属性").selectOption({ label: "不予开放" });
  await a.getByLabel("交付方式").selectOption({ label: "库表" });
  await a.getByRole("button", { name: "保存草稿" }).click();
  await expect(a.getByText("草稿已保存")).toBeVisible();

  // The colleague finds the same draft in the department's list; both open it for editing.
  await b.getByRole("link", { name: "本部门资源" }).click();
  await b.getByRole("link", { name }).click();
  await b.getByRole("link", { name: "编辑" }).click();
  await a.getByRole("link", { name: "编辑" }).click();
  await a.getByLabel("资源摘要").fill("第一位同事补充：含认定类别、认定日期和帮扶措施，按月更新。");
  await a.getByRole("button", { name: "保存草稿" }).click();
  await expect(a.getByText("草稿已保存")).toBeVisible();

  const mine = "第二位同事的修改：补充了数据来源说明。";
  await b.getByLabel("资源摘要").fill(mine);
  await b.getByRole("button", { name: "保存草稿" }).click();
  await expect(b.getByRole("main").getByRole("alert")).toContainText("该记录已被他人修改。您的输入已保留");
  await expect(b.getByLabel("资源摘要")).toHaveValue(mine);

  // The first person's save is what the resource holds.
  await b.reload();
  await expect(b.getByLabel("资源摘要")).toHaveValue("第一位同事补充：含认定类别、认定日期和帮扶措施，按月更新。");
  for (const p of [a, b]) await p.context().close();
});
