import { describe, expect, it } from "vitest";
import { scenarioContentSchema } from "@/server/scenarios/schemas";
import { DEPARTMENTS } from "./organisation";
import { generateResourceSeeds } from "./resources";
import { generateScenarioSeeds, type ScenarioSeed } from "./scenarios";

const seeds = generateScenarioSeeds();
const resources = generateResourceSeeds();
const resourceKey = (departmentCode: string, name: string) => `${departmentCode}/${name}`;
const published = new Map(resources.filter((r) => r.status === "published").map((r) => [resourceKey(r.departmentCode, r.content.name), r]));
const codes = new Set(DEPARTMENTS.map((d) => d.code));
const districts = new Set(DEPARTMENTS.filter((d) => d.kind === "district").map((d) => d.code));

const count = (pred: (s: ScenarioSeed) => boolean) => seeds.filter(pred).length;
const share = (pred: (s: ScenarioSeed) => boolean) => count(pred) / seeds.length;
const requests = seeds.flatMap((s) => s.accessRequests.map((r) => ({ ...r, scenario: s })));
const adoptions = seeds.flatMap((s) => s.adoptions.map((a) => ({ ...a, scenario: s })));

describe("demo scenarios", () => {
  it("generates about 60 scenarios with unique slugs", () => {
    expect(seeds.length).toBeGreaterThanOrEqual(55);
    expect(seeds.length).toBeLessThanOrEqual(65);
    const keys = seeds.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const names = seeds.map((s) => s.content.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("produces content that passes the scenario schema", () => {
    const failures = seeds
      .map((s) => ({
        key: s.key,
        result: scenarioContentSchema.safeParse({ ...s.content, participatingDepartmentIds: [], resourceIds: [], liveDistrictIds: [] }),
      }))
      .filter((r) => !r.result.success)
      .map((r) => `${r.key}: ${r.result.error?.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("；")}`);
    expect(failures).toEqual([]);
    // The uuid lists the loader fills stay within the schema's limits.
    for (const s of seeds) {
      expect(s.participatingDepartmentCodes.length).toBeLessThanOrEqual(30);
      expect(s.liveDistrictCodes.length).toBeLessThanOrEqual(10);
    }
  });

  it("mixes kinds as the action plan asks", () => {
    expect(count((s) => s.content.kind === "big_scenario")).toBeGreaterThanOrEqual(8);
    expect(count((s) => s.content.kind === "one_thing")).toBeGreaterThanOrEqual(20);
    expect(count((s) => s.content.kind === "one_thing")).toBeLessThanOrEqual(30);
    expect(count((s) => s.content.kind === "one_scene")).toBeGreaterThanOrEqual(16);
    expect(count((s) => s.content.kind === "one_scene")).toBeLessThanOrEqual(26);
    expect(count((s) => s.content.kind === "one_thing" && s.content.audience === "internal")).toBeGreaterThanOrEqual(14);
    expect(count((s) => s.content.kind === "one_thing" && s.content.audience === "public")).toBeGreaterThanOrEqual(8);
    // Only 一件事 has an audience.
    expect(seeds.filter((s) => (s.content.kind === "one_thing") !== (s.content.audience !== ""))).toEqual([]);

    const names = seeds.map((s) => s.content.name).join("|");
    for (const must of ["社保参保", "消防救援", "电梯应急处置", "智慧急救", "安全生产", "出行服务", "督查督办", "审计整改", "民政待遇资格无感认证", "医保基金支付"])
      expect(names, must).toContain(must);
  });

  it("gives every big scenario at least two departments, and never lists the lead as a participant", () => {
    for (const s of seeds) {
      expect(s.participatingDepartmentCodes, s.key).not.toContain(s.leadDepartmentCode);
      expect(new Set(s.participatingDepartmentCodes).size, s.key).toBe(s.participatingDepartmentCodes.length);
      if (s.content.kind === "big_scenario") expect(1 + s.participatingDepartmentCodes.length, s.key).toBeGreaterThanOrEqual(2);
    }
  });

  it("uses only department and district codes that exist", () => {
    for (const s of seeds) {
      const used = [
        s.leadDepartmentCode,
        ...s.participatingDepartmentCodes,
        ...s.resourceNames.map((r) => r.departmentCode),
        ...s.adoptions.map((a) => a.adopterCode),
        ...s.accessRequests.flatMap((r) => [r.requesterCode, r.resource.departmentCode]),
      ];
      expect(used.filter((c) => !codes.has(c)), s.key).toEqual([]);
      expect(s.liveDistrictCodes.filter((c) => !districts.has(c)), s.key).toEqual([]);
      expect(new Set(s.liveDistrictCodes).size, s.key).toBe(s.liveDistrictCodes.length);
    }
  });

  it("uses 2–6 published resources of the lead and participating departments", () => {
    for (const s of seeds) {
      const members = new Set([s.leadDepartmentCode, ...s.participatingDepartmentCodes]);
      expect(s.resourceNames.length, s.key).toBeGreaterThanOrEqual(2);
      expect(s.resourceNames.length, s.key).toBeLessThanOrEqual(6);
      const keys = s.resourceNames.map((r) => resourceKey(r.departmentCode, r.name));
      expect(new Set(keys).size, s.key).toBe(keys.length);
      for (const r of s.resourceNames) {
        const resource = published.get(resourceKey(r.departmentCode, r.name));
        expect(resource, `${s.key}: ${r.departmentCode} ${r.name}`).toBeDefined();
        expect(members.has(r.departmentCode), `${s.key}: ${r.name}`).toBe(true);
        // Another department's 不予共享 resource can't be used.
        if (r.departmentCode !== s.leadDepartmentCode) expect(resource?.content.sharingClass, `${s.key}: ${r.name}`).not.toBe("none");
      }
    }
  });

  it("mixes statuses in roughly the intended proportions, with notes where needed", () => {
    expect(share((s) => s.status === "published")).toBeCloseTo(0.7, 1);
    expect(share((s) => s.status === "submitted")).toBeCloseTo(0.1, 1);
    expect(share((s) => s.status === "returned")).toBeCloseTo(0.07, 1);
    expect(share((s) => s.status === "draft")).toBeCloseTo(0.1, 1);
    expect(count((s) => s.status === "retired")).toBeGreaterThanOrEqual(1);
    expect(share((s) => s.status === "retired")).toBeLessThanOrEqual(0.06);
    for (const s of seeds) {
      if (s.status === "returned" || s.status === "retired") expect(s.note, s.key).toBeTruthy();
      else expect(s.note, s.key).toBeUndefined();
      expect(s.ageDays, s.key).toBeGreaterThanOrEqual(0);
      expect(s.ageDays, s.key).toBeLessThanOrEqual(400);
    }
  });

  it("marks about six published scenarios as benchmarks", () => {
    const benchmarks = seeds.filter((s) => s.benchmark);
    expect(benchmarks.length).toBeGreaterThanOrEqual(5);
    expect(benchmarks.length).toBeLessThanOrEqual(8);
    expect(benchmarks.filter((s) => s.status !== "published")).toEqual([]);
  });

  it("reports measurable results with units", () => {
    for (const s of seeds) {
      expect(s.content.results.length, s.key).toBeGreaterThanOrEqual(1);
      for (const r of s.content.results) {
        expect(r.unit, s.key).not.toBe("");
        expect(r.before, `${s.key} ${r.metric}`).not.toBe(r.after);
      }
      expect(s.content.contactName, s.key).not.toBe("");
      expect(s.content.problem.length, s.key).toBeGreaterThan(20);
      expect(s.content.howItWorks.length, s.key).toBeGreaterThan(s.content.problem.length / 2);
    }
  });

  it("runs district-led scenarios in their own district", () => {
    for (const s of seeds)
      if (districts.has(s.leadDepartmentCode) && s.status !== "retired") expect(s.liveDistrictCodes, s.key).toContain(s.leadDepartmentCode);
  });

  it("records reuse of published scenarios by other departments, spread across districts", () => {
    expect(adoptions.length).toBeGreaterThanOrEqual(30);
    for (const a of adoptions) {
      const s = a.scenario;
      expect(s.status, s.key).toBe("published");
      expect(a.adopterCode, s.key).not.toBe(s.leadDepartmentCode);
      expect(s.participatingDepartmentCodes, s.key).not.toContain(a.adopterCode);
      expect(a.liveDaysAgo, s.key).toBeGreaterThanOrEqual(5);
      expect(a.liveDaysAgo, s.key).toBeLessThanOrEqual(300);
      expect(a.liveDaysAgo, s.key).toBeLessThan(s.ageDays);
      expect(a.adapted, s.key).not.toBe("");
      // A confirmed district reuse shows among the districts where it runs.
      if (a.confirmed && districts.has(a.adopterCode)) expect(s.liveDistrictCodes, s.key).toContain(a.adopterCode);
    }
    for (const s of seeds) {
      const adopters = s.adoptions.map((a) => a.adopterCode);
      expect(new Set(adopters).size, s.key).toBe(adopters.length);
    }
    const confirmed = adoptions.filter((a) => a.confirmed).length;
    expect(confirmed).toBeGreaterThan(0);
    expect(confirmed).toBeLessThan(adoptions.length);
    const adoptingDistricts = new Set(adoptions.map((a) => a.adopterCode).filter((c) => districts.has(c)));
    expect(adoptingDistricts.size).toBeGreaterThanOrEqual(8);
  });

  it("records access requests in every state, consistent with the resources' sharing classes", () => {
    for (const state of ["pending", "approved", "rejected", "granted"] as const)
      expect(requests.filter((r) => r.state === state).length, state).toBeGreaterThanOrEqual(3);
    for (const r of requests) {
      const label = `${r.scenario.key}: ${r.requesterCode} → ${r.resource.departmentCode} ${r.resource.name}`;
      const resource = published.get(resourceKey(r.resource.departmentCode, r.resource.name));
      expect(resource, label).toBeDefined();
      expect(r.requesterCode, label).not.toBe(r.resource.departmentCode);
      expect(resource?.content.sharingClass, label).toBe(r.state === "granted" ? "unconditional" : "conditional");
      if (r.state === "rejected") expect(r.reason, label).toBeTruthy();
      expect(r.purpose.length, label).toBeGreaterThanOrEqual(5);
      expect(r.purpose.length, label).toBeLessThanOrEqual(500);
      // Requesters are the lead or a department that reused the scenario.
      expect([r.scenario.leadDepartmentCode, ...r.scenario.adoptions.map((a) => a.adopterCode)], label).toContain(r.requesterCode);
    }
    // A department can't hold two open requests for the same resource.
    const open = requests.filter((r) => r.state !== "rejected").map((r) => `${r.requesterCode}|${resourceKey(r.resource.departmentCode, r.resource.name)}`);
    expect(new Set(open).size).toBe(open.length);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(generateScenarioSeeds())).toBe(JSON.stringify(seeds));
  });
});
