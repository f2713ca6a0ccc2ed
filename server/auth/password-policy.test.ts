import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed/organisation";
import { passwordProblem } from "./password-policy";

describe("password rules (等保三级)", () => {
  it.each([
    ["Ab1!", "密码至少 8 位"],
    ["abcdefgh1", "密码须包含大写字母、小写字母、数字、符号中的至少三类"],
    ["12345678!", "密码须包含大写字母、小写字母、数字、符号中的至少三类"],
    ["Pub.jtj2026", "密码不能包含用户名"],
    ["P@ssw0rd", "这是常见密码，容易被猜中，请换一个"],
    ["Password123", "这是常见密码，容易被猜中，请换一个"],
    ["Woaini1314", "这是常见密码，容易被猜中，请换一个"],
    ["Dragon2026!", "这是常见密码，容易被猜中，请换一个"],
    ["A".repeat(60) + "b1".repeat(40), "密码不超过 128 位"],
  ])("refuses %s", (password, message) => {
    expect(passwordProblem(password, "pub.jtj")).toBe(message);
  });

  it("accepts a long mixed password", () => {
    expect(passwordProblem("Laoshan-Spring-2026", "pub.jtj")).toBeNull();
    expect(passwordProblem("qd海尔路7号Tea", "pub.jtj")).toBeNull();
  });

  it("would refuse the demo password: only the seed may write it, for the documented demo accounts", () => {
    expect(passwordProblem(DEMO_PASSWORD, "admin")).toBe("这是常见密码，容易被猜中，请换一个");
  });
});
