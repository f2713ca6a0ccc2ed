/** The shapes 「已有同类」 stores in JSON columns and hands to the pages. */

export type EntryType = "resource" | "scenario";

/** An entry found alike, as the form, the reviewer and the report show it. */
export interface LikelyDuplicate {
  entryType: EntryType;
  id: string;
  /** 资源编码 (resources only). */
  code: string | null;
  name: string;
  departmentId: string;
  departmentName: string;
  status: "submitted" | "published";
  /** 0–1, shown as a percentage. */
  score: number;
  /** The name terms both share (bigrams), for highlighting. */
  sharedTerms: string[];
}
