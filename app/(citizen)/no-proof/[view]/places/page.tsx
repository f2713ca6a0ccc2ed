import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { allDepartments } from "@/server/organisation/departments";
import { publishedPlaces } from "@/server/no-proof/places";
import { E_LICENCE_LABELS, PLACE_KIND_LABELS, type PlaceKind } from "@/server/no-proof/schemas";
import { BackLink, Section } from "../../_components/parts";

export const revalidate = 3600;
export const metadata: Metadata = {
  title: "一码亮证",
  description: "在酒店入住、医院就诊、银行办业务、交通执法检查等场所，出示电子证照即可，不用带实体证件。",
};

export default async function PlacesPage() {
  const db = await getDb();
  const [places, departments] = await Promise.all([publishedPlaces(db), allDepartments(db)]);
  const districtName = new Map(departments.map((d) => [d.code, d.name]));
  return (
    <div className="space-y-5">
      <BackLink href="/no-proof">无证明城市首页</BackLink>
      <h1 className="text-2xl font-semibold">一码亮证</h1>
      <p className="text-slate-800">在“爱山东·青e办”打开电子证照，在下列场所出示即可，不用带实体证件。</p>
      {places.map((p) => (
        <Section key={p.id} id={p.kind} title={PLACE_KIND_LABELS[p.kind as PlaceKind]}>
          <p className="text-slate-800">{p.content.description}</p>
          <p className="mt-2 text-slate-900">
            <span className="font-medium">可出示：</span>
            {p.content.acceptedLicences.map((l) => E_LICENCE_LABELS[l]).join("、")}
          </p>
          {p.content.venues.length > 0 && (
            <ul className="mt-3 space-y-1 text-sm text-slate-800" aria-label={`${PLACE_KIND_LABELS[p.kind as PlaceKind]}示例场所`}>
              {p.content.venues.map((v) => (
                <li key={`${v.districtCode}-${v.name}`}>
                  <span className="font-medium">{districtName.get(v.districtCode) ?? v.districtCode}</span>　{v.name}，{v.address}
                </li>
              ))}
            </ul>
          )}
        </Section>
      ))}
    </div>
  );
}
