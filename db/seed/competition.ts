/**
 * Demo data for the innovation competition (城市云脑创新大赛), built from the seeded scenarios:
 *
 * - 2023: closed and published. 40 entries in three tracks (城市治理, 民生服务, 产业发展; the 产业发展 track
 *   needs ten more published scenarios, added here), twelve judges of several departments and districts,
 *   every stage (初赛网评 → 复赛 → 决赛路演) fully scored, six advancing per track after 初赛 and three after
 *   复赛, awards per track, and the 一等奖 scenarios marked as benchmarks. One judge marks deliberately low
 *   and one deliberately high, so the judge-consistency report has something to flag.
 * - 2024: 报名 open now (it closes about a month after the seed runs), a few entries, judges invited.
 * - 2026 “一件事”专项赛: 报名 over, 初赛网评 open today (three days after it began, eleven days left), six
 *   judges assigned without conflicts; some sheets are in, some drafts, and the demo `judge` has every
 *   sheet still to score, so a visitor signed in as a judge can try the score sheet.
 *
 * Assignments come from assignJudges(), advancement from aggregate()/advancing(), awards from
 * awardPlacements() — the same functions the services use — run on stable keys (scenario names, usernames)
 * instead of the random row ids, and every mark from a PRNG seeded by a hash of its key: the same output
 * on every run.
 */
import { randomUUID } from "node:crypto";
import { and, count, eq, inArray } from "drizzle-orm";
import type { PgInsertValue } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import {
  competitionAssignments,
  competitionConflicts,
  competitionEntries,
  competitionJudges,
  competitionResults,
  competitions,
  competitionScoreSheets,
  competitionStages,
  departments,
  people,
  resources,
  scenarios,
  scenarioVersions,
} from "@/db/schema";
import { advancing, aggregate, type Scores } from "@/server/competition/aggregation";
import { assignJudges } from "@/server/competition/assignment";
import { awardPlacements, type StageRanking } from "@/server/competition/awards";
import type { AwardQuota, RubricCriterion } from "@/server/competition/schemas";
import { scenarioContentSchema, type ScenarioContent } from "@/server/scenarios/schemas";
import { DAY, seededOrganisation } from "./catalogue";
import { shanghaiDate, shanghaiInstant } from "@/server/time";

// ---------------------------------------------------------------------------------------------
// Settings

const TRACKS = ["城市治理", "民生服务", "产业发展"] as const;
type Track = (typeof TRACKS)[number];
const QUOTA: AwardQuota = { first: 1, second: 1, third: 1, merit: 3 };

/** The twelve judges, by username (db/seed/organisation.ts). */
export const DEMO_JUDGES = [
  "judge",
  "judge.gaj",
  "judge.jtj",
  "judge.scjgj",
  "judge.370211",
  "judge.jyj",
  "judge.zrzyj",
  "judge.sthjj",
  "judge.gxj",
  "judge.370214",
  "judge.370283",
  "judge.370285",
] as const;
/** Marks about 15 points below the panel on the 0–100 scale. */
export const HARSH_JUDGE = "judge.zrzyj";
/** Marks about 14 points above it. */
export const LENIENT_JUDGE = "judge.370285";

export const REVIEW_RUBRIC: RubricCriterion[] = [
  { key: "innovation", label: "创新性", weight: 25, min: 0, max: 10, high: "模式或技术在全市首创，解决了以往解决不了的问题", low: "照搬已有做法，没有新意" },
  { key: "impact", label: "应用成效", weight: 30, min: 0, max: 10, high: "成效指标有改革前后数据，群众企业感受明显", low: "尚未上线或没有可量化的成效" },
  { key: "reuse", label: "复用推广价值", weight: 25, min: 0, max: 10, high: "其他部门、区市可直接复用，已有复用案例", low: "依赖本部门特有条件，难以推广" },
  { key: "tech", label: "技术实现", weight: 20, min: 0, max: 10, high: "充分复用城市云脑资源，架构合理、安全可控", low: "重复建设，数据和接口未接入城市云脑" },
];
export const FINAL_RUBRIC: RubricCriterion[] = [
  { key: "innovation", label: "创新性", weight: 20, min: 0, max: 100, high: "首创性强，代表全市数字化改革方向", low: "缺乏创新" },
  { key: "impact", label: "应用成效", weight: 30, min: 0, max: 100, high: "成效显著且有数据支撑", low: "成效不明显" },
  { key: "reuse", label: "复用推广价值", weight: 30, min: 0, max: 100, high: "具备全市推广条件，已有区市复用", low: "难以推广" },
  { key: "pitch", label: "现场路演", weight: 20, min: 0, max: 100, high: "陈述清晰，答辩切中要点", low: "陈述不清，答辩未回应问题" },
];

/**
 * Ten 产业发展 scenarios the catalogue lacks. Departments by code; results as [指标, 改革前, 改革后, 单位]; resources
 * as "CODE:exact name" of published ones — the lead's own or another department's 无条件共享 ones.
 */
