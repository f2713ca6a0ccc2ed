import { expect, test, type Page } from "@playwright/test";
import { navigate, signedIn } from "./fixtures";

const ITEM = "个体工商户设立登记"; // kept by 市市场监管局 (pub.scjgj)

/** Answers the plain-text sum the form asks. */
async function answerChallenge(page: Page) {
  const label = await page.getByText(/^验证题：/).innerText();
  const [a, b] = label.match(/\d+/g)!.map(Number);
  await page.getByLabel(/^验证题/).fill(String(a! + b!));
}

test("a citizen reports a proof still demanded; the department replies and closes it; a repeat is refused", async ({ browser, page }) => {
  await page.goto("/no-proof");
  await page.getByRole("searchbox", { name: "您要办什么事？" }).fill(ITEM);
  await page.getByRole("button", { name: "搜索" }).click();
  await page.getByRole("list", { name: "搜索结果" }).getByRole("link", { name: ITEM, exact: true }).click();
  const caseUrl = page.url();
  const feedbackCard = page.getByRole("region", { name: "仍被要求提供证明？" });
  const before = await feedbackCard.innerText();
  const closedBefore = Number(before.match(/已办结 (\d+) 件/)?.[1] ?? 0);
  await feedbackCard.getByRole("link", { name: "这里仍要求我提供证明" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "这里仍要求我提供证明" })).toBeVisible();

  // Too short: refused with the reason, nothing typed is lost.
  await page.getByLabel(/在哪里、被要求提供了什么证明/).fill("要证明");
  await answerChallenge(page);
  await page.getByRole("button", { name: "提交反映" }).click();
  const form = page.locator("main form");
  await expect(form.getByRole("alert")).toContainText("情况说明至少 10 个字");
  await expect(page.getByLabel(/在哪里、被要求提供了什么证明/)).toHaveValue("要证明");

  const text = `崂山区某街道便民服务中心窗口仍要求提供房东的房产证复印件（${Date.now()}）`;
  await page.getByLabel(/在哪里、被要求提供了什么证明/).fill(text);
  await answerChallenge(page);
  await page.getByRole("button", { name: "提交反映" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("已收到您的反映，负责部门会尽快核实处理。");

  // The cached page is rebuilt on the next visit: a reload shows the new count.
  await expect.poll(async () => (await page.goto(caseUrl), await feedbackCard.innerText()), { timeout: 20_000 }).not.toBe(before);

  // The same client reporting the same item again is refused plainly.
  await feedbackCard.getByRole("link", { name: "这里仍要求我提供证明" }).click();
  await page.getByLabel(/在哪里、被要求提供了什么证明/).fill("窗口还是要求提供房产证复印件，第二次反映。");
  await answerChallenge(page);
  await page.getByRole("button", { name: "提交反映" }).click();
  await expect(form.getByRole("alert")).toContainText("您今天已经反映过这个事项");

  const department = await signedIn(browser, "pub.scjgj");
  await navigate(department, "无证明场景");
  await department.getByRole("link", { name: "公众反映", exact: true }).click();
  const item = department.getByRole("list", { name: "公众反映" }).getByRole("listitem").filter({ hasText: text });
  await expect(item).toContainText("待处理");
  await expect(item).toContainText(ITEM);
  await item.getByLabel("答复群众").fill("已核实，该窗口已按告知承诺制整改，不再索要房产证复印件。");
  await item.getByRole("button", { name: "答复并办结" }).click();
  await expect(item).toContainText("已办结");
  await expect(item).toContainText("已核实，该窗口已按告知承诺制整改");
  await department.context().close();

  await expect.poll(async () => (await page.goto(caseUrl), await feedbackCard.innerText()), { timeout: 20_000 }).toContain(`已办结 ${closedBefore + 1} 件`);
});
