import { GENERIC_WEIGHT, GENERIC_WORDS, SYNONYMS } from "./vocabulary";

/**
 * 「已有同类」: how alike two catalogue entries are, from what departments actually write. Chinese
 * has no spaces, so a text becomes the CJK bigrams of its runs (企业登记 → 企业 业登 登记) after
 * every wording in the synonym list is replaced by its one form (市场主体 → 企业) and the runs are
 * cut at generic words (信息、数据、查询 …), which count as terms of their own with a small weight.
 */

// Each one form maps to itself too, so a form containing a wording stays whole (停车位 is not 停 + 车位 → 停停车位).
const REPLACEMENTS: [string, string][] = Object.entries(SYNONYMS)
  .flatMap(([canonical, wordings]) => [canonical, ...wordings].map((w): [string, string] => [w.toLowerCase(), canonical]))
  .sort((a, b) => b[0].length - a[0].length);
const GENERIC = new Set(GENERIC_WORDS);
const GENERIC_BY_LENGTH = [...GENERIC_WORDS].sort((a, b) => b.length - a.length);
const HAN = /\p{Script=Han}/u;
/** Runs of Han characters, or of Latin letters and digits. */
const RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/** The text with every known wording in its one form, lower-cased and NFKC-folded. */
export function canonicalText(text: string): string {
  let out = text.normalize("NFKC").toLowerCase();
  // One pass over the text, longest wording first at each position, so a replacement is never
  // replaced again (公交车辆 → 公交, not 公交 → …).
  let result = "";
  for (let i = 0; i < out.length; ) {
    const hit = REPLACEMENTS.find(([from]) => out.startsWith(from, i));
    if (hit) {
      result += hit[1];
      i += hit[0].length;
    } else {
      result += out[i];
      i += 1;
    }
  }
  out = result;
  return out;
}

/** Term → weight: bigrams of the specific runs at 1, generic words at GENERIC_WEIGHT. */
export type Terms = Map<string, number>;

/**
 * The same texts are compared again and again (a lookup's candidates, an import's rows against the
 * catalogue): their terms are kept for a while. Callers never change the map they get.
 */
const TERMS_KEPT = 20_000;
const keptTerms = new Map<string, Terms>();

export function termsOf(text: string): Terms {
  const kept = keptTerms.get(text);
  if (kept) return kept;
  const terms = tokenise(text);
  if (keptTerms.size >= TERMS_KEPT) keptTerms.clear();
  keptTerms.set(text, terms);
  return terms;
}

function tokenise(text: string): Terms {
  const terms: Terms = new Map();
  for (const [run] of canonicalText(text).matchAll(RUN)) {
    if (!HAN.test(run)) {
      terms.set(run, GENERIC.has(run) ? GENERIC_WEIGHT : 1);
      continue;
    }
    // Cut the run at generic words, which become terms of their own.
    const pieces: string[] = [];
    let rest = run;
    let piece = "";
    while (rest) {
      const generic = GENERIC_BY_LENGTH.find((g) => rest.startsWith(g));
      if (generic) {
        if (piece) pieces.push(piece);
        piece = "";
        terms.set(generic, GENERIC_WEIGHT);
        rest = rest.slice(generic.length);
      } else {
        piece += rest[0];
        rest = rest.slice(1);
      }
    }
    if (piece) pieces.push(piece);
    for (const p of pieces) {
      const chars = [...p];
      if (chars.length === 1) terms.set(p, Math.max(terms.get(p) ?? 0, 0.5));
      for (let i = 0; i + 1 < chars.length; i++) terms.set(chars[i]! + chars[i + 1]!, 1);
    }
  }
  return terms;
}

function weightOf(terms: Terms): number {
  let sum = 0;
  for (const w of terms.values()) sum += w;
  return sum;
}

/** The terms both share, with their weight (the lower, when the two texts weigh one differently). */
export function sharedTerms(a: Terms, b: Terms): Terms {
  const shared: Terms = new Map();
  for (const [t, w] of a) {
    const other = b.get(t);
    if (other !== undefined) shared.set(t, Math.min(w, other));
  }
  return shared;
}

/**
 * How much a specific term says in this catalogue, 0–1: 1 for a term no other name uses, less the
 * more names use it (许可、经营 in hundreds of names tell little). Without a corpus every term is 1.
 */
export type Rarity = (term: string) => number;
const EVERY_TERM_RARE: Rarity = () => 1;

function weighted(terms: Terms, rarity: Rarity): Terms {
  return new Map([...terms].map(([t, w]) => [t, w * rarity(t)]));
}