const INDUSTRY_SCENARIOS: {
  key: string;
  lead: string;
  with: string[];
  kind: "one_scene" | "one_thing";
  domain: "economy" | "market";
  name: string;
  problem: string;
  how: string;
  results: [string, number, number, string][];
  uses: string[];
}[] = [
  {
    key: "gxj-gongye-hulianwang",
    lead: "QD-GXJ",
    with: ["QD-DSJ"],
    kind: "one_scene",
    domain: "economy",
    name: "工业互联网赋能中小企业数字化转型一个场景",
    problem: "中小制造企业设备联网率低，生产数据靠人工记录，想上数字化改造又不清楚从哪里入手，找服务商、申请技改补贴要跑多个部门。",
    how: "依托青岛工业互联网服务平台为中小企业免费诊断，设备数据采集组件接入生产线，诊断结果自动匹配服务商和技改政策；企业凭统一身份认证一次登录办理。",
    results: [["中小企业设备联网率", 18, 46, "%"], ["数字化诊断周期", 30, 7, "天"]],
    uses: ["QD-GXJ:青岛工业互联网服务平台", "QD-GXJ:工业设备数据采集组件", "QD-GXJ:智能工厂和数字化车间信息", "QD-DSJ:统一身份认证组件"],
  },
  {
    key: "huangdao-chanyelian",
    lead: "370211",
    with: ["QD-GXJ"],
    kind: "one_scene",
    domain: "economy",
    name: "西海岸新区智能制造产业链协同一个场景",
    problem: "西海岸新区家电、汽车、船舶等产业链企业之间供需信息不通，链主企业找本地配套靠熟人介绍，配套企业订单波动大。",
    how: "汇集园区企业、专精特新企业和重点项目信息，建立产业链图谱，链主企业在线发布配套需求，系统按产能和资质推荐本地企业，区级部门跟踪对接进度。",
    results: [["本地配套率", 32, 45, "%"], ["供需对接周期", 60, 15, "天"]],
    uses: ["370211:黄岛区重点项目建设进度信息", "370211:西海岸新区港口物流企业信息", "QD-GXJ:专精特新中小企业信息", "QD-GXJ:工业园区信息查询接口"],
  },
  {
    key: "jimo-fuzhuang",
    lead: "370215",
    with: ["QD-SCJGJ"],
    kind: "one_scene",
    domain: "market",
    name: "即墨服装产业集群数字化一个场景",
    problem: "即墨服装市场商户多、品牌弱，款式设计被抄袭后维权难，商户线上销售缺少统一的质量背书。",
    how: "服装市场商户信息与企业登记、知识产权数据关联，原创款式在线登记存证；市场监管部门对入驻直播基地的商户开展质量抽检，抽检合格的商品附「即墨服装」数字标识。",
    results: [["原创款式登记", 0, 5600, "款"], ["质量投诉", 820, 410, "件"]],
    uses: ["370215:即墨区服装市场商户信息", "QD-SCJGJ:企业登记信息查询接口", "QD-SCJGJ:知识产权统计数据"],
  },
  {
    key: "laixi-zhihui-nongye",
    lead: "370285",
    with: [],
    kind: "one_scene",
    domain: "economy",
    name: "莱西市智慧农业产销对接一个场景",
    problem: "莱西市农产品产量大，但种植养殖信息分散，收购商不了解产地品质，农户卖难与采购商买难并存。",
    how: "高标准农田、规模养殖场和农产品质量追溯数据统一汇聚，产地品质、产量预估在线发布，采购商扫码查看追溯信息后直接下单，镇街农技站跟进服务。",
    results: [["农产品线上对接销售额", 0.8, 3.6, "亿元"], ["追溯覆盖经营主体", 120, 960, "家"]],
    uses: ["370285:莱西市农产品质量安全追溯数据", "370285:莱西市高标准农田建设信息", "370285:莱西市畜禽规模养殖场信息"],
  },
  {
    key: "chengyang-qiye-suqiu",
    lead: "370214",
    with: ["QD-SPJ"],
    kind: "one_thing",
    domain: "economy",
    name: "城阳区企业诉求“一键直达”一件事",
    problem: "企业遇到用地、用工、融资等问题不知道找哪个部门，反映到12345热线后层层转办，答复慢、解决率不高。",
    how: "规上企业在一个入口提交诉求，系统按权责清单直接派给责任部门并限时办结，热线企业类工单同步归集；办理结果企业评价，未解决的由区级专班督办。",
    results: [["诉求办结时间", 15, 5, "天"], ["企业满意率", 86, 97, "%"]],
    uses: ["370214:城阳区规模以上企业名录", "370214:城阳区12345热线工单数据", "QD-SPJ:政务服务事项信息查询接口"],
  },
  {
    key: "laoshan-chuangxin-jifen",
    lead: "370212",
    with: ["QD-SCJGJ"],
    kind: "one_scene",
    domain: "economy",
    name: "崂山区科技型企业创新积分一个场景",
    problem: "轻资产的科技型企业缺少抵押物，银行难以判断企业创新能力，贷款难、贷款贵。",
    how: "以专利授权、研发投入、人才等数据为企业计算创新积分，经企业授权后推送合作银行，积分高的企业享受信用贷款和贴息；积分每季度自动更新。",
    results: [["科技型企业信用贷款", 4.2, 11.5, "亿元"], ["贷款审批时间", 20, 5, "天"]],
    uses: ["370212:崂山区规模以上企业名录", "QD-SCJGJ:专利授权信息", "QD-SCJGJ:市场主体发展统计数据"],
  },
  {
    key: "dsj-shouquan-yunying",
    lead: "QD-DSJ",
    with: ["QD-GXJ"],
    kind: "one_scene",
    domain: "economy",
    name: "公共数据授权运营一个场景",
    problem: "企业开发数据产品需要公共数据，但不知道有哪些数据、怎么申请，数据提供部门担心安全不敢给，公共数据价值难以释放。",
    how: "在公共数据开放网设立授权运营专区，企业按场景申请，数据在隐私计算环境中可用不可见，调用全程上链存证；中小企业公共服务机构协助企业开发数据产品。",
    results: [["授权运营数据产品", 0, 38, "个"], ["数据申请办理时间", 45, 10, "天"]],
    uses: ["QD-DSJ:青岛公共数据开放网", "QD-DSJ:数据资源目录信息查询接口", "QD-DSJ:区块链服务平台资源", "QD-GXJ:中小企业公共服务机构信息"],
  },
  {
    key: "jtj-gangkou-diaodu",
    lead: "QD-JTJ",
    with: ["370211"],
    kind: "one_scene",
    domain: "economy",
    name: "港口集装箱智慧调度一个场景",
    problem: "前湾港区集装箱集疏运车辆多，车辆到港时间不均，港区周边道路高峰拥堵，集卡司机排队等待时间长。",
    how: "汇聚重点营运车辆动态和港口物流企业信息，集卡按预约时段进港，道路运输许可在线核验；港区周边路况异常时调度车辆错峰，物流企业实时查看排队情况。",
    results: [["集卡平均排队时间", 95, 30, "分钟"], ["港区周边高峰拥堵时长", 3, 1.2, "小时"]],
    uses: ["QD-JTJ:重点营运车辆动态监控数据", "QD-JTJ:道路运输经营许可证核验接口", "370211:西海岸新区港口物流企业信息"],
  },
  {
    key: "jiaozhou-kuajing",
    lead: "370281",
    with: ["QD-SCJGJ"],
    kind: "one_scene",
    domain: "market",
    name: "上合示范区跨境电商服务一个场景",
    problem: "上合示范区跨境电商企业办理主体登记、检验检测、物流订舱分散在不同系统，中小电商企业不熟悉流程，出口周期长。",
    how: "入驻企业信息与企业登记、检验检测机构资质数据关联，企业一站办理主体信息核验、检测机构预约和物流服务，出口商品质量信息全程可查。",
    results: [["出口业务办理时间", 7, 2, "天"], ["入驻跨境电商企业", 86, 240, "家"]],
    uses: ["370281:上合示范区入驻企业信息", "QD-SCJGJ:企业登记信息查询接口", "QD-SCJGJ:检验检测机构资质认定信息查询接口"],
  },
  {
    key: "spj-nadi-kaigong",
    lead: "QD-SPJ",
    with: ["QD-ZRZYJ", "QD-ZJJ"],
    kind: "one_thing",
    domain: "economy",
    name: "工程项目“拿地即开工”一件事",
    problem: "企业拿到土地后，用地规划许可、工程规划许可、施工许可要依次办理，材料重复提交，从拿地到开工要两三个月。",
    how: "土地出让前由审批、规划、住建部门提前介入，设计方案预审；企业拿地当天即可在线领取用地规划许可、工程规划许可和施工许可，审批信息全程共享。",
    results: [["拿地到开工时间", 75, 1, "天"], ["申报材料", 42, 18, "份"]],
    uses: ["QD-SPJ:工程建设项目审批信息", "QD-SPJ:投资项目审批信息查询接口", "QD-SPJ:政务服务事项申报接口"],
  },
];

