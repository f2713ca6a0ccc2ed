/** The kinds of catalogue entry that 市大数据局 reviews. Pure: client components import it too. */
export const REVIEW_KINDS = ["resource", "scenario", "noProof", "place"] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** Where each kind's queue is, and where one of its entries is reviewed. */
export const REVIEW_PATHS: Record<ReviewKind, { queue: string; entry: (id: string) => string; label: string }> = {
  resource: { queue: "/console/review", entry: (id) => `/resources/${id}`, label: "资源" },
  scenario: { queue: "/console/review/scenarios", entry: (id) => `/scenarios/${id}`, label: "场景" },
  noProof: { queue: "/console/review/no-proof", entry: (id) => `/console/no-proof/${id}`, label: "无证明场景" },
  place: { queue: "/console/review/places", entry: (id) => `/console/no-proof/places/${id}`, label: "亮证场所" },
};

/**
 * The queue's filters, carried from the queue to an entry's page and back (「返回审核队列」), so a
 * reviewer narrowing the queue to one department does not lose that on each item. Only the queue's
 * own keys survive the round trip.
 */
export function queueFilters(query: unknown): string {
  const from = new URLSearchParams(typeof query === "string" ? query : "");
  const kept = new URLSearchParams();
  for (const key of ["kind", "departmentId", "page"]) {
    const value = from.get(key);
    if (value && value.length <= 64) kept.set(key, value);
  }
  return kept.toString();
}
