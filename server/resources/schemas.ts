import { pageInput } from "@/server/pagination";
import { optionalText, requiredText, searchText, z } from "@/server/validation";

/** Label maps: the one place each enum's Chinese name is written. Keys are stored values. */
export const RESOURCE_KIND_LABELS = {
  dataset: "数据",
  api: "接口",
  algorithm: "算法模型",
  component: "组件",
  iot: "物联感知",
  video: "视频",
  compute: "算力",
  application: "应用",
} as const;

export const DOMAIN_LABELS = {
  urban_governance: "城市治理",
  livelihood: "民生服务",
  transport: "交通出行",
  market: "市场监管",
  public_safety: "公共安全",
  health: "医疗健康",
  social_security: "社会保障",
  education: "教育文化",
  environment: "生态环境",
  economy: "经济发展",
  government: "政务服务",
} as const;

export const SHARING_CLASS_LABELS = {
  unconditional: "无条件共享",
  conditional: "有条件共享",
  none: "不予共享",
} as const;

export const OPEN_CLASS_LABELS = {
  open: "无条件开放",
  conditional: "有条件开放",
  closed: "不予开放",
} as const;

/** One line each, for the publisher choosing (政务信息资源共享管理办法的三类). */
export const SHARING_CLASS_HINTS = {
  unconditional: "其他部门申请即可使用，无需本部门审批",
  conditional: "其他部门申请后，须经本部门同意（10 个工作日内答复）才能使用",
  none: "不提供给其他部门使用，须写明法律法规或政策依据",
} as const;

/** One line each: what the public sees of the resource in the catalogue. */
export const OPEN_CLASS_HINTS = {
  open: "公众可在资源目录中查到此资源（联系人等内部信息不公开）",
  conditional: "公众看不到；仅在满足条件时向社会开放，须单独申请",
  closed: "只在政务部门之间可见，公众看不到",
} as const;

/** 更新周期, the national catalogue's list (实时 … 每半年, 每年, 其他) plus 不定期; 其他 asks for a note. */
export const UPDATE_FREQUENCY_LABELS = {
  realtime: "实时",
  daily: "每日",
  weekly: "每周",
  monthly: "每月",
  quarterly: "每季度",
  half_yearly: "每半年",
  yearly: "每年",
  on_demand: "不定期",
  other: "其他",
} as const;

export const DELIVERY_METHOD_LABELS = {
  database_table: "库表",
  file: "文件",
  api_endpoint: "接口服务",
  model_service: "模型服务",
  stream: "实时流",
  package: "组件包",
  resource_pool: "资源池",
  web_app: "应用系统",
} as const;

/**
 * 信息资源分类 by 资源属性 (政务信息资源目录编制指南): the 类 and its one-digit code. Every resource is in
 * its department's catalogue; 基础 and 主题 resources also belong to a citywide catalogue.
 */
export const CATALOGUE_CLASS_LABELS = {
  basic: "基础信息资源",
  theme: "主题信息资源",
  department: "部门信息资源",
} as const;
export const CATALOGUE_CLASS_CODES = { basic: "1", theme: "2", department: "3" } as const;

/**
 * The 项 of 基础 and 主题, as the guide lists them; a 项's two-digit code is its place in the list
 * (the guide's own numbers could not be confirmed). A 部门 resource's 项 is its department.
 */
export const CATALOGUE_ITEMS = {
  basic: ["人口", "法人单位", "自然资源和空间地理", "社会信用", "电子证照"],
  theme: [
    "公共服务",
    "健康保障",
    "社会保障",
    "食品药品安全",
    "安全生产",
    "价格监管",
    "能源安全",
    "信用体系",
    "城乡建设",
    "社区治理",
    "生态环保",
    "应急维稳",
  ],
} as const;
/**
 * The 部门类 项 every Qingdao department falls under (the guide's 「计划单列市及其下各级政务部门」, the
 * 8th in its list); the department itself is told apart by the 信息资源提供方代码.
 */
