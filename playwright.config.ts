import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// Debian's headless shell (package chromium-headless-shell) is the browser Playwright itself uses for
// headless runs; the full Chromium in headless mode spends twice the CPU per page on this machine.
const HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";

const PORT = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  // Specs share one server and database; each makes its own records, so two can run at once.
  workers: 2,
  // Tests are independent (each makes its own records): spread them over both workers, file or not.
  fullyParallel: true,
  retries: 0,
  // Journeys sign in several people in turn; on a busy 2-core machine one can take a minute.
  timeout: 150_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    browserName: "chromium",
    screenshot: "only-on-failure",
    // Tracing records every step of every journey, which costs a quarter of the run on two cores:
    // PW_TRACE=1 turns it on to study a failure.
    trace: process.env.PW_TRACE === "1" ? "retain-on-failure" : "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium"),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // Pages live for seconds: V8's optimising compilers (Maglev, TurboFan) spend CPU on code that
        // is gone before it pays off — 10–14% of Chromium's CPU in a sample of the journeys.
        "--js-flags=--no-opt --no-maglev",
      ],
    },
  },
  webServer: {
    // Builds, then serves the built app on a fresh embedded database (see scripts/e2e-server.mjs).
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: { E2E_PORT: String(PORT) },
  },
});
