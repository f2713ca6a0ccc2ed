import { Notice } from "@/app/_components/ui/layout";
import { VERSION_STATUS_LABELS } from "@/app/_components/resource-badges";

/**
 * On the edit page of a published entry with no revision under way: saving starts a new version,
 * and `shownIn` keeps the published one until the review passes.
 */
export function RevisionNotice({ status, revising, noun, shownIn }: { status: string; revising: boolean; noun: string; shownIn: string }) {
  if (revising || status !== "published") return null;
  return (
    <Notice>
      这是已发布的{noun}。保存后将生成新版本，审核通过前{shownIn}仍显示当前发布版。
    </Notice>
  );
}

/**
 * On the page of an entry with a revision under way: which version the page shows, that `shownIn`
 * keeps the published one meanwhile, and the reviewer's reason when it came back.
 */
export function WorkingVersionNotice({
  working,
  published,
  shownIn,
}: {
  working: { number: number; status: keyof typeof VERSION_STATUS_LABELS; reviewComment: string | null } | null;
  published: boolean;
  shownIn: string;
}) {
  if (!working) return null;
  return (
    <Notice tone={working.status === "returned" ? "error" : "info"}>
      本页显示第 {working.number} 版（{VERSION_STATUS_LABELS[working.status]}）
      {published && `，审核通过前${shownIn}仍显示当前发布版`}
      {working.status === "returned" && working.reviewComment && `。退回理由：${working.reviewComment}`}
    </Notice>
  );
}
