import { and, eq, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { scenarios, scenarioVersions } from "@/db/schema";
import type { ScenarioContent } from "@/server/scenarios/schemas";
import { compareSheet, measure, REFORM_MEASURES, type ReformFigures } from "./comparison";

/** One scenario's reform figures (before/after/cut per measure), or null when it has no reform sheet. */
export function reformFigures(content: Pick<ScenarioContent, "reform">): ReformFigures | null {
  return content.reform ? compareSheet(content.reform) : null;
}

export interface ReformTotals {
  /** How many published scenarios have a reform sheet. */
  sheets: number;
  /** Each measure summed over those sheets, the rate taken from the sums. */
  figures: ReformFigures;
  scenarios: { id: string; name: string; departmentId: string; kind: ScenarioContent["kind"]; figures: ReformFigures }[];
}

/**
 * Figures summed over the reform sheets of published scenarios, as each is published now (the
 * current version); `publishedBy` leaves out those first published after that moment.
 */
export async function publishedReformTotals(db: Db, options: { publishedBy?: Date } = {}): Promise<ReformTotals> {
  const rows = await db
    .select({ id: scenarios.id, name: scenarios.name, departmentId: scenarios.departmentId, kind: scenarios.kind, content: scenarioVersions.content })
    .from(scenarios)
    .innerJoin(scenarioVersions, eq(scenarioVersions.id, scenarios.currentVersionId))
    .where(and(eq(scenarios.status, "published"), options.publishedBy ? lte(scenarios.publishedAt, options.publishedBy) : undefined))
    .orderBy(scenarios.name);
  const sheets = rows.flatMap((r) => {
    const figures = reformFigures(r.content);
    return figures ? [{ id: r.id, name: r.name, departmentId: r.departmentId, kind: r.kind, figures }] : [];
  });
  const sum = (m: (typeof REFORM_MEASURES)[number], side: "before" | "after") =>
    Math.round(sheets.reduce((n, s) => n + s.figures[m][side], 0) * 10) / 10;
  const figures = Object.fromEntries(REFORM_MEASURES.map((m) => [m, measure(sum(m, "before"), sum(m, "after"))])) as ReformFigures;
  return { sheets: sheets.length, figures, scenarios: sheets };
}
