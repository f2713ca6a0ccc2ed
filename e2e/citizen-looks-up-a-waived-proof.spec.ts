import { expect, test, type Locator } from "@playwright/test";
import { expectAccessible, navigate } from "./fixtures";

const height = async (l: Locator) => (await l.boundingBox())!.height;

/** The placeholder fits its box: measured in the input's own font, within the input's content width. */
const placeholderFits = (input: Locator) =>
  input.evaluate((el: HTMLInputElement) => {
    const style = getComputedStyle(el);
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.font = style.font;
    return ctx.measureText(el.placeholder).width <= el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  });

/** The whole card is the link: a tap near its bottom-right corner lands on the title's link. */
async function cardTapsTo(card: Locator) {
  await card.scrollIntoViewIfNeeded();
  return card.evaluate((li) => {
    const box = li.getBoundingClientRect();
    const hit = document.elementFromPoint(box.right - 6, Math.min(box.bottom, window.innerHeight) - 6)?.closest("a");
    return hit?.getAttribute("href") ?? null;
  });
}

test.use({ viewport: { width: 375, height: 800 } });

test("on a phone, a visitor starting at the home page finds 驾驶证, reads what to bring and what replaces each proof, and uses 长辈版", async ({ page }) => {
  await page.goto("/");
  // From the staff frame's home, through the phone menu, to the citizen service (a full page load).
  await navigate(page, "无证明城市");
  await expect(page).toHaveTitle("无证明城市 · 青岛");
  await expect(page.getByText("示例数据", { exact: true })).toBeVisible();
  await expectAccessible(page);
  const search = page.getByRole("searchbox", { name: "您要办什么事？" });
  expect(await placeholderFits(search)).toBe(true);
  // Suggested questions are chips a thumb can hit.
  for (const chip of await page.getByRole("list", { name: "大家都在问" }).getByRole("link").all()) expect(await height(chip)).toBeGreaterThanOrEqual(44);

  await search.fill("驾驶证");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/\/no-proof\/search\?q=/);
  await expect(page.getByRole("heading", { level: 1, name: "搜索“驾驶证”" })).toBeVisible();
  const results = page.getByRole("list", { name: "搜索结果" });
  const card = results.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /驾驶证/ }) }).first();
  const link = card.getByRole("heading").getByRole("link");
  const name = (await link.innerText()).trim();
  expect(await cardTapsTo(card)).toBe(await link.getAttribute("href"));
  await expectAccessible(page);
  await link.click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page).toHaveTitle(`${name} · 无证明城市 · 青岛`);
  // Like a 办事指南: how many materials first, then what to bring, then what replaces each waived proof.
  const materials = page.getByRole("region", { name: "要带什么" });
  await expect(materials).toContainText(/需提交 \d+ 份/);
  await expect(materials).toContainText(/免提交 \d+ 份/);
  const bring = materials.getByRole("list", { name: "需要准备的材料" });
  if ((await bring.count()) === 0) await expect(materials).toContainText("无需其他材料");
  await expect(materials.getByRole("list", { name: "不用再交的证明" }).getByRole("listitem").first()).toBeVisible();
  const waived = page.getByRole("region", { name: /不用再交的证明，现在怎么办/ });
  const proof = waived.getByRole("listitem").first();
  await expect(proof).toContainText("现在怎么办：");
  await expect(proof.locator("span").filter({ hasText: /直接取消|告知承诺|部门间数据共享核验|电子证照|网络核验|行业自律|容缺承诺/ }).first()).toBeVisible();
  const how = page.getByRole("region", { name: "怎么办", exact: true });
  await expect(how).toContainText("办理时限");
  // Phone numbers are one tap away; a date never breaks across lines.
  await expect(how.getByRole("link", { name: "12345" })).toHaveAttribute("href", "tel:12345");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "12345" })).toHaveAttribute("href", "tel:12345");
  expect(await page.getByText(/\d{4}-\d{2}-\d{2} 起实施/).evaluate((el) => getComputedStyle(el).whiteSpace)).toBe("nowrap");
  await expectAccessible(page);

  // 长辈版: one click, remembered, larger text, and 60 px for everything a finger taps.
  await page.getByRole("link", { name: "长辈版" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("link", { name: "切换到标准版" })).toBeVisible();
  const bodySize = await page.locator("main p").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(bodySize).toBeGreaterThanOrEqual(24);
  expect(await height(page.getByRole("link", { name: "这里仍要求我提供证明" }))).toBeGreaterThanOrEqual(60);
  expect(await height(page.getByRole("link", { name: "← 无证明城市首页" }))).toBeGreaterThanOrEqual(60);
  await page.getByRole("link", { name: "← 无证明城市首页" }).click();

  await expect(page.getByRole("link", { name: "切换到标准版" })).toBeVisible();
  expect(await placeholderFits(page.getByRole("searchbox", { name: "您要办什么事？" }))).toBe(true);
  for (const chip of await page.getByRole("list", { name: /大家都在问|更多服务/ }).getByRole("link").all()) expect(await height(chip)).toBeGreaterThanOrEqual(60);
  // Life events in one column, each label on one line (not 出/生, a character per line).
  const tiles = page.getByRole("region", { name: "按人生事件找" }).getByRole("link");
  const lefts = new Set(await tiles.evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().left))));
  expect(lefts.size).toBe(1);
  for (const tile of await tiles.all()) {
    expect(await tile.locator("span").first().evaluate((el) => el.getBoundingClientRect().height < parseFloat(getComputedStyle(el).lineHeight) * 1.5)).toBe(true);
  }
  await expectAccessible(page);

  await page.getByRole("searchbox", { name: "您要办什么事？" }).fill("驾驶证");
  await page.getByRole("button", { name: "搜索" }).click();
  const elderCard = page.getByRole("list", { name: "搜索结果" }).getByRole("listitem").first();
  expect(await height(elderCard)).toBeGreaterThanOrEqual(60);
  expect(await cardTapsTo(elderCard)).toMatch(/^\/no-proof\/cases\//);
  await page.getByRole("link", { name: "切换到标准版" }).click();
  await expect(page.getByRole("link", { name: "长辈版" })).toBeVisible();
});
