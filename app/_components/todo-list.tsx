import Link from "@/app/_components/link";
import type { Todo } from "@/server/todos/todos";
import { formatDate, formatDateTime } from "@/server/time";
import { Badge } from "@/app/_components/ui/layout";

/** When each to-do is due, or since when it has waited: 「答复期限 2026/11/28 23:59 · 最早 2026/11/13 起等待」. */
function timing(t: Todo): string {
  const parts: string[] = [];
  if (t.window) parts.push(`评分时间 ${formatDateTime(t.window.opensAt)} 至 ${formatDateTime(t.window.closesAt)}`);
  else if (t.kind === "competition.stage" && t.dueAt) parts.push(`结束时间 ${formatDateTime(t.dueAt)}`);
  else if (t.dueAt) parts.push(`${t.overdue ? "最早期限" : "最近期限"} ${formatDateTime(t.dueAt)}`);
  if (t.oldestAt) parts.push(`最早 ${formatDate(t.oldestAt)} 起等待`);
  return parts.join(" · ");
}

/** 待办 on 工作台: each to-do linked to where it is handled, overdue first (the service's order). */
export function TodoList({ todos }: { todos: Todo[] }) {
  if (todos.length === 0) return <p className="text-sm text-slate-600">暂无待办。</p>;
  return (
    <ul className="space-y-3" aria-label="待办事项">
      {todos.map((t) => (
        <li key={t.key} className={`rounded-md border px-4 py-3 ${t.overdue ? "border-red-200 bg-red-50" : "border-slate-200"}`}>
          <p className="flex flex-wrap items-center gap-2">
            <Link href={t.href} className="font-medium break-words text-brand-700 hover:underline">
              {t.label}
            </Link>
            {t.overdue > 0 && <Badge tone="danger">已逾期</Badge>}
            {t.escalated > 0 && <Badge tone="danger">督办</Badge>}
          </p>
          {timing(t) && <p className="mt-1 text-sm text-slate-600">{timing(t)}</p>}
          {t.items.length > 1 && (
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t.label}>
              {t.items.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="text-brand-700 hover:underline">
                    {item.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
