import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/server/auth/session";
import { ROLE_LABELS } from "@/server/auth/permissions";
import { consoleActionsFor } from "@/app/_components/navigation";
import { Card, PageHeader } from "@/app/_components/ui/layout";

export const metadata: Metadata = { title: "工作台" };

export default async function ConsoleHome() {
  const actor = await requireActor();
  const links = consoleActionsFor(actor);
  return (
    <>
      <PageHeader
        title="工作台"
        description={`${actor.displayName}，${actor.departmentName}，${actor.roles.map((r) => ROLE_LABELS[r]).join("、") || "暂无角色"}`}
      />
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
    </>
  );
}