const ENTRIES_2023: [name: string, track: Track][] = [
  ["安全生产大场景", "城市治理"],
  ["城市运行“一网统管”大场景", "城市治理"],
  ["城市防汛防台大场景", "城市治理"],
  ["蓝天碧海生态环境大场景", "城市治理"],
  ["电梯应急处置一件事", "城市治理"],
  ["消防救援一件事", "城市治理"],
  ["督查督办一件事", "城市治理"],
  ["信访事项协同办理一件事", "城市治理"],
  ["12345热线工单协同流转一件事", "城市治理"],
  ["西海岸新区危化品安全生产一个场景", "城市治理"],
  ["海洋防灾减灾一个场景", "城市治理"],
  ["“九小场所”消防安全一个场景", "城市治理"],
  ["占道经营智能发现一个场景", "城市治理"],
  ["崂山森林防火一个场景", "城市治理"],
  ["交通出行服务大场景", "民生服务"],
  ["看病就医大场景", "民生服务"],
  ["困难群众主动发现救助大场景", "民生服务"],
  ["畅游崂山文旅大场景", "民生服务"],
  ["社保参保一件事", "民生服务"],
  ["新生儿出生一件事", "民生服务"],
  ["退休一件事", "民生服务"],
  ["民政待遇资格无感认证服务一件事", "民生服务"],
  ["医保基金支付一件事", "民生服务"],
  ["义务教育入学一件事", "民生服务"],
  ["智慧急救一个场景", "民生服务"],
  ["智慧停车一个场景", "民生服务"],
  ["独居老人关爱一个场景", "民生服务"],
  ["根治欠薪预警一个场景", "民生服务"],
  ["惠企政策“免申即享”大场景", "产业发展"],
  ["跨部门联合检查“综合查一次”一件事", "产业发展"],
  ...INDUSTRY_SCENARIOS.map((s): [string, Track] => [s.name, "产业发展"]),
];

