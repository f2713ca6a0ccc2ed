import { randomUUID } from "node:crypto";
import type { PgTable } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { appRouter } from "@/server/api/root";
import type { Actor } from "@/server/auth/permissions";
import { callerAs } from "./database";

/**
 * Every procedure of the router with an input that passes its schema, built from the schema's
 * definition and naming real records: for tests that sweep the whole router (malformed input,
 * another department's records).
 */

/** Which table an id field names, by the field's name. */
export const ID_FIELDS: Record<string, PgTable> = {
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
export const IDS_BY_PATH: Record<string, PgTable> = {
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

export type Schema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

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
export function sample(schema: Schema, depth = 0): unknown {
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
const VALID_INPUTS: Record<string, (db: Db) => Promise<Record<string, unknown>>> = {
  "competition.create": async () => ({ name: "测试大赛名称", year: 2026, tracks: ["赛道一"], stages: [REGISTRATION, REVIEW] }),
  "report.preview": async () => ({ month: "2026-01" }),
  "report.issue": async () => ({ month: "2026-01" }),
  "competition.update": async () => ({ name: "测试大赛名称", year: 2026, tracks: ["赛道一"] }),
  "competition.addStage": async () => ({ stage: REVIEW }),
  "competition.updateStage": async () => ({ stage: REGISTRATION }),
  "noProof.create": async (db) => ({ content: await someCaseContent(db) }),
  "noProof.update": async (db) => ({ content: await someCaseContent(db) }),
  "noProof.answerFeedback": async () => ({ reply: "已核实并处理" }),
  "account.confirmTwoFactor": async () => ({ code: "123456" }),
};
const RUBRIC = [{ key: "innovation", label: "创新性", weight: 100, min: 0, max: 10 }];
const REGISTRATION = { name: "报名", kind: "registration", opensAt: new Date("2026-06-01T00:00:00Z"), closesAt: new Date("2026-06-30T00:00:00Z") };
const REVIEW = { name: "初赛", kind: "review", opensAt: new Date("2026-07-01T00:00:00Z"), closesAt: new Date("2026-07-30T00:00:00Z"), rubric: RUBRIC, judgesPerEntry: 3 };

async function someCaseContent(db: Db): Promise<unknown> {
  const [version] = await db.select({ content: schema.noProofCaseVersions.content }).from(schema.noProofCaseVersions).limit(1);
  return version!.content;
}

export interface Procedure {
  _def: { type: "query" | "mutation"; inputs: Schema[] };
}

export const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>);

/** The record each table's ids name in valid inputs: one per table, the test's choice. */
export type Records = Map<PgTable, { id: string; version?: number }>;

/** A valid input for the procedure, naming `records`, or undefined for one without input. */
export async function validInput(db: Db, records: Records, path: string, procedure: Procedure): Promise<Record<string, unknown> | undefined> {
  const schema = procedure._def.inputs[0];
  if (!schema) return undefined;
  const base = { ...(sample(schema) as Record<string, unknown>), ...(await VALID_INPUTS[path]?.(db)) };
  const idTable = Object.entries(IDS_BY_PATH)
    .filter(([prefix]) => path.startsWith(prefix))
    .sort(([a], [b]) => b.length - a.length)[0]?.[1];
  const own = idTable && records.get(idTable);
  if ("id" in base && own) Object.assign(base, { id: own.id }, "version" in base && own.version ? { version: own.version } : {});
  for (const [field, table] of Object.entries(ID_FIELDS)) if (field in base && records.has(table)) base[field] = records.get(table)!.id;
  return base;
}

export async function callProcedure(db: Db, actor: Actor | null, path: string, input: unknown): Promise<unknown> {
  const caller = callerAs(db, actor) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  const [router, procedure] = path.split(".") as [string, string];
  return caller[router]![procedure]!(input);
}
