/**
 * Which judges an entrant's 姓名或单位 may mean. Entrants do not see the panel before results are
 * published, so they write a person or organisation as they know it (「陈立新」, 「市卫生健康委陈处长」,
 * 「城阳区教育和体育局」). These are suggestions for the organiser, who decides: a wrong suggestion costs a
 * glance, a missed one a look through the panel.
 */

export interface PanelJudge {
  id: string;
  displayName: string;
  departmentName: string;
  departmentShortName: string;
}

/** `name`: the judge's name is in the text or the text in it; `department`: their department is named. */
export type MatchReason = "name" | "department";

export interface Suggestion {
  judgeId: string;
  reason: MatchReason;
}

// Spaces and the marks people put between a name and a unit (陈立新 · 市卫健委, 陈立新（市卫健委）) say nothing.
const NOISE = /[\s·•・.．、，,;；:：()（）【】[\]「」“”"'‘’/-]/gu;

/** The text as compared: full-width letters and digits as half-width, no spaces or separating marks. */
export function normaliseName(text: string): string {
  return text.normalize("NFKC").replace(NOISE, "").toLowerCase();
}

// One character (a surname) matches too many people to be worth suggesting.
const MIN_LENGTH = 2;

const within = (part: string, whole: string) => part.length >= MIN_LENGTH && whole.includes(part);

/** Judges whose name matches first, then those whose department is named; each judge once, in panel order. */
export function suggestJudges(named: string, judges: readonly PanelJudge[]): Suggestion[] {
  const text = normaliseName(named);
  if (text.length < MIN_LENGTH) return [];
  const byName = judges.filter((j) => {
    const name = normaliseName(j.displayName);
    return within(name, text) || within(text, name);
  });
  const byDepartment = judges.filter(
    (j) => !byName.includes(j) && [j.departmentName, j.departmentShortName].some((d) => within(normaliseName(d), text)),
  );
  return [...byName.map((j) => ({ judgeId: j.id, reason: "name" as const })), ...byDepartment.map((j) => ({ judgeId: j.id, reason: "department" as const }))];
}
