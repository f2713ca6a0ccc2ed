import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { desc, getTableColumns } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import * as schema from "@/db/schema";
import { appRouter } from "@/server/api/root";
import type { Actor } from "@/server/auth/permissions";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";

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
let records: Map<PgTable, { id: string; version?: number }>;

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

/** Which table an id field names, by the field's name. */
const ID_FIELDS: Record<string, PgTable> = {
  competitionId: schema.competitions,
  stageId: schema.competitionStages,
  entryId: schema.competitionEntries,
  scenarioId: schema.scenarios,
  resourceId: schema.resources,
  departmentId: schema.departments,
  personId: schema.people,
  judgeId: schema.people,
  caseId: schema.noProofCases,
};

/** Which table `id` names: the longest matching procedure path prefix wins. */
const IDS_BY_PATH: Record<string, PgTable> = {
  "resource.": schema.resources,
  "scenario.": schema.scenarios,
  "scenario.decideAdoption": schema.scenarioAdoptions,
  "noProof.": schema.noProofCases,
  "noProof.answerFeedback": schema.noProofFeedback,
  "place.": schema.noProofPlaces,
  "access.": schema.accessRequests,
  "organisation.": schema.people,
  "organisation.department": schema.departments,
  "organisation.updateDepartment": schema.departments,
  "competition.": schema.competitions,
  "competition.updateStage": schema.competitionStages,
  "competition.openStage": schema.competitionStages,
  "competition.closeStage": schema.competitionStages,
  "competition.entry": schema.competitionEntries,
  "competition.updateEntry": schema.competitionEntries,
  "competition.withdrawEntry": schema.competitionEntries,
  "competition.removeAttachment": schema.competitionAttachments,
  "competition.decideConflict": schema.competitionConflicts,
  "competition.matchConflict": schema.competitionConflicts,
  "competition.reopenSheet": schema.competitionScoreSheets,
};

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

type Schema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

/** Values a leaf field may take, tried in turn until the field's schema accepts one. */
const LEAF_VALUES: unknown[] = [
  "测试内容",
  "测试内容测试内容测试内容测试内容测试内容测试内容",
  randomUUID(),
  "https://example.com/a",
  "someone@example.com",
  "2026-06-01",
  "2026-06-01T09:00",
  "QD-FUZZ",
  "fuzz_user",
  "Qingdao2026ab",
  1,
  2026,
  true,
  new Date(),
];

/** A value the schema accepts, built from its definition (undefined where none is found). */
function sample(schema: Schema, depth = 0): unknown {
  const def = schema._zod.def;
  const inner = (key: string) => sample(def[key] as Schema, depth + 1);
  const leaf = () => LEAF_VALUES.find((v) => schema.safeParse(v).success);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "readonly":
    case "nonoptional":
    case "catch":
      return inner("innerType");
    case "default":
    case "prefault":
      return undefined;
    case "pipe": {
      const value = inner("in");
      return schema.safeParse(value).success ? value : leaf();
    }
    case "lazy":
      return depth > 5 ? undefined : sample((def.getter as () => Schema)(), depth + 1);
    case "object":
      return Object.fromEntries(Object.entries(def.shape as Record<string, Schema>).map(([k, v]) => [k, sample(v, depth + 1)]));
    case "array":
      return [inner("element")];
    case "tuple":
      return (def.items as Schema[]).map((s) => sample(s, depth + 1));
    case "record":
      return {};
    case "union":
      return sample((def.options as Schema[])[0]!, depth + 1);
    case "enum":
      return Object.values(def.entries as Record<string, unknown>)[0];
    case "literal":
      return (def.values as unknown[])[0];
    default:
      return leaf();
  }
}

/** Inputs whose cross-field rules the generic sample cannot meet. */
const VALID_INPUTS: Record<string, () => Promise<Record<string, unknown>>> = {
  "competition.create": async () => ({ name: "测试大赛名称", year: 2026, tracks: ["赛道一"], stages: [REGISTRATION, REVIEW] }),
  "competition.update": async () => ({ name: "测试大赛名称", year: 2026, tracks: ["赛道一"] }),
  "competition.addStage": async () => ({ stage: REVIEW }),
  "competition.updateStage": async () => ({ stage: REGISTRATION }),
  "noProof.create": async () => ({ content: await someCaseContent() }),
  "noProof.update": async () => ({ content: await someCaseContent() }),
  "noProof.answerFeedback": async () => ({ reply: "已核实并处理" }),
  "account.confirmTwoFactor": async () => ({ code: "123456" }),
};
const RUBRIC = [{ key: "innovation", label: "创新性", weight: 100, min: 0, max: 10 }];
const REGISTRATION = { name: "报名", kind: "registration", opensAt: new Date("2026-06-01T00:00:00Z"), closesAt: new Date("2026-06-30T00:00:00Z") };
const REVIEW = { name: "初赛", kind: "review", opensAt: new Date("2026-07-01T00:00:00Z"), closesAt: new Date("2026-07-30T00:00:00Z"), rubric: RUBRIC, judgesPerEntry: 3 };

