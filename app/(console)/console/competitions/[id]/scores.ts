import { round2 } from "@/server/competition/aggregation";

/** A score as the organiser's tables show it: two decimals, a dash when there is none. */
export const score = (v: number | null) => (v === null ? "—" : round2(v).toFixed(2));
/** A judge's difference from the rest of the panel, with its sign. */
export const signed = (v: number | null) => (v === null ? "—" : `${v > 0 ? "+" : ""}${round2(v).toFixed(2)}`);