/**
 * A name's subject: its first two specific terms (食品经营许可 → 食品 品经; 养犬登记 → 养犬 犬登),
 * as Chinese names put what a register is about before the pattern every register of its kind shares.
 */
function subjectOf(terms: Terms): string[] {
  return [...terms].filter(([, w]) => w === 1).slice(0, 2).map(([t]) => t);
}

/**
 * Two names of one pattern about different subjects (食品/药品经营许可, 社保/医保参保, 消防/急救车辆
 * 实时定位): neither name holds the other's subject. A name that only adds to the other's subject
 * (胶州市食品经营许可证 and 食品经营许可, 城镇老旧小区改造 and 老旧小区改造) is not.
 */
function differentSubjects(a: Terms, b: Terms): boolean {
  const subjectA = subjectOf(a);
  const subjectB = subjectOf(b);
  if (subjectA.length === 0 || subjectB.length === 0) return false;
  return !subjectA.every((t) => b.has(t)) && !subjectB.every((t) => a.has(t));
}

/** What is left of a pair's score when its names are about different subjects. */
const DIFFERENT_SUBJECT = 0.4;

/** Weighted Dice coefficient: 1 for the same terms, 0 for none shared. */
export function dice(a: Terms, b: Terms): number {
  const total = weightOf(a) + weightOf(b);
  return total === 0 ? 0 : (2 * weightOf(sharedTerms(a, b))) / total;
}

/** What the comparison reads of an entry. */
export interface Comparable {
  name: string;
  /** 资源摘要, or a scenario's problem and how it works. */
  summary: string;
  /** 资源类型 or 场景类型. */
  kind: string;
  /** Data item names (resources) or the ids of the resources a scenario uses. */
  parts: readonly string[];
}

export interface Similarity {
  score: number;
  /** The parts of the score, 0–1: names, summaries, data items or used resources (null: not both list some). */
  name: number;
  summary: number;
  parts: number | null;
  /** The specific (not generic) terms the names share, for highlighting. */
  sharedNameTerms: string[];
}

/**
 * The name carries the judgement; the summary confirms or weakens it, and so do the resources two
 * scenarios use, when both list some; a different kind costs a little, as a dataset and an API of
 * the same data are still one resource built twice. The form and the threshold were chosen on the
 * labelled pairs (`labelled-pairs.ts`), whose precision and recall the bench prints.
 */
export function similarity(a: Comparable, b: Comparable, rarity: Rarity = EVERY_TERM_RARE): Similarity {
  const nameA = termsOf(a.name);
  const nameB = termsOf(b.name);
  const sharedNameTerms = [...sharedTerms(nameA, nameB)].filter(([, w]) => w === 1).map(([t]) => t);
  const round = (n: number) => Math.round(n * 100) / 100;
  const name = dice(weighted(nameA, rarity), weighted(nameB, rarity));
  const summary = dice(weighted(termsOf(a.summary), rarity), weighted(termsOf(b.summary), rarity));
  const partsA = new Set(a.parts.map(canonicalText));
  const partsB = new Set(b.parts.map(canonicalText));
  const bothListParts = partsA.size >= 2 && partsB.size >= 2;
  let parts: number | null = null;
  if (bothListParts) parts = [...partsA].filter((p) => partsB.has(p)).length / Math.min(partsA.size, partsB.size);
  // The summary (and the parts, where both list some) confirm or weaken what the names say, but
  // never make two differently named entries alike: boilerplate summaries are common.
  const confirmation = parts === null ? summary : (summary + parts) / 2;
  let score = name * (0.6 + 0.4 * confirmation);
  if (a.kind !== b.kind) score *= 0.9;
  if (differentSubjects(nameA, nameB)) score *= DIFFERENT_SUBJECT;
  // Names sharing only generic words (数据资源目录信息查询接口, 政务服务事项信息查询接口) share no subject.
  if (sharedNameTerms.length === 0) score = 0;
  return { score: round(score), name: round(name), summary: round(summary), parts: parts === null ? null : round(parts), sharedNameTerms };
}

/** The score from which an entry is shown as 「已有同类」 and asks the submitter for a reason. */
export const LIKELY_DUPLICATE = 0.35;

/** A pair's shared bigrams (in name order) joined where they overlap: 食品 品经 经营 → 食品经营. */
export function joinedTerms(terms: string[]): string[] {
  const words: string[] = [];
  for (const term of terms) {
    const [first, second, ...more] = [...term];
    const last = words.at(-1);
    if (last && second && more.length === 0 && last.endsWith(first!)) words[words.length - 1] = last + second;
    else words.push(term);
  }
  return words;
}
