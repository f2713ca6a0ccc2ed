import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { DomainError } from "@/server/errors";
import { getCase } from "@/server/no-proof/queries";
import { AUDIENCE_LABELS, DISPOSITION_EXPLAINED, DISPOSITION_LABELS, E_LICENCE_LABELS, NOPROOF_DOMAIN_LABELS, PROOF_KIND_LABELS } from "@/server/no-proof/schemas";
import { formatDate } from "@/server/time";
import { BackLink, DispositionBadge, PhoneLink, Section } from "../../../_components/parts";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string }> };

/** The published use case, or a 404 for anything else (a bad id included). */
async function load(params: Props["params"]) {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  return getCase(await getDb(), null, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { content } = await load(params);
  return { title: content.name, description: content.summary };
}

export default async function CasePage({ params }: Props) {
  const { id } = await params;
  const { content: c, departmentName, districts, feedback, entry } = await load(params);
  const waived = c.proofs.map((p, i) => ({ ...p, i })).filter((p) => p.disposition !== "retained");
  const kept = c.proofs.filter((p) => p.disposition === "retained");
  const toBring = kept.length + c.materials.length;
  return (
    <article className="space-y-5">
      <BackLink href="/no-proof">无证明城市首页</BackLink>
      <header>
        <h1 className="text-2xl font-semibold">{c.name}</h1>
        <p className="mt-1 text-sm text-slate-700">
          {departmentName} · {NOPROOF_DOMAIN_LABELS[c.domain]} · 面向{c.audiences.map((a) => AUDIENCE_LABELS[a]).join("、")} ·{" "}
          <span className="whitespace-nowrap">{c.effectiveDate} 起实施</span>
        </p>
        <p className="mt-3 text-lg text-slate-900">{c.summary}</p>
      </header>

      {/* Like a 办事指南: first how many materials, then what to bring, then what replaces the rest. */}
      <Section title="要带什么" id="materials">
        <p className="mb-3 flex flex-wrap gap-x-6 gap-y-1 text-lg">
          <span>
            需提交 <strong className="text-2xl">{toBring}</strong> 份
          </span>
          <span>
            免提交 <strong className="text-2xl text-green-800">{waived.length}</strong> 份
          </span>
        </p>
        <h3 className="font-semibold text-slate-900">需要准备</h3>
        {toBring === 0 ? (
          <p className="mt-1 text-slate-900">无需其他材料。</p>
        ) : (
          <ul className="mt-1 list-disc space-y-1 pl-6 text-slate-900" aria-label="需要准备的材料">
            {kept.map((p) => (
              <li key={p.name}>
                {p.name}
                <span className="text-sm text-slate-700">（依规保留，见下文）</span>
              </li>
            ))}
            {c.materials.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
        <h3 className="mt-3 font-semibold text-slate-900">不用再交</h3>
        <ul className="mt-1 list-disc space-y-1 pl-6 text-slate-900" aria-label="不用再交的证明">
          {waived.map((p) => (
            <li key={p.name}>
              {p.name}
              <span className="text-sm text-slate-700">（{DISPOSITION_LABELS[p.disposition]}）</span>
            </li>
          ))}
        </ul>
      </Section>

      <Section title={`不用再交的证明，现在怎么办（${waived.length} 项）`} id="waived">
        <ul className="space-y-4">
          {waived.map((p) => (
            <li key={p.name} className="rounded-md border border-green-200 bg-green-50 p-3">
              <p className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                <span>{p.name}</span>
                <DispositionBadge value={p.disposition} />
              </p>
              <p className="mt-1 text-slate-900">
                <span className="font-medium">现在怎么办：</span>
                {p.replacement}
              </p>
              <p className="mt-1 text-sm text-slate-700">{DISPOSITION_EXPLAINED[p.disposition]}</p>
              <p className="mt-1 text-sm text-slate-700">
                原由{p.issuer}开具 · {PROOF_KIND_LABELS[p.kind]}
              </p>
              {p.commitmentTemplate && (
                <div className="mt-2 text-sm text-slate-800">
                  <a className="inline-flex min-h-11 items-center font-medium text-brand-700 underline" href={`/api/no-proof/cases/${id}/commitment/${p.i}`}>
                    下载承诺书
                  </a>
                  {p.commitmentExclusions && <p>不适用承诺的情形：{p.commitmentExclusions}</p>}
                </div>
              )}
            </li>
          ))}
        </ul>
      </Section>

      {kept.length > 0 && (
        <Section title={`仍需提供（${kept.length} 项）`} id="kept">
          <ul className="space-y-3">
            {kept.map((p) => (
              <li key={p.name} className="rounded-md border border-slate-200 p-3">
                <p className="font-semibold">{p.name}</p>
                <p className="mt-1 text-slate-800">保留原因：{p.retainedReason}</p>
                <p className="mt-1 text-sm text-slate-700">设定依据：{p.legalBasis}</p>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-slate-700">清单之外的证明，办事窗口不得要求您提供。</p>
        </Section>
      )}

      {c.eLicences.length > 0 && (
        <Section title="可以亮出的电子证照" id="licences">
          <ul className="flex flex-wrap gap-2">
            {c.eLicences.map((l) => (
              <li key={l}>
                <a href={`/no-proof/browse/licence/${l}`} className="inline-flex min-h-11 items-center rounded-full border border-brand-600 px-3 text-brand-700 hover:bg-brand-50">
                  {E_LICENCE_LABELS[l]}
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm text-slate-700">在“爱山东·青e办”打开电子证照，向窗口出示或授权调取。</p>
        </Section>
      )}

      <Section title="怎么办" id="how">
        <dl className="mb-4 grid gap-x-4 gap-y-1 sm:grid-cols-[7rem_1fr]">
          <dt className="text-slate-700">办理渠道</dt>
          <dd>
            {[c.channels.app && "爱山东·青e办 App", c.channels.onlineHall && "山东政务服务网（青岛站）", ...c.channels.halls].filter(Boolean).join("；")}
          </dd>
          <dt className="text-slate-700">办理时限</dt>
          <dd>{c.timeLimit}</dd>
          <dt className="text-slate-700">收费</dt>
          <dd>{c.fee}</dd>
          <dt className="text-slate-700">适用区市</dt>
          <dd>{districts.length ? districts.map((d) => d.name).join("、") : "全市通办"}</dd>
          {c.contactPhone && (
            <>
              <dt className="text-slate-700">咨询电话</dt>
              <dd>
                <PhoneLink number={c.contactPhone} />
              </dd>
            </>
          )}
        </dl>
        <ol className="list-decimal space-y-1 pl-6">
          {c.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </Section>

      <Section title="依据" id="basis">
        <p className="text-slate-800">{c.legalBasis}</p>
        <p className="mt-2 text-sm text-slate-700">
          事项编码 <span className="font-mono break-all">{c.itemCode}</span> · <span className="whitespace-nowrap">更新于 {formatDate(entry.updatedAt)}</span>
        </p>
      </Section>

      <Section title="仍被要求提供证明？" id="feedback">
        <p className="text-slate-800">
          {feedback.total === 0
            ? "目前还没有人反映这个事项。"
            : `已有 ${feedback.total} 人反映：处理中 ${feedback.open} 件，已答复 ${feedback.replied} 件，已办结 ${feedback.closed} 件。`}
        </p>
        <a
          href={`/no-proof/cases/${id}/feedback`}
          className="mt-3 inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 font-medium text-white hover:bg-brand-700"
        >
          这里仍要求我提供证明
        </a>
      </Section>
    </article>
  );
}
