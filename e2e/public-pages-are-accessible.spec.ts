import { expect, test, type Page } from "@playwright/test";
import { expectAccessibleAtBothWidths } from "./fixtures";

/** The public pages in two groups, so both workers share them. Detail pages are found from their lists. */
const GROUPS: { name: string; pages: (page: Page) => Promise<string[]> }[] = [
  {
    name: "the platform's catalogues",
    pages: async (page) => {
      await page.goto("/resources?q=%E8%AF%81%E7%85%A7");
      const resource = await page.getByRole("list", { name: "搜索结果" }).getByRole("link").first().getAttribute("href");
      await page.goto("/scenarios");
      const scenario = await page.getByRole("list", { name: "场景列表" }).getByRole("link").first().getAttribute("href");
      return ["/", "/resources", "/resources?q=%E8%AF%81%E7%85%A7&kind=api", resource!, "/login", "/scenarios", scenario!, "/scenarios/leaderboard", "/competitions"];
    },
  },
  {
    name: "the citizen service",
    pages: async () => [
      "/no-proof/places",
      "/no-proof/open-data",
      "/no-proof/about",
      "/no-proof/browse/licence/driving_licence",
      "/no-proof/browse/district/370215",
    ],
  },
];

for (const group of GROUPS) {
  test(`public pages of ${group.name} have no serious accessibility violations at 1280 and 375 px`, async ({ page }) => {
    test.setTimeout(240_000);
    for (const path of await group.pages(page)) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await expectAccessibleAtBothWidths(page, path);
      // One h1, a main landmark and a real title on every page.
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("main")).toHaveCount(1);
      expect(await page.title()).toMatch(/城市云脑|无证明城市/);
    }
  });
}
