/** The two renderings of every citizen page: standard, and 长辈版 (elder mode). */
export const VIEWS = ["standard", "elder"] as const;
export type View = (typeof VIEWS)[number];

/** The cookie that remembers a visitor's choice; read by proxy.ts, set by /api/no-proof/view. */
export const VIEW_COOKIE = "noproof_view";

/** Public path (/no-proof/cases/1) → the internal route of a view (/no-proof/elder/cases/1). */
export function internalPath(view: View, publicPath: string): string {
  return `/no-proof/${view}${publicPath.slice("/no-proof".length)}`;
}
