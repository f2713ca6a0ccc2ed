import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { forbidden } from "next/navigation";
import { api } from "@/server/api/server";
import { can, hasRole } from "@/server/auth/permissions";
import { requireActor } from "@/server/auth/session";
import { CompetitionStatusBadge, formatWindow, RegistrationBadge } from "@/app/_components/competition-labels";
import { ButtonLink } from "@/app/_components/ui/button";
import { PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";

export const metadata: Metadata = { title: "创新大赛" };

/** Organisers see every competition and set up new ones; publishers see where they can enter. */
export default async function ConsoleCompetitionsPage() {
  const actor = await requireActor();
  const manage = can.manageCompetitions(actor);
  if (!manage && !hasRole(actor, "publisher")) forbidden();
  const competitions = await (await api()).competition.list();
  const now = new Date();
  return (
    <>
      <PageHeader
        title={manage ? "创新大赛" : "大赛报名"}
        description={manage ? "设置大赛、邀请评委、分配评审、发布成绩" : `以${actor.departmentName}牵头的已发布场景报名参赛，报名截止前可修改或撤回`}
        actions={manage && <ButtonLink href="/console/competitions/new">创建大赛</ButtonLink>}
      />
      <Table
        caption="创新大赛"
        rows={competitions}
        rowKey={(c) => c.id}
        empty={manage ? "尚未创建大赛" : "目前没有可报名的大赛"}
        columns={[
          {
            header: "大赛",
            cell: (c) => (
              <Link className="text-brand-700 hover:underline" href={`/console/competitions/${c.id}`}>
                {c.name}
              </Link>
            ),
          },
          { header: "年度", cell: (c) => c.year },
          { header: "状态", cell: (c) => <CompetitionStatusBadge status={c.status} /> },
          {
            header: "报名",
            cell: (c) => {
              const r = c.registration;
              if (!r) return "—";
              return (
                <span className="flex flex-wrap items-center gap-2">
                  <RegistrationBadge stage={r} now={now} />
                  <span className="text-slate-700">{formatWindow(r.opensAt, r.closesAt)}</span>
                </span>
              );
            },
          },
          { header: "当前阶段", cell: (c) => c.currentStage?.name ?? "—" },
          { header: "参赛作品", cell: (c) => `${c.entryCount} 件` },
          {
            header: "成绩",
            cell: (c) =>
              c.resultsPublishedAt ? (
                <Link className="text-brand-700 hover:underline" href={`/competitions/${c.id}/results`}>
                  已发布
                </Link>
              ) : (
                "未发布"
              ),
          },
        ]}
      />
    </>
  );
}
