import { describe, expect, it } from "vitest";
import { normaliseName, suggestJudges, type PanelJudge } from "./conflict-matching";

const PANEL: PanelJudge[] = [
  { id: "wjw", displayName: "陈立新", departmentName: "青岛市卫生健康委员会", departmentShortName: "市卫生健康委" },
  { id: "gaj", displayName: "王海涛", departmentName: "青岛市公安局", departmentShortName: "市公安局" },
  { id: "gaj2", displayName: "李静", departmentName: "青岛市公安局", departmentShortName: "市公安局" },
  { id: "cy", displayName: "陈立", departmentName: "城阳区", departmentShortName: "城阳区" },
];

describe("suggestJudges", () => {
  it("suggests a judge whose name is in the text, however it is spaced or punctuated", () => {
    expect(suggestJudges("陈立新", PANEL)).toEqual([
      { judgeId: "wjw", reason: "name" },
      // 「陈立」 is inside 「陈立新」: both are suggested and the organiser tells them apart by department.
      { judgeId: "cy", reason: "name" },
    ]);
    expect(suggestJudges(" 王 海涛（市公安局交警支队）", PANEL)).toEqual([
      { judgeId: "gaj", reason: "name" },
      { judgeId: "gaj2", reason: "department" },
    ]);
  });

  it("suggests a judge whose name contains the text, such as a given name alone", () => {
    expect(suggestJudges("海涛", PANEL)).toEqual([{ judgeId: "gaj", reason: "name" }]);
  });

  it("suggests every judge of a department named by its full or short name", () => {
    expect(suggestJudges("青岛市公安局", PANEL)).toEqual([
      { judgeId: "gaj", reason: "department" },
      { judgeId: "gaj2", reason: "department" },
    ]);
    expect(suggestJudges("城阳区教育和体育局", PANEL)).toEqual([{ judgeId: "cy", reason: "department" }]);
    expect(suggestJudges("市卫生健康委规划信息处", PANEL)).toEqual([{ judgeId: "wjw", reason: "department" }]);
  });

  it("suggests no one for a surname alone or an organisation not on the panel", () => {
    expect(suggestJudges("陈", PANEL)).toEqual([]);
    expect(suggestJudges("青岛大学计算机学院", PANEL)).toEqual([]);
    expect(suggestJudges("  ", PANEL)).toEqual([]);
  });
});

describe("normaliseName", () => {
  it("reads full-width letters as half-width and drops spaces and separating marks", () => {
    expect(normaliseName("ＡＢＣ 科技 · 有限公司（青岛）")).toBe("abc科技有限公司青岛");
  });
});
