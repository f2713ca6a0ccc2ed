// Apart from ./password-policy, so forms can show the rules without shipping its 49,000-word list.
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

/** The rules in one line, beside every field where a password is chosen. */
export const PASSWORD_RULES_HINT = `至少 ${MIN_PASSWORD_LENGTH} 位，含大写字母、小写字母、数字、符号中的三类；不含用户名，不用常见密码`;
