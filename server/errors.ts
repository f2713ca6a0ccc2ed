export type DomainErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS";

/**
 * The one error a domain rule throws. `message` is Chinese and shown to people as is;
 * `field` names the form field it belongs to, when there is one.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what}不存在或已被删除`);
export const forbidden = (message = "您没有权限执行此操作") => new DomainError("FORBIDDEN", message);
export const staleVersion = () =>
  new DomainError(
    "CONFLICT",
    "保存失败：该记录已被他人修改。您的输入已保留，请刷新查看最新内容后再保存。",
  );

/** PostgreSQL unique_violation, raised by either engine. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = (error as { cause?: unknown })?.cause ?? error;
  const { code, constraint: c, constraint_name } = (e ?? {}) as {
    code?: string;
    constraint?: string;
    constraint_name?: string;
  };
  return code === "23505" && (!constraint || c === constraint || constraint_name === constraint);
}
