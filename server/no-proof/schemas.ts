import { optionalText, requiredText, z } from "@/server/validation";

/**
 * No-proof use cases (无证明场景): a service item (事项) for which departments no longer ask
 * citizens or businesses to bring some proof or material, what replaces each one, and the proofs
 * that are still kept (保留) with their reason and legal basis. Plus the places where an e-licence
 * may be shown instead of the card (一码亮证).
 *
 * Label maps are the one place each enum's Chinese name is written; keys are stored values.
 */

export const NOPROOF_DOMAIN_LABELS = {
  transport: "交通出行",
  market: "市场监管",
  social_security: "社会保障",
  health: "医疗卫生",
  medical_insurance: "医疗保障",
  household: "户籍",
  real_estate: "不动产",
  housing_fund: "公积金",
  education: "教育",
  civil_affairs: "民政",
  tax: "税务",
  construction: "住房城乡建设",
  urban_management: "城市管理",
  environment: "生态环境",
  safety: "应急消防",
} as const;

/** Life events (人生事件), after the two whole-life chains of 国办发〔2025〕24号 (individuals, then businesses). */
export const LIFE_EVENT_LABELS = {
  birth: "出生",
  school: "上学",
  employment: "就业",
  residence: "落户居住",
  marriage: "婚育",
  home_purchase: "购房",
  travel: "出行",
  medical: "就医",
  assistance: "救助",
  elderly_care: "养老",
  retirement: "退休",
  after_death: "身后",
  business_start: "开办企业",
  operation: "经营",
  deregistration: "注销",
} as const;

export const AUDIENCE_LABELS = {
  person: "个人",
  business: "企业",
} as const;

/** The five kinds of proof used by the proof-cleaning lists (烟台开发区 and others). */
export const PROOF_KIND_LABELS = {
  legal_fact: "法律事实",
  legal_relation: "法律关系",
  qualification: "资格资质能力",
  ownership: "权利归属",
  objective_state: "其他客观状态",
} as const;

/** How a proof is handled now: every way of no longer asking for it, or 保留. */
export const DISPOSITION_LABELS = {
  cancelled: "直接取消",
  commitment: "告知承诺",
  data_sharing: "部门间数据共享核验",
  e_licence: "电子证照",
  online_check: "网络核验",
  self_regulation: "行业自律",
  deferred_commitment: "容缺承诺",
  retained: "保留",
} as const;

/** One plain sentence per disposition, for citizens. */
export const DISPOSITION_EXPLAINED = {
  cancelled: "这项证明已取消，不用再开，也不用再交。",
  commitment: "您签署承诺书即可，部门事后核查；承诺不实要承担法律责任。",
  data_sharing: "由办事部门向开具部门在线调取核验，您不用跑腿去开。",
  e_licence: "在爱山东·青e办亮出电子证照，或授权窗口调取，不用带原件和复印件。",
  online_check: "工作人员在相关网站或系统上直接查验，您不用提交。",
  self_regulation: "改由行业协会自律管理，不再作为办事条件。",
  deferred_commitment: "缺这项材料也先受理，您承诺在约定时间内补交即可。",
  retained: "法律法规规定仍须提交，请按办事指南准备。",
} as const;

export const E_LICENCE_LABELS = {
  id_card: "居民身份证",
  household_register: "户口簿",
  residence_permit: "居住证",
  business_licence: "营业执照",
  driving_licence: "机动车驾驶证",
  vehicle_licence: "机动车行驶证",
  transport_permit: "道路运输证",
  transport_qualification: "道路运输从业资格证",
  property_certificate: "不动产权证书",
  marriage_certificate: "结婚证",
  social_security_card: "社会保障卡",
  medical_insurance: "医保电子凭证",
  birth_certificate: "出生医学证明",
  diploma: "学历学位证书",
  disability_certificate: "残疾人证",
  food_business_licence: "食品经营许可证",
  practising_certificate: "执业（职业）资格证书",
} as const;

