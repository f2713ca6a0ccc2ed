import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The layer arrows, written down in the README's architecture section and kept here.
const ROOT = join(__dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Each `import … from "<specifier>"` of a file, with whether it is `import type`. */
function imports(file: string): { specifier: string; typeOnly: boolean }[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  return [...text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms)].map((m) => ({ specifier: m[2]!, typeOnly: !!m[1] }));
}

function offending(dirs: string[], rule: (i: { specifier: string; typeOnly: boolean }, file: string) => boolean) {
  return dirs.flatMap(sources).flatMap((file) => imports(file).filter((i) => rule(i, file)).map((i) => `${file} → ${i.specifier}`));
}

describe("layers", () => {
  it("the database schema takes only types from the server (the content zod schemas define the JSON columns)", () => {
    expect(offending(["db/schema"], (i) => i.specifier.startsWith("@/server") && !i.typeOnly)).toEqual([]);
    expect(offending(["db/schema"], (i) => i.specifier.startsWith("@/server") && !/^@\/server\/[a-z-]+\/schemas$/.test(i.specifier))).toEqual([]);
  });

  it("server code never reaches into the app's routes and components", () => {
    expect(offending(["server", "db"], (i) => i.specifier.startsWith("@/app"))).toEqual([]);
  });

  it("only start-up and the test fixtures load the demo seed; services do not depend on it", () => {
    const allowed = new Set(["server/startup.ts", "server/testing/fixtures.ts"]);
    expect(offending(["server"], (i, file) => i.specifier.startsWith("@/db/seed") && !allowed.has(file))).toEqual([]);
  });

  it("every link of the app goes through app/_components/link.tsx (followed by the client router, never prefetched)", () => {
    expect(offending(["app"], (i) => i.specifier === "next/link")).toEqual([]);
  });

  it("domain services never import Next.js, so they run in tests and scripts without a request", () => {
    // The Auth.js configuration, the OIDC provider it is given, the request-bound entry points, and the
    // raw-request check of Next's router header by Next's own parser.
    const allowed = new Set(["server/auth/session.ts", "server/auth/config.ts", "server/auth/oidc.ts", "server/api/server.ts", "server/public-url.ts", "server/http/router-state.ts"]);
    expect(offending(["server"], (i, file) => /^next(\/|$|-auth)/.test(i.specifier) && !allowed.has(file))).toEqual([]);
  });
});
