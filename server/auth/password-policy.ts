import { dictionary } from "@zxcvbn-ts/language-common";

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-rules";

/** Favourites of Chinese users that the (English-leaning) common list misses. */
const CHINESE_FAVOURITES = ["woaini1314", "woaini520", "5201314", "1314520", "a5201314", "qingdao123", "qingdao2023", "qingdao2024", "qdqd1234"];

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  // The zxcvbn-ts list (49,000 passwords seen in leaks), read once on first use.
  common ??= new Set([...dictionary["passwords-common"], ...CHINESE_FAVOURITES]);
  return common;
}

const CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/];

/**
 * 等保三级 身份鉴别: at least eight characters from three of lower case, upper case, digits and
 * symbols; not the username; not a commonly used password (compared without case, and with
 * the digits and symbols people add at the end stripped). Returns why a password is refused,
 * in Chinese, or null.
 */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 位`;
  if (password.length > MAX_PASSWORD_LENGTH) return `密码不超过 ${MAX_PASSWORD_LENGTH} 位`;
  if (CLASSES.filter((c) => c.test(password)).length < 3) return "密码须包含大写字母、小写字母、数字、符号中的至少三类";
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && (lower.includes(name) || lower.includes([...name].reverse().join(""))))
    return "密码不能包含用户名";
  const stem = lower.replace(/[\d\W_]+$/, "");
  if (commonPasswords().has(lower) || (stem.length >= 4 && commonPasswords().has(stem))) return "这是常见密码，容易被猜中，请换一个";
  return null;
}

