import { TRPCError } from "@trpc/server";
import { and, desc, eq, getTableColumns, getTableName, inArray, isNull, ne } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { actorFor, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { callProcedure, ID_FIELDS, IDS_BY_PATH, procedures, validInput, type Records } from "@/server/testing/procedure-inputs";

/**
 * Another department's publisher, derived from the router: every change a procedure makes, called
 * by a publisher of 市交通运输局 with an input naming other departments' records, is refused — so a new
 * procedure that forgets to check the department fails here. The few that are meant to reach across
 * departments are listed, each with why.
 */
const ACROSS_DEPARTMENTS: Record<string, string> = {
  "access.request": "asking another department for its resource is what access requests are",
  "scenario.recordAdoption": "a department records that it reuses another's scenario",
  "account.changePassword": "one's own account",
  "account.beginTwoFactor": "one's own account",
  "account.confirmTwoFactor": "one's own account",
  "account.disableTwoFactor": "one's own account",
  "access.markRead": "marks the caller's own department's requests read; names no department",
  "noProof.markFeedbackRead": "marks the caller's own department's reports read; names no department",
  "noProof.create": "creates in the caller's own department; the input names no department",
  "place.create": "creates in the caller's own department; the input names no department",
  "scenario.create": "leads from the caller's own department; the input names no department",
  "notification.markAllRead": "marks the caller's own notifications read; names no one else",
  "notification.setDailyDigest": "the caller's own choice of the daily digest",
};

let t: TestDatabase;
let outsider: Actor;
let records: Records;

/** How each table's rows belong to a department: the column, or the row it hangs from. */
const OWNER: [PgTable, PgColumn][] = [
  [schema.resources, schema.resources.departmentId],
  [schema.scenarios, schema.scenarios.departmentId],
  [schema.noProofCases, schema.noProofCases.departmentId],
  [schema.noProofPlaces, schema.noProofPlaces.departmentId],
  [schema.competitionEntries, schema.competitionEntries.departmentId],
  [schema.accessRequests, schema.accessRequests.ownerDepartmentId],
  [schema.people, schema.people.departmentId],
  [schema.departments, schema.departments.id],
];

beforeAll(async () => {
  t = await createSeededTestDatabase({ catalogue: true });
  outsider = await actorFor(t.db, "pub.jtj");
  // Each record belongs to some department other than the outsider's (no one department has every kind).
  const own = outsider.departmentId;
  records = new Map();
  for (const table of new Set([...Object.values(ID_FIELDS), ...Object.values(IDS_BY_PATH)])) {
    const columns = getTableColumns(table) as Record<string, PgColumn>;
    const ownerColumn = OWNER.find(([owned]) => owned === table)?.[1];
    const [row] = await t.db
      .select(columns.version ? { id: columns.id!, version: columns.version } : { id: columns.id! })
      .from(table)
      .where(ownerColumn ? ne(ownerColumn, own) : undefined)
      .orderBy(desc(columns.id!))
      .limit(1);
    if (row) records.set(table, row as { id: string; version?: number });
  }
  // Rows that hang from another department's case or scenario.
  const cases = t.db.select({ id: schema.noProofCases.id }).from(schema.noProofCases).where(ne(schema.noProofCases.departmentId, own));
  const [feedback] = await t.db.select({ id: schema.noProofFeedback.id, version: schema.noProofFeedback.version }).from(schema.noProofFeedback).where(inArray(schema.noProofFeedback.caseId, cases)).limit(1);
  if (feedback) records.set(schema.noProofFeedback, feedback);
  const leads = t.db.select({ id: schema.scenarios.id }).from(schema.scenarios).where(ne(schema.scenarios.departmentId, own));
  const [adoption] = await t.db.select({ id: schema.scenarioAdoptions.id, version: schema.scenarioAdoptions.version }).from(schema.scenarioAdoptions).where(inArray(schema.scenarioAdoptions.scenarioId, leads)).limit(1);
  if (adoption) records.set(schema.scenarioAdoptions, adoption);
  // An entry of a competition still running, so a refusal is for the department, not for a closed competition.
  const running = t.db.select({ id: schema.competitions.id }).from(schema.competitions).where(isNull(schema.competitions.resultsPublishedAt));
  const [entry] = await t.db
    .select({ id: schema.competitionEntries.id, version: schema.competitionEntries.version })
    .from(schema.competitionEntries)
    .where(and(ne(schema.competitionEntries.departmentId, own), eq(schema.competitionEntries.status, "submitted"), inArray(schema.competitionEntries.competitionId, running)))
    .limit(1);
  if (entry) records.set(schema.competitionEntries, entry);
});
afterAll(() => t.close());

describe("another department's publisher", () => {
  it("has a record of the owning department for every kind of record a procedure names", () => {
    // Otherwise an input would name no real record and a NOT_FOUND would hide a missing rule.
    const missing = OWNER.filter(([table]) => !records.has(table)).map(([table]) => getTableName(table));
    expect(missing).toEqual([]);
  });

  it("is refused every change to a department's records that the router offers", async () => {
    const allowed: string[] = [];
    for (const [path, procedure] of procedures) {
      if (procedure._def.type !== "mutation" || path in ACROSS_DEPARTMENTS) continue;
      const input = await validInput(t.db, records, path, procedure);
      try {
        await callProcedure(t.db, outsider, path, input);
        allowed.push(`${path}: allowed`);
      } catch (error) {
        const code = error instanceof TRPCError ? error.code : "not a TRPCError";
        if (!["FORBIDDEN", "NOT_FOUND", "UNAUTHORIZED"].includes(code)) allowed.push(`${path}: ${code} ${(error as Error).message}`);
      }
    }
    expect(allowed).toEqual([]);
  });

  it("lists only procedures that exist as reaching across departments", () => {
    const paths = procedures.map(([path]) => path);
    expect(Object.keys(ACROSS_DEPARTMENTS).filter((p) => !paths.includes(p))).toEqual([]);
  });
});
