import { expect, test } from "@playwright/test";
import { expectAccessibleAtBothWidths } from "./fixtures";

const PAGES = [
  "/",
  "/resources",
  "/resources?q=%E8%AF%81%E7%85%A7&kind=api",
  "/login",
  "/scenarios",
  "/scenarios/leaderboard",
  "/competitions",
  "/no-proof/places",
  "/no-proof/open-data",
  "/no-proof/about",
  "/no-proof/browse/licence/driving_licence",
  "/no-proof/browse/district/370215",
];

test("public pages have no serious accessibility violations at 1280 and 375 px", async ({ page }) => {
  test.setTimeout(240_000);
  const paths = [...PAGES];
  await page.goto("/resources?q=%E8%AF%81%E7%85%A7");
  const detail = await page.getByRole("list", { name: "搜索结果" }).getByRole("link").first().getAttribute("href");
  paths.push(detail!);
  await page.goto("/scenarios");
  paths.push((await page.getByRole("list", { name: "场景列表" }).getByRole("link").first().getAttribute("href"))!);
  for (const path of paths) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await expectAccessibleAtBothWidths(page, path);
    // One h1, a main landmark and a real title on every page.
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    expect(await page.title()).toMatch(/城市云脑|无证明城市/);
  }
});