async function someCaseContent(): Promise<unknown> {
  const [version] = await t.db.select({ content: schema.noProofCaseVersions.content }).from(schema.noProofCaseVersions).limit(1);
  return version!.content;
}

interface Procedure {
  _def: { type: "query" | "mutation"; inputs: Schema[] };
}

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>);

/** A valid input for the procedure, naming real records, or undefined for one without input. */
async function validInput(path: string, procedure: Procedure): Promise<Record<string, unknown> | undefined> {
  const schema = procedure._def.inputs[0];
  if (!schema) return undefined;
  const base = { ...(sample(schema) as Record<string, unknown>), ...(await VALID_INPUTS[path]?.()) };
  const idTable = Object.entries(IDS_BY_PATH)
    .filter(([prefix]) => path.startsWith(prefix))
    .sort(([a], [b]) => b.length - a.length)[0]?.[1];
  const own = idTable && records.get(idTable);
  if ("id" in base && own) Object.assign(base, { id: own.id }, "version" in base && own.version ? { version: own.version } : {});
  for (const [field, table] of Object.entries(ID_FIELDS)) if (field in base && records.has(table)) base[field] = records.get(table)!.id;
  return base;
}

/** Each malformed value as the whole input, then in each field of a valid one. */
function malformedInputs(base: Record<string, unknown> | undefined): [label: string, input: unknown][] {
  // Without an input the procedure never reads one: a single odd value shows it is ignored.
  if (!base) return [["an object", { id: 1 }]];
  const out: [string, unknown][] = [...MALFORMED];
  for (const field of Object.keys(base)) for (const [label, value] of MALFORMED) out.push([`${field}: ${label}`, { ...base, [field]: value }]);
  return out;
}

async function call(actor: Actor | null, path: string, input: unknown): Promise<unknown> {
  const caller = callerAs(t.db, actor) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  const [router, procedure] = path.split(".") as [string, string];
  return caller[router]![procedure]!(input);
}

/** Whether a valid call is refused for who the caller is (not signed in, wrong role), whatever the input. */
async function refusesCaller(actor: Actor | null, path: string, input: unknown): Promise<boolean> {
  try {
    await call(actor, path, input);
    return false;
  } catch (error) {
    return error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN");
  }
}

describe("malformed input", () => {
  it("never makes a procedure fail with a server error, whoever calls it", async () => {
    // The failures are what this test reports; the procedures' own error log would only repeat them.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const failures = new Set<string>();
    try {
      for (const [path, procedure] of procedures) {
        const base = await validInput(path, procedure);
        const inputs = malformedInputs(base);
        // Each field is fuzzed as the first person the procedure admits (its role's demo account) and
        // anonymously where that is allowed; whole malformed inputs go to everyone.
        const admitted: (Actor | null)[] = [];
        for (const actor of staff) if (!admitted.length && !(await refusesCaller(actor, path, base))) admitted.push(actor);
        if (!(await refusesCaller(null, path, base))) admitted.push(null);
        for (const [i, [label, input]] of inputs.entries())
          for (const actor of [null, ...staff]) {
            const wholeInput = i < MALFORMED.length;
            if (!wholeInput && !admitted.includes(actor)) continue;
            try {
              await call(actor, path, input);
            } catch (error) {
              if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") continue;
              const cause = error instanceof TRPCError ? (error.cause ?? error) : error;
              const detail = (cause as Error & { cause?: Error })?.cause?.message ?? (cause as Error)?.message ?? String(cause);
              failures.add(`${path} (${label}, ${actor?.username ?? "anonymous"}): ${detail.slice(0, 200)}`);
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
      const base = await validInput(path, procedure);
      if (base && !procedure._def.inputs[0]!.safeParse(base).success) unbuilt.push(path);
    }
    expect(unbuilt).toEqual([]);
  });
});
