import Link from "@/app/_components/link";
import { Notice } from "@/app/_components/ui/layout";

/** What the page says after a form saved the entry, and where to go next. */
export function SavedNotice({ saved, listHref, listLabel }: { saved: string | undefined; listHref: string; listLabel: string }) {
  if (saved !== "draft" && saved !== "submitted") return null;
  return (
    <Notice tone="success">
      {saved === "draft" ? "草稿已保存。" : "已提交审核，审核结果将显示在本页。"}
      <span className="ml-1 inline-flex flex-wrap gap-x-3">
        <Link href="/console" className="underline">
          回到工作台
        </Link>
        <Link href={listHref} className="underline">
          {listLabel}
        </Link>
      </span>
    </Notice>
  );
}
