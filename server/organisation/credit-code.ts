/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters — 登记管理部门 (1), 机构类别 (1), 行政区划 (6 digits),
 * 组织机构代码 (9), and a check character over the first 17. The alphabet leaves out I, O, S, V and Z,
 * which read like digits.
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character (18th) for the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Why `code` is not a 统一社会信用代码, in Chinese; undefined when it is one. */
export function creditCodeProblem(code: string): string | undefined {
  if (code.length !== 18) return `统一社会信用代码应为 18 位，当前 ${code.length} 位`;
  if (!SHAPE.test(code)) return "统一社会信用代码只含数字和大写字母（不含 I、O、S、V、Z），第 3–8 位为行政区划代码";
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return "统一社会信用代码校验位不正确，请核对是否抄错";
  return undefined;
}
