import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { allDepartments } from "@/server/organisation/departments";
import { caseSearchSchema, searchCases, type CaseSearch } from "@/server/no-proof/queries";
import { E_LICENCE_LABELS, LIFE_EVENT_LABELS, NOPROOF_DOMAIN_LABELS } from "@/server/no-proof/schemas";
import { BackLink, CaseList } from "../../../../_components/parts";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ facet: string; value: string }> };

/** What a browse page lists and how it is titled: 人生事件「出生」, 电子证照「驾驶证」… */
async function browse(params: Props["params"]): Promise<{ title: string; filter: Partial<CaseSearch> } | null> {
  const { facet, value } = await params;
  if (facet === "event" && value in LIFE_EVENT_LABELS) return { title: `人生事件：${LIFE_EVENT_LABELS[value as keyof typeof LIFE_EVENT_LABELS]}`, filter: { event: value as CaseSearch["event"] } };
  if (facet === "domain" && value in NOPROOF_DOMAIN_LABELS) return { title: `领域：${NOPROOF_DOMAIN_LABELS[value as keyof typeof NOPROOF_DOMAIN_LABELS]}`, filter: { domain: value as CaseSearch["domain"] } };
  if (facet === "licence" && value in E_LICENCE_LABELS) return { title: `用电子${E_LICENCE_LABELS[value as keyof typeof E_LICENCE_LABELS]}能办的事`, filter: { licence: value as CaseSearch["licence"] } };
  if (facet === "district") {
    const district = (await allDepartments(await getDb())).find((d) => d.kind === "district" && d.code === value);
    if (district) return { title: `${district.name}可办的无证明事项`, filter: { district: value } };
  }
  return null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const b = await browse(params);
  return b ? { title: b.title, description: `${b.title}：不再需要提供的证明、替代方式和办理渠道。` } : { title: "页面不存在" };
}

export default async function BrowsePage({ params }: Props) {
  const b = await browse(params);
  if (!b) notFound();
  const result = await searchCases(await getDb(), caseSearchSchema.parse(b.filter), 100);
  return (
    <div className="space-y-4">
      <BackLink href="/no-proof">无证明城市首页</BackLink>
      <h1 className="text-2xl font-semibold">{b.title}</h1>
      <p className="text-slate-800">共 {result.total} 个事项</p>
      <CaseList rows={result.rows} label={b.title} />
    </div>
  );
}
