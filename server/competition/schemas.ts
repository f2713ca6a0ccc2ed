import { pageInput } from "@/server/pagination";
import { optionalText, requiredText, z } from "@/server/validation";
import { validateRubric, type Criterion } from "./aggregation";
import { shanghaiInstant } from "@/server/time";

export const COMPETITION_STATUS_LABELS = { draft: "筹备中", running: "进行中", closed: "已结束" } as const;
export const STAGE_KIND_LABELS = { registration: "报名", review: "评审" } as const;
export const STAGE_STATUS_LABELS = { pending: "未开始", open: "进行中", closed: "已结束" } as const;
export const ENTRY_STATUS_LABELS = { submitted: "已报名", withdrawn: "已撤回" } as const;
export const ATTACHMENT_KIND_LABELS = { pdf: "PDF 文档", pptx: "PPTX 演示文稿", video_link: "视频链接" } as const;
export const JUDGE_STATUS_LABELS = { invited: "已邀请", accepted: "已接受", declined: "已谢绝" } as const;
export const CONFLICT_TYPE_LABELS = { same_unit: "同一单位", recent_collaboration: "近期合作", relative: "亲属关系", other: "其他" } as const;
export const CONFLICT_DECLARER_LABELS = { judge: "评委申报", entrant: "参赛单位申报" } as const;
/** `decided` is what an entrant sees of a confirmed or dismissed declaration until results are published. */
export const CONFLICT_STATUS_LABELS = { declared: "待确认", confirmed: "已确认回避", dismissed: "不予回避", decided: "已处理" } as const;
export const SHEET_STATUS_LABELS = { draft: "草稿", submitted: "已提交", reopened: "已退回修改" } as const;
export const AGGREGATION_METHOD_LABELS = {
  mean: "平均分",
  trimmed_mean: "去掉一个最高分和一个最低分后的平均分",
  normalised: "按评委标准化后的平均分",
} as const;

export const AWARDS = ["first", "second", "third", "merit"] as const;
export type Award = (typeof AWARDS)[number];
export const AWARD_LABELS: Record<Award, string> = { first: "一等奖", second: "二等奖", third: "三等奖", merit: "优秀奖" };
/** How many of each award one track gives. */
export type AwardQuota = Record<Award, number>;

/** A 评分项 with what a high and a low mark mean, shown to judges beside the score field. */
export interface RubricCriterion extends Criterion {
  high: string;
  low: string;
}

/** 「2024-06-30T17:00」 from a datetime-local field means that time in Qingdao; a Date passes as is. */
const shanghaiDateTime = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? shanghaiInstant(v) : v),
    z.coerce.date({ error: `请填写${label}` }).refine((d) => !Number.isNaN(d.getTime()), `${label}格式不正确`),
  );

export const criterionSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,29}$/, "评分项标识须以小写字母开头，只含小写字母、数字和下划线"),
  label: requiredText("评分项名称", 20),
  weight: z.number({ error: "请填写权重" }).int("权重须为整数（百分比）"),
  min: z.number({ error: "请填写最低分" }).finite(),
  max: z.number({ error: "请填写最高分" }).finite(),
  high: optionalText("高分说明", 200),
  low: optionalText("低分说明", 200),
});

export const stageSchema = z
  .object({
    name: requiredText("阶段名称", 20),
    kind: z.enum(["registration", "review"], { error: "请选择阶段类型" }),
    opensAt: shanghaiDateTime("开始时间"),
    closesAt: shanghaiDateTime("结束时间"),
    rubric: z.array(criterionSchema).max(10, "评分项最多 10 个").default([]),
    judgesPerEntry: z.number().int().min(1, "每件作品至少 1 位评委").max(30, "每件作品最多 30 位评委").nullable().default(null),
    advancePerTrack: z.number().int().min(1, "晋级作品数至少为 1").max(200).nullable().default(null),
  })
  .superRefine((s, ctx) => {
    if (s.closesAt <= s.opensAt) ctx.addIssue({ code: "custom", path: ["closesAt"], message: "结束时间须晚于开始时间" });
    if (s.kind === "registration") {
      if (s.rubric.length > 0) ctx.addIssue({ code: "custom", path: ["rubric"], message: "报名阶段不设评分细则" });
      return;
    }
    for (const message of validateRubric(s.rubric)) ctx.addIssue({ code: "custom", path: ["rubric"], message });
    if (s.judgesPerEntry === null) ctx.addIssue({ code: "custom", path: ["judgesPerEntry"], message: `请填写“${s.name}”每件作品的评委人数` });
  });
export type StageInput = z.output<typeof stageSchema>;

const awardQuotaSchema = z
  .object({
    first: z.number().int().min(0).max(50),
    second: z.number().int().min(0).max(50),
    third: z.number().int().min(0).max(50),
    merit: z.number().int().min(0).max(200),
  })
  .refine((q) => q.first + q.second + q.third + q.merit > 0, "每个赛道至少设一个奖项");

const competitionFields = {
  name: requiredText("大赛名称", 60, 4),
  year: z.number({ error: "请填写年度" }).int().min(2000, "年度不正确").max(2100, "年度不正确"),
  tracks: z
    .array(requiredText("赛道名称", 20))
    .min(1, "至少设一个赛道")
    .max(10, "赛道最多 10 个")
    .refine((t) => new Set(t).size === t.length, "赛道名称不能重复"),
  aggregationMethod: z.enum(["mean", "trimmed_mean", "normalised"]).default("trimmed_mean"),
  awardQuota: awardQuotaSchema.default({ first: 1, second: 1, third: 1, merit: 3 }),
};

/**
 * What is wrong with the order of a competition's stages: 报名 first and only once, then at least one scored
 * stage; each opens after the one before it closes, and every scored stage but the last says how many advance.
 */
