import { describe, expect, it } from "vitest";
import { caseSearchSchema } from "./queries";
import { cleanQuestion, QUESTION_MAX, questionFromSegment, searchPath } from "./views";

/** What the cached search page (/no-proof/<view>/search/<question>) searches for, from its path segment as Next hands it over. */
const question = (segment: string) => caseSearchSchema.parse({ q: questionFromSegment(segment) }).q;

describe("the citizen search's question, read from the page's path", () => {
  it("holds no control character or half surrogate pair, whether Next hands the segment over decoded or not", () => {
    expect(question(encodeURIComponent("驾驶\u0000证"))).toBe("驾驶证");
    expect(question("驾驶\u0000证\ud800")).toBe("驾驶证");
    // A decoded 「100%」 is not valid percent-encoding: read as it is.
    expect(question("100%")).toBe("100%");
    expect(question(encodeURIComponent(" 100% \u0007"))).toBe("100%");
  });

  it("is nothing for a question with nothing left to search for, and cut to the longest question", () => {
    for (const segment of ["", "%20%20", "%00", "\ud800\u001f"]) expect(question(segment)).toBeUndefined();
    expect(question("长".repeat(QUESTION_MAX + 10))).toHaveLength(QUESTION_MAX);
  });
});

describe("the search path proxy.ts gives the questions next.config.js cannot route", () => {
  it("encodes %, slashes and the rest, and drops what no path can hold", () => {
    expect(searchPath("standard", "100%")).toBe("/no-proof/standard/search/100%25");
    expect(searchPath("elder", " a/b\\c?#\u0007")).toBe(`/no-proof/elder/search/${encodeURIComponent("a/b\\c?#")}`);
    expect(searchPath("standard", "驾驶\u0000证\ud800")).toBe(`/no-proof/standard/search/${encodeURIComponent("驾驶证")}`);
    for (const question of [null, "", "  ", "\u0000", "\ud800\u001f"]) expect(cleanQuestion(question)).toBe("");
  });
});
