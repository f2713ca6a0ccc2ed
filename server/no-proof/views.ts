/** The two renderings of every citizen page: standard, and 长辈版 (elder mode). */
export const VIEWS = ["standard", "elder"] as const;
export type View = (typeof VIEWS)[number];

export { VIEW_COOKIE } from "@/server/http/public-pages.mjs";

/** The longest question the citizen search reads; longer text is cut, not refused. */
export const QUESTION_MAX = 50;

/**
 * The question as a search reads it: without control characters or half surrogate pairs (which no
 * one types, and which a path cannot encode), trimmed and cut to QUESTION_MAX. Empty when nothing
 * is left to search for.
 */
export function cleanQuestion(question: string | null): string {
  return (question ?? "").replace(/[\p{Cc}\p{Cs}]/gu, "").trim().slice(0, QUESTION_MAX);
}

/**
 * The cached search page of a view for a question (/no-proof/elder/search/驾驶证). next.config.js
 * routes most questions there itself; proxy.ts those it cannot put in a path (%, /, \, ?, #).
 */
export function searchPath(view: View, question: string): string {
  return `/no-proof/${view}/search/${encodeURIComponent(cleanQuestion(question))}`;
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
