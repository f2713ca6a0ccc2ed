import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const DATABASE_TESTS = ["server/**/*.db.test.ts", "db/**/*.db.test.ts"];
const database = { include: DATABASE_TESTS, globalSetup: ["server/testing/global-setup.ts"], hookTimeout: 60_000 };

// Tests that touch no database run once ("unit"). Database tests (*.db.test.ts) run on PGlite and,
// when TEST_DATABASE_URL names a PostgreSQL server, a second time there, each file on a copy of a
// fixture that the global setup migrated and seeded once for the run.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    testTimeout: 30_000,
    // At least two workers even on two cores: PostgreSQL files mostly wait on the server.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Test files share a worker's loaded modules (each still opens its own database): importing the
    // schema, services and seed data once per worker instead of once per file halves the run.
    isolate: false,
    // A test that stubs an environment variable (vi.stubEnv) never leaks it into the next one.
    unstubEnvs: true,
    projects: [
      { extends: true, test: { name: "unit", include: ["server/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"], exclude: DATABASE_TESTS } },
      { extends: true, test: { ...database, name: "pglite", env: { TEST_ENGINE: "pglite" } } },
      ...(process.env.TEST_DATABASE_URL
        ? [{ extends: true as const, test: { ...database, name: "postgres", env: { TEST_ENGINE: "postgres" } } }]
        : []),
    ],
  },
});