/** Kinds of place where an e-licence may be shown (一码亮证) instead of the physical card. */
export const PLACE_KIND_LABELS = {
  hotel: "酒店入住",
  hospital: "医院就诊",
  bank: "银行业务",
  traffic_check: "交通执法检查",
  scenic_spot: "景区",
  internet_cafe: "网吧",
  courier: "快递寄件",
  transport_hub: "客运站码头",
  government_hall: "政务服务大厅",
  car_rental: "汽车租赁",
} as const;

/** Citizens' reports about a no-proof use case (e.g. a window still asked for a cancelled proof). */
export const FEEDBACK_STATE_LABELS = {
  open: "待处理",
  replied: "已答复",
  closed: "已办结",
} as const;

/** 事项类型, the letters in the middle of an item code. */
export const ITEM_TYPE_LABELS = {
  XK: "行政许可",
  QR: "行政确认",
  GF: "公共服务",
  JF: "行政给付",
  JL: "行政奖励",
  CJ: "行政裁决",
  ZS: "行政征收",
  QT: "其他行政权力",
} as const;

type Keys<T> = [keyof T & string, ...(keyof T & string)[]];
const keysOf = <T extends object>(o: T) => Object.keys(o) as Keys<T>;

export const NOPROOF_DOMAINS = keysOf(NOPROOF_DOMAIN_LABELS);
export const LIFE_EVENTS = keysOf(LIFE_EVENT_LABELS);
export const AUDIENCES = keysOf(AUDIENCE_LABELS);
export const PROOF_KINDS = keysOf(PROOF_KIND_LABELS);
export const DISPOSITIONS = keysOf(DISPOSITION_LABELS);
export const E_LICENCES = keysOf(E_LICENCE_LABELS);
export const PLACE_KINDS = keysOf(PLACE_KIND_LABELS);
export const FEEDBACK_STATES = keysOf(FEEDBACK_STATE_LABELS);
export const ITEM_TYPES = keysOf(ITEM_TYPE_LABELS);

export type NoProofDomain = (typeof NOPROOF_DOMAINS)[number];
export type LifeEvent = (typeof LIFE_EVENTS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type ProofKind = (typeof PROOF_KINDS)[number];
export type Disposition = (typeof DISPOSITIONS)[number];
export type ELicence = (typeof E_LICENCES)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type FeedbackState = (typeof FEEDBACK_STATES)[number];
export type ItemType = (typeof ITEM_TYPES)[number];

/**
 * 事项编码: `区划代码-基本编码-事项类型-事项序号-办理项序号`, e.g. `370200-000201001000-XK-001-01`:
 * - 6-digit administrative division of the implementing body, Shandong only (`37xxxx`; 370200 = 青岛市本级);
 * - 12-digit basic code (基本编码) of the item in the catalogue;
 * - two letters for the item type, one of ITEM_TYPES (XK 行政许可, QR 行政确认, GF 公共服务…);
 * - 3-digit item number and 2-digit 业务办理项 number.
 * Our own normalised form of the codes shown on 政务服务 portals; entered in any case, stored upper-case.
 */
export const ITEM_CODE_PATTERN = new RegExp(`^37\\d{4}-\\d{12}-(?:${ITEM_TYPES.join("|")})-\\d{3}-\\d{2}$`);
export const ITEM_CODE_EXAMPLE = "370200-000201001000-XK-001-01";

/** District (区市) codes: Qingdao's administrative divisions, 3702xx. */
export const DISTRICT_CODE_PATTERN = /^3702\d{2}$/;

export const MAX_PROOFS = 20;
export const MAX_STEPS = 12;
export const MAX_MATERIALS = 20;
export const MAX_HALLS = 20;
export const MAX_VENUES = 60;

const choice = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `请选择${label}` });

/** A list of choices: at least `min`, each once (duplicates are dropped). */
const choices = <T extends readonly [string, ...string[]]>(values: T, label: string, min: number) =>
  z
    .array(choice(values, label), { error: `请选择${label}` })
    .min(min, `请至少选择一项${label}`)
    .max(values.length)
    .transform((list) => [...new Set(list)]);

const isoDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}须为 YYYY-MM-DD 格式的日期`)
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    }, `${label}不是有效日期`);

const needsCommitmentLetter = (d: Disposition) => d === "commitment" || d === "deferred_commitment";

/**
 * One proof or material (证明材料) for the item: no longer required (and what replaces it), or
 * kept (保留, with the reason and legal basis). A 告知承诺 needs the 承诺书 text and who may not
 * use it; a 容缺承诺 needs the 承诺书 text.
 */
export const noProofProofSchema = z
  .object({
    name: requiredText("证明材料名称", 60, 2),
    kind: choice(PROOF_KINDS, "证明类别"),
    /** 开具单位: who used to issue it (a department, a hospital, 村居委会, the applicant…). */
    issuer: requiredText("开具单位", 60),
    disposition: choice(DISPOSITIONS, "处理方式"),
    /** How it is replaced, in plain words for the applicant. */
    replacement: optionalText("替代方式说明", 300),
    retainedReason: optionalText("保留原因", 300),
    /** 设定依据 (for a kept proof) or the basis of its cancellation. */
    legalBasis: optionalText("依据", 300),
    commitmentTemplate: optionalText("承诺书文本", 2000),
    commitmentExclusions: optionalText("不适用告知承诺的情形", 300),
  })
  .superRefine((p, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (p.disposition === "retained") {
      if (!p.retainedReason) issue("retainedReason", "保留的证明须说明保留原因");
      if (!p.legalBasis) issue("legalBasis", "保留的证明须写明设定依据");
    } else if (!p.replacement) {
      issue("replacement", `请说明「${DISPOSITION_LABELS[p.disposition]}」后申请人怎么办`);
    }
    if (needsCommitmentLetter(p.disposition) && !p.commitmentTemplate)
      issue("commitmentTemplate", `「${DISPOSITION_LABELS[p.disposition]}」须提供承诺书文本`);
    if (p.disposition === "commitment" && !p.commitmentExclusions)
      issue("commitmentExclusions", "告知承诺须写明不适用的情形（如有严重失信记录的申请人）");
  });

export type NoProofProof = z.output<typeof noProofProofSchema>;
export type NoProofProofInput = z.input<typeof noProofProofSchema>;

export const channelsSchema = z
  .object({
    /** 爱山东·青e办 app. */
    app: z.boolean().default(false),
    /** 网上办事大厅 (山东政务服务网青岛站). */
    onlineHall: z.boolean().default(false),
    /** Offline halls by name. */
    halls: z
      .array(z.string().trim().min(1, "请填写大厅名称").max(60, "大厅名称不能超过 60 个字"))
      .max(MAX_HALLS, `线下大厅最多 ${MAX_HALLS} 个`)
      .default([])
      .transform((halls) => [...new Set(halls)]),
  })
  .refine((c) => c.app || c.onlineHall || c.halls.length > 0, {
    message: "请至少选择一种办理渠道（爱山东·青e办、网上办事大厅或线下大厅）",
  });

export const noProofCaseContentSchema = z
  .object({
    name: requiredText("事项名称", 80, 2),
    itemCode: z
      .string({ error: "请填写事项编码" })
      .trim()
      .toUpperCase()
      .regex(ITEM_CODE_PATTERN, `事项编码格式不正确，应为「区划代码-12位基本编码-事项类型-3位序号-2位办理项」，如 ${ITEM_CODE_EXAMPLE}`),
    domain: choice(NOPROOF_DOMAINS, "所属领域"),
    lifeEvents: choices(LIFE_EVENTS, "人生事件", 1),
    audiences: choices(AUDIENCES, "服务对象", 1),
    /** What you no longer need to bring, in plain words. */
    summary: requiredText("简要说明", 300),
    proofs: z
      .array(noProofProofSchema, { error: "请至少填写一项证明材料" })
      .min(1, "请至少填写一项证明材料")
      .max(MAX_PROOFS, `证明材料最多 ${MAX_PROOFS} 项`),
    /** Materials still to bring besides the kept proofs (申请表, 身份证件…), as a 办事指南 lists them. */
    materials: z
      .array(z.string().trim().min(1, "材料名称不能为空").max(60, "每项材料不能超过 60 个字"))
      .max(MAX_MATERIALS, `其他材料最多 ${MAX_MATERIALS} 项`)
      .default([])
      .transform((list) => [...new Set(list)]),
    eLicences: z.array(choice(E_LICENCES, "电子证照")).max(E_LICENCES.length).default([]).transform((l) => [...new Set(l)]),
    channels: channelsSchema,
    steps: z
      .array(z.string().trim().min(1, "办理步骤不能为空").max(200, "每个步骤不能超过 200 个字"), { error: "请填写办理步骤" })
      .min(1, "请至少填写一个办理步骤")
      .max(MAX_STEPS, `办理步骤最多 ${MAX_STEPS} 步`),
    timeLimit: requiredText("办理时限", 30),
    fee: requiredText("收费标准", 100),
    legalBasis: requiredText("法律或政策依据", 1000),
    effectiveDate: isoDate("实施日期"),
    /** Districts (区市) where it applies; empty = citywide. */
    districtIds: z.array(z.uuid("区市标识格式不正确")).max(10, "区市最多 10 个").default([]),
    /** Counts toward the plan's 「无证明城市新增场景不少于 40 个」. */
    countsTowardTarget: z.boolean().default(false),
    contactPhone: z
      .string()
      .trim()
      .regex(/^$|^[0-9+\-\s()]{5,20}$/, "咨询电话格式不正确")
      .default(""),
  })
  .superRefine((c, ctx) => {
    const names = c.proofs.map((p) => p.name);
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i)
        ctx.addIssue({ code: "custom", path: ["proofs", i, "name"], message: `证明材料「${name}」重复填写` });
    });
    if (c.proofs.every((p) => p.disposition === "retained"))
      ctx.addIssue({ code: "custom", path: ["proofs"], message: "无证明场景须至少有一项证明材料不再需要提交" });
    if (new Set(c.districtIds).size !== c.districtIds.length)
      ctx.addIssue({ code: "custom", path: ["districtIds"], message: "同一区市不能重复选择" });
  });

export type NoProofCaseContent = z.output<typeof noProofCaseContentSchema>;
export type NoProofCaseContentInput = z.input<typeof noProofCaseContentSchema>;

export const venueSchema = z.object({
  name: requiredText("场所名称", 60, 2),
  districtCode: z.string({ error: "请选择区市" }).trim().regex(DISTRICT_CODE_PATTERN, "请选择区市"),
  address: requiredText("地址", 100),
});

/**
 * One kind of 一码亮证 place: which e-licences it accepts, and example venues by district. Its name is
 * the kind's label, so the review lifecycle and the audit trail name it as people do.
 */
export const placeContentSchema = z
  .object({
    kind: choice(PLACE_KINDS, "场所类型"),
    acceptedLicences: choices(E_LICENCES, "可亮证照", 1),
    description: requiredText("场所说明", 300),
    venues: z.array(venueSchema).max(MAX_VENUES, `示例场所最多 ${MAX_VENUES} 个`).default([]),
  })
  .transform((c) => ({ ...c, name: PLACE_KIND_LABELS[c.kind] as string }));

export type PlaceContent = z.output<typeof placeContentSchema>;
export type PlaceContentInput = z.input<typeof placeContentSchema>;
export type Venue = z.output<typeof venueSchema>;

export const createCaseInput = z.object({ content: noProofCaseContentSchema, submit: z.boolean().default(false) });
export const updateCaseInput = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  content: noProofCaseContentSchema,
  submit: z.boolean().default(false),
});
export const caseRefInput = z.object({ id: z.uuid(), version: z.number().int().positive() });
export const createPlaceInput = z.object({ content: placeContentSchema, submit: z.boolean().default(false) });
export const updatePlaceInput = caseRefInput.extend({ content: placeContentSchema, submit: z.boolean().default(false) });
export const caseReasonInput = caseRefInput.extend({ reason: requiredText("理由", 500, 2) });
