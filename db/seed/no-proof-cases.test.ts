import { describe, expect, it } from "vitest";
import {
  FEEDBACK_STATES,
  ITEM_CODE_PATTERN,
  noProofCaseContentSchema,
  noProofProofSchema,
  PLACE_KINDS,
  placeContentSchema,
} from "@/server/no-proof/schemas";
import { FEEDBACK_TEMPLATES, NOPROOF_CASE_TEMPLATES, PLACE_TEMPLATES } from "./no-proof-cases";
import { DEPARTMENTS } from "./organisation";

const cases = NOPROOF_CASE_TEMPLATES;
const departments = new Set(DEPARTMENTS.filter((d) => d.kind === "municipal").map((d) => d.code));
const districts = DEPARTMENTS.filter((d) => d.kind === "district").map((d) => d.code);
const issues = (error: { issues: { path: PropertyKey[]; message: string }[] } | undefined) =>
  error?.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("；");

describe("demo no-proof use cases", () => {
  it("passes the case schema, with real departments and districts", () => {
    const failures = cases
      .map((c) => ({ name: c.content.name, result: noProofCaseContentSchema.safeParse({ ...c.content, districtIds: [] }) }))
      .filter((r) => !r.result.success)
      .map((r) => `${r.name}: ${issues(r.result.error)}`);
    expect(failures).toEqual([]);
    for (const c of cases) {
      expect(departments.has(c.departmentCode), c.departmentCode).toBe(true);
      for (const d of c.districtCodes) expect(districts).toContain(d);
    }
  });

  it("has about 80 items with unique names and codes", () => {
    expect(cases.length).toBeGreaterThanOrEqual(75);
    expect(cases.length).toBeLessThanOrEqual(90);
    const codes = cases.map((c) => c.content.itemCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(ITEM_CODE_PATTERN);
    const names = cases.map((c) => c.content.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("has at least 45 new 2026 transport and market items counting toward the target", () => {
    const counting = cases.filter(
      (c) =>
        (c.content.domain === "transport" || c.content.domain === "market") &&
        c.content.effectiveDate.startsWith("2026") &&
        c.content.countsTowardTarget,
    );
    expect(counting.length).toBeGreaterThanOrEqual(45);
    const others = cases.filter((c) => c.content.domain !== "transport" && c.content.domain !== "market");
    expect(others.length).toBeGreaterThanOrEqual(25);
    expect(new Set(others.map((c) => c.content.domain)).size).toBeGreaterThanOrEqual(8);
    expect(others.every((c) => c.content.effectiveDate < "2026")).toBe(true);
    expect(cases.some((c) => !c.content.countsTowardTarget)).toBe(true);
    // No date after the demo's "now" (November 2026).
    expect(cases.every((c) => c.content.effectiveDate <= "2026-11-20")).toBe(true);
  });

  it("lists kept proofs with reason and basis, and a 承诺书 for every commitment", () => {
    const proofs = cases.flatMap((c) => c.content.proofs);
    const kept = proofs.filter((p) => p.disposition === "retained");
    expect(kept.length).toBeGreaterThanOrEqual(8);
    for (const p of kept) {
      expect(p.retainedReason).toBeTruthy();
      expect(p.legalBasis).toBeTruthy();
    }
    const commitments = proofs.filter((p) => p.disposition === "commitment");
    expect(commitments.length).toBeGreaterThanOrEqual(15);
    for (const p of commitments) {
      expect(p.commitmentTemplate).toContain("承诺");
      expect(p.commitmentExclusions).toBeTruthy();
    }
    // Every way of handling a proof shows up somewhere.
    expect(new Set(proofs.map((p) => p.disposition)).size).toBe(8);
  });

  it("accepts only channels, steps and dates that make sense", () => {
    const base = { ...cases[0]!.content, districtIds: [] };
    expect(noProofCaseContentSchema.safeParse({ ...base, channels: { app: false, onlineHall: false, halls: [] } }).success).toBe(false);
    expect(noProofCaseContentSchema.safeParse({ ...base, effectiveDate: "2026-02-30" }).success).toBe(false);
    expect(noProofCaseContentSchema.safeParse({ ...base, itemCode: "37-0200-XK" }).success).toBe(false);
    expect(noProofCaseContentSchema.parse({ ...base, itemCode: "370200-000201001000-xk-001-01" }).itemCode).toBe("370200-000201001000-XK-001-01");
    const noReason = noProofProofSchema.safeParse({ name: "某证明", kind: "legal_fact", issuer: "某单位", disposition: "retained" });
    expect(noReason.error?.issues.map((i) => i.path.join("."))).toEqual(["retainedReason", "legalBasis"]);
    const noLetter = noProofProofSchema.safeParse({ name: "某证明", kind: "legal_fact", issuer: "某单位", disposition: "commitment", replacement: "签承诺" });
    expect(noLetter.error?.issues.map((i) => i.path.join("."))).toEqual(["commitmentTemplate", "commitmentExclusions"]);
  });
});

describe("demo 一码亮证 places", () => {
  it("covers every place kind and every district", () => {
    const failures = PLACE_TEMPLATES.map((p) => placeContentSchema.safeParse(p)).filter((r) => !r.success).map((r) => issues(r.error));
    expect(failures).toEqual([]);
    expect(PLACE_TEMPLATES.map((p) => p.kind).sort()).toEqual([...PLACE_KINDS].sort());
    for (const p of PLACE_TEMPLATES) {
      expect(p.venues?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(p.venues?.length ?? 0).toBeLessThanOrEqual(4);
    }
    const venues = PLACE_TEMPLATES.flatMap((p) => p.venues ?? []);
    for (const d of districts) expect(venues.filter((v) => v.districtCode === d).length, d).toBeGreaterThanOrEqual(2);
  });
});

describe("demo feedback", () => {
  it("names real items and covers every state", () => {
    const names = new Set(cases.map((c) => c.content.name));
    expect(FEEDBACK_TEMPLATES.length).toBeGreaterThanOrEqual(25);
    for (const f of FEEDBACK_TEMPLATES) {
      expect(names.has(f.itemName), f.itemName).toBe(true);
      expect(f.daysAgo).toBeGreaterThan(0);
      if (f.state !== "open") expect(f.reply, f.text).toBeTruthy();
    }
    expect(new Set(FEEDBACK_TEMPLATES.map((f) => f.state))).toEqual(new Set(FEEDBACK_STATES));
  });
});
