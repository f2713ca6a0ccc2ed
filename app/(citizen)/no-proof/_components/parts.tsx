import type { ReactNode } from "react";
import { QUESTION_MAX } from "@/server/no-proof/views";
import { DISPOSITION_LABELS, NOPROOF_DOMAIN_LABELS, type Disposition, type NoProofDomain } from "@/server/no-proof/schemas";

/** Citizen pages link with plain anchors: full page loads of cached HTML, no client router. */
export function A({ href, className = "", children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <a href={href} className={`text-brand-700 underline underline-offset-2 ${className}`}>
      {children}
    </a>
  );
}

/** The way back, as a target big enough for a thumb (60 px in 长辈版). */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2">
      ← {children}
    </a>
  );
}

/** A phone number people can call with one tap. */
export function PhoneLink({ number }: { number: string }) {
  return (
    <a href={`tel:${number.replace(/[^\d+]/g, "")}`} className="inline-flex min-h-11 items-center whitespace-nowrap text-brand-700 underline underline-offset-2">
      {number}
    </a>
  );
}

/** Links shown as chips (suggested searches, related pages): each a tap target of its own. */
export function ChipLinks({ label, links }: { label: string; links: { href: string; text: string }[] }) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {links.map((l) => (
        <li key={l.href}>
          <a
            href={l.href}
            className="inline-flex min-h-11 items-center rounded-full border border-brand-600 bg-white px-4 text-brand-700 hover:bg-brand-50"
          >
            {l.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id={id} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

const TONES: Record<Disposition, string> = {
  cancelled: "bg-green-100 text-green-900",
  commitment: "bg-amber-100 text-amber-900",
  data_sharing: "bg-brand-100 text-brand-800",
  e_licence: "bg-brand-100 text-brand-800",
  online_check: "bg-brand-100 text-brand-800",
  self_regulation: "bg-slate-200 text-slate-800",
  deferred_commitment: "bg-amber-100 text-amber-900",
  retained: "bg-slate-200 text-slate-800",
};

export function DispositionBadge({ value }: { value: Disposition }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONES[value]}`}>{DISPOSITION_LABELS[value]}</span>;
}

/** The search form: a GET to /no-proof/search, so it works without JavaScript. */
export function SearchBox({ value = "", autoFocus = false }: { value?: string; autoFocus?: boolean }) {
  return (
    <form role="search" action="/no-proof/search" method="get" className="flex gap-2 elder:flex-col">
      <label htmlFor="q" className="sr-only">
        您要办什么事？
      </label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={value}
        autoFocus={autoFocus}
        maxLength={QUESTION_MAX}
        placeholder="如：驾驶证、退休、开公司"
        className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900"
      />
      <button type="submit" className="min-h-11 shrink-0 rounded-md bg-brand-600 px-5 text-base font-medium text-white hover:bg-brand-700">
        搜索
      </button>
    </form>
  );
}

export interface CaseRow {
  id: string;
  name: string;
  summary: string;
  domain: string;
  dispositions: string[];
  departmentName: string;
}

/**
 * Results as cards, each wholly a link to its use case: the title's link stretches over the card
 * (so the whole card is the tap target) while its name stays the title alone for screen readers.
 */
export function CaseList({ rows, label }: { rows: CaseRow[]; label: string }) {
  return (
    <ul className="space-y-3" aria-label={label}>
      {rows.map((c) => (
        <li key={c.id} className="relative rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600 focus-within:border-brand-600">
          <h2 className="text-lg font-semibold">
            <a href={`/no-proof/cases/${c.id}`} className="text-brand-700 underline underline-offset-2 after:absolute after:inset-0 after:content-['']">
              {c.name}
            </a>
          </h2>
          <p className="mt-1 text-slate-800">{c.summary}</p>
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span>{c.departmentName}</span>
            <span aria-hidden="true">·</span>
            <span>{NOPROOF_DOMAIN_LABELS[c.domain as NoProofDomain]}</span>
            {(c.dispositions as Disposition[]).map((d) => (
              <DispositionBadge key={d} value={d} />
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** A labelled tile linking to a browse page, with how many use cases it holds. */
export function Tile({ href, label, count }: { href: string; label: string; count?: number }) {
  return (
    <li>
      <a href={href} className="flex min-h-11 items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 hover:border-brand-600 hover:bg-brand-50">
        <span className="font-medium text-slate-900">{label}</span>
        {count !== undefined && <span className="text-sm text-slate-700">{count} 项</span>}
      </a>
    </li>
  );
}
