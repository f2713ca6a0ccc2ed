import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, noProofCases, noProofCaseVersions } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { notFound } from "@/server/errors";
import { getScenario } from "@/server/scenarios/queries";
import { SCENARIO_KIND_LABELS } from "@/server/scenarios/schemas";
import { compareSheet, droppedMaterials, type ReformFigures } from "./comparison";
import type { ReformSheet } from "./schemas";

/** A published 无证明场景 that explains how a material or an item is no longer asked for. */
export interface NoProofLink {
  id: string;
  name: string;
  itemCode: string;
  /** The dropped materials it covers (by the name of a proof it no longer asks for). */
  materials: string[];
}

export interface ReformSheetView {
  scenarioId: string;
  name: string;
  kindLabel: string;
  leadName: string;
  /** The version shown is the one under work (insiders), not yet published. */
  unpublished: boolean;
  sheet: ReformSheet;
  figures: ReformFigures;
  departmentNames: Record<string, string>;
  droppedMaterials: string[];
  noProof: NoProofLink[];
}

/**
 * Published no-proof use cases matching the sheet: by the item code of a bundled 事项, or — among
 * the cases of the items' departments, since 身份证 alone would match half the catalogue — by a
 * proof they no longer ask for that bears the name of a material the reform drops.
 */
export async function noProofLinks(db: Db, sheet: ReformSheet): Promise<NoProofLink[]> {
  const codes = sheet.items.map((i) => i.code).filter(Boolean);
  const dropped = droppedMaterials(sheet);
  const departmentIds = [...new Set(sheet.items.map((i) => i.departmentId))];
  if (!codes.length && !dropped.length) return [];
  const waived = sql<string[]>`coalesce((select array_agg(p->>'name') from jsonb_array_elements(${noProofCaseVersions.content}->'proofs') p where p->>'disposition' <> 'retained'), '{}')`;
  const rows = await db
    .select({ id: noProofCases.id, name: noProofCases.name, itemCode: noProofCases.itemCode, waived })
    .from(noProofCases)
    .innerJoin(noProofCaseVersions, eq(noProofCaseVersions.id, noProofCases.currentVersionId))
    .where(
      and(
        eq(noProofCases.status, "published"),
        sql`(${codes.length ? inArray(noProofCases.itemCode, codes) : sql`false`} or (${inArray(noProofCases.departmentId, departmentIds)} and ${waived} && array[${sql.join(dropped.map((m) => sql`${m}`), sql`, `)}]::text[]))`,
      ),
    )
    .orderBy(noProofCases.itemCode);
  return rows.map(({ waived: names, ...r }) => ({ ...r, materials: dropped.filter((m) => names.includes(m)) }));
}

/** The reform sheet of a scenario as this person may see it (published for all; drafts for its department and reviewers). */
export async function getReformSheet(db: Db, actor: Actor | null, scenarioId: string): Promise<ReformSheetView> {
  const detail = await getScenario(db, actor, scenarioId);
  const sheet = detail.content.reform;
  if (!sheet) throw notFound("改革清单");
  const ids = [...new Set(sheet.items.map((i) => i.departmentId))];
  const [names, noProof] = await Promise.all([
    ids.length ? db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, ids)) : [],
    noProofLinks(db, sheet),
  ]);
  return {
    scenarioId,
    name: detail.content.name,
    kindLabel: SCENARIO_KIND_LABELS[detail.content.kind],
    leadName: detail.leadName,
    unpublished: !!detail.working,
    sheet,
    figures: compareSheet(sheet),
    departmentNames: Object.fromEntries(names.map((d) => [d.id, d.name])),
    droppedMaterials: droppedMaterials(sheet),
    noProof,
  };
}
