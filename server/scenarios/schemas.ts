import { reformSheetSchema } from "@/server/reform/schemas";
import { DOMAINS } from "@/server/resources/schemas";
import { optionalText, requiredText, z } from "@/server/validation";

export const SCENARIO_KIND_LABELS = {
  big_scenario: "多跨融合大场景",
  one_thing: "一件事",
  one_scene: "一个场景",
} as const;

export const ONE_THING_AUDIENCE_LABELS = {
  public: "面向群众企业",
  internal: "机关内部",
} as const;

export const SCENARIO_KINDS = ["big_scenario", "one_thing", "one_scene"] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

export const MAX_SCENARIO_RESOURCES = 50;

/** A measurable result: 办理时限 from 5 to 1 天. */
export const scenarioResultSchema = z.object({
  metric: requiredText("成效指标", 30),
  before: z.number({ error: "请填写改革前数值" }).finite().min(0, "数值不能为负"),
  after: z.number({ error: "请填写改革后数值" }).finite().min(0, "数值不能为负"),
  unit: requiredText("单位", 10),
});

/**
 * The content of one version of a scenario. The lead department is the scenario's owner and
 * counts among its departments; a 大场景 needs at least two.
 */
export const scenarioContentSchema = z
  .object({
    name: requiredText("场景名称", 60, 2),
    kind: z.enum(SCENARIO_KINDS, { error: "请选择场景类型" }),
    /** Only for 一件事: for the public and businesses, or inside government. */
    audience: z.enum(["public", "internal"]).or(z.literal("")).default(""),
    domain: z.enum(DOMAINS, { error: "请选择所属领域" }),
    participatingDepartmentIds: z.array(z.uuid()).max(30, "参与部门最多 30 个").default([]),
    problem: requiredText("解决的问题", 1000),
    howItWorks: requiredText("实现方式", 2000),
    resourceIds: z.array(z.uuid()).max(MAX_SCENARIO_RESOURCES, `使用的资源最多 ${MAX_SCENARIO_RESOURCES} 项`).default([]),
    results: z.array(scenarioResultSchema).max(10, "成效指标最多 10 项").default([]),
    /** Districts (区市) where it runs. */
    liveDistrictIds: z.array(z.uuid()).max(10).default([]),
    contactName: optionalText("联系人", 30),
    contactPhone: z
      .string()
      .trim()
      .regex(/^$|^[0-9+\-\s()]{5,20}$/, "联系电话格式不正确")
      .default(""),
    /** 一张改革清单 with the process before and after (一件事 and 大场景); absent in older versions. */
    reform: reformSheetSchema.optional(),
    /** Asked on submit when 「已有同类」 finds a likely duplicate: how this one differs, or why it cannot be reused. */
    duplicateReason: optionalText("与已有同类的区别", 500),
  })
  .superRefine((c, ctx) => {
    if (c.kind === "one_thing" && !c.audience)
      ctx.addIssue({ code: "custom", path: ["audience"], message: "「一件事」须标明面向群众企业还是机关内部" });
    if (new Set(c.resourceIds).size !== c.resourceIds.length)
      ctx.addIssue({ code: "custom", path: ["resourceIds"], message: "同一资源不能重复添加" });
  });

export type ScenarioContent = z.output<typeof scenarioContentSchema>;
export type ScenarioContentInput = z.input<typeof scenarioContentSchema>;

export const createScenarioInput = z.object({ content: scenarioContentSchema, submit: z.boolean().default(false) });
export const updateScenarioInput = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  content: scenarioContentSchema,
  submit: z.boolean().default(false),
});
export const scenarioRefInput = z.object({ id: z.uuid(), version: z.number().int().positive() });
export const scenarioReasonInput = scenarioRefInput.extend({ reason: requiredText("理由", 500, 2) });
export const benchmarkInput = z.object({ id: z.uuid(), benchmark: z.boolean() });

export const recordAdoptionInput = z.object({
  scenarioId: z.uuid(),
  liveSince: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "请填写上线日期"),
  adaptations: requiredText("本地化调整说明", 1000),
  connectedResourceIds: z.array(z.uuid()).max(30).default([]),
});
export const decideAdoptionInput = z
  .object({ id: z.uuid(), version: z.number().int().positive(), confirm: z.boolean(), reason: optionalText("理由", 500) })
  .superRefine((d, ctx) => {
    if (!d.confirm && !d.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "不予确认须说明理由" });
  });
