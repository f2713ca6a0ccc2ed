import { ITEM_CODE_EXAMPLE, ITEM_CODE_PATTERN } from "@/server/no-proof/schemas";
import { optionalText, requiredText, z } from "@/server/validation";

/** What the reform does to one bundled 事项. */
export const REFORM_CHANGE_LABELS = {
  merged: "合并办理",
  parallel: "并联审批",
  shared_data: "数据共享免提交",
  commitment: "告知承诺",
  proactive: "免申即享",
  online: "全程网办",
  cancelled: "取消",
} as const;
export const REFORM_CHANGES = Object.keys(REFORM_CHANGE_LABELS) as [keyof typeof REFORM_CHANGE_LABELS, ...(keyof typeof REFORM_CHANGE_LABELS)[]];
export type ReformChange = (typeof REFORM_CHANGES)[number];

export const MAX_REFORM_ITEMS = 30;
export const MAX_REFORM_STEPS = 40;
export const MAX_STEP_MATERIALS = 20;
export const MAX_STEP_FORMS = 5;

/** One bundled 事项 of the 改革清单: its code as the no-proof catalogue writes it, its department, what changes. */
export const reformItemSchema = z.object({
  name: requiredText("事项名称", 60, 2),
  /** Empty for an item without a published code (e.g. inside government). */
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(new RegExp(`^$|${ITEM_CODE_PATTERN.source}`), `事项编码格式不正确，应为「区划代码-12位基本编码-事项类型-3位序号-2位办理项」，如 ${ITEM_CODE_EXAMPLE}`)
    .default(""),
  departmentId: z.uuid({ error: "请选择实施部门" }),
  change: z.enum(REFORM_CHANGES, { error: "请选择改革方式" }),
  note: optionalText("改革说明", 200),
});

const nameList = (label: string, max: number) =>
  z
    .array(requiredText(label, 40))
    .max(max, `每个环节的${label}最多 ${max} 项`)
    .default([])
    .transform((list) => [...new Set(list)]);

/**
 * One step of the process, in order. `after` names the earlier steps (by number, 1-based) it
 * waits for: empty means the previous step, `0` the start — so steps after the reform can run
 * side by side (并联).
 */
export const reformStepSchema = z.object({
  title: requiredText("环节名称", 40),
  /** Who does it: 申请人, a department, a system. */
  actor: requiredText("办理主体", 30),
  /** Which counter (窗口) or system. */
  place: optionalText("窗口或系统", 40),
  /** Materials the applicant hands in at this step. */
  materials: nameList("材料", MAX_STEP_MATERIALS),
  /** Forms the applicant fills in at this step. */
  forms: nameList("表单", MAX_STEP_FORMS),
  days: z
    .number({ error: "请填写工作日" })
    .finite()
    .min(0, "工作日不能为负")
    .max(365, "工作日不能超过 365")
    .refine((d) => Number.isInteger(d * 2), "工作日按半天计，如 0.5、1、2"),
  /** Done in person at a counter: one 跑动. */
  inPerson: z.boolean().default(false),
  after: z.array(z.number().int().min(0)).max(MAX_REFORM_STEPS).default([]).transform((list) => [...new Set(list)].sort((a, b) => a - b)),
});

const stepsSchema = (label: string) =>
  z
    .array(reformStepSchema, { error: `请填写${label}` })
    .min(1, `请至少填写一个${label}环节`)
    .max(MAX_REFORM_STEPS, `${label}环节最多 ${MAX_REFORM_STEPS} 个`)
    .superRefine((steps, ctx) => {
      steps.forEach((s, i) => {
        if (s.after.some((n) => n > i))
          ctx.addIssue({
            code: "custom",
            path: [i, "after"],
            message: i === 0 ? "第 1 步是第一个环节，前序环节只能填 0（开始）" : `第 ${i + 1} 步只能接在它之前的环节之后（填 1–${i}，0 表示开始）`,
          });
      });
    });

/** 一张改革清单 plus the process before and after, from which the flow chart and the comparison are drawn. */
export const reformSheetSchema = z.object({
  items: z
    .array(reformItemSchema, { error: "请填写改革清单" })
    .min(1, "改革清单至少一项事项")
    .max(MAX_REFORM_ITEMS, `改革清单最多 ${MAX_REFORM_ITEMS} 项事项`),
  stepsBefore: stepsSchema("改革前流程"),
  stepsAfter: stepsSchema("改革后流程"),
});

export type ReformItem = z.output<typeof reformItemSchema>;
export type ReformStep = z.output<typeof reformStepSchema>;
export type ReformStepInput = z.input<typeof reformStepSchema>;
export type ReformSheet = z.output<typeof reformSheetSchema>;
export type ReformSheetInput = z.input<typeof reformSheetSchema>;
