import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { forbidden } from "next/navigation";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requireActor } from "@/server/auth/session";
import { formatDateTime } from "@/server/time";
import { ResourceStatusBadge } from "@/app/_components/resource-badges";
import { ButtonLink } from "@/app/_components/ui/button";
import { BackLink, Badge, PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";

export const metadata: Metadata = { title: "一码亮证场所" };

/** Every kind of 一码亮证 place and the department that keeps it; a department edits its own. */
export default async function PlacesConsolePage() {
  const actor = await requireActor();
  const publisher = can.editNoProofCase(actor, actor.departmentId);
  if (!publisher && !can.reviewResources(actor)) forbidden();
  const places = await (await api()).place.list();
  return (
    <>
      <BackLink href="/console/no-proof">无证明场景</BackLink>
      <PageHeader
        title="一码亮证场所"
        description="公众页面“一码亮证”列出的场所类型、可出示的电子证照和示例场所；每类场所由一个部门维护，修改经市大数据局审核后发布"
        actions={publisher && <ButtonLink href="/console/no-proof/places/new">登记亮证场所</ButtonLink>}
      />
      <Table
        caption="一码亮证场所"
        rows={places}
        rowKey={(p) => p.id}
        empty="尚未登记亮证场所"
        columns={[
          {
            header: "场所类型",
            primary: true,
            cell: (p) => (
              <Link className="text-brand-700 hover:underline" href={`/console/no-proof/places/${p.id}`}>
                {p.name}
              </Link>
            ),
          },
          { header: "状态", metric: true, cell: (p) => <ResourceStatusBadge status={p.status} /> },
          { header: "维护部门", cell: (p) => (p.own ? <Badge tone="brand">本部门</Badge> : p.departmentName) },
          { header: "更新时间", cell: (p) => formatDateTime(p.updatedAt) },
        ]}
      />
    </>
  );
}
