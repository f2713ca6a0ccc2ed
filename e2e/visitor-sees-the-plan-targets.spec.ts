import { expect, test } from "@playwright/test";

for (const width of [1280, 375]) {
  test(`an anonymous visitor sees the four plan targets with live counts at ${width} px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    // Served from the page cache, as every anonymous visitor gets it: no per-request nonce can be in it.
    expect(headers["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline'");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");

    await expect(page).toHaveTitle("城市云脑 · 场景开放平台");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("城市云脑 · 场景开放平台");
    // The plan is 2023's; the figures are this year's, and the heading says which year.
    const region = page.getByRole("region", { name: /^《数字青岛2023年行动方案》目标 · \d{4} 年进度$/ });
    const targets = region.getByRole("listitem");
    await expect(targets).toHaveCount(4);
    for (const [label, goal] of [
      ["今年新增资源", 1000],
      ["多跨融合大场景", 5],
      ["无证明城市新增场景", 40],
      ["机关内部“一件事”", 12],
    ] as const) {
      const card = targets.filter({ has: page.getByRole("heading", { name: label, exact: true }) });
      await expect(card).toContainText(`目标 ≥${goal}`);
      await expect(card.getByRole("progressbar")).toBeVisible();
      const current = Number(await card.getByTestId(/^target-/).evaluate((el) => el.firstChild!.textContent));
      // Met targets say so; the others say how many are missing and the monthly pace to December.
      if (current >= goal) await expect(card).toContainText("已达成");
      else await expect(card).toContainText(new RegExp(`未达成 · 还差 ${goal - current} · 每月需新增 \\d+`));
    }
    // Nothing overflows sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await testInfo.attach(`home-${width}`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });

    // Each card is a link to what it counts.
    await targets.filter({ hasText: "多跨融合大场景" }).click();
    await expect(page).toHaveURL(/\/scenarios\?kind=big_scenario$/);
    await expect(page.getByLabel("场景类型")).toHaveValue("big_scenario");
  });
}

test("unknown pages answer 404 in Chinese", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible();
});