export const DEPARTMENT_CATALOGUE_ITEM_CODE = "08";

/**
 * 共享方式分类. 共享方式类型 (文件/数据库/接口) is not asked: it follows from the 交付方式
 * (SHARING_TYPE_BY_DELIVERY), so the two can never disagree.
 */
export const SHARING_CHANNEL_LABELS = {
  platform: "共享平台方式",
  email: "邮件方式",
  medium: "介质方式",
} as const;

/** 共享方式类型 under 共享平台方式 for each 交付方式; a form the standard has no type for has none. */
export const SHARING_TYPE_BY_DELIVERY: Partial<Record<keyof typeof DELIVERY_METHOD_LABELS, "文件" | "数据库" | "接口">> = {
  database_table: "数据库",
  file: "文件",
  package: "文件",
  api_endpoint: "接口",
  model_service: "接口",
  stream: "接口",
};

/** What can be copied onto a disc or mailed: the only 交付方式 that 邮件方式 or 介质方式 can carry. */
export const OFFLINE_DELIVERY_METHODS = ["database_table", "file", "package"] as const;

export const RESOURCE_STATUS_LABELS = {
  draft: "草稿",
  submitted: "待审核",
  returned: "已退回",
  published: "已发布",
  retired: "已下线",
} as const;

/** 资源编码: QDZY, the kind's two letters, a citywide serial number. */
export const RESOURCE_CODE_PATTERN = /^QDZY-[A-Z]{2}-\d{6}$/;

export const API_METHODS = ["GET", "POST", "PUT", "DELETE"] as const;
export const DATA_ITEM_TYPES = ["字符串", "整数", "数值", "日期", "日期时间", "布尔", "代码", "文件"] as const;

type Keys<T> = [keyof T & string, ...(keyof T & string)[]];
const keysOf = <T extends object>(o: T) => Object.keys(o) as Keys<T>;

export const RESOURCE_KINDS = keysOf(RESOURCE_KIND_LABELS);
export const CATALOGUE_CLASSES = keysOf(CATALOGUE_CLASS_LABELS);
export const SHARING_CHANNELS = keysOf(SHARING_CHANNEL_LABELS);
export const DOMAINS = keysOf(DOMAIN_LABELS);
export const SHARING_CLASSES = keysOf(SHARING_CLASS_LABELS);
export const OPEN_CLASSES = keysOf(OPEN_CLASS_LABELS);
export const UPDATE_FREQUENCIES = keysOf(UPDATE_FREQUENCY_LABELS);
export const DELIVERY_METHODS = keysOf(DELIVERY_METHOD_LABELS);
export const RESOURCE_STATUSES = keysOf(RESOURCE_STATUS_LABELS);

export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

const choice = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `请选择${label}` });

const optionalUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(500, `${label}不能超过 500 个字符`)
    .refine((v) => v === "" || /^https?:\/\/\S+$/i.test(v), `${label}须为 http:// 或 https:// 开头的网址`)
    .default("");

/**
 * 数据长度 means something only for 字符串 (characters, 1–65535) and 数值 (precision, 1–38 digits),
 * as the catalogue templates define it.
 */
export const DATA_ITEM_LENGTH_LIMITS: Partial<Record<(typeof DATA_ITEM_TYPES)[number], { max: number; label: string }>> = {
  字符串: { max: 65535, label: "字符串长度" },
  数值: { max: 38, label: "数值精度" },
};

export const dataItemSchema = z
  .object({
    name: requiredText("数据项名称", 50),
    type: z.enum(DATA_ITEM_TYPES, { error: "请选择数据项类型" }),
    length: z.number({ error: "数据长度须为整数" }).int("数据长度须为整数").min(1, "数据长度至少为 1").optional(),
    description: optionalText("数据项说明", 200),
  })
  .superRefine((d, ctx) => {
    if (d.length === undefined) return;
    const limit = DATA_ITEM_LENGTH_LIMITS[d.type];
    if (!limit) ctx.addIssue({ code: "custom", path: ["length"], message: `${d.type}类型不填写数据长度，只有字符串和数值可填` });
    else if (d.length > limit.max) ctx.addIssue({ code: "custom", path: ["length"], message: `${limit.label}须在 1–${limit.max} 之间` });
  });

