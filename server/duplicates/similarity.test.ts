import { describe, expect, it } from "vitest";
import { LABELLED_PAIRS } from "./labelled-pairs";
import { canonicalText, LIKELY_DUPLICATE, similarity, type Comparable } from "./similarity";

const entry = (name: string, summary = "", kind = "dataset"): Comparable => ({ name, summary, kind, parts: [] });
const score = (a: Comparable, b: Comparable) => similarity(a, b).score;

describe("「已有同类」 similarity without a corpus (every term rarity 1)", () => {
  it("reaches precision and recall of 0.8 on the labelled pairs at the shipped threshold", () => {
    const found = LABELLED_PAIRS.map((p) => ({ same: p.same, found: score(p.a, p.b) >= LIKELY_DUPLICATE }));
    const truePositives = found.filter((f) => f.same && f.found).length;
    const precision = truePositives / found.filter((f) => f.found).length;
    const recall = truePositives / found.filter((f) => f.same).length;
    expect(LABELLED_PAIRS.length).toBeGreaterThanOrEqual(40);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });

  it("tells apart two acts on the same subject: 企业登记信息 and 企业注销信息", () => {
    expect(score(entry("企业登记信息"), entry("企业注销信息"))).toBeLessThan(LIKELY_DUPLICATE);
    expect(
      score(entry("企业登记信息", "企业设立、变更登记的基本信息。"), entry("企业注销信息", "企业注销登记的注销原因、注销日期和清算组信息。")),
    ).toBeLessThan(LIKELY_DUPLICATE);
  });

  it("finds one register under two departments' words: 企业登记基本信息 and 市场主体登记注册信息", () => {
    expect(score(entry("企业登记基本信息"), entry("市场主体登记注册信息"))).toBeGreaterThanOrEqual(LIKELY_DUPLICATE);
    const found = similarity(
      entry("企业登记基本信息", "全市企业设立、变更登记的基本信息，包括企业名称、统一社会信用代码、法定代表人、注册资本、住所。"),
      entry("市场主体登记注册信息", "市场主体登记注册数据，含名称、社会信用代码、法定代表人、注册资本、登记机关。"),
    );
    expect(found.score).toBeGreaterThanOrEqual(LIKELY_DUPLICATE);
    expect(found.sharedNameTerms).toEqual(expect.arrayContaining(["企业", "登记"]));
  });

  it("reads one feed under two names (公交实时到站, 公交车辆实时位置), not two populations (户籍人口, 流动人口)", () => {
    expect(score(entry("公交实时到站", "", "api"), entry("公交车辆实时位置", "", "iot"))).toBeGreaterThanOrEqual(LIKELY_DUPLICATE);
    expect(score(entry("户籍人口基本信息"), entry("流动人口居住登记信息"))).toBeLessThan(LIKELY_DUPLICATE);
  });

  it("is symmetric, 1 for the same entry and 0 for nothing shared", () => {
    const a = entry("公共视频监控点位", "全市视频监控点位的编号、位置和所属单位。");
    const b = entry("监控视频点位清单", "各区市摄像头点位位置、类型和接入状态。");
    expect(score(a, b)).toBe(score(b, a));
    expect(score(a, a)).toBe(1);
    expect(score(entry("燃气用户用气量"), entry("中小学生学籍"))).toBe(0);
  });

  it("tells apart registers of one pattern about different subjects, not a district's copy of one", () => {
    for (const [a, b] of [
      ["食品经营许可信息", "药品经营许可信息"],
      ["社会保险参保信息", "基本医疗保险参保信息"],
      ["养犬登记信息查询接口", "机动车登记信息查询接口"],
      ["消防车辆实时定位数据", "急救车辆实时定位数据"],
      ["危险化学品经营许可证信息", "危险废物经营许可信息"],
    ])
      expect(score(entry(a!), entry(b!)), `${a} ~ ${b}`).toBeLessThan(LIKELY_DUPLICATE);
    expect(score(entry("食品经营许可信息"), entry("胶州市食品经营许可证信息"))).toBeGreaterThanOrEqual(LIKELY_DUPLICATE);
    expect(score(entry("城镇老旧小区改造信息"), entry("老旧小区改造项目信息"))).toBeGreaterThanOrEqual(LIKELY_DUPLICATE);
  });

  it("never finds two names alike on generic words alone", () => {
    expect(score(entry("数据资源目录信息查询接口"), entry("政务服务事项信息查询接口"))).toBe(0);
  });

  it("keeps a form that contains one of its own wordings whole", () => {
    expect(canonicalText("公共停车位")).toBe("公共停车位");
    expect(canonicalText("停车泊位")).toBe("停车位");
  });
});
