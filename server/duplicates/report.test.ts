import { describe, expect, it } from "vitest";
import { clustersOf, departmentCounts, type ClusterEntry } from "./report";
import { joinedTerms } from "./similarity";

const entry = (id: string, departmentId: string, day: number): ClusterEntry => ({
  id,
  version: 1,
  code: null,
  name: `条目${id}`,
  departmentId,
  departmentName: `部门${departmentId}`,
  status: "published",
  createdAt: new Date(Date.UTC(2026, 0, day)),
  publishedAt: null,
});

// a (甲, 1 Jan) ~ b (乙, 5 Jan) ~ c (甲, 3 Jan); d (丙, 2 Jan) ~ e (丁, 9 Jan); f (乙) was retired, so not live.
const entries = new Map([entry("a", "甲", 1), entry("b", "乙", 5), entry("c", "甲", 3), entry("d", "丙", 2), entry("e", "丁", 9)].map((e) => [e.id, e]));
const pairs = [
  { lowId: "a", highId: "b", score: 0.6, sharedTerms: ["公交", "交实", "实时"] },
  { lowId: "b", highId: "c", score: 0.7, sharedTerms: ["公交", "交到", "到站"] },
  { lowId: "d", highId: "e", score: 0.9, sharedTerms: ["新生", "生儿"] },
  { lowId: "c", highId: "f", score: 0.95, sharedTerms: ["公交"] },
];

describe("集约建设 clusters", () => {
  const clusters = clustersOf("resource", pairs, entries);

  it("groups an entry with those alike to it, leaves out pairs with an entry no longer live, largest first", () => {
    expect(clusters.map((c) => c.entries.map((e) => e.id))).toEqual([
      ["a", "c", "b"], // registered first, first
      ["d", "e"],
    ]);
    expect(clusters[0]).toMatchObject({ departmentCount: 2, topScore: 0.7 });
  });

  it("dates the duplication from when the second department registered its entry", () => {
    // 甲 registered a on 1 Jan (c on 3 Jan is 甲's again); 乙 followed on 5 Jan.
    expect(clusters[0]!.since).toEqual(new Date(Date.UTC(2026, 0, 5)));
    expect(clusters[1]!.since).toEqual(new Date(Date.UTC(2026, 0, 9)));
  });

  it("shows the shared words, the most alike pair's first, overlapping bigrams joined", () => {
    expect(joinedTerms(["食品", "品经", "经营", "药品", "12345", "热线"])).toEqual(["食品经营", "药品", "12345", "热线"]);
    expect(clusters[0]!.sharedWords).toEqual(["公交到站", "公交实时"]);
  });

  it("counts each department's entries in clusters and the clusters it is in", () => {
    expect(departmentCounts([...clusters, ...clustersOf("scenario", [{ lowId: "a", highId: "d", score: 0.5, sharedTerms: [] }], entries)])).toEqual([
      { departmentId: "甲", departmentName: "部门甲", resources: 2, scenarios: 1, clusters: 2 },
      { departmentId: "丙", departmentName: "部门丙", resources: 1, scenarios: 1, clusters: 2 },
      { departmentId: "丁", departmentName: "部门丁", resources: 1, scenarios: 0, clusters: 1 },
      { departmentId: "乙", departmentName: "部门乙", resources: 1, scenarios: 0, clusters: 1 },
    ]);
  });

  it("does not chain different things through their neighbours: each cluster gathers around one entry", () => {
    // 食品 (city) ~ two districts' copies and, weakly, 药品; 药品 ~ 燃气 ~ 道路运输 and 危化品.
    const permits = new Map(
      [entry("food", "市监", 1), entry("food-x", "区甲", 2), entry("food-y", "区乙", 3), entry("drug", "市监2", 4), entry("gas", "城管", 5), entry("road", "交通", 6), entry("chem", "应急", 7)].map(
        (e) => [e.id, e],
      ),
    );
    const chain = [
      { lowId: "food", highId: "food-x", score: 0.7, sharedTerms: [] },
      { lowId: "food", highId: "food-y", score: 0.7, sharedTerms: [] },
      { lowId: "drug", highId: "food", score: 0.4, sharedTerms: [] },
      { lowId: "drug", highId: "gas", score: 0.4, sharedTerms: [] },
      { lowId: "gas", highId: "road", score: 0.5, sharedTerms: [] },
      { lowId: "chem", highId: "gas", score: 0.5, sharedTerms: [] },
    ];
    expect(clustersOf("resource", chain, permits).map((c) => c.entries.map((e) => e.id).sort())).toEqual([
      ["drug", "food", "food-x", "food-y"],
      ["chem", "gas", "road"],
    ]);
  });

  it("adds an entry alike to most of a cluster; one alike only to a member is shown with that member", () => {
    // 医保药品目录 is alike to the city's 药品经营许可 (a member of its cluster), not to the anchor.
    // The bureau's API of the same data is alike to both districts' copies (never paired with its own
    // bureau's entry), so it belongs to the cluster.
    const drugs = new Map(
      [entry("drug", "市监", 1), entry("drug-x", "区甲", 2), entry("drug-y", "区乙", 3), entry("drug-z", "区丙", 4), entry("list", "医保", 5), entry("drug-api", "市监", 6)].map(
        (e) => [e.id, e],
      ),
    );
    const star = [
      { lowId: "drug", highId: "drug-x", score: 0.7, sharedTerms: [] },
      { lowId: "drug", highId: "drug-y", score: 0.7, sharedTerms: [] },
      { lowId: "drug", highId: "drug-z", score: 0.7, sharedTerms: [] },
      { lowId: "drug-y", highId: "list", score: 0.4, sharedTerms: [] },
      { lowId: "drug-api", highId: "drug-x", score: 0.5, sharedTerms: [] },
      { lowId: "drug-api", highId: "drug-y", score: 0.5, sharedTerms: [] },
      { lowId: "drug-api", highId: "drug-z", score: 0.5, sharedTerms: [] },
    ];
    expect(clustersOf("resource", star, drugs).map((c) => c.entries.map((e) => e.id))).toEqual([
      ["drug", "drug-x", "drug-y", "drug-z", "drug-api"],
      ["drug-y", "list"],
    ]);
    // Each is named after its centre: the city's register, and the entry shown with its match.
    expect(clustersOf("resource", star, drugs).map((c) => c.centre.id)).toEqual(["drug", "list"]);
  });
});