/** 关联资源代码 name linked resources by their 资源编码; this many at most. */
export const MAX_LINKED_RESOURCES = 20;

export const MAX_TAGS = 10;
export const MAX_DATA_ITEMS = 200;

/**
 * The content of one version of a resource: what a publisher fills in and a reviewer approves.
 * Only the basics are required to save; completeness (data items, API details, contact…) is
 * what the review checklist reports.
 */
export const resourceContentSchema = z
  .object({
    name: requiredText("资源名称", 100, 2),
    summary: requiredText("资源摘要", 1000),
    kind: choice(RESOURCE_KINDS, "资源类型"),
    domain: choice(DOMAINS, "所属领域"),
    sharingClass: choice(SHARING_CLASSES, "共享属性"),
    sharingReason: optionalText("共享条件或不予共享理由", 500),
    openClass: choice(OPEN_CLASSES, "开放属性"),
    updateFrequency: choice(UPDATE_FREQUENCIES, "更新频率"),
    updateFrequencyNote: optionalText("更新周期说明", 50),
    deliveryMethod: choice(DELIVERY_METHODS, "交付方式"),
    sharingChannel: z.enum(SHARING_CHANNELS, { error: "请选择共享方式" }).default("platform"),
    catalogueClass: z.enum(CATALOGUE_CLASSES, { error: "请选择信息资源分类" }).default("department"),
    /** 项: one of CATALOGUE_ITEMS for 基础 and 主题; empty for 部门 (the department is the 项). */
    catalogueItem: optionalText("分类项", 20),
    catalogueSubject: optionalText("分类目", 50),
    catalogueDetail: optionalText("分类细目", 50),
    linkedCodes: z
      .array(z.string().trim().toUpperCase().regex(RESOURCE_CODE_PATTERN, "关联资源代码应形如 QDZY-SJ-000123"))
      .max(MAX_LINKED_RESOURCES, `关联资源最多 ${MAX_LINKED_RESOURCES} 个`)
      .default([])
      .transform((codes) => [...new Set(codes)]),
    informationSystem: optionalText("所属信息系统", 100),
    accessUrl: optionalUrl("访问地址"),
    docUrl: optionalUrl("文档链接"),
    tags: z
      .array(z.string().trim().min(1).max(20, "每个标签不能超过 20 个字"))
      .max(MAX_TAGS, `标签最多 ${MAX_TAGS} 个`)
      .default([])
      .transform((tags) => [...new Set(tags)]),
    contactName: optionalText("联系人", 30),
    contactPhone: z
      .string()
      .trim()
      .regex(/^$|^[0-9+\-\s()]{5,20}$/, "联系电话格式不正确")
      .default(""),
    contactEmail: z
      .string()
      .trim()
      .max(100)
      .refine((v) => v === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "电子邮箱格式不正确")
      .default(""),
    dataItems: z.array(dataItemSchema).max(MAX_DATA_ITEMS, `数据项最多 ${MAX_DATA_ITEMS} 个`).default([]),
    apiMethod: z.enum(API_METHODS).or(z.literal("")).default(""),
    apiPath: optionalText("接口路径", 300),
    apiAuth: optionalText("认证方式", 100),
    apiRateLimit: optionalText("调用限制", 100),
    modelInputs: optionalText("模型输入", 500),
    modelOutputs: optionalText("模型输出", 500),
    /** Asked on submit when 「已有同类」 finds a likely duplicate: how this one differs, or why it cannot be reused. */
    duplicateReason: optionalText("与已有同类的区别", 500),
  })
  .superRefine((c, ctx) => {
    for (const issue of contentRuleIssues(c)) ctx.addIssue({ code: "custom", ...issue });
  });

