import { DomainError } from "@/server/errors";

/** One rule of the management rules that a version must meet before it goes to review. */
export interface ChecklistItem {
  rule: string;
  passed: boolean;
  /** What is missing, when the rule is not met. */
  detail?: string;
  /** The form field that fixes it, so a form can link to it. */
  field?: string;
}

/** Builds a checklist rule by rule; a rule's detail is kept only when it fails. */
export function checklist(build: (check: (rule: string, passed: boolean, detail?: string, field?: string) => void) => void): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  build((rule, passed, detail, field) => items.push({ rule, passed, detail: passed ? undefined : detail, field }));
  return items;
}

export const unmet = (items: ChecklistItem[]) => items.filter((i) => !i.passed);

/** The refusal of 提交审核 while rules are unmet: every rule named, the first one's field marked. */
export function notReadyForReview(items: ChecklistItem[]): DomainError | null {
  const failing = unmet(items);
  if (!failing.length) return null;
  const list = failing.map((i) => (i.detail ? `${i.rule}（${i.detail}）` : i.rule)).join("；");
  return new DomainError("BAD_REQUEST", `提交审核前请补全：${list}。可先保存草稿`, failing[0]!.field);
}
