import { describe, expect, it } from "vitest";
import { parseQuery, searchDocument } from "./search-text";

describe("Chinese search text", () => {
  it("indexes overlapping bigrams and Latin words", () => {
    expect(searchDocument("电子营业执照核验API v2")).toBe("电子 子营 营业 业执 执照 照核 核验 api v2");
    expect(searchDocument("证")).toBe("证");
    expect(searchDocument("API接口v2版")).toBe("api 接口 v2 版");
    expect(searchDocument("公交，实时到站")).toBe("公交 实时 时到 到站");
  });

  it("turns a phrase into adjacent bigrams, and several terms into AND", () => {
    expect(parseQuery("证照").tsquery).toBe("('证照')");
    expect(parseQuery("电子证照").tsquery).toBe("('电子' <-> '子证' <-> '证照')");
    expect(parseQuery(" 社保  查询 ").tsquery).toBe("('社保') & ('查询')");
    expect(parseQuery("Ｏ'Reilly").tsquery).toBe("('o' <-> 'reilly')");
  });

  it("leaves single characters to a substring match", () => {
    expect(parseQuery("证")).toEqual({ tsquery: null, singleChars: ["证"] });
    expect(parseQuery("  ")).toEqual({ tsquery: null, singleChars: [] });
  });
});