/**
 * The rules across fields, also said by the spreadsheet import beside its per-cell messages
 * (a schema's cross-field rules run only once every field is valid).
 */
export function contentRuleIssues(c: {
  sharingClass?: string;
  sharingReason?: string;
  updateFrequency?: string;
  updateFrequencyNote?: string;
  deliveryMethod?: string;
  sharingChannel?: string;
  catalogueClass?: string;
  catalogueItem?: string;
}): { path: [string]; message: string }[] {
  const issues: { path: [string]; message: string }[] = [];
  if ((c.sharingClass === "conditional" || c.sharingClass === "none") && !c.sharingReason)
    issues.push({ path: ["sharingReason"], message: c.sharingClass === "none" ? "不予共享须说明理由和依据" : "有条件共享须说明共享条件" });
  if (c.updateFrequency === "other" && !c.updateFrequencyNote)
    issues.push({ path: ["updateFrequencyNote"], message: "更新周期选“其他”时须说明更新周期" });
  if (
    (c.sharingChannel === "email" || c.sharingChannel === "medium") &&
    c.deliveryMethod &&
    !(OFFLINE_DELIVERY_METHODS as readonly string[]).includes(c.deliveryMethod)
  )
    issues.push({ path: ["sharingChannel"], message: "邮件方式和介质方式只能提供库表、文件或组件包，其他交付方式请选共享平台方式" });
  if (c.catalogueClass === "basic" || c.catalogueClass === "theme") {
    const items: readonly string[] = CATALOGUE_ITEMS[c.catalogueClass];
    if (!c.catalogueItem) issues.push({ path: ["catalogueItem"], message: `请选择${CATALOGUE_CLASS_LABELS[c.catalogueClass]}的分类项` });
    else if (!items.includes(c.catalogueItem))
      issues.push({ path: ["catalogueItem"], message: `“${c.catalogueItem}”不是${CATALOGUE_CLASS_LABELS[c.catalogueClass]}的分类项，可选：${items.join("、")}` });
  } else if (c.catalogueClass === "department" && c.catalogueItem)
    issues.push({ path: ["catalogueItem"], message: "部门信息资源的分类项即本部门，无需选择" });
  return issues;
}

export type ResourceContent = z.output<typeof resourceContentSchema>;
export type ResourceContentInput = z.input<typeof resourceContentSchema>;

export const createResourceInput = z.object({
  /** Admins may register for any department; publishers only for their own. */
  departmentId: z.uuid().optional(),
  content: resourceContentSchema,
});

/** `version` is the resource's lock counter as the form loaded it. */
export const updateResourceInput = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  content: resourceContentSchema,
});

export const resourceRefInput = z.object({ id: z.uuid(), version: z.number().int().positive() });

export const returnResourceInput = resourceRefInput.extend({
  reason: requiredText("退回理由", 500, 2),
});

export const retireResourceInput = resourceRefInput.extend({
  reason: requiredText("下线原因", 500, 2),
});

/** The longest search a person can type into the catalogue; longer text is cut, not refused. */
export const SEARCH_MAX = 100;

export const SORTS = { relevance: "相关度", updated: "最近更新", name: "名称" } as const;

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);

/** Search and browse filters, as URL search params. */
export const resourceSearchSchema = z.object({
  q: searchText(SEARCH_MAX),
  kind: optionalChoice(RESOURCE_KINDS),
  domain: optionalChoice(DOMAINS),
  sharingClass: optionalChoice(SHARING_CLASSES),
  status: optionalChoice(RESOURCE_STATUSES),
  departmentId: z.uuid().optional().catch(undefined),
  sort: z.enum(["relevance", "updated", "name"]).optional().catch(undefined),
  page: pageInput,
});
export type ResourceSearch = z.output<typeof resourceSearchSchema>;

export const reviewQueueSchema = z.object({
  kind: optionalChoice(RESOURCE_KINDS),
  departmentId: z.uuid().optional().catch(undefined),
  page: pageInput,
});
