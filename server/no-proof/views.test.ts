import { describe, expect, it } from "vitest";
import { cleanQuestion, QUESTION_MAX, searchPath } from "./views";

describe("the citizen search's cacheable path", () => {
  it("holds no control character or half surrogate pair, which the page cache cannot store under", () => {
    expect(searchPath("驾驶\u0000证\ud800")).toBe(`/no-proof/search/${encodeURIComponent("驾驶证")}`);
    expect(searchPath(" 100% \u0007")).toBe("/no-proof/search/100%25");
  });

  it("is empty for a question with nothing left to search for, and cut to the longest question", () => {
    for (const question of [null, "", "  ", "\u0000", "\ud800\u001f"]) expect(cleanQuestion(question)).toBe("");
    expect(cleanQuestion("长".repeat(QUESTION_MAX + 10))).toHaveLength(QUESTION_MAX);
  });
});
