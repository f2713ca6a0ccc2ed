import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { desc, getTableColumns } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/permissions";
import { actorFor, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { callProcedure, ID_FIELDS, IDS_BY_PATH, procedures, validInput, type Procedure, type Records } from "@/server/testing/procedure-inputs";

/**
 * Every procedure, derived from the router, fed malformed input as attackers send it: wrong types,
 * NUL and half surrogate pairs, a 1 MB string, deep nesting, numbers far out of range. Each must be
 * refused (or answered) as a client error: a 500 means some input reached the database or a service
 * unchecked. For object inputs each field is replaced in turn while the others keep a value that
 * passes the schema and, for ids, names a real record, so the bad value reaches as far as it can.
 */
let t: TestDatabase;
/** One demo person of each role, the administrators first: between them they reach every procedure. */
let staff: Actor[];
let records: Records;

beforeAll(async () => {
  t = await createSeededTestDatabase({ catalogue: true });
  staff = await Promise.all(["admin", "security", "auditor", "organiser", "reviewer", "publisher", "judge"].map((u) => actorFor(t.db, u)));
  records = new Map();
  for (const table of new Set([...Object.values(ID_FIELDS), ...Object.values(IDS_BY_PATH)])) {
    const columns = getTableColumns(table) as Record<string, PgColumn>;
    const [row] = await t.db
      .select(columns.version ? { id: columns.id!, version: columns.version } : { id: columns.id! })
      .from(table)
      .orderBy(desc(columns.id!))
      .limit(1);
    if (row) records.set(table, row as { id: string; version?: number });
  }
});
afterAll(() => t.close());

const nest = (depth: number, wrap: (inner: unknown) => unknown) => {
  let value: unknown = "底";
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
};

const MALFORMED: [label: string, value: unknown][] = [
  ["undefined", undefined],
  ["null", null],
  ["true", true],
  ["-1", -1],
  ["an unknown id", randomUUID()],
  ["0.5", 0.5],
  ["1e308", 1e308],
  ["MAX_SAFE_INTEGER", Number.MAX_SAFE_INTEGER],
  ["MAX_SAFE_INTEGER + 2", Number.MAX_SAFE_INTEGER + 2],
  ["2^31", 2 ** 31],
  ["NaN", Number.NaN],
  ["'NaN'", "NaN"],
  ["'1e999'", "1e999"],
  ["empty string", ""],
  ["NUL", "社保\u0000接口"],
  ["lone surrogate", "社保\ud800接口"],
  ["1 MB string", "长".repeat(1024 * 1024)],
  ["invalid date", new Date(Number.NaN)],
  ["far date", new Date(8.64e15)],
  ["'+275760-09-13'", "+275760-09-13"],
  ["empty array", []],
  ["array of nulls", [null, null]],
  ["empty object", {}],
  ["200 nested objects", nest(200, (inner) => ({ a: inner }))],
  ["200 nested arrays", nest(200, (inner) => [inner])],
];

/** Each malformed value as the whole input, then in each field of a valid one. */
function malformedInputs(base: Record<string, unknown> | undefined): [label: string, input: unknown][] {
  // Without an input the procedure never reads one: a single odd value shows it is ignored.
  if (!base) return [["an object", { id: 1 }]];
  const out: [string, unknown][] = [...MALFORMED];
  for (const field of Object.keys(base)) for (const [label, value] of MALFORMED) out.push([`${field}: ${label}`, { ...base, [field]: value }]);
  return out;
}

/** Whether a valid call is refused for who the caller is (not signed in, wrong role), whatever the input. */
async function refusesCaller(actor: Actor | null, path: string, input: unknown): Promise<boolean> {
  try {
    await callProcedure(t.db, actor, path, input);
    return false;
  } catch (error) {
    return error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN");
  }
}

/** Whether the procedure's input schemas all accept `input` (the procedure would run its body). */
async function passesSchema(procedure: Procedure, input: unknown): Promise<boolean> {
  for (const schema of procedure._def.inputs) if (!(await schema.safeParseAsync(input)).success) return false;
  return true;
}

describe("malformed input", () => {
  it("never makes a procedure fail with a server error, whoever calls it", async () => {
    // The failures are what this test reports; the procedures' own error log would only repeat them.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const failures = new Set<string>();
    try {
      for (const [path, procedure] of procedures) {
        const base = await validInput(t.db, records, path, procedure);
        const inputs = malformedInputs(base);
        // Each field is fuzzed as the first person the procedure admits (its role's demo account) and
        // anonymously where that is allowed. A whole malformed input that the input schema accepts
        // ({} where every field has a default) reaches each role's own branch of the procedure, so it
        // goes to everyone; one the schema refuses is refused before any role's branch, the same for
        // every role, so it goes to one person of each kind: anonymous, refused and admitted.
        const admitted: (Actor | null)[] = [];
        let refused: Actor | undefined;
        for (const actor of staff)
          if (await refusesCaller(actor, path, base)) refused ??= actor;
          else if (!admitted.length) admitted.push(actor);
        if (!(await refusesCaller(null, path, base))) admitted.push(null);
        const oneOfEachKind = [null, ...admitted, ...(refused ? [refused] : [])];
        for (const [i, [label, input]] of inputs.entries()) {
          const wholeInput = i < MALFORMED.length;
          const everyone = wholeInput && (await passesSchema(procedure, input));
          for (const actor of [null, ...staff]) {
            if (wholeInput ? !everyone && !oneOfEachKind.includes(actor) : !admitted.includes(actor)) continue;
            try {
              await callProcedure(t.db, actor, path, input);
            } catch (error) {
              if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") continue;
              const cause = error instanceof TRPCError ? (error.cause ?? error) : error;
              const detail = (cause as Error & { cause?: Error })?.cause?.message ?? (cause as Error)?.message ?? String(cause);
              failures.add(`${path} (${label}, ${actor?.username ?? "anonymous"}): ${detail.slice(0, 200)}`);
            }
          }
        }
      }
    } finally {
      quiet.mockRestore();
    }
    expect([...failures]).toEqual([]);
  }, 60_000);

  it("reaches past validation: the valid input of every procedure passes its schema", async () => {
    const unbuilt: string[] = [];
    for (const [path, procedure] of procedures) {
      const base = await validInput(t.db, records, path, procedure);
      if (base && !procedure._def.inputs[0]!.safeParse(base).success) unbuilt.push(path);
    }
    expect(unbuilt).toEqual([]);
  });
});
