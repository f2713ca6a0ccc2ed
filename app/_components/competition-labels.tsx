import { formatDateTime } from "@/server/time";
import { Badge } from "@/app/_components/ui/layout";
import {
  AGGREGATION_METHOD_LABELS,
  COMPETITION_STATUS_LABELS,
  CONFLICT_STATUS_LABELS,
  ENTRY_STATUS_LABELS,
  JUDGE_STATUS_LABELS,
  SHEET_STATUS_LABELS,
  STAGE_STATUS_LABELS,
} from "@/server/competition/schemas";

const COMPETITION_TONES = { draft: "neutral", running: "brand", closed: "success" } as const;
const STAGE_TONES = { pending: "neutral", open: "brand", closed: "success" } as const;
const SHEET_TONES = { unscored: "neutral", draft: "warning", submitted: "success", reopened: "danger" } as const;
const JUDGE_TONES = { invited: "warning", accepted: "success", declined: "neutral" } as const;
const CONFLICT_TONES = { declared: "warning", confirmed: "danger", dismissed: "neutral", decided: "neutral" } as const;

export function CompetitionStatusBadge({ status }: { status: keyof typeof COMPETITION_STATUS_LABELS }) {
  return <Badge tone={COMPETITION_TONES[status]}>{COMPETITION_STATUS_LABELS[status]}</Badge>;
}

export function StageStatusBadge({ status }: { status: keyof typeof STAGE_STATUS_LABELS }) {
  return <Badge tone={STAGE_TONES[status]}>{STAGE_STATUS_LABELS[status]}</Badge>;
}

/** A judge's sheet: not started (no row yet), draft, submitted or given back by an organiser. */
export function SheetStatusBadge({ status }: { status: keyof typeof SHEET_STATUS_LABELS | "unscored" | null }) {
  const key = status ?? "unscored";
  return <Badge tone={SHEET_TONES[key]}>{key === "unscored" ? "未评分" : SHEET_STATUS_LABELS[key]}</Badge>;
}

export function JudgeStatusBadge({ status }: { status: keyof typeof JUDGE_STATUS_LABELS }) {
  return <Badge tone={JUDGE_TONES[status]}>{JUDGE_STATUS_LABELS[status]}</Badge>;
}

export function ConflictStatusBadge({ status }: { status: keyof typeof CONFLICT_STATUS_LABELS }) {
  return <Badge tone={CONFLICT_TONES[status]}>{CONFLICT_STATUS_LABELS[status]}</Badge>;
}

export function EntryStatusBadge({ status }: { status: keyof typeof ENTRY_STATUS_LABELS }) {
  return <Badge tone={status === "submitted" ? "success" : "neutral"}>{ENTRY_STATUS_LABELS[status]}</Badge>;
}

/**
 * How a competition turns score sheets into a ranking, in words a reader can check by hand; the rules are
 * those of server/competition/aggregation.ts (5 sheets to trim or to normalise a judge).
 */
export function aggregationNote(method: keyof typeof AGGREGATION_METHOD_LABELS): string[] {
  const weighted = "每份评分表按评分细则的权重折算为百分制（加权得分 = Σ 权重 ×（分数 − 最低分）÷（最高分 − 最低分））。";
  const perMethod = {
    mean: "作品得分为全部评委加权得分的平均分。",
    trimmed_mean: "一件作品有 5 份及以上评分时，去掉一个最高分和一个最低分后取平均分；不足 5 份时取全部评分的平均分。",
    normalised:
      "评分不少于 5 份的评委，其加权得分先按本人的平均分和标准差标准化，再换算到全体评委的分数尺度，然后取平均分，以免个别评委打分偏严或偏松左右排名；评分少于 5 份的评委按原始得分计入。",
  }[method];
  return [weighted, perMethod, "得分相同时，依次比较未去分的总分、权重最高评分项的平均分和报名时间（较早者在前）。"];
}

/** 「2024/06/30 09:00 至 2024/07/31 17:00」, in Qingdao's clock. */
export function formatWindow(opensAt: Date | string, closesAt: Date | string): string {
  return `${formatDateTime(opensAt)} 至 ${formatDateTime(closesAt)}`;
}

type StageWindow = { status: keyof typeof STAGE_STATUS_LABELS; opensAt: Date | string; closesAt: Date | string };

/** Where 报名 stands by the server's rules (records.ts assertRegistrationOpen): its status and its times. */
export function registrationPhase(stage: StageWindow, now = new Date()): "pending" | "open" | "closed" {
  if (now >= new Date(stage.closesAt) || stage.status === "closed") return "closed";
  if (stage.status === "pending" || now < new Date(stage.opensAt)) return "pending";
  return "open";
}

const PHASE = { pending: ["报名未开始", "neutral"], open: ["报名中", "success"], closed: ["报名已截止", "neutral"] } as const;

export function RegistrationBadge({ stage, now }: { stage: StageWindow; now?: Date }) {
  const [label, tone] = PHASE[registrationPhase(stage, now)];
  return <Badge tone={tone}>{label}</Badge>;
}