export function stageOrderProblems(stages: readonly StageInput[]): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  if (stages[0]?.kind !== "registration") problems.push({ path: [], message: "第一个阶段须为报名阶段" });
  if (stages.filter((s) => s.kind === "registration").length > 1) problems.push({ path: [], message: "报名阶段只能有一个" });
  if (!stages.some((s) => s.kind === "review")) problems.push({ path: [], message: "至少需要一个评审阶段" });
  stages.forEach((s, i) => {
    const before = stages[i - 1];
    if (before && s.opensAt < before.closesAt) problems.push({ path: [i, "opensAt"], message: `“${s.name}”须在“${before.name}”结束后开始` });
    if (s.kind === "review" && i < stages.length - 1 && s.advancePerTrack === null)
      problems.push({ path: [i, "advancePerTrack"], message: `请填写“${s.name}”每个赛道晋级的作品数` });
  });
  return problems;
}

export const createCompetitionInput = z
  .object({ ...competitionFields, stages: z.array(stageSchema).min(2, "至少需要报名和一个评审阶段").max(8, "阶段最多 8 个") })
  .superRefine((c, ctx) => {
    for (const p of stageOrderProblems(c.stages)) ctx.addIssue({ code: "custom", path: ["stages", ...p.path], message: p.message });
  });
export const updateCompetitionInput = z.object({ id: z.uuid(), version: z.number().int().positive(), ...competitionFields });
export const addStageInput = z.object({ competitionId: z.uuid(), stage: stageSchema });
export const updateStageInput = z.object({ id: z.uuid(), version: z.number().int().positive(), stage: stageSchema });
export const stageRefInput = z.object({ id: z.uuid(), version: z.number().int().positive() });
export const competitionIdInput = z.object({ competitionId: z.uuid() });
export const stageIdInput = z.object({ stageId: z.uuid() });

const entryFields = {
  track: requiredText("赛道", 20),
  team: requiredText("参赛团队", 200, 2),
  summary: requiredText("作品简介", 2000, 20),
};
export const enterInput = z.object({ competitionId: z.uuid(), scenarioId: z.uuid({ error: "请选择参赛场景" }), ...entryFields });
export const updateEntryInput = z.object({ id: z.uuid(), version: z.number().int().positive(), ...entryFields });
export const entryRefInput = z.object({ id: z.uuid(), version: z.number().int().positive() });
export const entryListInput = z.object({
  competitionId: z.uuid(),
  track: z.string().trim().max(20).optional().catch(undefined),
  page: pageInput,
});
export const videoLinkInput = z.object({
  entryId: z.uuid(),
  title: requiredText("视频标题", 60),
  url: z.url({ protocol: /^https$/, error: "视频须为以 https:// 开头的链接" }).max(500, "链接不能超过 500 个字符"),
});

export const inviteJudgesInput = z.object({ competitionId: z.uuid(), personIds: z.array(z.uuid()).min(1, "请选择评委").max(50) });
export const respondInvitationInput = z.object({ competitionId: z.uuid(), accept: z.boolean() });
export const declareConflictInput = z
  .object({
    entryId: z.uuid(),
    /** 姓名或单位: whom the entrant means, in their words; left empty when judges declare for themselves. */
    namedPerson: optionalText("姓名或单位", 60),
    type: z.enum(["same_unit", "recent_collaboration", "relative", "other"], { error: "请选择利益冲突类型" }),
    note: optionalText("说明", 500),
  })
  .superRefine((c, ctx) => {
    if (c.namedPerson.length === 1) ctx.addIssue({ code: "custom", path: ["namedPerson"], message: "姓名或单位至少 2 个字" });
    if (c.type === "other" && !c.note) ctx.addIssue({ code: "custom", path: ["note"], message: "类型为“其他”时须说明具体情况" });
  });
export const decideConflictInput = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  confirm: z.boolean(),
  note: optionalText("处理意见", 500),
});
/** An organiser names the judges an entrant's declaration means (an organisation may mean several) and confirms it. */
export const matchConflictInput = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  judgeIds: z
    .array(z.uuid())
    .min(1, "请选择与申报相符的评委")
    .max(30)
    .refine((ids) => new Set(ids).size === ids.length, "评委不能重复选择"),
  note: optionalText("处理意见", 500),
});
export const conflictListInput = z.object({
  competitionId: z.uuid(),
  status: z.enum(["declared", "confirmed", "dismissed"]).optional().catch(undefined),
});
export const swapInput = z.object({ stageId: z.uuid(), entryId: z.uuid(), fromJudgeId: z.uuid(), toJudgeId: z.uuid() });

/** Marks in steps of 0.1 at most, as on a paper score sheet. */
const mark = z
  .number({ error: "分数须为数字" })
  .finite()
  .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, "分数最多保留一位小数");
export const sheetRefInput = z.object({ stageId: z.uuid(), entryId: z.uuid() });
export const saveSheetInput = z.object({
  stageId: z.uuid(),
  entryId: z.uuid(),
  /** The version the judge last saw; null for a sheet not saved before. */
  version: z.number().int().positive().nullable(),
  scores: z.record(z.string(), mark),
  comments: z.record(z.string(), z.string().trim().max(500, "评语不能超过 500 个字")).default({}),
  submit: z.boolean().default(false),
});
export const reopenSheetInput = z.object({ id: z.uuid(), version: z.number().int().positive(), reason: requiredText("退回理由", 500, 2) });

export const publishInput = z.object({ competitionId: z.uuid(), version: z.number().int().positive() });
export const promoteInput = z.object({
  competitionId: z.uuid(),
  awards: z.array(z.enum(AWARDS)).min(1, "请选择要设为标杆场景的奖项").default(["first"]),
});