const ENTRIES_2024: [name: string, track: Track][] = [
  ["李村河水环境治理一个场景", "城市治理"],
  ["建筑工地扬尘治理一个场景", "城市治理"],
  ["人员调动一件事", "城市治理"],
  ["校园安全一个场景", "民生服务"],
  ["胶东国际机场出行服务一个场景", "民生服务"],
  ["企业开办一件事", "产业发展"],
];

const ENTRIES_2026: [name: string, track: Track][] = [
  ["公文流转一件事", "城市治理"],
  ["督查督办一件事", "城市治理"],
  ["审计整改一件事", "城市治理"],
  ["建议提案办理一件事", "城市治理"],
  ["消防救援一件事", "民生服务"],
  ["电梯应急处置一件事", "民生服务"],
  ["12345热线工单协同流转一件事", "民生服务"],
];
/** The 2026 panel: the README's judge and five more, none of whom has answered for another competition yet. */
const JUDGES_2026 = ["judge", "judge.gaj", "judge.jtj", "judge.370211", "judge.gxj", "judge.370283"] as const;

/** [judge, scenario, type, declared by, note, status, 姓名或单位 as an entrant wrote it] */
const CONFLICTS_2023 = [
  ["judge.jyj", "看病就医大场景", "recent_collaboration", "entrant", "市教育局近两年与本场景承建团队合作开发健康教育平台", "confirmed", "青岛市教育局"],
  ["judge.sthjj", "社保参保一件事", "relative", "judge", "本人配偶在项目承建团队任职", "confirmed", null],
  ["judge", "海洋防灾减灾一个场景", "other", "entrant", "陈立新处长曾参加该场景可行性研究的专家论证会", "dismissed", "市卫生健康委陈立新"],
] as const;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** 32-bit FNV-1a. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** mulberry32 seeded by the key's hash. */
function randomFor(key: string): () => number {
  let state = hash(key);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly normal with SD 1: the sum of four uniforms, centred and scaled. */
const normal = (random: () => number) => (random() + random() + random() + random() - 2) * Math.sqrt(3);
const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/** A time in Qingdao: "2023-06-30 17:00". */
const shanghai = shanghaiInstant;
const between = (from: Date, to: Date, fraction: number) => new Date(from.getTime() + Math.floor((to.getTime() - from.getTime()) * fraction));

// ---------------------------------------------------------------------------------------------
// Marks

/** How good an entry is on the 0–100 scale; some entries are much better than others. */
const quality = (entry: string) => 58 + 30 * randomFor(`quality|${entry}`)();

function judgeBias(judge: string): number {
  if (judge === HARSH_JUDGE) return -15;
  if (judge === LENIENT_JUDGE) return 14;
  return (randomFor(`bias|${judge}`)() - 0.5) * 3;
}

const HIGH_REMARKS = ["亮点突出，成效数据扎实", "跨部门协同机制清晰，值得推广", "群众企业获得感明显"];
const MID_REMARKS = ["思路清晰，建议补充改革前后对比数据", "已有初步成效，复用条件有待明确", "技术路线可行，建议加强与城市云脑的对接"];
const LOW_REMARKS = ["成效指标缺少数据支撑", "与已有场景重复度较高", "实施范围有限，推广价值不足"];

/** One judge's sheet for one entry in one stage: marks per criterion and the comments the rules ask for. */
function markSheet(stageKey: string, entry: string, judge: string, rubric: readonly RubricCriterion[]) {
  const random = randomFor(`${stageKey}|${entry}|${judge}`);
  const stageShift = (randomFor(`shift|${stageKey}|${entry}`)() - 0.5) * 6;
  const target = quality(entry) + stageShift + judgeBias(judge) + 3 * normal(random);
  const scores: Record<string, number> = {};
  const comments: Record<string, string> = {};
  for (const c of rubric) {
    const tilt = (randomFor(`tilt|${entry}|${c.key}`)() - 0.5) * 12;
    const percent = clamp(target + tilt + 2 * normal(random), 0, 100);
    // Half marks on a 0–10 scale, whole marks on 0–100.
    const step = (c.max - c.min) / 20 <= 1 ? 0.5 : 1;
    const mark = c.min + Math.round(((c.max - c.min) * percent) / 100 / step) * step;
    scores[c.key] = mark;
    const remarks = percent >= 80 ? HIGH_REMARKS : percent >= 60 ? MID_REMARKS : LOW_REMARKS;
    if (mark === c.max || mark === c.min || c.key === "impact") comments[c.key] = remarks[Math.floor(random() * remarks.length)]!;
  }
  return { scores: scores as Scores, comments };
}

// ---------------------------------------------------------------------------------------------
// Loading

interface SeedEntry {
  key: string;
  id: string;
  track: Track;
  scenarioId: string;
  departmentId: string;
  departmentIds: string[];
  submittedBy: string;
  submittedAt: Date;
  team: string;
  summary: string;
}

/** Adds the 产业发展 scenarios that are missing, published, with one version each. */
async function seedIndustryScenarios(tx: Db, deptId: Map<string, string>, publisherOf: Map<string, string>, reviewer: string, nameOf: (id: string) => string) {
  const existing = new Set((await tx.select({ name: scenarios.name }).from(scenarios).where(inArray(scenarios.name, INDUSTRY_SCENARIOS.map((s) => s.name)))).map((s) => s.name));
  const published = await tx.select({ id: resources.id, name: resources.name, departmentId: resources.departmentId }).from(resources).where(eq(resources.status, "published"));
  for (const [i, s] of INDUSTRY_SCENARIOS.entries()) {
    if (existing.has(s.name)) continue;
    const lead = deptId.get(s.lead)!;
    const resourceIds = s.uses.map((ref) => {
      const [code, name] = ref.split(":") as [string, string];
      const found = published.find((r) => r.departmentId === deptId.get(code) && r.name === name);
      if (!found) throw new Error(`competition seed: no published resource ${ref}`);
      return found.id;
    });
    const content: ScenarioContent = scenarioContentSchema.parse({
      name: s.name,
      kind: s.kind,
      audience: s.kind === "one_thing" ? "public" : "",
      domain: s.domain,
      participatingDepartmentIds: s.with.map((c) => deptId.get(c)!),
      problem: s.problem,
      howItWorks: s.how,
      resourceIds,
      results: s.results.map(([metric, before, after, unit]) => ({ metric, before, after, unit })),
      liveDistrictIds: [s.lead, ...s.with].filter((c) => /^\d+$/.test(c)).map((c) => deptId.get(c)!),
      contactName: nameOf(publisherOf.get(lead)!),
      contactPhone: `0532-8${String(hash(s.key) % 10_000_000).padStart(7, "0")}`,
    });
    const id = randomUUID();
    const versionId = randomUUID();
    // Published in early 2023, before the competition they entered.
    const publishedAt = shanghai(`2023-0${1 + (i % 4)}-1${i % 10} 10:00`);
    const creator = publisherOf.get(lead)!;
    await tx.insert(scenarios).values({
      id,
      departmentId: lead,
      status: "published",
      currentVersionId: versionId,
      name: content.name,
      kind: content.kind,
      audience: content.audience,
      domain: content.domain,
      participatingDepartmentIds: content.participatingDepartmentIds,
      liveDistrictIds: content.liveDistrictIds,
      publishedAt,
      createdBy: creator,
      createdAt: publishedAt,
      updatedAt: publishedAt,
    });
    await tx.insert(scenarioVersions).values({
      id: versionId,
      scenarioId: id,
      number: 1,
      status: "published",
      content,
      createdBy: creator,
      submittedAt: publishedAt,
      submittedBy: creator,
      reviewedAt: publishedAt,
      reviewedBy: reviewer,
      createdAt: publishedAt,
      updatedAt: publishedAt,
    });
  }
}

/** Entries for the listed scenarios, each submitted by its lead department's publisher inside the window. */
/** The entries as their departments sent them, each at the furthest stage it reached. */
function insertEntries(tx: Db, competitionId: string, entries: SeedEntry[], reachedStage: (e: SeedEntry) => string | null) {
  return tx.insert(competitionEntries).values(
    entries.map((e) => ({
      id: e.id,
      competitionId,
      track: e.track,
      scenarioId: e.scenarioId,
      departmentId: e.departmentId,
      team: e.team,
      summary: e.summary,
      advancedStageId: reachedStage(e),
      submittedBy: e.submittedBy,
      submittedAt: e.submittedAt,
      createdAt: e.submittedAt,
      updatedAt: e.submittedAt,
    })),
  );
}

async function loadEntries(tx: Db, list: readonly [string, Track][], window: { from: Date; to: Date }, publisherOf: Map<string, string>): Promise<SeedEntry[]> {
  const shortName = new Map((await tx.select({ id: departments.id, shortName: departments.shortName }).from(departments)).map((d) => [d.id, d.shortName]));
  const rows = await tx
    .select({ scenario: scenarios, content: scenarioVersions.content })
    .from(scenarios)
    .innerJoin(scenarioVersions, eq(scenarioVersions.id, scenarios.currentVersionId))
    .where(and(inArray(scenarios.name, list.map(([name]) => name)), eq(scenarios.status, "published")));
  return list.map(([name, track]) => {
    const row = rows.find((r) => r.scenario.name === name);
    if (!row) throw new Error(`competition seed: no published scenario ${name}`);
    const { scenario, content } = row;
    const partners = scenario.participatingDepartmentIds.map((d) => shortName.get(d)!);
    const [result] = content.results;
    const firstSentence = (text: string) => `${text.split("。")[0]}。`;
    return {
      key: name,
      id: randomUUID(),
      track,
      scenarioId: scenario.id,
      departmentId: scenario.departmentId,
      departmentIds: [...new Set([scenario.departmentId, ...scenario.participatingDepartmentIds])],
      submittedBy: publisherOf.get(scenario.departmentId)!,
      submittedAt: between(window.from, window.to, randomFor(`submitted|${window.from.toISOString()}|${name}`)()),
      team: partners.length ? `${shortName.get(scenario.departmentId)}牵头，${partners.join("、")}参与` : `${shortName.get(scenario.departmentId)}${name}工作专班`,
      summary: `${firstSentence(content.howItWorks)}${result ? `上线后，${result.metric}由 ${result.before}${result.unit} 变为 ${result.after}${result.unit}。` : ""}`,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The competitions

/** Seeds the demo competitions into a database that has none; returns how many it added. */
export async function seedCompetitions(tx: Db, now = Date.now()): Promise<number> {
  const [existing] = await tx.select({ n: count() }).from(competitions);
  if ((existing?.n ?? 0) > 0) return 0;
  const { deptId, publisherOf, reviewer } = await seededOrganisation(tx);
  const staff = await tx.select({ id: people.id, username: people.username, departmentId: people.departmentId, displayName: people.displayName }).from(people);
  const person = (username: string) => {
    const found = staff.find((p) => p.username === username);
    if (!found) throw new Error(`competition seed: no person ${username}`);
    return found;
  };
  const admin = person("organiser").id;
  const judges = DEMO_JUDGES.map(person);
  await seedIndustryScenarios(tx, deptId, publisherOf, reviewer, (id) => staff.find((p) => p.id === id)!.displayName);
  await seed2023(tx, judges, admin, publisherOf);
  await seed2024(tx, judges, admin, publisherOf, now);
  await seed2026(tx, judges, admin, publisherOf, now);
  return 3;
}

interface Judge {
  id: string;
  username: string;
  departmentId: string;
  displayName: string;
}

async function seed2023(tx: Db, judges: Judge[], admin: string, publisherOf: Map<string, string>) {
  const competitionId = randomUUID();
  const stageDefs = [
    { key: "报名", kind: "registration" as const, opensAt: shanghai("2023-05-15 09:00"), closesAt: shanghai("2023-06-30 17:00"), rubric: [], judgesPerEntry: null, advancePerTrack: null },
    { key: "初赛网评", kind: "review" as const, opensAt: shanghai("2023-07-10 09:00"), closesAt: shanghai("2023-07-31 17:00"), rubric: REVIEW_RUBRIC, judgesPerEntry: 5, advancePerTrack: 6 },
    { key: "复赛", kind: "review" as const, opensAt: shanghai("2023-08-21 09:00"), closesAt: shanghai("2023-09-08 17:00"), rubric: REVIEW_RUBRIC, judgesPerEntry: 5, advancePerTrack: 3 },
    { key: "决赛路演", kind: "review" as const, opensAt: shanghai("2023-10-26 09:00"), closesAt: shanghai("2023-10-26 18:00"), rubric: FINAL_RUBRIC, judgesPerEntry: 7, advancePerTrack: null },
  ];
  const stages = stageDefs.map((s, i) => ({ ...s, id: randomUUID(), position: i + 1 }));
  const published = shanghai("2023-11-10 10:00");
  const promoted = shanghai("2023-11-10 15:00");

  await tx.insert(competitions).values({
    id: competitionId,
    name: "2023年青岛城市云脑创新大赛",
    year: 2023,
    tracks: [...TRACKS],
    status: "closed",
    aggregationMethod: "trimmed_mean",
    awardQuota: QUOTA,
    resultsPublishedAt: published,
    resultsPublishedBy: admin,
    createdBy: admin,
    version: 3,
    createdAt: shanghai("2023-04-20 10:00"),
    updatedAt: published,
  });
  await tx.insert(competitionStages).values(
    stages.map((s) => ({
      id: s.id,
      competitionId,
      position: s.position,
      name: s.key,
      kind: s.kind,
      opensAt: s.opensAt,
      closesAt: s.closesAt,
      rubric: s.rubric,
      judgesPerEntry: s.judgesPerEntry,
      advancePerTrack: s.advancePerTrack,
      status: "closed" as const,
      version: 3,
      createdAt: shanghai("2023-04-20 10:00"),
      updatedAt: s.closesAt,
    })),
  );
  await tx.insert(competitionJudges).values(
    judges.map((j, i) => ({
      competitionId,
      personId: j.id,
      status: "accepted" as const,
      invitedBy: admin,
      invitedAt: shanghai("2023-05-08 10:00"),
      respondedAt: shanghai(`2023-05-${10 + (i % 3)} 1${i % 8}:00`),
    })),
  );

  const entries = await loadEntries(tx, ENTRIES_2023, { from: shanghai("2023-05-20 09:00"), to: shanghai("2023-06-29 17:00") }, publisherOf);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const judgeByName = new Map(judges.map((j) => [j.username, j]));
  const conflicts = CONFLICTS_2023.map(([judge, entry, type, declaredBy, note, status, namedPerson]) => ({ judge, entry, type, declaredBy, note, status, namedPerson }));
  const confirmed = conflicts.filter((c) => c.status === "confirmed").map((c) => ({ judgeId: c.judge, entryId: c.entry }));

  // Each scored stage in turn, on stable keys: assign, mark, rank, advance.
  let inStage = entries;
  const reached = new Map<string, string>();
  const rankings: StageRanking[] = [];
  const assignmentRows: PgInsertValue<typeof competitionAssignments>[] = [];
  const sheetRows: PgInsertValue<typeof competitionScoreSheets>[] = [];
  for (const stage of stages.filter((s) => s.kind === "review")) {
    const plan = assignJudges({
      entries: inStage.map((e) => ({ id: e.key, track: e.track, name: e.key, departmentIds: e.departmentIds })),
      judges: judges.map((j) => ({ id: j.username, departmentId: j.departmentId, name: j.displayName })),
      conflicts: confirmed,
      perEntry: stage.judgesPerEntry!,
    });
    if (!plan.ok) throw new Error(`competition seed: ${plan.problems.join("；")}`);
    const sheets = plan.assignments.map((a) => ({ ...a, ...markSheet(stage.key, a.entryId, a.judgeId, stage.rubric) }));
    for (const s of sheets) {
      const entry = byKey.get(s.entryId)!;
      const judge = judgeByName.get(s.judgeId)!;
      const submittedAt = between(stage.opensAt, new Date(stage.closesAt.getTime() - 3_600_000), randomFor(`at|${stage.key}|${s.entryId}|${s.judgeId}`)());
      assignmentRows.push({ stageId: stage.id, entryId: entry.id, judgeId: judge.id, assignedAt: new Date(stage.opensAt.getTime() - 2 * DAY) });
      sheetRows.push({ stageId: stage.id, entryId: entry.id, judgeId: judge.id, scores: s.scores, comments: s.comments, status: "submitted", submittedAt, version: 2, createdAt: submittedAt, updatedAt: submittedAt });
    }
    const { entries: ranked } = aggregate({
      rubric: stage.rubric,
      entries: inStage.map((e) => ({ id: e.key, track: e.track, name: e.key, submittedAt: e.submittedAt })),
      sheets,
      method: "trimmed_mean",
    });
    rankings.unshift({ stageId: stage.id, entries: ranked });
    for (const e of inStage) reached.set(e.key, stage.id);
    if (stage.advancePerTrack) {
      const next = stages[stage.position]!;
      const going = new Set(advancing(ranked, stage.advancePerTrack).map((e) => e.id));
      inStage = inStage.filter((e) => going.has(e.key));
      for (const e of inStage) reached.set(e.key, next.id);
    }
  }

  await insertEntries(tx, competitionId, entries, (e) => reached.get(e.key)!);
  await tx.insert(competitionConflicts).values(
    conflicts.map((c, i) => {
      const entry = byKey.get(c.entry)!;
      const declaredAt = shanghai(`2023-07-0${3 + i} 11:00`);
      return {
        competitionId,
        entryId: entry.id,
        judgeId: judgeByName.get(c.judge)!.id,
        namedPerson: c.namedPerson,
        type: c.type,
        declaredBy: c.declaredBy,
        declaredByPerson: c.declaredBy === "judge" ? judgeByName.get(c.judge)!.id : entry.submittedBy,
        note: c.note,
        status: c.status,
        decidedBy: admin,
        decidedAt: new Date(declaredAt.getTime() + DAY),
        decisionNote: c.status === "confirmed" ? "情况属实，予以回避" : "仅参加过论证会，不构成利益冲突",
        version: 2,
        createdAt: declaredAt,
      };
    }),
  );
  await tx.insert(competitionAssignments).values(assignmentRows);
  await tx.insert(competitionScoreSheets).values(sheetRows);

  const placements = awardPlacements(rankings, TRACKS, QUOTA);
  await tx.insert(competitionResults).values(
    placements.map((p) => ({ ...p, competitionId, entryId: byKey.get(p.entryId)!.id, publishedAt: published })),
  );
  const winners = placements.filter((p) => p.award === "first").map((p) => byKey.get(p.entryId)!.scenarioId);
  await tx.update(scenarios).set({ benchmark: true, benchmarkAt: promoted }).where(and(inArray(scenarios.id, winners), eq(scenarios.benchmark, false)));
}

async function seed2024(tx: Db, judges: Judge[], admin: string, publisherOf: Map<string, string>, now: number) {
  const competitionId = randomUUID();
  // Dates in Qingdao, so that 报名 closes at 17:00 local time about a month from now.
  const day = (offset: number, time: string) => shanghai(`${shanghaiDate(new Date(now + offset * DAY))} ${time}`);
  const stageDefs = [
    { name: "报名", kind: "registration" as const, opensAt: day(-20, "09:00"), closesAt: day(30, "17:00"), rubric: [], judgesPerEntry: null, advancePerTrack: null },
    { name: "初赛网评", kind: "review" as const, opensAt: day(37, "09:00"), closesAt: day(51, "17:00"), rubric: REVIEW_RUBRIC, judgesPerEntry: 5, advancePerTrack: 6 },
    { name: "复赛", kind: "review" as const, opensAt: day(65, "09:00"), closesAt: day(79, "17:00"), rubric: REVIEW_RUBRIC, judgesPerEntry: 5, advancePerTrack: 3 },
    { name: "决赛路演", kind: "review" as const, opensAt: day(93, "09:00"), closesAt: day(93, "18:00"), rubric: FINAL_RUBRIC, judgesPerEntry: 7, advancePerTrack: null },
  ];
  const created = day(-27, "10:00");
  await tx.insert(competitions).values({
    id: competitionId,
    name: "2024年青岛城市云脑创新大赛",
    year: 2024,
    tracks: [...TRACKS],
    status: "running",
    aggregationMethod: "trimmed_mean",
    awardQuota: QUOTA,
    createdBy: admin,
    version: 2,
    createdAt: created,
    updatedAt: stageDefs[0]!.opensAt,
  });
  await tx.insert(competitionStages).values(
    stageDefs.map((s, i) => ({
      ...s,
      competitionId,
      position: i + 1,
      status: i === 0 ? ("open" as const) : ("pending" as const),
      version: i === 0 ? 2 : 1,
      createdAt: created,
      updatedAt: i === 0 ? s.opensAt : created,
    })),
  );
  // Nine judges have accepted; three have not answered yet.
  await tx.insert(competitionJudges).values(
    judges.map((j, i) => ({
      competitionId,
      personId: j.id,
      status: i < 9 ? ("accepted" as const) : ("invited" as const),
      invitedBy: admin,
      invitedAt: day(-18, "10:00"),
      respondedAt: i < 9 ? day(-17 + (i % 5), "15:00") : null,
    })),
  );
  const entries = await loadEntries(tx, ENTRIES_2024, { from: day(-19, "09:00"), to: new Date(now - DAY) }, publisherOf);
  await insertEntries(tx, competitionId, entries, () => null);
  // One declaration waiting for the organisers to match it: the 城阳区 judge is the one it means.
  const campus = entries.find((e) => e.key === "校园安全一个场景")!;
  await tx.insert(competitionConflicts).values({
    competitionId,
    entryId: campus.id,
    namedPerson: "城阳区人民政府",
    type: "recent_collaboration",
    declaredBy: "entrant",
    declaredByPerson: campus.submittedBy,
    note: "本场景与城阳区共同试点校门口交通视频联动，近一年合作密切",
    createdAt: new Date(now - 2 * DAY),
  });
}

async function seed2026(tx: Db, allJudges: Judge[], admin: string, publisherOf: Map<string, string>, now: number) {
  const competitionId = randomUUID();
  const day = (offset: number, time: string) => shanghai(`${shanghaiDate(new Date(now + offset * DAY))} ${time}`);
  const stageDefs = [
    { name: "报名", kind: "registration" as const, opensAt: day(-45, "09:00"), closesAt: day(-12, "17:00"), rubric: [], judgesPerEntry: null, advancePerTrack: null, status: "closed" as const },
    { name: "初赛网评", kind: "review" as const, opensAt: day(-3, "09:00"), closesAt: day(11, "17:00"), rubric: REVIEW_RUBRIC, judgesPerEntry: 3, advancePerTrack: 2, status: "open" as const },
    { name: "决赛路演", kind: "review" as const, opensAt: day(25, "09:00"), closesAt: day(25, "18:00"), rubric: FINAL_RUBRIC, judgesPerEntry: 5, advancePerTrack: null, status: "pending" as const },
  ];
  const stages = stageDefs.map((s, i) => ({ ...s, id: randomUUID(), position: i + 1 }));
  const created = day(-50, "10:00");
  await tx.insert(competitions).values({
    id: competitionId,
    name: "2026年青岛城市云脑“一件事”专项赛",
    year: 2026,
    tracks: ["城市治理", "民生服务"],
    status: "running",
    // Judge-normalised, with too few sheets per judge for it to apply yet: the ranking says so.
    aggregationMethod: "normalised",
    awardQuota: QUOTA,
    createdBy: admin,
    version: 2,
    createdAt: created,
    updatedAt: stageDefs[0]!.opensAt,
  });
  await tx.insert(competitionStages).values(
    stages.map(({ status, ...s }) => ({
      ...s,
      competitionId,
      status,
      version: status === "pending" ? 1 : status === "open" ? 2 : 3,
      createdAt: created,
      updatedAt: status === "pending" ? created : s.opensAt,
    })),
  );
  const judges = JUDGES_2026.map((username) => allJudges.find((j) => j.username === username)!);
  await tx.insert(competitionJudges).values(
    judges.map((j, i) => ({
      competitionId,
      personId: j.id,
      status: "accepted" as const,
      invitedBy: admin,
      invitedAt: day(-20, "10:00"),
      respondedAt: day(-19 + (i % 3), "15:00"),
    })),
  );
  const entries = await loadEntries(tx, ENTRIES_2026, { from: day(-44, "09:00"), to: day(-13, "17:00") }, publisherOf);
  await insertEntries(tx, competitionId, entries, () => stages[1]!.id);
  const review = stages[1]!;
  const plan = assignJudges({
    entries: entries.map((e) => ({ id: e.key, track: e.track, name: e.key, departmentIds: e.departmentIds })),
    judges: judges.map((j) => ({ id: j.username, departmentId: j.departmentId, name: j.displayName })),
    conflicts: [],
    perEntry: review.judgesPerEntry!,
  });
  if (!plan.ok) throw new Error(`competition seed: ${plan.problems.join("；")}`);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const judgeByName = new Map(judges.map((j) => [j.username, j]));
  await tx.insert(competitionAssignments).values(
    plan.assignments.map((a) => ({ stageId: review.id, entryId: byKey.get(a.entryId)!.id, judgeId: judgeByName.get(a.judgeId)!.id, assignedAt: day(-4, "16:00") })),
  );
  // Three days in: the other judges have submitted about half their sheets and saved a few drafts.
  const sheets = plan.assignments
    .filter((a) => a.judgeId !== "judge")
    .map((a) => ({ a, roll: randomFor(`progress|2026|${a.entryId}|${a.judgeId}`)() }))
    .filter(({ roll }) => roll < 0.7)
    .map(({ a, roll }) => {
      const marks = markSheet("2026|初赛网评", a.entryId, a.judgeId, review.rubric);
      const at = between(review.opensAt, new Date(now - 3_600_000), randomFor(`at|2026|${a.entryId}|${a.judgeId}`)());
      const submitted = roll < 0.5;
      return {
        stageId: review.id,
        entryId: byKey.get(a.entryId)!.id,
        judgeId: judgeByName.get(a.judgeId)!.id,
        scores: marks.scores,
        comments: marks.comments,
        status: submitted ? ("submitted" as const) : ("draft" as const),
        submittedAt: submitted ? at : null,
        version: submitted ? 2 : 1,
        createdAt: at,
        updatedAt: at,
      };
    });
  if (sheets.length) await tx.insert(competitionScoreSheets).values(sheets);
}
