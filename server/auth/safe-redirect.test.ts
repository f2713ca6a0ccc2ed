import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps paths of this site, query and fragment included", () => {
    expect(safeRedirectPath("/console/review?queue=scenario")).toBe("/console/review?queue=scenario");
    expect(safeRedirectPath("/no-proof/cases/abc#materials")).toBe("/no-proof/cases/abc#materials");
    expect(safeRedirectPath("/console/资源")).toBe("/console/%E8%B5%84%E6%BA%90");
  });

  // Known open-redirect bypasses (OWASP and PortSwigger lists), as they arrive after one URL decoding.
  const BYPASSES = [
    "//evil.example",
    "///evil.example",
    "////evil.example/path",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/ /evil.example",
    "/\u0000/evil.example",
    "https://evil.example",
    "http:evil.example",
    "https:/evil.example",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "",
    "/" + "a".repeat(2001),
  ];
  it.each(BYPASSES)("sends %j to the fallback", (value) => {
    expect(safeRedirectPath(value)).toBe("/console");
  });

  it("refuses anything that is not a string", () => {
    expect(safeRedirectPath(undefined)).toBe("/console");
    expect(safeRedirectPath(["/console/audit"], "/")).toBe("/");
  });

  it("never returns a path a browser would take off-site", () => {
    for (const value of BYPASSES) expect(new URL(safeRedirectPath(value), "https://qd.example").host).toBe("qd.example");
  });
});
