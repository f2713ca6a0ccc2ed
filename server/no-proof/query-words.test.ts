import { describe, expect, it } from "vitest";
import { subjectTerms } from "./query-words";

describe("subjectTerms", () => {
  it("turns everyday questions into the catalogue's words", () => {
    expect(subjectTerms("开公司要带什么")).toEqual(["开办企业"]);
    expect(subjectTerms("驾照到期了怎么办")).toEqual(["驾驶证"]);
    expect(subjectTerms("生孩子需要什么材料？")).toEqual(["出生"]);
    expect(subjectTerms("退休")).toEqual(["退休"]);
    expect(subjectTerms("驾驶证")).toEqual(["驾驶证"]);
  });

  it("keeps several subjects and drops repeats", () => {
    expect(subjectTerms("买房 户口本 户口本")).toEqual(["购房", "户口簿"]);
  });

  it("leaves nothing of a bare question", () => {
    expect(subjectTerms("怎么办？")).toEqual([]);
  });
});
