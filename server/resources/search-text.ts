/**
 * Chinese full-text search without a segmenter: text becomes overlapping CJK bigrams
 * (「电子证照」→ 电子 子证 证照) plus lower-cased Latin/digit words, indexed as a `simple`
 * tsvector; a query phrase becomes the same bigrams joined by `<->`. Two-character terms such
 * as 证照 or 社保 are one bigram and hit the GIN index directly, which a trigram index cannot do.
 */

const RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const HAN = /^\p{Script=Han}/u;

function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  for (const [run] of text.normalize("NFKC").toLowerCase().matchAll(RUN)) {
    if (!HAN.test(run)) {
      tokens.push(run);
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) tokens.push(run);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  }
  return tokens;
}

/** The text to index with `to_tsvector('simple', …)`. */
export function searchDocument(text: string): string {
  return tokensOf(text).join(" ");
}

export interface ParsedQuery {
  /** For `to_tsquery('simple', …)`, or null when no term is long enough to index. */
  tsquery: string | null;
  /** Single Chinese characters, which have no bigram: matched with ILIKE instead. */
  singleChars: string[];
}

/** Each whitespace-separated term must match, as a phrase. */
export function parseQuery(q: string): ParsedQuery {
  const phrases: string[] = [];
  const singleChars: string[] = [];
  for (const term of q.split(/\s+/).filter(Boolean)) {
    const tokens = tokensOf(term);
    if (tokens.length === 0) continue;
    if (tokens.length === 1 && [...tokens[0]!].length === 1 && HAN.test(tokens[0]!)) {
      singleChars.push(tokens[0]!);
      continue;
    }
    phrases.push(tokens.map((t) => `'${t.replace(/'/g, "''")}'`).join(" <-> "));
  }
  return { tsquery: phrases.length ? phrases.map((p) => `(${p})`).join(" & ") : null, singleChars };
}
