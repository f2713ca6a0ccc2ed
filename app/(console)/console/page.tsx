import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { requireActor } from "@/server/auth/session";
import { ROLE_LABELS } from "@/server/auth/permissions";
import { consoleActionsFor } from "@/app/_components/navigation";
import { TodoList } from "@/app/_components/todo-list";
import { myWork } from "@/app/_components/todos";
import { Card, PageHeader } from "@/app/_components/ui/layout";

export const metadata: Metadata = { title: "工作台" };

/** 工作台: what needs the person's action now first, then the pages they use often. */
export default async function ConsoleHome() {
  const actor = await requireActor();
  const links = consoleActionsFor(actor);
  const { todos } = await myWork();
  return (
    <>
      <PageHeader
        title="工作台"
        description={`${actor.displayName}，${actor.departmentName}，${actor.roles.map((r) => ROLE_LABELS[r]).join("、") || "暂无角色"}`}
      />
      <div className="space-y-6">
        <Card title="待办" id="todos">
          <TodoList todos={todos} />
        </Card>
        <Card title="常用功能">
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="block rounded-md border border-slate-200 px-4 py-3 hover:border-brand-600 hover:bg-brand-50">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
