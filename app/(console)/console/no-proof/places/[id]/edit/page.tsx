import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { api } from "@/server/api/server";
import { requireActor } from "@/server/auth/session";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { BackLink, Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { PlaceForm } from "../../place-form";

export const metadata: Metadata = { title: "编辑亮证场所" };

export default async function EditPlacePage({ params }: { params: Promise<{ id: string }> }) {
  await requireActor();
  const { id } = await params;
  const caller = await api();
  const [detail, departments] = await Promise.all([caller.place.get({ id }).catch(rethrowAsPage), caller.organisation.allDepartments()]);
  if (!detail.permissions.edit) forbidden();
  return (
    <>
      <BackLink href={`/console/no-proof/places/${id}`}>{detail.content.name}</BackLink>
      <PageHeader title={`编辑：${detail.content.name}`} description={detail.departmentName} />
      <div className="space-y-4">
        {!detail.working && detail.entry.status === "published" && <Notice>这是已发布的场所。保存后将生成新版本，审核通过前公众页面仍显示当前发布版。</Notice>}
        <Card>
          <PlaceForm districts={departments.filter((d) => d.kind === "district")} entry={{ id, version: detail.entry.version, content: detail.content }} />
        </Card>
      </div>
    </>
  );
}
