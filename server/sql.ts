/** `%term%` for ILIKE, with the pattern's own wildcards escaped so a user's `%` or `_` matches literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, "\\$&")}%`;
}
