import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { api } from "@/server/api/server";
import { RevisionNotice } from "@/app/_components/revision-notice";
import { requireActor } from "@/server/auth/session";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { BackLink, Card, PageHeader } from "@/app/_components/ui/layout";
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
        <RevisionNotice status={detail.entry.status} revising={!!detail.working} noun="场所" shownIn="公众页面" />
        <Card>
          <PlaceForm districts={departments.filter((d) => d.kind === "district")} entry={{ id, version: detail.entry.version, content: detail.content }} />
        </Card>
      </div>
    </>
  );
}
