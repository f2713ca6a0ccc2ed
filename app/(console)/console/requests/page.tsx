import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { ACCESS_STATUS_LABELS, inboxSchema } from "@/server/access/schemas";
import { can } from "@/server/auth/permissions";
import { PROVISIONAL_DEADLINE } from "@/server/calendar/schemas";
import { requireActor } from "@/server/auth/session";
import { formatDateTime } from "@/server/time";
import { Badge, PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { DecideAccess } from "./decide-access";
import { firstValues, readSearchParams, type SearchParams } from "@/server/validation";

export const metadata: Metadata = { title: "资源申请" };

const BOXES = { received: "收到的申请", sent: "发出的申请", overdue: "全市逾期未答复" } as const;
const STATUS_TONES = { pending: "warning", approved: "success", rejected: "danger", granted: "success" } as const;
/** The state filter: 全部, then each state; a link each, so a filtered inbox can be bookmarked. */
const STATUS_FILTERS = [[undefined, "全部"], ...Object.entries(ACCESS_STATUS_LABELS)] as [keyof typeof ACCESS_STATUS_LABELS | undefined, string][];

export default async function RequestsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = firstValues(await searchParams);
  const filter = readSearchParams(inboxSchema, params);
  const caller = await api();
  const [list, unread] = await Promise.all([caller.access.list(filter), caller.access.unread()]);
  // Opening a box is reading it; the badges above were counted before this. With nothing counted
  // unread, no row shows 「新」 either (the same condition), and there is nothing to write.
  if (filter.box !== "overdue" && unread[filter.box] > 0) await caller.access.markRead({ box: filter.box });
  const boxes = (Object.keys(BOXES) as (keyof typeof BOXES)[]).filter((b) => b !== "overdue" || can.superviseAccess(actor));
  return (
    <>
      <PageHeader title="资源申请" description={`${actor.departmentName}：向其他部门申请使用资源，以及答复其他部门对本部门资源的申请。有条件共享的申请应在 10 个工作日内答复。`} />
      <nav aria-label="申请分类" className="mb-4 flex flex-wrap gap-2">
        {boxes.map((b) => {
          const count = b === "overdue" ? 0 : unread[b];
          return (
            <Link
              key={b}
              href={`/console/requests?box=${b}`}
              aria-current={filter.box === b ? "page" : undefined}
              className={`rounded-full border px-4 py-1.5 text-sm ${filter.box === b ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
            >
              {BOXES[b]}
              {count > 0 && <span className="ml-1 rounded-full bg-red-600 px-1.5 text-xs text-white">{`${count} 条新`}</span>}
            </Link>
          );
        })}
      </nav>
      {filter.box !== "overdue" && (
        <nav aria-label="按状态筛选" className="mb-4 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600">状态：</span>
          {STATUS_FILTERS.map(([status, label]) => (
            <Link
              key={label}
              href={`/console/requests?box=${filter.box}${status ? `&status=${status}` : ""}`}
              aria-current={filter.status === status ? "page" : undefined}
              className={`rounded-md border px-3 py-1 ${filter.status === status ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300 bg-white hover:bg-slate-100"}`}
            >
              {label}
            </Link>
          ))}
        </nav>
      )}
      {list.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">{filter.status ? `没有${ACCESS_STATUS_LABELS[filter.status]}的申请。` : "暂无申请。"}</p>
      ) : (
        <ul className="space-y-3" aria-label={BOXES[filter.box]}>
          {list.rows.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/resources/${r.resourceId}`} className="font-medium text-brand-700 hover:underline">
                  {r.resourceName}
                </Link>
                <Badge tone={STATUS_TONES[r.status]}>{ACCESS_STATUS_LABELS[r.status]}</Badge>
                {r.unread && <Badge tone="danger">新</Badge>}
                {r.overdue && <Badge tone="danger">已逾期</Badge>}
                {r.escalatedAt && <Badge tone="danger">{r.escalatedAgainAt ? "二次督办" : "督办"}</Badge>}
              </div>
              {r.overdue && (
                <p className="mt-1 text-sm font-medium text-red-800">
                  {`已逾期${r.overdueWorkingDays > 0 ? ` ${r.overdueWorkingDays} 个工作日` : ""}${r.escalatedAt ? ` · ${formatDateTime(r.escalatedAt)} 督办` : ""}${r.escalatedAgainAt ? ` · ${formatDateTime(r.escalatedAgainAt)} 二次督办` : ""}`}
                </p>
              )}
              {/* Each line one text: an inbox page renders these twenty times. */}
              <p className="mt-1 text-sm text-slate-700">
                {`${r.requesterName}（${r.askerName}）→ ${r.ownerName} · 申请于 ${formatDateTime(r.createdAt)}${r.status === "pending" ? ` · 答复期限 ${formatDateTime(r.dueAt)}${r.dueProvisional ? `（${PROVISIONAL_DEADLINE}）` : ""}` : ""}`}
              </p>
              <p className="mt-1 text-sm">{`用途：${r.purpose}`}</p>
              {r.decidedAt && r.status !== "granted" && (
                <p className="mt-1 text-sm text-slate-700">
                  {`${formatDateTime(r.decidedAt)} 答复${r.decisionReason ? `：${r.decisionReason}` : ""}${r.conditions ? `；使用条件：${r.conditions}` : ""}${r.expiresOn ? `；有效期至 ${formatDateTime(r.expiresOn)}` : ""}`}
                </p>
              )}
              {r.canDecide && filter.box === "received" && (
                <DecideAccess id={r.id} version={r.version} resourceName={r.resourceName} />
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath="/console/requests" params={params} page={list.page} pageCount={list.pageCount} total={list.total} />
    </>
  );
}
