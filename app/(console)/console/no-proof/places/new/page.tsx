import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requireActor } from "@/server/auth/session";
import { BackLink, Card, PageHeader } from "@/app/_components/ui/layout";
import { PlaceForm } from "../place-form";

export const metadata: Metadata = { title: "登记亮证场所" };

export default async function NewPlacePage() {
  const actor = await requireActor();
  if (!can.editNoProofCase(actor, actor.departmentId)) forbidden();
  const departments = await (await api()).organisation.allDepartments();
  return (
    <>
      <BackLink href="/console/no-proof/places">一码亮证场所</BackLink>
      <PageHeader title="登记亮证场所" description={`由${actor.departmentName}维护；提交后由市大数据局审核，通过后在公众页面发布`} />
      <Card>
        <PlaceForm districts={departments.filter((d) => d.kind === "district")} />
      </Card>
    </>
  );
}
