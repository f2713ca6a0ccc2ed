import type { ReactNode } from "react";
import type { PlanTarget } from "@/server/targets/targets";

/**
 * One plan target: the figure against the target, a bar, and whether it is met — or how many are
 * missing and the monthly pace that still meets it by the end of the year.
 */
export function TargetProgress({ target: t, title }: { target: PlanTarget; title?: ReactNode }) {
  const percent = Math.min(100, Math.round((t.current / t.target) * 100));
  return (
    <>
      <h3 className="text-base font-medium text-slate-800">{title ?? t.label}</h3>
      <p className="mt-2 text-3xl font-semibold text-brand-700" data-testid={`target-${t.key}`}>
        {t.current}
        <span className="ml-1 text-base font-normal text-slate-600">/ 目标 ≥{t.target}</span>
      </p>
      <div className="mt-3 h-2 rounded bg-slate-200" role="progressbar" aria-label={`${t.label}完成进度`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className={`h-2 rounded ${t.met ? "bg-green-600" : "bg-brand-600"}`} style={{ width: `${percent}%` }} />
      </div>
      <p className={`mt-2 text-sm font-medium ${t.met ? "text-green-800" : "text-slate-800"}`}>
        {t.met ? "✓ 已达成" : `未达成 · 还差 ${t.gap} · 每月需新增 ${t.monthlyPace}`}
      </p>
      <p className="mt-1 text-xs text-slate-600">{t.source}</p>
    </>
  );
}
