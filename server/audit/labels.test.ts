import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_LABELS } from "./audit";

/** Every TypeScript source under server/, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(path.join(dir, d.name)) : d.name.endsWith(".ts") && !d.name.endsWith(".test.ts") ? [path.join(dir, d.name)] : [],
  );
}

describe("audit action labels", () => {
  it("name every action the services record in Chinese", () => {
    const codes = new Set<string>();
    for (const file of sources(path.resolve(import.meta.dirname, ".."))) {
      const text = readFileSync(file, "utf8");
      for (const [, code] of text.matchAll(/action: "([a-z_]+\.[a-z_.]+)"/g)) codes.add(code!);
      for (const [, a, b] of text.matchAll(/\? "(person\.[a-z_]+)" : "(person\.[a-z_]+)"/g)) codes.add(a!).add(b!);
      // The competition area's auditOf(type, id, "stage.open", …) records competition.stage.open.
      for (const [, code] of text.matchAll(/auditOf\("competition[a-z_]*", [^,]+, "([a-z_.]+)"/g)) codes.add(`competition.${code}`);
      for (const [, a, b] of text.matchAll(/\? "(conflict\.[a-z]+)" : "(conflict\.[a-z]+)"/g)) codes.add(`competition.${a}`).add(`competition.${b}`);
    }
    expect(codes.size).toBeGreaterThan(25);
    expect([...codes].filter((c) => !ACTION_LABELS[c])).toEqual([]);
  });
});
