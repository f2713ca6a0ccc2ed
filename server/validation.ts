import { z } from "zod";

// Messages that a field's schema does not set itself come out in Chinese too.
z.config(z.locales.zhCN());

export { z };

/**
 * Characters no one types and PostgreSQL cannot store (NUL): control characters other than tab and
 * line breaks, and half of a surrogate pair (what is left of an emoji cut in two).
 */
const UNREADABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNREADABLE_MESSAGE = "含有无法识别的字符（如空字符或半个表情符号），请删除后重试";

/** Whether any string in `value`, key or value at any depth, holds an unreadable character. */
export function hasUnreadable(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return UNREADABLE.test(value);
  if (depth > 20 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((v) => hasUnreadable(v, depth + 1));
  return Object.entries(value).some(([k, v]) => UNREADABLE.test(k) || hasUnreadable(v, depth + 1));
}

export const requiredText = (label: string, max: number, min = 1) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .min(min, `${label}至少 ${min} 个字`)
    .max(max, `${label}不能超过 ${max} 个字`)
    .refine((v) => !UNREADABLE.test(v), `${label}${UNREADABLE_MESSAGE}`);

export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`)
    .refine((v) => !UNREADABLE.test(v), `${label}${UNREADABLE_MESSAGE}`)
    .default("");

/** Field name → first message, for forms that show errors beside each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * What a person typed into a search box. Never refused: control characters are dropped, and text
 * longer than `max` is cut to `max` characters (the page says so); `%`, quotes and slashes are
 * searched as text by the queries.
 */
export const searchText = (max: number) =>
  z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) => v?.replace(/[\p{Cc}\p{Cs}]/gu, "").trim().slice(0, max) || undefined);

export type SearchParams = Record<string, string | string[] | undefined>;

/** A page's search params with one value per key: a repeated key counts once, by its first value. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/**
 * URL search params as a page reads them: a value that does not fit its field is read as absent, so
 * a hand-edited or crawled address shows the unfiltered page instead of an error.
 */
export function readSearchParams<S extends z.ZodObject>(schema: S, params: SearchParams): z.output<S> {
  const values = firstValues(params);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const parsed = field.safeParse(values[key]);
    out[key] = parsed.success ? parsed.data : field.safeParse(undefined).data;
  }
  return out as z.output<S>;
}

/** Whether the typed text was cut to fit `max` characters, so the page can say so. */
export function wasShortened(params: SearchParams, key: string, max: number): boolean {
  const value = firstValues(params)[key];
  return typeof value === "string" && value.trim().length > max;
}
