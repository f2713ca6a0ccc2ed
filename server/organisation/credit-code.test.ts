import { describe, expect, it } from "vitest";
import { creditCodeCheckChar, creditCodeProblem } from "./credit-code";

describe("统一社会信用代码", () => {
  it("computes the check character of GB 32100 by hand-worked example", () => {
    // Σ(value × weight) = 9·1+1·3+3·9+5·27+0·19+1·26+0·16+0·17+M(21)·20+A(10)·29+2·25+Y(30)·13
    // +4·8+T(26)·24+K(19)·10+4·30+7·28 = 2512; 2512 mod 31 = 1; 31−1 = 30 → Y.
    expect(creditCodeCheckChar("91350100MA2Y4TK47")).toBe("Y");
    expect(creditCodeProblem("91350100MA2Y4TK47Y")).toBeUndefined();
  });

  it("maps a remainder of 0 to the character 0", () => {
    // Find a body whose sum is a multiple of 31 by changing the last character.
    const body = "1137020000000000";
    const last = [..."0123456789ABCDEFGHJKLMNPQRTUWXY"].find((ch) => creditCodeCheckChar(body + ch) === "0")!;
    expect(creditCodeProblem(`${body}${last}0`)).toBeUndefined();
  });

  it("refuses a wrong length, letters outside the alphabet, a non-numeric region and a wrong check character", () => {
    expect(creditCodeProblem("91350100MA2Y4TK4")).toMatch(/18 位/);
    expect(creditCodeProblem("91350100MA2Y4TKO7Y")).toMatch(/不含 I、O/);
    expect(creditCodeProblem("9135A100MA2Y4TK47Y")).toMatch(/行政区划/);
    expect(creditCodeProblem("91350100MA2Y4TK47L")).toMatch(/校验位/);
  });
});
