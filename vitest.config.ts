import path from "node:path";
import { defineConfig } from "vitest/config";

const shared = {
  include: ["server/**/*.test.ts", "db/**/*.test.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

// Every server test runs on PGlite; when TEST_DATABASE_URL names a PostgreSQL server, all of
// them run a second time there, each file in a database of its own.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      { extends: true, test: { ...shared, name: "pglite", env: { TEST_ENGINE: "pglite" } } },
      ...(process.env.TEST_DATABASE_URL
        ? [{ extends: true as const, test: { ...shared, name: "postgres", env: { TEST_ENGINE: "postgres" } } }]
        : []),
    ],
  },
});
