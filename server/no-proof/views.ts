/** The two renderings of every citizen page: standard, and 长辈版 (elder mode). */
export const VIEWS = ["standard", "elder"] as const;
export type View = (typeof VIEWS)[number];

export { VIEW_COOKIE } from "@/server/http/public-pages.mjs";

/** Public path (/no-proof/cases/1) → the internal route of a view (/no-proof/elder/cases/1). */
export function internalPath(view: View, publicPath: string): string {
  return `/no-proof/${view}${publicPath.slice("/no-proof".length)}`;
}

/** The longest question the citizen search reads; longer text is cut, not refused. */
export const QUESTION_MAX = 50;

/**
 * The question as a search reads it: without control characters or half surrogate pairs, which no
 * one types and no cache path may hold (a NUL fails the page cache's file name), trimmed and cut to
 * QUESTION_MAX. Empty when nothing is left to search for.
 */
export function cleanQuestion(question: string | null): string {
  return (question ?? "").replace(/[\p{Cc}\p{Cs}]/gu, "").trim().slice(0, QUESTION_MAX);
}

/** The cacheable path of a search (/no-proof/search/驾驶证), for the question as cleanQuestion leaves it. */
export function searchPath(question: string): string {
  return `/no-proof/search/${encodeURIComponent(cleanQuestion(question))}`;
}

/**
 * The question back from the path segment. Next may hand the segment over decoded or not, and a
 * decoded 「100%」 is not valid percent-encoding: decode only what decodes.
 */
export function questionFromSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
