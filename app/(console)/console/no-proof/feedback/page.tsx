import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requireActor } from "@/server/auth/session";
import { feedbackInboxSchema } from "@/server/no-proof/feedback";
import { formatDateTime } from "@/server/time";
import { FilterSelect } from "@/app/_components/ui/filter-select";
import { buttonClass } from "@/app/_components/ui/button";
import { Badge, PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { AnswerFeedback } from "./answer-feedback";
import { firstValues, readSearchParams, type SearchParams } from "@/server/validation";

export const metadata: Metadata = { title: "公众反映" };

const STATUS = { open: { label: "待处理", tone: "danger" }, replied: { label: "已答复", tone: "warning" }, closed: { label: "已办结", tone: "success" } } as const;

/** 「这里仍要求我提供证明」 reports about the department's use cases: reply, then close. */
export default async function FeedbackInboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can.handleFeedback(actor, actor.departmentId)) forbidden();
  const params = firstValues(await searchParams);
  const filter = readSearchParams(feedbackInboxSchema, params);
  const caller = await api();
  const inbox = await caller.noProof.feedback(filter);
  await caller.noProof.markFeedbackRead();
  return (
    <>
      <PageHeader title="公众反映" description="群众反映办事时仍被要求提供已取消的证明。请核实后答复，处理完毕后办结；公众可在事项页面看到处理数量。" />
      <form action="/console/no-proof/feedback" className="mb-4 flex flex-wrap items-end gap-2">
        <FilterSelect id="status" label="状态" all="全部" options={Object.fromEntries(Object.entries(STATUS).map(([k, v]) => [k, v.label]))} value={filter.status} />
        <button type="submit" className={buttonClass("secondary")}>
          筛选
        </button>
      </form>
      {inbox.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">没有公众反映。</p>
      ) : (
        <ul className="space-y-3" aria-label="公众反映">
          {inbox.rows.map((f) => (
            <li key={f.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="flex flex-wrap items-center gap-2">
                <a className="font-medium text-brand-700 hover:underline" href={`/console/no-proof/${f.caseId}`}>
                  {f.caseName}
                </a>
                <Badge tone={STATUS[f.status].tone}>{STATUS[f.status].label}</Badge>
                {f.unread && <Badge tone="brand">新</Badge>}
                <span className="text-xs text-slate-600">{formatDateTime(f.createdAt)}</span>
              </p>
              <p className="mt-2 whitespace-pre-line text-slate-900">{f.text}</p>
              {f.contact && <p className="mt-1 text-sm text-slate-700">联系方式：{f.contact}</p>}
              {f.reply && (
                <p className="mt-2 rounded-md bg-slate-50 p-2 text-sm text-slate-800">
                  答复（{f.replierName ?? "—"}，{formatDateTime(f.repliedAt)}）：{f.reply}
                </p>
              )}
              {f.status !== "closed" && <AnswerFeedback id={f.id} version={f.version} replied={f.status === "replied"} />}
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath="/console/no-proof/feedback" params={params} page={inbox.page} pageCount={inbox.pageCount} total={inbox.total} />
    </>
  );
}
