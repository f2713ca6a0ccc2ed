import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { browseCounts, targetProgress } from "@/server/no-proof/queries";
import { E_LICENCE_LABELS, LIFE_EVENT_LABELS, NOPROOF_DOMAIN_LABELS } from "@/server/no-proof/schemas";
import { allDepartments } from "@/server/organisation/departments";
import { ChipLinks, SearchBox, Section, Tile } from "../_components/parts";

export const revalidate = 3600;
export const metadata: Metadata = {
  title: { absolute: "无证明城市 · 青岛" },
  description: "查一查办事还要不要开证明：按人生事件、电子证照、领域和区市浏览青岛市无证明场景，看用什么代替、怎么办理。",
};

const EXAMPLES = ["开公司要带什么", "驾驶证", "退休", "生孩子"];

export default async function NoProofHome() {
  const db = await getDb();
  const [counts, progress, departments] = await Promise.all([browseCounts(db), targetProgress(db), allDepartments(db)]);
  const max = Math.max(1, ...progress.byDomain.map((d) => d.n));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">办事不用再开证明</h1>
        <p className="mt-1 text-slate-800">查一查您要办的事：哪些证明不用再交、用什么代替、去哪里办。</p>
      </div>
      <div className="space-y-2">
        <SearchBox />
        <p className="text-sm text-slate-700">大家都在问：</p>
        <ChipLinks label="大家都在问" links={EXAMPLES.map((q) => ({ href: `/no-proof/search?q=${encodeURIComponent(q)}`, text: q }))} />
      </div>

      <Section title="按人生事件找" id="events">
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 elder:grid-cols-1 elder:sm:grid-cols-2">
          {Object.entries(LIFE_EVENT_LABELS).map(([key, label]) => (
            <Tile key={key} href={`/no-proof/browse/event/${key}`} label={label} count={counts.events[key] ?? 0} />
          ))}
        </ul>
      </Section>

      <Section title="我的电子证照能办什么" id="licences">
        <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          {Object.entries(E_LICENCE_LABELS)
            .filter(([key]) => counts.licences[key])
            .map(([key, label]) => (
              <Tile key={key} href={`/no-proof/browse/licence/${key}`} label={label} count={counts.licences[key]} />
            ))}
        </ul>
      </Section>

      <Section title="按领域找" id="domains">
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 elder:grid-cols-1 elder:sm:grid-cols-2">
          {Object.entries(NOPROOF_DOMAIN_LABELS)
            .filter(([key]) => counts.domains[key])
            .map(([key, label]) => (
              <Tile key={key} href={`/no-proof/browse/domain/${key}`} label={label} count={counts.domains[key]} />
            ))}
        </ul>
      </Section>

      <Section title="按区市找" id="districts">
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-5 elder:sm:grid-cols-3">
          {departments
            .filter((d) => d.kind === "district")
            .map((d) => (
              <Tile key={d.code} href={`/no-proof/browse/district/${d.code}`} label={d.name} />
            ))}
        </ul>
      </Section>

      <Section title="今年新增无证明场景" id="progress">
        <p className="mb-3 text-slate-800">
          目标不少于 {progress.target} 个，已上线 <strong className="text-xl">{progress.total}</strong> 个
          {progress.total >= progress.target ? "，已完成目标" : `，还差 ${progress.target - progress.total} 个`}。
        </p>
        <ul className="space-y-2" aria-label="按领域统计">
          {progress.byDomain.map((d) => (
            <li key={d.domain} className="grid grid-cols-[6rem_1fr_3rem] items-center gap-2 text-sm">
              <span>{NOPROOF_DOMAIN_LABELS[d.domain as keyof typeof NOPROOF_DOMAIN_LABELS]}</span>
              <span className="h-3 rounded bg-slate-200" aria-hidden="true">
                <span className="block h-3 rounded bg-brand-600" style={{ width: `${(d.n / max) * 100}%` }} />
              </span>
              <span className="text-right">{d.n} 个</span>
            </li>
          ))}
        </ul>
      </Section>

      <div className="space-y-2">
        <p className="text-sm text-slate-700">在酒店、医院、银行出示电子证照，或下载整份清单：</p>
        <ChipLinks
          label="更多服务"
          links={[
            { href: "/no-proof/places", text: "一码亮证的场所" },
            { href: "/no-proof/open-data", text: "开放数据下载" },
          ]}
        />
      </div>
    </div>
  );
}
