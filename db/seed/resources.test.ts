import { describe, expect, it } from "vitest";
import { DOMAINS, RESOURCE_KINDS, RESOURCE_STATUSES, resourceContentSchema } from "@/server/resources/schemas";
import { DEPARTMENTS } from "./organisation";
import { generateResourceSeeds } from "./resources";

const seeds = generateResourceSeeds();
const countBy = <K extends string>(key: (s: (typeof seeds)[number]) => K) => {
  const counts = new Map<K, number>();
  for (const s of seeds) counts.set(key(s), (counts.get(key(s)) ?? 0) + 1);
  return counts;
};
const share = (n: number | undefined) => (n ?? 0) / seeds.length;

describe("demo resources", () => {
  it("generates about 1,200 resources", () => {
    expect(seeds.length).toBeGreaterThanOrEqual(1150);
    expect(seeds.length).toBeLessThanOrEqual(1250);
  });

  it("produces content that passes the resource schema", () => {
    const failures = seeds
      .map((s) => ({ name: s.content.name, result: resourceContentSchema.safeParse(s.content) }))
      .filter((r) => !r.result.success)
      .map((r) => `${r.name}: ${r.result.error?.issues.map((i) => i.message).join("；")}`);
    expect(failures).toEqual([]);
  });

  it("keeps names unique within each department", () => {
    const keys = seeds.map((s) => `${s.departmentCode}/${s.content.name}`);
    const duplicates = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(duplicates).toEqual([]);
  });

  it("gives every department and district some resources, municipal departments more", () => {
    const codes = new Set(DEPARTMENTS.map((d) => d.code));
    expect(seeds.filter((s) => !codes.has(s.departmentCode))).toEqual([]);
    const perDepartment = countBy((s) => s.departmentCode);
    for (const d of DEPARTMENTS) {
      const [min, max] = d.kind === "municipal" ? [30, 64] : [20, 40];
      expect(perDepartment.get(d.code), d.name).toBeGreaterThanOrEqual(min);
      expect(perDepartment.get(d.code), d.name).toBeLessThanOrEqual(max);
    }
  });

  it("uses every kind, domain and status", () => {
    const kinds = countBy((s) => s.content.kind);
    for (const kind of RESOURCE_KINDS) expect(kinds.get(kind), kind).toBeGreaterThanOrEqual(20);
    // Datasets and APIs are the most common kinds.
    const [first, second] = [...kinds.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    expect([first, second]).toEqual(["dataset", "api"]);

    const domains = countBy((s) => s.content.domain);
    for (const domain of DOMAINS) expect(domains.get(domain), domain).toBeGreaterThan(0);
    const statuses = countBy((s) => s.status);
    for (const status of RESOURCE_STATUSES) expect(statuses.get(status), status).toBeGreaterThan(0);
  });

  it("mixes statuses, sharing and open classes in roughly the intended proportions", () => {
    const statuses = countBy((s) => s.status);
    expect(share(statuses.get("published"))).toBeCloseTo(0.75, 1);
    const sharing = countBy((s) => s.content.sharingClass);
    expect(share(sharing.get("unconditional"))).toBeCloseTo(0.55, 1);
    expect(share(sharing.get("conditional"))).toBeCloseTo(0.35, 1);
    expect(share(sharing.get("none"))).toBeCloseTo(0.1, 1);
    const opening = countBy((s) => s.content.openClass);
    expect(share(opening.get("open"))).toBeCloseTo(0.4, 1);
    expect(share(opening.get("closed"))).toBeCloseTo(0.35, 1);
  });

  it("explains every conditional or withheld sharing class, and notes returns and retirements", () => {
    for (const s of seeds) {
      if (s.content.sharingClass !== "unconditional") expect(s.content.sharingReason, s.content.name).toBeTruthy();
      if (s.status === "returned" || s.status === "retired") expect(s.note, s.content.name).toBeTruthy();
      else expect(s.note).toBeUndefined();
      expect(s.ageDays).toBeGreaterThanOrEqual(0);
      expect(s.ageDays).toBeLessThanOrEqual(400);
    }
  });

  it("writes concrete summaries and a few tags", () => {
    for (const { content } of seeds) {
      expect(content.summary.length, content.name).toBeGreaterThanOrEqual(30);
      expect(content.summary.length, content.name).toBeLessThanOrEqual(120);
      expect(content.tags?.length, content.name).toBeGreaterThanOrEqual(1);
      expect(content.tags?.length, content.name).toBeLessThanOrEqual(4);
    }
  });

  it("leaves a few submitted or draft resources incomplete for the reviewer checklist", () => {
    const pending = seeds.filter((s) => s.status === "submitted" || s.status === "draft");
    const incomplete = pending.filter(({ content: c }) => {
      if (!c.contactName || !c.contactPhone) return true;
      if (c.kind === "dataset") return !c.dataItems?.length || c.dataItems.some((i) => !i.description);
      if (c.kind === "api") return !c.docUrl || !c.apiAuth;
      if (c.kind === "algorithm") return !c.modelInputs || !c.modelOutputs;
      return false;
    });
    expect(incomplete.length / pending.length).toBeGreaterThan(0.05);
    expect(incomplete.length / pending.length).toBeLessThan(0.25);
  });

  it("is deterministic", () => {
    expect(generateResourceSeeds()).toEqual(seeds);
  });

  it("has enough published resources about licences (证照) and social insurance (社保) for search", () => {
    const mentions = (word: string) =>
      seeds.filter(
        (s) => s.status === "published" && [s.content.name, s.content.summary, ...(s.content.tags ?? [])].some((t) => t.includes(word)),
      ).length;
    expect(mentions("证照")).toBeGreaterThanOrEqual(20);
    expect(mentions("社保")).toBeGreaterThanOrEqual(10);
  });
});
