/**
 * Demo no-proof use cases (无证明场景) for Qingdao: about 80 service items whose proofs departments
 * no longer ask for, the 一码亮证 places, and citizens' feedback. Templates only — no database code.
 *
 * Each case is one row of a table below: the item, its department, the item-specific proofs (built
 * from the small proof helpers, most shared by many items), channels, item-specific steps, time
 * limit, basis and date. Everything else is derived from the row:
 *
 * - the item code, from the department, domain and the department's running number;
 * - the summary: the row's one-sentence lead, then what you no longer bring and what is still kept;
 * - the e-licences, from the proofs replaced by an e-licence;
 * - the first steps (where to start, 亮证, signing the 承诺书), before the row's own steps;
 * - the 承诺书 text of every 告知承诺 / 容缺承诺 proof, from `commitmentLetter`.
 *
 * The plan's target counts 「交通出行、市场监管等领域新增应用场景」: items that take effect this
 * year (2026) count; older ones were in place before the plan.
 */
import {
  DISPOSITION_LABELS,
  E_LICENCE_LABELS,
  NOPROOF_DOMAINS,
  type Audience,
  type ELicence,
  type FeedbackState,
  type ItemType,
  type LifeEvent,
  type NoProofCaseContentInput,
  type NoProofDomain,
  type NoProofProofInput,
  type PlaceContentInput,
  type ProofKind,
} from "@/server/no-proof/schemas";
import { DEPARTMENTS } from "./organisation";

export interface NoProofCaseTemplate {
  departmentCode: string;
  /** [] = citywide. */
  districtCodes: string[];
  content: Omit<NoProofCaseContentInput, "districtIds">;
}

/** A kind of place and the department that keeps it. */
export type PlaceTemplate = PlaceContentInput & { departmentCode: DepartmentCode };

export interface FeedbackTemplate {
  /** The itemName of one of NOPROOF_CASE_TEMPLATES. */
  itemName: string;
  text: string;
  state: FeedbackState;
  reply?: string;
  daysAgo: number;
}

// ---------------------------------------------------------------------------------------------
// Departments, districts, halls

const DEPARTMENT_CODES = [
  "QD-DSJ", "QD-GAJ", "QD-RSJ", "QD-SCJGJ", "QD-JTJ", "QD-WJW", "QD-YJJ", "QD-ZJJ", "QD-MZJ",
  "QD-JYJ", "QD-ZRZYJ", "QD-YBJ", "QD-SPJ", "QD-CGJ", "QD-STHJJ", "QD-XFZD", "QD-GXJ",
] as const;
type DepartmentCode = (typeof DEPARTMENT_CODES)[number];

/** District code → name, from the organisation seed (市南区 first, 莱西市 last). */
const DISTRICT_NAMES: Record<string, string> = Object.fromEntries(
  DEPARTMENTS.filter((d) => d.kind === "district").map((d) => [d.code, d.name]),
);
const DISTRICT_CODES = Object.keys(DISTRICT_NAMES);

const CITY_HALL = "青岛市政务服务中心（市南区闽江路）";
const DISTRICT_HALLS = "各区市政务服务中心";
const districtHall = (code: string) => `${DISTRICT_NAMES[code]}政务服务中心`;

interface Via {
  app: boolean;
  onlineHall: boolean;
  halls: string[];
}
/** The usual three: app, online hall, and the city and district halls (plus any special ones). */
const everywhere = (...halls: string[]): Via => ({ app: true, onlineHall: true, halls: [CITY_HALL, DISTRICT_HALLS, ...halls] });
const appAnd = (...halls: string[]): Via => ({ app: true, onlineHall: false, halls });
const onlineAnd = (...halls: string[]): Via => ({ app: true, onlineHall: true, halls });
const hallsOnly = (...halls: string[]): Via => ({ app: false, onlineHall: false, halls });

const VEHICLE_OFFICE = "市车辆管理所及各区市车管分所";
const POLICE_STATION = "户籍所在地派出所户籍窗口";
const STREET_CENTRE = "街道（镇）便民服务中心";
const REAL_ESTATE_HALL = "市不动产登记中心及各区市登记大厅";
const HOUSING_FUND_HALL = "住房公积金各管理处服务大厅";
const MEDICAL_WINDOW = "各定点医疗机构医保服务窗口";

// ---------------------------------------------------------------------------------------------
// Proofs

const COMMON_EXCLUSIONS = "有严重失信记录，或曾作出不实承诺且尚未完成信用修复的申请人，不适用告知承诺，须提交该证明";

/** The 告知承诺书 (or 容缺受理承诺书) for one proof of one item. */
export function commitmentLetter(itemName: string, proofName: string, promise: string, deadline?: string): string {
  return [
    deadline ? "容缺受理承诺书" : "证明事项告知承诺书",
    `申请事项：${itemName}`,
    `行政机关告知：办理本事项需要「${proofName}」。申请人可以选择提交该证明，也可以选择以书面承诺代替。`,
    deadline
      ? `本人（本单位）承诺：${promise}，并在受理后${deadline}内补交「${proofName}」；补交前不领取办理结果，逾期未补交的，同意按撤回申请处理。`
      : `本人（本单位）承诺：${promise}。`,
    "本人（本单位）已知悉：行政机关将通过数据核查、现场检查等方式核实承诺内容；承诺不实的，将依法终止办理、责令整改或撤销已作出的决定，并将不实承诺记入信用记录。",
    "承诺人（签字或盖章）：__________　　日期：____年__月__日",
  ].join("\n");
}

/** A proof for an item: built once the item's name is known (the 承诺书 names the item). */
type ProofFn = (itemName: string) => { proof: NoProofProofInput; licence?: ELicence };

const licence =
  (name: string, kind: ProofKind, issuer: string, lic: ELicence): ProofFn =>
  () => ({
    proof: {
      name,
      kind,
      issuer,
      disposition: "e_licence",
      replacement: `在爱山东·青e办亮出${E_LICENCE_LABELS[lic]}电子证照，或授权窗口在线调取，不用带原件和复印件`,
    },
    licence: lic,
  });

const shared =
  (name: string, kind: ProofKind, issuer: string, how: string): ProofFn =>
  () => ({ proof: { name, kind, issuer, disposition: "data_sharing", replacement: `办事部门通过${how}在线核验，您不用再去开` } });

const online =
  (name: string, kind: ProofKind, issuer: string, where: string): ProofFn =>
  () => ({ proof: { name, kind, issuer, disposition: "online_check", replacement: `工作人员在${where}直接查验，您不用提交` } });

const cancel =
  (name: string, kind: ProofKind, issuer: string, instead: string, legalBasis = ""): ProofFn =>
  () => ({ proof: { name, kind, issuer, disposition: "cancelled", replacement: instead, legalBasis } });

const promise =
  (name: string, kind: ProofKind, issuer: string, what: string, exclusions = COMMON_EXCLUSIONS): ProofFn =>
  (item) => ({
    proof: {
      name,
      kind,
      issuer,
      disposition: "commitment",
      replacement: "在线或在窗口签署告知承诺书即可，不用再提交这项证明；部门会在办结后核查",
      commitmentTemplate: commitmentLetter(item, name, what),
      commitmentExclusions: exclusions,
    },
  });

const deferred =
  (name: string, kind: ProofKind, issuer: string, what: string, deadline: string): ProofFn =>
  (item) => ({
    proof: {
      name,
      kind,
      issuer,
      disposition: "deferred_commitment",
      replacement: `暂缺这项材料也先受理，签署容缺承诺书后在${deadline}内补交`,
      commitmentTemplate: commitmentLetter(item, name, what, deadline),
      commitmentExclusions: "申请人已有逾期未补交容缺材料记录的，不再适用容缺受理",
    },
  });

const selfRegulated =
  (name: string, kind: ProofKind, issuer: string, body: string): ProofFn =>
  () => ({ proof: { name, kind, issuer, disposition: "self_regulation", replacement: `不再作为办理条件，改由${body}纳入行业自律管理` } });

const kept =
  (name: string, kind: ProofKind, issuer: string, reason: string, legalBasis: string): ProofFn =>
  () => ({ proof: { name, kind, issuer, disposition: "retained", retainedReason: reason, legalBasis } });

// Proofs many items ask for.
const ID_COPY = licence("居民身份证复印件", "legal_fact", "公安机关", "id_card");
const HOUSEHOLD_COPY = licence("户口簿复印件", "legal_fact", "公安机关", "household_register");
const BUSINESS_LICENCE_COPY = licence("营业执照复印件", "qualification", "市场监管部门", "business_licence");
const DRIVING_COPY = licence("机动车驾驶证复印件", "qualification", "公安机关交通管理部门", "driving_licence");
const VEHICLE_COPY = licence("机动车行驶证复印件", "ownership", "公安机关交通管理部门", "vehicle_licence");
const TRANSPORT_PERMIT_COPY = licence("道路运输证复印件", "qualification", "交通运输主管部门", "transport_permit");
const MARRIAGE_COPY = licence("结婚证复印件", "legal_relation", "婚姻登记机关", "marriage_certificate");
const PREMISES = promise(
  "住所（经营场所）使用证明",
  "ownership",
  "产权人或出租人",
  "申报的住所（经营场所）真实存在，本人（本单位）依法享有使用权，且该场所符合规划用途",
);
const PHOTO = shared("一寸免冠证件照片", "objective_state", "申请人自备", "公安人口信息库证件照片共享调用");
const INSURANCE = shared("机动车交通事故责任强制保险凭证", "objective_state", "保险公司", "金融监管部门车险信息平台");
const HEALTH_CERTIFICATE = shared("从业人员健康证明", "objective_state", "健康体检机构", "卫生健康部门健康体检信息系统");
const MARITAL_STATUS = shared("婚姻状况证明", "legal_relation", "民政部门或村（居）委会", "民政部门婚姻登记信息共享");
const SOCIAL_INSURANCE = shared("社会保险参保缴费证明", "objective_state", "社会保险经办机构", "人社部门参保信息共享接口");
const TAX_CLEARANCE = shared("清税证明", "objective_state", "税务部门", "税务部门向登记机关推送的清税信息");
const DIPLOMA = online("学历证明（毕业证书复印件）", "qualification", "高等学校", "中国高等教育学生信息网（学信网）");
const NO_CRIME = shared("无犯罪记录证明", "objective_state", "公安机关", "公安机关违法犯罪记录内部查询");
const NO_HOME = shared("本市无自有住房证明", "objective_state", "不动产登记机构", "不动产登记信息共享");
const HEALTH_PROMISE = promise("身体健康证明", "objective_state", "医疗机构", "本人身体健康，无妨碍从事本岗位工作的疾病");

// ---------------------------------------------------------------------------------------------
// The case table

interface Row {
  dept: DepartmentCode;
  type: ItemType;
  name: string;
  domain: NoProofDomain;
  events: LifeEvent[];
  /** Default: 个人. */
  who?: Audience[];
  /** One plain sentence that opens the summary. */
  lead: string;
  proofs: ProofFn[];
  via: Via;
  /** The item's own steps, after where to start, 亮证 and the 承诺书. */
  steps: string[];
  limit: string;
  fee?: string;
  basis: string;
  date: string;
  districts?: string[];
  /** What is still to be brought besides the kept proofs; default from the audience (see `materialsOf`). */
  bring?: string[];
}

const NOPROOF_BASIS = "《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）";
const PROVINCE_BASIS = "鲁政办字〔2022〕50号（深化数据赋能建设「无证明之省」）";
const ONE_THING_BASIS = "国办发〔2025〕24号";
const basis = (...docs: string[]) => [...docs, NOPROOF_BASIS].join("；");

const PERSON: Audience[] = ["person"];
const BUSINESS: Audience[] = ["business"];
const BOTH: Audience[] = ["person", "business"];

const TRANSPORT: Row[] = [
  {
    dept: "QD-GAJ", type: "QR", name: "机动车驾驶证有效期满换证", domain: "transport", events: ["travel"],
    lead: "驾驶证快到期了，在联网医院体检后用手机申请换证，新证寄到家。",
    proofs: [ID_COPY, shared("身体条件证明", "objective_state", "县级或部队团级以上医疗机构", "体检医院联网上传至公安交管系统的体检信息"), PHOTO],
    via: onlineAnd(VEHICLE_OFFICE),
    steps: ["到联网体检医院完成驾驶人体检，结果自动上传", "在线确认换证申请并填写邮寄地址", "新驾驶证邮寄到家，电子驾驶证同步更新"],
    limit: "即办", fee: "按省定标准收取驾驶证工本费", basis: basis("《机动车驾驶证申领和使用规定》"), date: "2023-06-01",
  },
  {
    dept: "QD-GAJ", type: "QR", name: "机动车驾驶证遗失补领", domain: "transport", events: ["travel"],
    lead: "驾驶证丢了，不用再登报声明作废，手机上申请补领。",
    proofs: [ID_COPY, cancel("驾驶证遗失登报声明", "objective_state", "报社", "不再登报；提交补领申请后系统自动公告原证作废"), PHOTO],
    via: onlineAnd(VEHICLE_OFFICE),
    steps: ["系统自动公告原驾驶证作废", "新驾驶证邮寄到家，电子驾驶证即时可用"],
    limit: "即办", fee: "按省定标准收取驾驶证工本费", basis: basis("《机动车驾驶证申领和使用规定》"), date: "2026-01-15",
  },
  {
    dept: "QD-GAJ", type: "QR", name: "机动车检验合格标志核发（六年内免检车辆）", domain: "transport", events: ["travel"],
    lead: "六年内免检的私家车，手机申领电子检验标志，不用再交保单和完税证明。",
    proofs: [INSURANCE, shared("车船税完税证明", "objective_state", "税务部门或代收保险公司", "税务部门车船税缴纳信息共享"), VEHICLE_COPY],
    via: onlineAnd(VEHICLE_OFFICE),
    steps: ["确认车辆没有未处理的交通违法和事故", "在线申领，电子检验标志即时发放，车内不再张贴纸质标志"],
    limit: "即办", fee: "不收费", basis: basis("《机动车登记规定》"), date: "2026-02-01",
  },
  {
    dept: "QD-GAJ", type: "QR", name: "机动车转移登记（二手车本市过户）", domain: "transport", events: ["travel", "home_purchase"],
    lead: "二手车本市过户，在交易市场一站办完，发票和保单由部门在线核验。",
    proofs: [
      shared("二手车销售统一发票", "ownership", "二手车交易市场或经销企业", "税务部门电子发票信息"),
      INSURANCE,
      ID_COPY,
      kept("机动车登记证书", "ownership", "公安机关交通管理部门", "登记证书是机动车所有权的凭证，过户时须在证书上签注转移信息", "《机动车登记规定》"),
    ],
    via: appAnd("二手车交易市场登记服务站", VEHICLE_OFFICE),
    steps: ["买卖双方在二手车交易市场登记服务站签订交易合同", "车辆查验（符合条件的免查验）", "窗口签注登记证书，当场领取新行驶证"],
    limit: "即办", fee: "按规定收取号牌、行驶证工本费", basis: basis("《机动车登记规定》"), date: "2026-03-01", bring: ["二手车销售统一发票或买卖合同", "机动车登记证书", "待过户车辆（到场查验）"],
  },
  {
    dept: "QD-GAJ", type: "QR", name: "机动车临时行驶车号牌核发", domain: "transport", events: ["travel"],
    lead: "新车上牌前要上路，手机申领临时号牌，发票、合格证和保单都不用交。",
    proofs: [
      shared("机动车来历证明（购车发票）", "ownership", "机动车销售企业", "税务部门机动车销售统一发票电子信息"),
      shared("机动车整车出厂合格证明", "objective_state", "机动车生产企业", "工业和信息化部门合格证信息联网核查"),
      INSURANCE,
    ],
    via: onlineAnd(VEHICLE_OFFICE, "汽车销售企业交管服务站"),
    steps: ["在线填报车辆和保险信息", "临时号牌邮寄到家，或在汽车销售企业交管服务站领取"],
    limit: "即办", fee: "按规定收取临时号牌工本费", basis: basis("《机动车登记规定》"), date: "2026-03-15",
  },
  {
    dept: "QD-GAJ", type: "QR", name: "机动车驾驶证延期换证", domain: "transport", events: ["travel"],
    lead: "因出国、服兵役或生病不能按时换证的，网上申请延期。",
    proofs: [
      shared("出境记录证明", "objective_state", "公安机关出入境管理部门", "公安机关出入境记录内部查询"),
      promise("服兵役、患病等延期事由证明", "objective_state", "部队或医疗机构", "所述延期事由真实，并在延期期满前办理换证"),
      ID_COPY,
    ],
    via: onlineAnd(VEHICLE_OFFICE),
    steps: ["在线选择延期事由并填写预计返回日期", "审核通过后短信告知延期期限"],
    limit: "即办", fee: "不收费", basis: basis("《机动车驾驶证申领和使用规定》"), date: "2026-04-01",
  },
  {
    dept: "QD-GAJ", type: "QT", name: "驾驶人联系方式和居住地址变更备案", domain: "transport", events: ["travel", "residence"],
    lead: "搬家或换手机号后更新驾驶人信息，直接填写新地址，不用开居住证明。",
    proofs: [cancel("现居住地居住证明", "objective_state", "社区居委会或派出所", "直接填写现居住地址即可，不再提交居住证明"), ID_COPY],
    via: { app: true, onlineHall: true, halls: [] },
    steps: ["填写新的联系电话和居住地址", "提交后即时生效，短信告知结果"],
    limit: "即办", fee: "不收费", basis: basis("《机动车驾驶证申领和使用规定》"), date: "2026-04-20",
  },
  {
    dept: "QD-GAJ", type: "QR", name: "电动自行车登记上牌", domain: "transport", events: ["travel"],
    lead: "新买电动自行车上牌，发票和合格证由部门在线核验，预约后到服务站一次办好。",
    proofs: [
      shared("电动自行车产品合格证", "objective_state", "生产企业", "强制性产品认证（CCC）信息联网核验"),
      shared("购车发票", "ownership", "销售商户", "税务部门电子发票信息"),
      ID_COPY,
    ],
    via: appAnd("各区市非机动车登记服务站"),
    steps: ["在线预约并填报车辆信息", "到登记服务站查验车辆、当场领取号牌"],
    limit: "即办", fee: "不收费", basis: basis("《山东省电动自行车管理办法》"), date: "2026-05-01",
  },
  {
    dept: "QD-JTJ", type: "XK", name: "道路旅客运输驾驶员从业资格证核发", domain: "transport", events: ["employment"],
    lead: "想开客车拉乘客，报名从业资格考试时不用再开无事故证明和体检证明。",
    proofs: [
      DRIVING_COPY,
      shared("三年内无重大以上交通责任事故记录证明", "objective_state", "公安机关交通管理部门", "公安交管事故信息共享核查"),
      HEALTH_PROMISE,
      ID_COPY,
    ],
    via: everywhere(),
    steps: ["在线报名参加从业资格考试", "考试合格后制发电子从业资格证"],
    limit: "考试合格后5个工作日", fee: "不收费", basis: basis("《道路运输从业人员管理规定》"), date: "2026-01-10",
  },
  {
    dept: "QD-JTJ", type: "XK", name: "道路运输从业人员从业资格证换证", domain: "transport", events: ["employment"],
    lead: "从业资格证六年到期换证，继续教育和诚信考核记录由系统查验。",
    proofs: [
      online("继续教育证明", "qualification", "继续教育培训机构", "全国道路运输从业人员继续教育信息系统"),
      shared("诚信考核记录证明", "objective_state", "原发证交通运输主管部门", "交通运输部门从业人员诚信考核信息"),
      licence("原从业资格证件", "qualification", "交通运输主管部门", "transport_qualification"),
    ],
    via: everywhere(),
    steps: ["在线提交换证申请", "电子从业资格证即时更新，纸质证件可选邮寄"],
    limit: "即办", fee: "不收费", basis: basis("《道路运输从业人员管理规定》"), date: "2026-02-10",
  },
  {
    dept: "QD-JTJ", type: "XK", name: "网络预约出租汽车驾驶员证核发", domain: "transport", events: ["employment"],
    lead: "想开网约车，背景核查由公安机关完成，不用自己去开无犯罪记录等证明。",
    proofs: [
      DRIVING_COPY,
      shared("无交通肇事犯罪、危险驾驶犯罪、吸毒、饮酒后驾驶、暴力犯罪记录证明", "objective_state", "公安机关", "公安机关背景核查"),
      online("三年以上驾驶经历证明", "qualification", "公安机关交通管理部门", "公安交管驾驶人信息系统"),
      ID_COPY,
    ],
    via: everywhere(),
    steps: ["在线报名参加全国公共科目和区域科目考试", "考试合格、背景核查通过后发放网约车驾驶员证"],
    limit: "考试合格后5个工作日", fee: "不收费", basis: basis("《网络预约出租汽车经营服务管理暂行办法》", "《出租汽车驾驶员从业资格管理规定》"), date: "2026-03-05",
  },
  {
    dept: "QD-JTJ", type: "XK", name: "网络预约出租汽车运输证核发", domain: "transport", events: ["employment", "operation"], who: BOTH,
    lead: "车辆转为网约车，行驶证、保单和定位装置信息在线核验。",
    proofs: [
      VEHICLE_COPY,
      shared("车辆营运险保单", "objective_state", "保险公司", "金融监管部门车险信息平台"),
      online("车辆卫星定位装置安装证明", "objective_state", "定位装置安装企业", "网约车监管信息交互平台"),
    ],
    via: everywhere(),
    steps: ["车辆所属平台公司或车主在线提交申请", "核验通过后发放电子运输证"],
    limit: "3个工作日", fee: "不收费", basis: basis("《网络预约出租汽车经营服务管理暂行办法》"), date: "2026-03-20",
  },
  {
    dept: "QD-JTJ", type: "QT", name: "巡游出租汽车驾驶员从业资格注册", domain: "transport", events: ["employment"],
    lead: "到出租车公司上岗注册，劳动合同签承诺即可，社保信息部门查。",
    proofs: [
      promise("与出租汽车经营者签订的劳动合同或经营合同", "legal_relation", "出租汽车企业", "本人已与出租汽车经营者签订劳动合同或经营合同，合同真实有效"),
      licence("出租汽车驾驶员从业资格证", "qualification", "交通运输主管部门", "transport_qualification"),
      SOCIAL_INSURANCE,
    ],
    via: everywhere(),
    steps: ["出租汽车企业在线为驾驶员提交注册申请", "注册信息同步至监管平台，短信告知结果"],
    limit: "即办", fee: "不收费", basis: basis("《出租汽车驾驶员从业资格管理规定》"), date: "2026-04-10",
  },
  {
    dept: "QD-JTJ", type: "XK", name: "道路普通货物运输经营许可", domain: "transport", events: ["business_start", "operation"], who: BUSINESS,
    lead: "开办货运企业，停车场地签承诺，驾驶员证件和车辆信息在线调取。",
    proofs: [
      promise("停车场地使用证明", "ownership", "场地产权人", "本单位拥有与经营规模相适应的停车场地，并依法享有使用权"),
      licence("驾驶人员从业资格证复印件", "qualification", "交通运输主管部门", "transport_qualification"),
      VEHICLE_COPY,
      kept("安全生产管理制度文本", "objective_state", "申请人", "许可机关须审查安全生产管理制度是否健全，制度内容无法以数据共享或承诺代替", "《道路货物运输及站场管理规定》"),
    ],
    via: everywhere(),
    steps: ["在线提交许可申请和安全生产管理制度", "审核通过后发放电子道路运输经营许可证"],
    limit: "5个工作日", fee: "不收费", basis: basis("《中华人民共和国道路运输条例》", "《道路货物运输及站场管理规定》"), date: "2026-01-20",
  },
  {
    dept: "QD-JTJ", type: "XK", name: "道路危险货物运输经营许可", domain: "transport", events: ["business_start", "operation"], who: BUSINESS,
    lead: "危险货物运输许可，人员资格和证件在线核验；场地涉及公共安全，仍须现场核查。",
    proofs: [
      kept("专用停车场地使用证明", "ownership", "场地产权人", "涉及公共安全，作出错误决定后果严重，不适用告知承诺，须提交证明并现场核查", "《道路危险货物运输管理规定》"),
      shared("专职安全管理人员从业资格证明", "qualification", "交通运输主管部门", "交通运输部门从业资格信息库"),
      licence("驾驶人员、押运人员从业资格证复印件", "qualification", "交通运输主管部门", "transport_qualification"),
      BUSINESS_LICENCE_COPY,
    ],
    via: onlineAnd(CITY_HALL),
    steps: ["在线提交许可申请", "许可机关现场核查停车场地和安全设施", "审核通过后发放电子道路运输经营许可证"],
    limit: "20个工作日", fee: "不收费", basis: basis("《道路危险货物运输管理规定》"), date: "2026-05-15",
  },
  {
    dept: "QD-JTJ", type: "QT", name: "机动车维修经营备案", domain: "transport", events: ["business_start"], who: BUSINESS,
    lead: "开汽修店备案，场地签承诺，技术人员证书网上查。",
    proofs: [
      promise("经营场地使用证明", "ownership", "场地产权人或出租人", "维修经营场地真实存在，本单位依法享有使用权，且符合环保和消防要求"),
      online("技术负责人和维修技术人员职业资格证明", "qualification", "人社部门或评价机构", "职业技能等级证书全国联网查询"),
      BUSINESS_LICENCE_COPY,
    ],
    via: everywhere(),
    steps: ["在线填报维修类别和技术人员信息", "备案即时完成，电子备案回执可下载"],
    limit: "即办", fee: "不收费", basis: basis("《机动车维修管理规定》"), date: "2026-02-25",
  },
  {
    dept: "QD-JTJ", type: "QT", name: "机动车驾驶员培训机构备案", domain: "transport", events: ["business_start"], who: BUSINESS,
    lead: "驾校备案，教练场地签承诺，教练员的驾驶证在线调取。",
    proofs: [
      promise("教练场地使用证明", "ownership", "场地产权人或出租人", "教练场地面积和设施符合国家标准，本单位依法享有使用权"),
      licence("教练员机动车驾驶证复印件", "qualification", "公安机关交通管理部门", "driving_licence"),
      selfRegulated("教练员职业道德证明", "objective_state", "原聘用单位", "青岛市机动车驾驶员培训行业协会教练员诚信档案"),
      BUSINESS_LICENCE_COPY,
    ],
    via: everywhere(),
    steps: ["在线填报培训车型、教练员和教练车信息", "备案即时完成，信息向社会公示"],
    limit: "即办", fee: "不收费", basis: basis("《机动车驾驶员培训管理规定》"), date: "2026-06-01",
  },
  {
    dept: "QD-JTJ", type: "GF", name: "老年人免费乘车卡办理", domain: "transport", events: ["elderly_care", "travel"],
    lead: "满70周岁的老人办公交免费卡，不用带照片，外地户籍老人也不用开居住证明。",
    proofs: [
      ID_COPY,
      PHOTO,
      shared("非本市户籍老人居住证明", "objective_state", "社区居委会", "公安机关居住证信息共享核验"),
    ],
    via: appAnd("各区市公交卡服务网点", STREET_CENTRE),
    steps: ["子女可代为在线申请", "卡片制作完成后邮寄或到就近网点领取，电子乘车码同步开通"],
    limit: "5个工作日", fee: "不收费", basis: basis("青岛市老年人优待有关规定"), date: "2026-01-05",
  },
  {
    dept: "QD-JTJ", type: "GF", name: "残疾人免费乘车卡办理", domain: "transport", events: ["assistance", "travel"],
    lead: "持证残疾人办公交免费卡，出示电子残疾人证即可。",
    proofs: [licence("残疾人证复印件", "qualification", "残疾人联合会", "disability_certificate"), PHOTO, ID_COPY],
    via: appAnd("各区市公交卡服务网点", STREET_CENTRE),
    steps: ["在线提交申请，可由亲属代办", "卡片邮寄到家，电子乘车码同步开通"],
    limit: "5个工作日", fee: "不收费", basis: basis("《山东省残疾人保障条例》"), date: "2026-02-15",
  },
  {
    dept: "QD-JTJ", type: "GF", name: "中小学生公交优惠卡办理", domain: "transport", events: ["school", "travel"],
    lead: "中小学生办公交优惠卡，不用再找学校开在校证明。",
    proofs: [shared("学籍证明（在校证明）", "legal_relation", "就读学校", "教育部门学籍信息共享"), HOUSEHOLD_COPY, PHOTO],
    via: appAnd("各区市公交卡服务网点"),
    steps: ["家长在线为孩子提交申请", "卡片邮寄到家，每学年自动核验学籍"],
    limit: "5个工作日", fee: "按卡片成本收取押金", basis: basis("青岛市公共交通票价优惠有关规定"), date: "2026-08-20",
  },
  {
    dept: "QD-CGJ", type: "GF", name: "居住区周边道路夜间停车泊位居民包月办理", domain: "transport", events: ["travel", "residence"],
    lead: "老城区居民办小区周边道路夜间停车包月，房产或租房信息由部门核验。",
    proofs: [
      shared("房屋产权证明或租赁合同", "ownership", "不动产登记机构或出租人", "不动产登记信息和住房租赁登记备案信息共享"),
      VEHICLE_COPY,
    ],
    via: appAnd(STREET_CENTRE),
    steps: ["选择居住地附近的道路泊位", "核验通过后在线缴费，包月即时生效"],
    limit: "即办", fee: "按政府定价收取包月停车费", basis: basis("《青岛市停车场管理办法》"), date: "2026-04-15",
    districts: ["370202", "370203", "370213"],
  },
  {
    dept: "QD-JTJ", type: "GF", name: "ETC电子标签办理（个人小型客车）", domain: "transport", events: ["travel"],
    lead: "私家车办ETC，亮出电子身份证和行驶证，不用复印。",
    proofs: [VEHICLE_COPY, ID_COPY],
    via: appAnd("高速公路服务区ETC服务网点"),
    steps: ["在线填写车辆和银行卡信息", "电子标签邮寄到家，按说明自行安装激活"],
    limit: "即办", fee: "不收费", basis: basis("《收费公路车辆通行费车型分类》"), date: "2026-05-20",
  },
  {
    dept: "QD-JTJ", type: "GF", name: "鲜活农产品运输车辆通行费减免预约", domain: "transport", events: ["operation", "travel"], who: BOTH,
    lead: "运输鲜活农产品走「绿色通道」，在线预约，不用再开产地证明。",
    proofs: [
      TRANSPORT_PERMIT_COPY,
      VEHICLE_COPY,
      cancel("农产品产地证明", "objective_state", "村委会或乡镇人民政府", "不再要求产地证明，按预约信息和出口查验结果认定"),
    ],
    via: { app: true, onlineHall: true, halls: [] },
    steps: ["出发前在线预约，填报货物品种和装载量", "到达收费站出口接受查验，符合条件的免收通行费"],
    limit: "即办", fee: "不收费", basis: basis("鲜活农产品运输「绿色通道」政策"), date: "2026-06-15",
  },
  {
    dept: "QD-JTJ", type: "XK", name: "超限运输车辆行驶公路许可", domain: "transport", events: ["operation"], who: BUSINESS,
    lead: "大件运输申请通行许可，车辆证件在线调取；车货尺寸说明仍须提交以核算路线。",
    proofs: [
      VEHICLE_COPY,
      TRANSPORT_PERMIT_COPY,
      kept("车货总体外廓尺寸及轴荷说明（含车辆照片）", "objective_state", "申请人", "通行路线和桥梁承载能力须据此逐车核算，涉及公路桥梁安全", "《超限运输车辆行驶公路管理规定》"),
    ],
    via: { app: false, onlineHall: true, halls: [CITY_HALL] },
    steps: ["在全国互联网道路运输便民政务服务系统提交申请", "审批通过后按核定路线和时间通行"],
    limit: "5个工作日", fee: "不收费", basis: basis("《超限运输车辆行驶公路管理规定》"), date: "2026-07-01",
  },
  {
    dept: "QD-JTJ", type: "XK", name: "港口经营许可（港口理货业务）", domain: "transport", events: ["business_start", "operation"], who: BUSINESS,
    lead: "申请港口理货经营，场所签承诺，技术人员职称在线查。",
    proofs: [
      promise("经营场所使用证明", "ownership", "场所产权人或出租人", "经营场所真实存在，本单位依法享有使用权"),
      online("专业技术人员职称证明", "qualification", "人社部门", "职称信息全国联网查询"),
      BUSINESS_LICENCE_COPY,
    ],
    via: onlineAnd(CITY_HALL),
    steps: ["在线提交许可申请", "审核通过后发放电子港口经营许可证"],
    limit: "10个工作日", fee: "不收费", basis: basis("《港口经营管理规定》"), date: "2026-07-20",
  },
  {
    dept: "QD-JTJ", type: "QT", name: "道路运输证年度审验（营运车辆）", domain: "transport", events: ["operation"], who: BOTH,
    lead: "营运车辆年审，检测报告和维护记录由系统调取。",
    proofs: [
      online("车辆综合性能检测报告", "objective_state", "机动车检验检测机构", "道路运输车辆综合性能检测信息系统"),
      online("车辆二级维护记录", "objective_state", "机动车维修企业", "汽车维修电子健康档案系统"),
      TRANSPORT_PERMIT_COPY,
    ],
    via: everywhere(),
    steps: ["检测和维护完成后在线提交年审", "审验结果即时记入电子道路运输证"],
    limit: "即办", fee: "不收费", basis: basis("《道路运输车辆技术管理规定》"), date: "2024-10-01",
  },
];

const MARKET: Row[] = [
  {
    dept: "QD-SPJ", type: "XK", name: "企业开办（有限责任公司设立登记）", domain: "market", events: ["business_start"], who: BUSINESS,
    lead: "开公司一网通办：名称自主申报，住所签承诺，执照、公章、发票、社保一次办好。",
    proofs: [
      PREMISES,
      cancel("企业名称预先核准通知书", "legal_fact", "市场监管部门", "名称自主申报，不再核发和提交名称预先核准通知书", "《中华人民共和国市场主体登记管理条例》"),
      licence("股东、法定代表人身份证复印件", "legal_fact", "公安机关", "id_card"),
    ],
    via: everywhere("各区市企业开办专区"),
    steps: ["在线自主申报企业名称", "一次填报设立登记、公章刻制、税务、社保、公积金和银行开户信息", "全体股东电子签名后提交，审核通过领取电子营业执照"],
    limit: "0.5个工作日", fee: "不收费（首套公章免费刻制）", basis: basis("《中华人民共和国市场主体登记管理条例》"), date: "2022-07-01",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "个体工商户设立登记", domain: "market", events: ["business_start"],
    lead: "开个体店，经营场所签承诺，带手机就能办执照。",
    proofs: [PREMISES, ID_COPY],
    via: everywhere(STREET_CENTRE),
    steps: ["填写经营者、经营范围和经营场所信息", "审核通过后领取电子营业执照，纸质执照可选邮寄"],
    limit: "即办", fee: "不收费", basis: basis("《促进个体工商户发展条例》", "《中华人民共和国市场主体登记管理条例》"), date: "2026-01-08",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "个体工商户变更经营者（家庭成员间）", domain: "market", events: ["operation"],
    lead: "个体店交给家里人经营，不用再开亲属关系证明。",
    proofs: [
      shared("家庭成员关系证明", "legal_relation", "公安机关或村（居）委会", "公安户籍信息和民政婚姻登记信息共享"),
      licence("原营业执照正、副本", "qualification", "市场监管部门", "business_licence"),
      ID_COPY,
    ],
    via: everywhere(STREET_CENTRE),
    steps: ["原经营者和新经营者在线确认变更", "直接变更登记，字号和成立日期保留"],
    limit: "即办", fee: "不收费", basis: basis("《促进个体工商户发展条例》"), date: "2026-02-02",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "营业执照变更登记（住所变更）", domain: "market", events: ["operation"], who: BUSINESS,
    lead: "公司搬家变更住所，新地址签承诺，电子营业执照同步更新。",
    proofs: [PREMISES, licence("原营业执照正、副本", "qualification", "市场监管部门", "business_licence")],
    via: everywhere(),
    steps: ["在线填写新住所并上传股东会决议", "审核通过后电子营业执照即时更新"],
    limit: "即办", fee: "不收费", basis: basis("《中华人民共和国市场主体登记管理条例》"), date: "2026-01-20",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "企业简易注销登记", domain: "market", events: ["deregistration"], who: BUSINESS,
    lead: "没有债权债务的企业简易注销，不用登报，清税信息由税务部门推送。",
    proofs: [
      TAX_CLEARANCE,
      cancel("注销公告报纸样张", "objective_state", "报社", "改为在国家企业信用信息公示系统免费公示20日"),
      promise("债权债务清偿证明", "objective_state", "申请人", "本企业未发生债权债务或已将债权债务清偿完结，不存在未结清的清算费用、职工工资、社会保险费用、法定补偿金和应缴纳税款"),
    ],
    via: everywhere(),
    steps: ["在国家企业信用信息公示系统公示20日", "公示期满无异议的，在线申请注销并签署全体投资人承诺书"],
    limit: "公示期满后1个工作日", fee: "不收费", basis: basis("《中华人民共和国市场主体登记管理条例》"), date: "2026-03-10",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "公司普通注销登记", domain: "market", events: ["deregistration"], who: BUSINESS,
    lead: "公司注销，清税证明和公告由系统核验；清算报告是法定要件，仍须提交。",
    proofs: [
      kept("清算报告", "objective_state", "清算组", "清算报告须经股东会或人民法院确认，是法定清算程序的结果，不能以承诺代替", "《中华人民共和国公司法》"),
      TAX_CLEARANCE,
      online("清算组备案和债权人公告证明", "objective_state", "登记机关", "国家企业信用信息公示系统"),
      BUSINESS_LICENCE_COPY,
    ],
    via: everywhere(),
    steps: ["清算组在线备案并通过公示系统发布债权人公告", "清算结束后在线提交注销申请和清算报告"],
    limit: "1个工作日", fee: "不收费", basis: basis("《中华人民共和国公司法》", "《中华人民共和国市场主体登记管理条例》"), date: "2026-04-08",
  },
  {
    dept: "QD-SPJ", type: "XK", name: "食品经营许可（新办）", domain: "market", events: ["business_start"], who: BOTH,
    lead: "开饭店、食品店办许可，场所签承诺当场发证，健康证明由系统查。",
    proofs: [
      promise("经营场所使用证明", "ownership", "场所产权人或出租人", "经营场所真实存在，本人（本单位）依法享有使用权，且与食品经营项目相适应", `${COMMON_EXCLUSIONS}；曾因食品安全违法行为被吊销许可证的，也不适用`),
      HEALTH_CERTIFICATE,
      deferred("食品安全自查、从业人员健康管理等制度文本", "objective_state", "申请人", "按要求制定食品安全管理制度", "10个工作日"),
      BUSINESS_LICENCE_COPY,
    ],
    via: everywhere(),
    steps: ["在线填报经营项目和设备布局", "当场领取电子食品经营许可证", "30日内监管部门现场核查"],
    limit: "即办（承诺制当场发证）", fee: "不收费", basis: basis("《食品经营许可和备案管理办法》"), date: "2026-01-12",
  },
  {
    dept: "QD-SPJ", type: "XK", name: "食品经营许可延续", domain: "market", events: ["operation"], who: BOTH,
    lead: "食品经营许可证到期，条件没变的在线勾选就能延续。",
    proofs: [
      licence("原食品经营许可证", "qualification", "行政审批部门", "food_business_licence"),
      cancel("经营条件未发生变化的书面说明", "objective_state", "申请人", "在线勾选「经营条件未变化」即可，不再另附书面说明"),
    ],
    via: everywhere(),
    steps: ["到期前在线提交延续申请", "电子许可证即时换发"],
    limit: "即办", fee: "不收费", basis: basis("《食品经营许可和备案管理办法》"), date: "2026-05-12",
  },
  {
    dept: "QD-SCJGJ", type: "QT", name: "仅销售预包装食品备案", domain: "market", events: ["business_start"], who: BOTH,
    lead: "小超市只卖包装好的食品，填报地址就能备案，不用交房产证明。",
    proofs: [
      cancel("经营场所产权或租赁证明", "ownership", "产权人或出租人", "备案时填报经营场所地址即可，不再提交产权或租赁证明"),
      BUSINESS_LICENCE_COPY,
    ],
    via: { app: true, onlineHall: true, halls: [] },
    steps: ["在线填报备案信息", "备案即时完成，备案编号可在线查询"],
    limit: "即办", fee: "不收费", basis: basis("《食品经营许可和备案管理办法》"), date: "2026-02-20",
  },
  {
    dept: "QD-SCJGJ", type: "QT", name: "小餐饮经营登记", domain: "market", events: ["business_start"],
    lead: "开小吃店、小面馆，健康证明系统查，店面签承诺。",
    proofs: [HEALTH_CERTIFICATE, promise("小餐饮经营场所使用证明", "ownership", "场所产权人或出租人", "经营场所真实存在并依法享有使用权，符合小餐饮经营条件"), ID_COPY],
    via: everywhere(STREET_CENTRE),
    steps: ["在线填报经营品种和从业人员", "当场发放小餐饮登记证，监管部门事后检查"],
    limit: "即办", fee: "不收费", basis: basis("《山东省食品小作坊小餐饮和食品摊点管理条例》"), date: "2026-03-25",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "特种设备使用登记（电梯）", domain: "market", events: ["operation"], who: BUSINESS,
    lead: "新装电梯办使用登记，合格证和监督检验报告在线调取。",
    proofs: [
      online("特种设备产品合格证和产品数据表", "qualification", "电梯制造单位", "特种设备安全监管信息化平台"),
      shared("安装监督检验证明", "objective_state", "特种设备检验机构", "检验机构检验报告信息共享"),
      licence("使用单位营业执照复印件", "qualification", "市场监管部门", "business_licence"),
    ],
    via: everywhere(),
    steps: ["使用单位在线填报设备和安全管理人员信息", "电子使用登记证即时发放，二维码张贴于轿厢"],
    limit: "即办", fee: "不收费", basis: basis("《中华人民共和国特种设备安全法》", "《特种设备使用管理规则》"), date: "2026-02-05",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "特种设备作业人员资格认定（证书复审）", domain: "market", events: ["employment"],
    lead: "叉车、锅炉等作业人员证书复审，体检签承诺，不用再让单位开从业证明。",
    proofs: [
      HEALTH_PROMISE,
      cancel("连续从业证明（用人单位出具）", "objective_state", "用人单位", "不再由单位出具，以作业记录和本人填报为准"),
      online("原特种设备作业人员证", "qualification", "市场监管部门", "特种设备作业人员证书全国联网查询"),
    ],
    via: everywhere(),
    steps: ["在线提交复审申请", "复审合格后证书有效期自动延续"],
    limit: "5个工作日", fee: "不收费", basis: basis("《特种设备作业人员监督管理办法》"), date: "2026-04-22",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "药品零售企业经营许可", domain: "market", events: ["business_start"], who: BUSINESS,
    lead: "开药店，执业药师注册证网上查，场所签承诺；设施设备仍须现场检查。",
    proofs: [
      online("执业药师注册证", "qualification", "药品监督管理部门", "全国执业药师注册管理信息系统"),
      promise("药店经营场所使用证明", "ownership", "场所产权人或出租人", "经营场所真实存在并依法享有使用权"),
      kept("药品质量管理文件和主要设施设备目录", "objective_state", "申请人", "涉及人身健康，许可前须据此现场检查药品储存、陈列设施，不适用告知承诺", "《药品经营和使用质量监督管理办法》"),
      BUSINESS_LICENCE_COPY,
    ],
    via: everywhere(),
    steps: ["在线提交许可申请", "监管部门现场检查", "检查合格后发放药品经营许可证"],
    limit: "15个工作日", fee: "不收费", basis: basis("《中华人民共和国药品管理法》", "《药品经营和使用质量监督管理办法》"), date: "2026-06-10",
  },
  {
    dept: "QD-SCJGJ", type: "QT", name: "第二类医疗器械经营备案", domain: "market", events: ["business_start", "operation"], who: BUSINESS,
    lead: "经营血压计、血糖仪等二类医疗器械，场所签承诺，人员学历网上核验。",
    proofs: [
      promise("医疗器械经营场所和库房使用证明", "ownership", "场所产权人或出租人", "经营场所和库房真实存在并依法享有使用权，与经营规模相适应"),
      online("质量管理人员学历或职称证明", "qualification", "高等学校或人社部门", "学信网和职称信息全国联网查询"),
      BUSINESS_LICENCE_COPY,
    ],
    via: everywhere(),
    steps: ["在线填报备案信息", "当场发放备案凭证"],
    limit: "即办", fee: "不收费", basis: basis("《医疗器械监督管理条例》", "《医疗器械经营监督管理办法》"), date: "2026-05-05",
  },
  {
    dept: "QD-SCJGJ", type: "QT", name: "强制检定计量器具登记", domain: "market", events: ["operation"], who: BUSINESS,
    lead: "加油机、出租车计价器等强检器具在线登记，不用交购置发票。",
    proofs: [
      cancel("计量器具购置发票", "ownership", "销售方", "不再要求购置发票，按器具出厂编号在线登记"),
      online("计量器具型式批准证书", "qualification", "市场监管部门", "国家市场监督管理总局型式批准信息查询"),
      BUSINESS_LICENCE_COPY,
    ],
    via: { app: true, onlineHall: true, halls: [] },
    steps: ["在线填报器具名称、型号、出厂编号和使用地点", "登记完成后系统自动安排周期检定"],
    limit: "即办", fee: "不收费", basis: basis("《中华人民共和国计量法》"), date: "2026-03-02",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "计量标准器具核准", domain: "market", events: ["operation"], who: BUSINESS,
    lead: "企业建立最高计量标准申请核准，人员能力网上查；技术报告仍是考评依据。",
    proofs: [
      online("计量标准考评人员能力证明", "qualification", "计量技术机构", "注册计量师信息查询"),
      kept("计量标准技术报告", "objective_state", "申请人", "计量标准的准确度须经专家考评，技术报告是考评依据", "《中华人民共和国计量法》《计量标准考核办法》"),
      BUSINESS_LICENCE_COPY,
    ],
    via: onlineAnd(CITY_HALL),
    steps: ["在线提交申请和技术报告", "专家考评合格后发放计量标准考核证书"],
    limit: "20个工作日", fee: "不收费", basis: basis("《中华人民共和国计量法》", "《计量标准考核办法》"), date: "2026-07-08",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "药品、医疗器械、保健食品、特殊医学用途配方食品广告审查", domain: "market", events: ["operation"], who: BUSINESS,
    lead: "药品、保健食品等广告审查，产品注册证明网上查；第三方授权仍须提交。",
    proofs: [
      online("产品注册证明文件", "qualification", "药品监督管理部门", "国家药品监督管理局数据查询"),
      BUSINESS_LICENCE_COPY,
      kept("广告涉及的商标、专利、代言人等权利授权证明", "ownership", "权利人", "涉及第三方权利，须由权利人书面授权，部门无法共享核验", "《药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法》"),
    ],
    via: { app: false, onlineHall: true, halls: [CITY_HALL] },
    steps: ["在线提交广告样件", "审查通过后发放广告批准文号"],
    limit: "10个工作日", fee: "不收费", basis: basis("《中华人民共和国广告法》", "《药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法》"), date: "2026-08-05",
  },
  {
    dept: "QD-SPJ", type: "XK", name: "食品生产许可（低风险食品）", domain: "market", events: ["business_start"], who: BUSINESS,
    lead: "生产糕点、饮料等低风险食品，场所签承诺，健康证明系统查。",
    proofs: [
      promise("生产场所使用证明", "ownership", "场所产权人或出租人", "生产场所真实存在并依法享有使用权，布局符合食品生产要求"),
      HEALTH_CERTIFICATE,
      BUSINESS_LICENCE_COPY,
    ],
    via: everywhere(),
    steps: ["在线提交许可申请和工艺流程图", "承诺制当场发证，监管部门3个月内现场核查"],
    limit: "即办（承诺制当场发证）", fee: "不收费", basis: basis("《食品生产许可管理办法》"), date: "2026-06-25",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "检验检测机构资质认定（告知承诺方式）", domain: "market", events: ["business_start", "operation"], who: BUSINESS,
    lead: "检验检测机构资质认定可选告知承诺，人员能力和场所签承诺，先取证后核查。",
    proofs: [
      promise("检验检测人员技术能力证明", "qualification", "申请人", "本机构检验检测人员具备相应专业技术能力，符合资质认定要求"),
      promise("工作场所使用证明", "ownership", "场所产权人或出租人", "工作场所和环境条件满足检验检测要求，本机构依法享有使用权"),
      BUSINESS_LICENCE_COPY,
    ],
    via: onlineAnd(CITY_HALL),
    steps: ["在线提交申请并选择告知承诺方式", "技术评审后发放资质认定证书", "监管部门3个月内现场核查"],
    limit: "10个工作日", fee: "不收费", basis: basis("《检验检测机构资质认定管理办法》"), date: "2026-09-01",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "个体工商户转型为企业", domain: "market", events: ["operation", "business_start"], who: BOTH,
    lead: "个体户转为公司，原执照在线调取，清税信息部门推送，字号可以保留。",
    proofs: [licence("原个体工商户营业执照", "qualification", "市场监管部门", "business_licence"), TAX_CLEARANCE, PREMISES],
    via: everywhere(),
    steps: ["在线一次提交个体户注销和企业设立申请", "保留原字号和成立时间，领取新的电子营业执照"],
    limit: "1个工作日", fee: "不收费", basis: basis("《促进个体工商户发展条例》"), date: "2026-04-15",
  },
  {
    dept: "QD-SCJGJ", type: "QT", name: "股权出质设立登记", domain: "market", events: ["operation"], who: BOTH,
    lead: "用股权向银行质押融资，主体资格在线核验，不用再交股东名册。",
    proofs: [
      licence("出质人、质权人主体资格证明", "qualification", "市场监管部门", "business_licence"),
      cancel("股东名册复印件", "objective_state", "出质股权所在公司", "登记机关调取企业登记档案核对出资情况，不再提交"),
    ],
    via: everywhere(),
    steps: ["出质人和质权人在线共同提交申请", "登记即时完成并在公示系统公示"],
    limit: "即办", fee: "不收费", basis: basis("《股权出质登记办法》"), date: "2026-05-28",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "分公司设立登记", domain: "market", events: ["business_start"], who: BUSINESS,
    lead: "设立分公司，总公司的执照和章程在线调取，营业场所签承诺。",
    proofs: [
      licence("隶属公司营业执照复印件", "qualification", "市场监管部门", "business_licence"),
      PREMISES,
      cancel("隶属公司章程复印件", "objective_state", "隶属公司", "登记机关调取隶属公司登记档案，不再提交"),
    ],
    via: everywhere(),
    steps: ["在线填报分公司信息", "审核通过后领取电子营业执照"],
    limit: "即办", fee: "不收费", basis: basis("《中华人民共和国市场主体登记管理条例》"), date: "2026-06-18",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "企业跨区市迁移登记", domain: "market", events: ["operation"], who: BUSINESS,
    lead: "企业在青岛市内跨区市搬迁，不用再调取纸质档案来回跑。",
    proofs: [
      shared("企业登记档案", "objective_state", "迁出地登记机关", "全市企业登记电子档案一体化调取"),
      PREMISES,
    ],
    via: everywhere(),
    steps: ["向迁入地登记机关在线提交迁移申请", "迁出、迁入一次办结，领取新的电子营业执照"],
    limit: "1个工作日", fee: "不收费", basis: basis("《中华人民共和国市场主体登记管理条例》"), date: "2026-07-15",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "农民专业合作社设立登记", domain: "market", events: ["business_start"], who: BOTH,
    lead: "农户成立合作社，成员农民身份由户籍信息核验，不用再找村里开证明。",
    proofs: [
      shared("成员农民身份证明", "legal_fact", "村（居）委会", "公安户籍信息共享"),
      licence("成员身份证复印件", "legal_fact", "公安机关", "id_card"),
      promise("合作社住所使用证明", "ownership", "产权人或村集体经济组织", "合作社住所真实存在并依法享有使用权"),
    ],
    via: everywhere(STREET_CENTRE),
    steps: ["在线填报成员和出资信息", "审核通过后领取电子营业执照"],
    limit: "即办", fee: "不收费", basis: basis("《中华人民共和国农民专业合作社法》"), date: "2026-08-18",
    districts: ["370215", "370281", "370283", "370285"],
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "营业执照遗失补领", domain: "market", events: ["operation"], who: BOTH,
    lead: "营业执照丢了，在公示系统免费声明作废，不用登报。",
    proofs: [
      cancel("营业执照遗失登报声明", "objective_state", "报社", "在国家企业信用信息公示系统免费发布遗失公告即可，不再登报"),
      ID_COPY,
    ],
    via: everywhere(),
    steps: ["在线发布遗失公告并申请补领", "电子营业执照不受影响，纸质执照可选邮寄"],
    limit: "即办", fee: "不收费", basis: basis("《中华人民共和国市场主体登记管理条例实施细则》"), date: "2026-09-15",
  },
  {
    dept: "QD-SCJGJ", type: "XK", name: "企业名称变更登记", domain: "market", events: ["operation"], who: BUSINESS,
    lead: "企业改名自主申报，不用再办名称预先核准。",
    proofs: [
      cancel("企业名称变更预先核准通知书", "legal_fact", "市场监管部门", "名称自主申报，通过查重比对后直接使用"),
      licence("原营业执照正、副本", "qualification", "市场监管部门", "business_licence"),
    ],
    via: everywhere(),
    steps: ["在线自主申报新名称并查重", "提交变更登记，电子营业执照即时更新"],
    limit: "即办", fee: "不收费", basis: basis("《企业名称登记管理规定》"), date: "2023-03-01",
  },
];

const OTHERS: Row[] = [
  // 户籍
  {
    dept: "QD-GAJ", type: "QR", name: "居住证申领", domain: "household", events: ["residence", "employment"],
    lead: "来青工作生活办居住证，社保参保和租房信息由部门在线核验。",
    proofs: [
      SOCIAL_INSURANCE,
      shared("房屋租赁合同或住房证明", "ownership", "出租人或不动产登记机构", "住房租赁登记备案和不动产登记信息共享"),
      ID_COPY,
    ],
    via: appAnd(POLICE_STATION, STREET_CENTRE),
    steps: ["在线填报居住地址和就业信息", "审核通过后居住证邮寄到家，电子居住证同步生成"],
    limit: "7个工作日", fee: "首次申领不收费", basis: basis("《居住证暂行条例》", PROVINCE_BASIS), date: "2025-03-01",
  },
  {
    dept: "QD-GAJ", type: "QR", name: "夫妻、父母子女投靠落户", domain: "household", events: ["residence", "marriage"],
    lead: "投靠配偶、父母或子女落户，亲属关系由户籍和婚姻登记信息核验。",
    proofs: [
      shared("亲属关系证明", "legal_relation", "公安机关或村（居）委会", "户籍信息和婚姻登记信息共享"),
      MARRIAGE_COPY,
      kept("房屋所有权人同意落户的书面意见", "legal_relation", "房屋所有权人", "落户须落实到合法稳定住所，非本人房屋须有所有权人的真实意思表示，无法以数据代替", "青岛市户籍管理有关规定"),
    ],
    via: appAnd(POLICE_STATION),
    steps: ["在线提交落户申请", "审核通过后到迁入地派出所办理入户"],
    limit: "10个工作日", fee: "不收费", basis: basis("《中华人民共和国户口登记条例》"), date: "2023-09-01",
  },
  {
    dept: "QD-GAJ", type: "QR", name: "高校毕业生人才落户", domain: "household", events: ["residence", "employment"],
    lead: "毕业来青落户，学历网上查，就业情况签承诺。",
    proofs: [
      DIPLOMA,
      promise("就业或创业证明", "legal_relation", "用人单位", "本人已在青岛市就业或创业，填报的单位信息真实"),
      ID_COPY,
    ],
    via: appAnd(POLICE_STATION, "各区市人才服务窗口"),
    steps: ["在线提交落户申请", "审核通过后凭电子准迁证到派出所入户"],
    limit: "5个工作日", fee: "不收费", basis: basis("青岛市人才落户有关政策"), date: "2025-05-01",
  },
  // 社会保障
  {
    dept: "QD-RSJ", type: "QR", name: "职工正常退休申请", domain: "social_security", events: ["retirement"],
    lead: "到龄退休，档案信息数字化调阅，出生时间和缴费年限不用再开证明。",
    proofs: [
      shared("视同缴费年限认定材料（人事档案）", "objective_state", "档案保管单位", "人事档案数字化信息调阅"),
      ID_COPY,
      kept("特殊工种提前退休审批材料", "qualification", "原用人单位", "提前退休须认定从事特殊工种的年限，须核对原始档案记载，不能以承诺代替", "《国务院关于工人退休、退职的暂行办法》"),
    ],
    via: everywhere(),
    steps: ["用人单位或本人在线提交退休申请", "审核通过后按月发放养老金，短信告知"],
    limit: "10个工作日", fee: "不收费", basis: basis("《中华人民共和国社会保险法》"), date: "2024-01-01",
  },
  {
    dept: "QD-RSJ", type: "JF", name: "失业保险金申领", domain: "social_security", events: ["employment"],
    lead: "失业后申领失业保险金，单位减员信息系统自动核验，不用再开离职证明。",
    proofs: [
      shared("解除或终止劳动合同证明", "legal_relation", "原用人单位", "用人单位网上减员登记信息"),
      licence("社会保障卡", "legal_fact", "人社部门", "social_security_card"),
    ],
    via: everywhere(),
    steps: ["在线申领，同时完成失业登记", "审核通过后按月发放到社会保障卡"],
    limit: "即办", fee: "不收费", basis: basis("《失业保险条例》"), date: "2025-02-01",
  },
  {
    dept: "QD-RSJ", type: "JF", name: "一次性创业补贴申领", domain: "social_security", events: ["business_start", "employment"],
    lead: "首次创业领补贴，执照和社保缴纳情况在线核验，毕业证网上查。",
    proofs: [BUSINESS_LICENCE_COPY, SOCIAL_INSURANCE, DIPLOMA],
    via: everywhere(),
    steps: ["在线提交补贴申请", "审核公示后补贴发放到创业者银行账户"],
    limit: "20个工作日", fee: "不收费", basis: basis("青岛市创业补贴有关政策"), date: "2025-06-01",
  },
  {
    dept: "QD-RSJ", type: "JF", name: "城乡居民养老保险待遇资格认证", domain: "social_security", events: ["elderly_care"],
    lead: "领养老金的老人不用再开生存证明，大多数人无感认证。",
    proofs: [
      cancel("生存证明", "objective_state", "村（居）委会", "通过就医、乘车、社保卡使用等数据无感认证；未能无感认证的，在爱山东人脸识别自助认证或由工作人员上门认证"),
    ],
    via: appAnd(STREET_CENTRE),
    steps: ["系统每年自动比对认证", "需要时按短信提示在手机上刷脸认证"],
    limit: "即办", fee: "不收费", basis: basis("《中华人民共和国社会保险法》"), date: "2023-01-01",
  },
  {
    dept: "QD-RSJ", type: "QR", name: "工伤认定申请", domain: "social_security", events: ["employment", "medical"],
    lead: "工伤认定，医疗诊断证明由医院电子病历共享；劳动关系证明仍须提交。",
    proofs: [
      shared("医疗诊断证明", "objective_state", "医疗机构", "医疗机构电子病历信息共享"),
      kept("劳动关系证明（劳动合同等）", "legal_relation", "用人单位", "劳动关系是工伤认定的前提，有争议的须申请人举证或经劳动人事争议仲裁确认", "《工伤保险条例》"),
      ID_COPY,
    ],
    via: everywhere(),
    steps: ["在线提交工伤认定申请", "调查核实后作出认定决定并送达"],
    limit: "60日", fee: "不收费", basis: basis("《工伤保险条例》"), date: "2022-09-01",
  },
  {
    dept: "QD-RSJ", type: "QR", name: "职称评审申报", domain: "social_security", events: ["employment"],
    lead: "申报职称，学历网上查，继续教育学时签承诺。",
    proofs: [
      DIPLOMA,
      promise("继续教育学时证明", "qualification", "继续教育施教机构", "本人已完成规定的继续教育学时"),
      SOCIAL_INSURANCE,
    ],
    via: { app: false, onlineHall: true, halls: [] },
    steps: ["在职称申报系统在线提交业绩材料", "单位公示、评委会评审后公布结果"],
    limit: "按年度评审安排", fee: "不收费", basis: basis("《职称评审管理暂行规定》"), date: "2025-08-01",
  },
  // 医疗卫生
  {
    dept: "QD-WJW", type: "GF", name: "新生儿出生「一件事」", domain: "health", events: ["birth"],
    lead: "宝宝出生后在医院一次申请出生医学证明、落户、医保参保和社保卡，材料只交一次。",
    proofs: [
      shared("出生医学证明", "legal_fact", "助产医疗机构", "卫生健康部门出生医学证明电子信息共享"),
      MARRIAGE_COPY,
      HOUSEHOLD_COPY,
      licence("父母身份证复印件", "legal_fact", "公安机关", "id_card"),
    ],
    via: appAnd("各助产医疗机构「出生一件事」服务点", POLICE_STATION),
    steps: ["在爱山东「出生一件事」专区一次填报", "出生医学证明、户口簿、医保参保和社保卡结果分别送达"],
    limit: "5个工作日", fee: "不收费", basis: basis(ONE_THING_BASIS, "《中华人民共和国母婴保健法》"), date: "2025-01-01",
  },
  {
    dept: "QD-WJW", type: "GF", name: "生育登记", domain: "health", events: ["marriage", "birth"],
    lead: "生育登记只需电子身份证和结婚证，婚育情况签承诺，不用单位开证明。",
    proofs: [
      MARRIAGE_COPY,
      HOUSEHOLD_COPY,
      promise("婚育情况证明", "legal_relation", "单位或村（居）委会", "填报的婚姻和生育情况真实"),
    ],
    via: appAnd(STREET_CENTRE),
    steps: ["在线填报夫妻双方信息", "登记即时完成，可在线打印登记凭证"],
    limit: "即办", fee: "不收费", basis: basis("《山东省人口与计划生育条例》"), date: "2023-02-01",
  },
  {
    dept: "QD-WJW", type: "XK", name: "医师执业注册", domain: "health", events: ["employment"],
    lead: "医师执业注册，资格证书网上查，体检签承诺。",
    proofs: [
      online("医师资格证书", "qualification", "卫生健康主管部门", "国家医师资格证书信息查询"),
      promise("健康体检证明", "objective_state", "医疗机构", "本人身体健康，能够胜任医师执业活动"),
      ID_COPY,
    ],
    via: { app: true, onlineHall: true, halls: [] },
    steps: ["拟执业机构在线确认聘用", "注册通过后发放电子医师执业证书"],
    limit: "即办", fee: "不收费", basis: basis("《中华人民共和国医师法》", "《医师执业注册管理办法》"), date: "2025-04-01",
  },
  // 医疗保障
  {
    dept: "QD-YBJ", type: "GF", name: "跨省异地就医备案", domain: "medical_insurance", events: ["medical", "elderly_care"],
    lead: "长期住在外地的参保人办异地就医备案，签个承诺就行。",
    proofs: [
      promise("异地居住证明或工作证明", "objective_state", "居住地社区或用人单位", "本人长期在备案地居住或工作"),
      licence("医保电子凭证", "legal_fact", "医疗保障部门", "medical_insurance"),
    ],
    via: appAnd(MEDICAL_WINDOW),
    steps: ["在国家医保服务平台或爱山东在线备案", "备案即时生效，在就医地直接结算"],
    limit: "即办", fee: "不收费", basis: basis("国家医保局关于异地就医直接结算有关规定"), date: "2024-03-01",
  },
  {
    dept: "QD-YBJ", type: "QR", name: "门诊慢特病待遇认定", domain: "medical_insurance", events: ["medical"],
    lead: "申请门诊慢特病待遇，近两年的病历和检查报告由医院在线共享。",
    proofs: [
      shared("近两年相关病历和检查报告", "objective_state", "医疗机构", "医疗机构电子病历和检查检验结果互认共享"),
      licence("医保电子凭证", "legal_fact", "医疗保障部门", "medical_insurance"),
    ],
    via: appAnd(MEDICAL_WINDOW),
    steps: ["在定点医院或线上提出认定申请", "专家审核通过后待遇即时生效"],
    limit: "5个工作日", fee: "不收费", basis: basis("青岛市门诊慢特病管理有关规定"), date: "2025-03-15",
  },
  {
    dept: "QD-YBJ", type: "JF", name: "困难群众医疗救助", domain: "medical_insurance", events: ["assistance", "medical"],
    lead: "低保、特困等困难群众看病，救助在出院结算时一站完成。",
    proofs: [
      shared("困难人员身份证明", "legal_fact", "民政部门", "民政低保、特困人员信息共享"),
      shared("医疗费用票据", "objective_state", "医疗机构", "医保结算系统一站式结算数据"),
    ],
    via: appAnd(MEDICAL_WINDOW),
    steps: ["出院结算时自动计算救助金额", "个人只需支付自付部分"],
    limit: "即办", fee: "不收费", basis: basis("《社会救助暂行办法》"), date: "2025-10-01",
  },
  // 不动产
  {
    dept: "QD-ZRZYJ", type: "QR", name: "存量房（二手房）转移登记", domain: "real_estate", events: ["home_purchase"],
    lead: "买卖二手房，婚姻状况和完税信息由部门在线核验，一窗办结。",
    proofs: [
      MARITAL_STATUS,
      shared("契税完税证明", "objective_state", "税务部门", "税务部门完税信息实时推送"),
      licence("不动产权证书复印件", "ownership", "不动产登记机构", "property_certificate"),
      ID_COPY,
    ],
    via: appAnd(REAL_ESTATE_HALL),
    steps: ["买卖双方在线签订合同并预约", "到登记大厅一窗受理交易、缴税和登记", "电子不动产权证书即时发放"],
    limit: "即办", fee: "按规定收取不动产登记费", basis: basis("《不动产登记暂行条例》"), date: "2024-08-01", bring: ["不动产登记申请书", "买卖双方身份证件", "存量房买卖合同（网签备案）"],
  },
  {
    dept: "QD-ZRZYJ", type: "QR", name: "新建商品房交房即交证", domain: "real_estate", events: ["home_purchase"],
    lead: "买新房，收房当天拿到不动产权证书，购房合同和发票不用交。",
    proofs: [
      shared("商品房买卖合同", "legal_relation", "房地产开发企业", "住建部门商品房网签备案信息"),
      shared("购房发票", "ownership", "房地产开发企业", "税务部门电子发票信息"),
      ID_COPY,
    ],
    via: appAnd(REAL_ESTATE_HALL, "项目现场「交房即交证」服务点"),
    steps: ["开发企业组织集中办理", "交房现场领取不动产权证书"],
    limit: "即办", fee: "按规定收取不动产登记费", basis: basis("《不动产登记暂行条例》"), date: "2025-07-01",
  },
  {
    dept: "QD-ZRZYJ", type: "QR", name: "不动产继承转移登记", domain: "real_estate", events: ["after_death"],
    lead: "继承房产，死亡证明部门核验，可以不办继承权公证；放弃继承须本人到场。",
    proofs: [
      shared("被继承人死亡证明", "legal_fact", "医疗机构或公安机关", "卫生健康和公安部门死亡信息共享"),
      cancel("继承权公证书", "legal_relation", "公证机构", "可不办理公证，由全体继承人到登记大厅签署继承协议并经登记机构查验"),
      kept("放弃继承声明", "legal_relation", "继承人", "放弃继承须为本人真实意思表示，应本人到场签署或经公证", "《中华人民共和国民法典》"),
    ],
    via: appAnd(REAL_ESTATE_HALL),
    steps: ["在线预约，全体继承人到登记大厅", "登记机构查验继承协议后办理转移登记"],
    limit: "5个工作日", fee: "按规定收取不动产登记费", basis: basis("《中华人民共和国民法典》", "《不动产登记暂行条例》"), date: "2023-04-01",
  },
  // 公积金
  {
    dept: "QD-ZJJ", type: "GF", name: "住房公积金提取（租房）", domain: "housing_fund", events: ["residence"],
    lead: "租房提取公积金，无房情况部门查，租房合同签承诺。",
    proofs: [
      NO_HOME,
      promise("房屋租赁合同", "legal_relation", "出租人", "本人在本市无自有住房，现租房自住，租金真实"),
    ],
    via: appAnd(HOUSING_FUND_HALL),
    steps: ["在线选择租房提取", "提取金额即时到账"],
    limit: "即办", fee: "不收费", basis: basis("《住房公积金管理条例》"), date: "2024-05-01",
  },
  {
    dept: "QD-ZJJ", type: "GF", name: "住房公积金个人住房贷款", domain: "housing_fund", events: ["home_purchase", "marriage"],
    lead: "申请公积金贷款，婚姻和购房合同信息部门核验，收入签承诺。",
    proofs: [
      MARITAL_STATUS,
      shared("购房合同", "legal_relation", "房地产开发企业或卖方", "住建部门网签备案信息"),
      promise("收入证明", "objective_state", "用人单位", "填报的月收入真实，具备偿还贷款的能力"),
    ],
    via: appAnd(HOUSING_FUND_HALL),
    steps: ["在线提交贷款申请", "审批通过后签订借款合同，放款到售房方账户"],
    limit: "5个工作日", fee: "不收费", basis: basis("《住房公积金管理条例》"), date: "2025-09-01",
  },
  // 教育
  {
    dept: "QD-JYJ", type: "GF", name: "义务教育学校入学报名", domain: "education", events: ["school"],
    lead: "孩子上小学、初中网上报名，户籍、房产、社保信息部门核验。",
    proofs: [
      HOUSEHOLD_COPY,
      shared("房屋产权证明", "ownership", "不动产登记机构", "不动产登记信息共享"),
      shared("父母社会保险缴纳证明（随迁子女）", "objective_state", "社会保险经办机构", "人社部门参保信息共享接口"),
      licence("居住证（随迁子女）", "legal_fact", "公安机关", "residence_permit"),
    ],
    via: { app: true, onlineHall: true, halls: ["学区学校招生咨询点"] },
    steps: ["在线填报报名信息", "信息核验通过后等待学校录取通知"],
    limit: "按年度招生日程", fee: "不收费", basis: basis("《中华人民共和国义务教育法》"), date: "2025-05-10",
  },
  {
    dept: "QD-JYJ", type: "XK", name: "教师资格认定", domain: "education", events: ["employment"],
    lead: "认定教师资格，学历和普通话证书网上查，品德鉴定签承诺；体检仍须到指定医院。",
    proofs: [
      promise("思想品德鉴定", "qualification", "工作单位或户籍所在地村（居）委会", "本人遵守宪法和法律，热爱教育事业，具有良好的思想品德"),
      NO_CRIME,
      online("普通话水平测试等级证书", "qualification", "语言文字工作部门", "国家普通话水平测试信息查询"),
      DIPLOMA,
      kept("体检合格证明", "objective_state", "教育部门指定医院", "涉及未成年人身心健康，须在指定医院按统一标准体检", "《教师资格条例实施办法》"),
    ],
    via: onlineAnd("各区市教育部门教师资格认定窗口"),
    steps: ["在中国教师资格网在线申报", "到指定医院体检", "认定通过后领取教师资格证书"],
    limit: "30个工作日", fee: "不收费", basis: basis("《教师资格条例》", "《教师资格条例实施办法》"), date: "2023-03-01",
  },
  // 民政
  {
    dept: "QD-MZJ", type: "QR", name: "内地居民结婚登记", domain: "civil_affairs", events: ["marriage"],
    lead: "结婚登记不用再带户口簿，凭身份证全国通办。",
    proofs: [
      cancel("户口簿", "legal_fact", "公安机关", "结婚登记凭身份证即可办理，不再出具户口簿", "《婚姻登记条例》（2025年修订）"),
      ID_COPY,
    ],
    via: appAnd("各区市婚姻登记处"),
    steps: ["在线预约登记时间", "双方本人到婚姻登记处签字，当场领取结婚证"],
    limit: "即办", fee: "不收费", basis: basis("《中华人民共和国民法典》", "《婚姻登记条例》"), date: "2025-05-10", bring: ["双方本人到场，携带居民身份证原件", "双方近期半身免冠合影照片 3 张（可在登记处现场拍摄）", "签署《申请结婚登记声明书》（现场签署）"],
  },
  {
    dept: "QD-MZJ", type: "JF", name: "最低生活保障审核确认", domain: "civil_affairs", events: ["assistance"],
    lead: "申请低保，家庭收入由核对系统查，不用再开收入证明和困难证明。",
    proofs: [
      shared("家庭收入证明", "objective_state", "用人单位或村（居）委会", "居民家庭经济状况核对系统"),
      cancel("村（居）委会出具的家庭困难证明", "objective_state", "村（居）委会", "由街道入户调查和经济状况核对认定，不再开具"),
      HOUSEHOLD_COPY,
    ],
    via: appAnd(STREET_CENTRE),
    steps: ["在线或到街道提出申请并授权核对家庭经济状况", "入户调查、公示后确认，低保金按月发放"],
    limit: "30个工作日", fee: "不收费", basis: basis("《社会救助暂行办法》"), date: "2024-02-01",
  },
  {
    dept: "QD-MZJ", type: "JF", name: "临时救助申请", domain: "civil_affairs", events: ["assistance"],
    lead: "遇到急难情况申请临时救助，证明材料不全也先受理。",
    proofs: [
      deferred("困难情形相关证明（医疗费用票据等）", "objective_state", "医疗机构等", "所述困难情形真实", "15个工作日"),
      shared("家庭收入情况", "objective_state", "用人单位或村（居）委会", "居民家庭经济状况核对系统"),
    ],
    via: appAnd(STREET_CENTRE),
    steps: ["在线或到街道提出申请", "急难情形先行救助，事后补齐手续"],
    limit: "即办（急难情形）", fee: "不收费", basis: basis("《社会救助暂行办法》"), date: "2025-04-20",
  },
  {
    dept: "QD-MZJ", type: "JF", name: "基本殡葬服务费用减免", domain: "civil_affairs", events: ["after_death"],
    lead: "亲人去世后办理殡葬费用减免，死亡证明部门共享，不用再跑。",
    proofs: [
      shared("居民死亡医学证明（推断）书", "legal_fact", "医疗机构或公安机关", "卫生健康和公安部门死亡信息共享"),
      licence("逝者户口簿", "legal_fact", "公安机关", "household_register"),
    ],
    via: hallsOnly("各区市殡仪馆服务大厅"),
    steps: ["在殡仪馆办理火化时一并申请", "减免金额在结算时直接扣除"],
    limit: "即办", fee: "不收费", basis: basis("《殡葬管理条例》", ONE_THING_BASIS), date: "2023-08-01",
  },
  // 应急消防、住房城乡建设、城市管理、生态环境
  {
    dept: "QD-XFZD", type: "XK", name: "公众聚集场所投入使用、营业前消防安全检查", domain: "safety", events: ["business_start", "operation"], who: BUSINESS,
    lead: "商场、饭店开业前的消防检查可选告知承诺，当场发证、事后检查。",
    proofs: [
      promise("场所消防设施检测合格证明", "objective_state", "消防技术服务机构", "场所消防设施已检测合格并保持完好有效"),
      shared("建设工程消防验收或备案凭证", "legal_fact", "住房城乡建设部门", "住建部门消防验收信息共享"),
      BUSINESS_LICENCE_COPY,
    ],
    via: everywhere(),
    steps: ["在线提交申请并选择告知承诺方式", "当场发放许可，消防救援机构事后检查"],
    limit: "即办（承诺方式）", fee: "不收费", basis: basis("《中华人民共和国消防法》"), date: "2022-01-01",
  },
  {
    dept: "QD-YJJ", type: "XK", name: "危险化学品经营许可（不带储存设施）", domain: "safety", events: ["business_start"], who: BUSINESS,
    lead: "危化品经营许可，人员安全资格网上查；安全评价报告涉及公共安全，仍须提交。",
    proofs: [
      kept("安全评价报告", "objective_state", "安全评价机构", "涉及公共安全，作出错误决定后果严重，不适用告知承诺", "《危险化学品安全管理条例》"),
      online("主要负责人和安全管理人员安全资格证书", "qualification", "应急管理部门", "安全资格证书信息查询"),
      BUSINESS_LICENCE_COPY,
    ],
    via: onlineAnd(CITY_HALL),
    steps: ["在线提交申请", "审查合格后发放危险化学品经营许可证"],
    limit: "20个工作日", fee: "不收费", basis: basis("《危险化学品安全管理条例》", "《危险化学品经营许可证管理办法》"), date: "2024-07-01",
  },
  {
    dept: "QD-ZJJ", type: "XK", name: "建筑工程施工许可", domain: "construction", events: ["operation"], who: BUSINESS,
    lead: "工程开工办施工许可，规划许可和施工图审查结果系统内调取，资金落实签承诺。",
    proofs: [
      promise("建设资金落实证明", "objective_state", "银行", "建设资金已经落实，并按合同约定支付工程款"),
      shared("建设工程规划许可证", "qualification", "自然资源和规划部门", "工程建设项目审批管理系统"),
      shared("施工图审查合格书", "objective_state", "施工图审查机构", "工程建设项目审批管理系统"),
    ],
    via: onlineAnd(CITY_HALL),
    steps: ["在工程建设项目审批管理系统在线申请", "审核通过后发放电子施工许可证"],
    limit: "3个工作日", fee: "不收费", basis: basis("《中华人民共和国建筑法》", "《建筑工程施工许可管理办法》"), date: "2023-10-01", bring: ["建筑工程施工许可证申请表", "施工图设计文件审查合格书", "中标通知书或直接发包批准文件"],
  },
  {
    dept: "QD-CGJ", type: "XK", name: "城市建筑垃圾处置核准", domain: "urban_management", events: ["operation"], who: BUSINESS,
    lead: "工地清运建筑垃圾，运输车辆证件在线调取，消纳场地签承诺。",
    proofs: [
      TRANSPORT_PERMIT_COPY,
      promise("消纳场地使用证明", "ownership", "消纳场所经营单位", "已与合规的消纳场所签订协议，建筑垃圾全部运往该场所"),
      BUSINESS_LICENCE_COPY,
    ],
    via: onlineAnd(CITY_HALL),
    steps: ["在线提交处置方案", "核准后发放电子核准文件"],
    limit: "3个工作日", fee: "不收费", basis: basis("《城市建筑垃圾管理规定》"), date: "2025-11-01",
  },
  {
    dept: "QD-STHJJ", type: "XK", name: "排污许可证申领（简化管理）", domain: "environment", events: ["operation"], who: BUSINESS,
    lead: "简化管理企业申领排污许可，环评批复系统内调取。",
    proofs: [
      shared("环境影响评价批复文件", "qualification", "生态环境部门", "环评审批系统内部调取"),
      BUSINESS_LICENCE_COPY,
    ],
    via: { app: false, onlineHall: true, halls: [] },
    steps: ["在全国排污许可证管理信息平台在线申报", "审核通过后发放电子排污许可证"],
    limit: "10个工作日", fee: "不收费", basis: basis("《排污许可管理条例》"), date: "2024-04-01",
  },
];

// ---------------------------------------------------------------------------------------------
// From rows to templates

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** What you bring no more, and what is still kept, after the row's own lead sentence. */
function summaryOf(lead: string, proofs: NoProofProofInput[]): string {
  const waived = proofs.filter((p) => p.disposition !== "retained");
  const keptNames = proofs.filter((p) => p.disposition === "retained").map((p) => p.name);
  const list = waived.map((p) => `${p.name}（${DISPOSITION_LABELS[p.disposition]}）`).join("、");
  return `${lead}不用再交：${list}。${keptNames.length ? `仍须提交：${keptNames.join("、")}。` : ""}`;
}

function stepsOf(row: Row, proofs: NoProofProofInput[], licences: ELicence[]): string[] {
  const { app, onlineHall, halls } = row.via;
  const start = app
    ? `打开爱山东·青e办，搜索「${row.name}」${halls.length ? "；也可到线下大厅窗口办理" : ""}`
    : onlineHall
      ? `登录山东政务服务网（青岛站），搜索「${row.name}」${halls.length ? "；也可到线下大厅窗口办理" : ""}`
      : `到${halls[0]}窗口办理`;
  const has = (d: NoProofProofInput["disposition"]) => proofs.some((p) => p.disposition === d);
  return [
    start,
    ...(licences.length ? [`授权调取${licences.map((l) => E_LICENCE_LABELS[l]).join("、")}电子证照，或在窗口出示爱山东「亮证」二维码`] : []),
    ...(has("commitment") ? ["阅读告知书，在线或在窗口签署告知承诺书"] : []),
    ...(has("deferred_commitment") ? ["签署容缺受理承诺书，先行受理"] : []),
    ...row.steps,
  ];
}

/** A business sends someone: they show who they are; a person's identity comes with the e-licence or the app. */
const materialsOf = (row: Row): string[] => row.bring ?? ((row.who ?? PERSON).includes("business") ? ["经办人身份证件（可出示电子身份证）"] : []);

/** Items new this year count toward the plan's 40. */
const countsTowardTarget = (row: Row) => row.date.startsWith("2026");

function buildTemplates(rows: Row[]): NoProofCaseTemplate[] {
  const counter = new Map<string, number>();
  return rows.map((row) => {
    const n = (counter.get(row.dept) ?? 0) + 1;
    counter.set(row.dept, n);
    const deptNo = DEPARTMENT_CODES.indexOf(row.dept) + 1;
    const domainNo = NOPROOF_DOMAINS.indexOf(row.domain) + 1;
    const built = row.proofs.map((make) => make(row.name));
    const proofs = built.map((b) => b.proof);
    const licences = [...new Set(built.flatMap((b) => (b.licence ? [b.licence] : [])))];
    const districts = row.districts ?? [];
    const halls = districts.length
      ? row.via.halls.map((h) => (h === DISTRICT_HALLS ? districts.map(districtHall) : [h])).flat()
      : row.via.halls;
    return {
      departmentCode: row.dept,
      districtCodes: districts,
      content: {
        name: row.name,
        itemCode: `370200-${pad(deptNo, 4)}${pad(domainNo, 2)}${pad(n, 3)}000-${row.type}-${pad(n, 3)}-01`,
        domain: row.domain,
        lifeEvents: row.events,
        audiences: row.who ?? PERSON,
        summary: summaryOf(row.lead, proofs),
        proofs,
        materials: materialsOf(row),
        eLicences: licences,
        channels: { ...row.via, halls },
        steps: stepsOf(row, proofs, licences),
        timeLimit: row.limit,
        fee: row.fee ?? "不收费",
        legalBasis: row.basis,
        effectiveDate: row.date,
        countsTowardTarget: countsTowardTarget(row),
        contactPhone: "12345",
      },
    };
  });
}

export const NOPROOF_CASE_TEMPLATES: NoProofCaseTemplate[] = buildTemplates([...TRANSPORT, ...MARKET, ...OTHERS]);

// ---------------------------------------------------------------------------------------------
// 一码亮证 places

const STREETS: Record<string, string[]> = {
  "370202": ["香港中路", "闽江路", "中山路"],
  "370203": ["辽宁路", "台东一路", "延吉路"],
  "370213": ["京口路", "书院路", "九水路"],
  "370212": ["海尔路", "崂山路", "松岭路"],
  "370211": ["长江中路", "江山中路", "珠江路"],
  "370214": ["正阳路", "长城路", "春阳路"],
  "370215": ["蓝鳌路", "鹤山路", "振华街"],
  "370281": ["扬州路", "兰州东路", "常州路"],
  "370283": ["红旗路", "人民路", "常州路"],
  "370285": ["烟台路", "威海路", "石岛路"],
};

interface PlaceKindRow {
  kind: PlaceTemplate["kind"];
  dept: DepartmentCode;
  acceptedLicences: ELicence[];
  description: string;
  /** The venue's name in a district: generic, clearly illustrative. */
  venue: (district: string, i: number) => string;
  count: number;
}

const PLACE_KINDS_TABLE: PlaceKindRow[] = [
  {
    kind: "hotel", dept: "QD-GAJ", acceptedLicences: ["id_card"], count: 4,
    description: "入住登记时出示爱山东电子身份证二维码，前台扫码核验后完成实名登记，不用再拿身份证原件。",
    venue: (d, i) => `${d}某${["四星级", "商务", "快捷", "度假"][i % 4]}酒店（示例）`,
  },
  {
    kind: "hospital", dept: "QD-WJW", acceptedLicences: ["medical_insurance", "id_card", "social_security_card"], count: 4,
    description: "挂号、就诊、取药和医保结算时出示医保电子凭证或电子社保卡，不用带实体卡。",
    venue: (d, i) => `${d}某${["三级综合医院", "中医医院", "妇幼保健院", "社区卫生服务中心"][i % 4]}（示例）`,
  },
  {
    kind: "bank", dept: "QD-DSJ", acceptedLicences: ["id_card", "business_licence", "social_security_card"], count: 4,
    description: "开户、挂失、社保卡业务可扫码调取电子身份证，企业开户可出示电子营业执照。",
    venue: (d, i) => `某${["国有银行", "股份制银行", "城市商业银行", "农村商业银行"][i % 4]}${d}支行（示例）`,
  },
  {
    kind: "traffic_check", dept: "QD-GAJ", acceptedLicences: ["driving_licence", "vehicle_licence", "id_card", "transport_qualification"], count: 3,
    description: "路面执法检查时出示电子驾驶证、电子行驶证；营运车辆驾驶员可出示电子从业资格证。二维码为红色表示证件状态异常。",
    venue: (d) => `交警${d}大队执勤检查点（示例）`,
  },
  {
    kind: "scenic_spot", dept: "QD-DSJ", acceptedLicences: ["id_card", "disability_certificate"], count: 3,
    description: "实名预约入园时出示电子身份证；老年人、残疾人优待可出示电子证照享受减免。",
    venue: (d, i) => `${d}某${["A级景区", "旅游度假区", "公园景区"][i % 3]}（示例）`,
  },
  {
    kind: "internet_cafe", dept: "QD-GAJ", acceptedLicences: ["id_card"], count: 3,
    description: "上网实名登记时出示电子身份证，系统自动核验年龄，未成年人不能登记上网。",
    venue: (d, i) => `${d}某网吧${["一", "二", "三"][i % 3]}号店（示例）`,
  },
  {
    kind: "courier", dept: "QD-DSJ", acceptedLicences: ["id_card"], count: 3,
    description: "寄件实名验视时出示电子身份证，快递员扫码核验，不留存身份证复印件。",
    venue: (d, i) => `某快递公司${d}${["营业部", "驿站", "网点"][i % 3]}（示例）`,
  },
  {
    kind: "transport_hub", dept: "QD-JTJ", acceptedLicences: ["id_card"], count: 3,
    description: "长途客运实名购票、检票时出示电子身份证，不用再到窗口换取纸质凭证。",
    venue: (d, i) => `${d}某${["长途汽车站", "公路客运站", "汽车客运站"][i % 3]}（示例）`,
  },
  {
    kind: "government_hall", dept: "QD-DSJ", acceptedLicences: ["id_card", "household_register", "business_licence", "driving_licence", "marriage_certificate", "property_certificate"], count: 3,
    description: "在政务服务大厅办事时出示电子证照或授权窗口调取，不用带实体证照和复印件。",
    venue: (d) => `${d}政务服务中心`,
  },
  {
    kind: "car_rental", dept: "QD-JTJ", acceptedLicences: ["driving_licence", "id_card"], count: 2,
    description: "租车取车时出示电子驾驶证和电子身份证，门店扫码核验准驾车型和证件状态。",
    venue: (d) => `某汽车租赁公司${d}门店（示例）`,
  },
];

/** Venues rotate through the districts, so every district gets venues of several kinds. */
function buildPlaces(): PlaceTemplate[] {
  let next = 0;
  return PLACE_KINDS_TABLE.map((row) => {
    const venues = Array.from({ length: row.count }, (_, i) => {
      const code = DISTRICT_CODES[next % DISTRICT_CODES.length]!;
      const streets = STREETS[code]!;
      const street = streets[next % streets.length]!;
      next += 1;
      const district = DISTRICT_NAMES[code]!;
      return { name: row.venue(district, i), districtCode: code, address: `${district}${street}（示例地址）` };
    });
    return { departmentCode: row.dept, kind: row.kind, acceptedLicences: row.acceptedLicences, description: row.description, venues };
  });
}

export const PLACE_TEMPLATES: PlaceTemplate[] = buildPlaces();

// ---------------------------------------------------------------------------------------------
// Feedback

export const FEEDBACK_TEMPLATES: FeedbackTemplate[] = [
  { itemName: "机动车驾驶证遗失补领", text: "网上申请补领时系统还提示上传登报声明，不是说取消了吗？", state: "open", daysAgo: 2 },
  { itemName: "机动车检验合格标志核发（六年内免检车辆）", text: "电子检验标志申领成功了，交警检查时怎么出示？", state: "replied", reply: "在爱山东或交管12123「电子检验标志」中打开即可，执法民警扫码核验。", daysAgo: 9 },
  { itemName: "机动车转移登记（二手车本市过户）", text: "为什么过户还要交登记证书原件？", state: "closed", reply: "登记证书是车辆所有权凭证，过户需在证书上签注，依法保留。已在办事指南中写明原因。", daysAgo: 40 },
  { itemName: "道路旅客运输驾驶员从业资格证核发", text: "我的驾驶证是外省核发的，无事故记录也能在线核查吗？", state: "replied", reply: "可以，公安交管信息全国联网，外省驾驶证同样在线核查。", daysAgo: 15 },
  { itemName: "网络预约出租汽车驾驶员证核发", text: "背景核查已经三天了还没有结果，请问要多久？", state: "open", daysAgo: 1 },
  { itemName: "网络预约出租汽车驾驶员证核发", text: "平台要求我自己开无犯罪记录证明，这和政策不一致。", state: "closed", reply: "已约谈该平台公司，平台不得另行要求驾驶员提交已由部门核查的证明。", daysAgo: 55 },
  { itemName: "老年人免费乘车卡办理", text: "帮父亲线上办理时照片识别不出来，还能办吗？", state: "replied", reply: "系统会调用公安人口信息库中的证件照片，如仍失败可到就近公交卡服务网点现场拍照。", daysAgo: 6 },
  { itemName: "老年人免费乘车卡办理", text: "希望长辈版页面字再大一点，按钮不好找。", state: "open", daysAgo: 4 },
  { itemName: "中小学生公交优惠卡办理", text: "孩子转学后学籍还没更新，优惠卡会不会停用？", state: "replied", reply: "学籍更新后系统每学年自动核验，转学期间不影响使用。", daysAgo: 20 },
  { itemName: "居住区周边道路夜间停车泊位居民包月办理", text: "我住在崂山区，能不能也开通居民夜间包月？", state: "open", daysAgo: 3 },
  { itemName: "ETC电子标签办理（个人小型客车）", text: "电子标签邮寄到了，激活时提示行驶证信息不一致。", state: "closed", reply: "经核实为车辆信息变更后未同步，已更新数据，重新激活即可。", daysAgo: 33 },
  { itemName: "鲜活农产品运输车辆通行费减免预约", text: "预约后收费站仍让我出示村里的产地证明。", state: "replied", reply: "已通知相关收费站按新规执行，不再索要产地证明，感谢反映。", daysAgo: 12 },
  { itemName: "个体工商户设立登记", text: "在街道便民服务中心办理时，工作人员还要我拿房东的房产证复印件。", state: "closed", reply: "经核查，该窗口人员未及时掌握告知承诺制要求，已批评教育并开展培训。", daysAgo: 47 },
  { itemName: "企业开办（有限责任公司设立登记）", text: "半天就拿到执照了，点赞！", state: "closed", reply: "感谢您的肯定，祝生意兴隆。", daysAgo: 120 },
  { itemName: "企业简易注销登记", text: "公示期满后提交注销，系统提示清税信息未推送。", state: "open", daysAgo: 2 },
  { itemName: "食品经营许可（新办）", text: "选择承诺制发证后，现场核查什么时候来？需要提前准备什么？", state: "replied", reply: "发证后30日内现场核查，届时会电话预约，请按承诺书内容保持经营条件。", daysAgo: 18 },
  { itemName: "食品经营许可（新办）", text: "健康证明在外区体检机构办的，系统里查不到。", state: "open", daysAgo: 5 },
  { itemName: "小餐饮经营登记", text: "即墨区的窗口说小餐饮还要交健康证纸质件。", state: "replied", reply: "已与即墨区核实，健康证明通过系统核验，无需纸质件，窗口已整改。", daysAgo: 25 },
  { itemName: "特种设备使用登记（电梯）", text: "物业公司办电梯使用登记，提示产品数据表缺失。", state: "closed", reply: "制造单位已补传产品数据表，登记已完成。", daysAgo: 60 },
  { itemName: "药品零售企业经营许可", text: "执业药师注册在外省，变更到青岛后能查到吗？", state: "replied", reply: "执业药师注册信息全国联网，完成执业地点变更后即可查验。", daysAgo: 14 },
  { itemName: "营业执照遗失补领", text: "在公示系统发布遗失公告后多久能补领？", state: "closed", reply: "公告发布后即可申请补领，当场办结。", daysAgo: 8 },
  { itemName: "农民专业合作社设立登记", text: "成员里有外地户籍的农民，户籍信息能核验吗？", state: "open", daysAgo: 7 },
  { itemName: "居住证申领", text: "我在青岛灵活就业，社保是按灵活就业缴的，可以办吗？", state: "replied", reply: "可以，灵活就业参保信息同样可以在线核验。", daysAgo: 22 },
  { itemName: "职工正常退休申请", text: "档案里的出生日期和身份证不一致怎么办？", state: "closed", reply: "按档案管理规定以最先记载的出生时间认定，已电话告知具体办理方式。", daysAgo: 90 },
  { itemName: "城乡居民养老保险待遇资格认证", text: "老人不会用手机刷脸，认证怎么办？", state: "closed", reply: "社区工作人员已上门为老人完成认证，今后系统优先无感认证。", daysAgo: 75 },
  { itemName: "新生儿出生「一件事」", text: "出生医学证明办好了，但社保卡一直没收到。", state: "open", daysAgo: 3 },
  { itemName: "跨省异地就医备案", text: "备案后在外地医院结算仍要求先垫付。", state: "replied", reply: "已联系就医地医保部门，该医院已开通直接结算，请再次就医时出示医保电子凭证。", daysAgo: 16 },
  { itemName: "存量房（二手房）转移登记", text: "婚姻状况是外省登记的，还需要开证明吗？", state: "replied", reply: "全国婚姻登记信息已共享，无需另开证明。", daysAgo: 28 },
  { itemName: "义务教育学校入学报名", text: "房产在配偶名下，报名时系统核验不通过。", state: "open", daysAgo: 1 },
  { itemName: "内地居民结婚登记", text: "预约页面仍写着需要带户口簿，请更新。", state: "closed", reply: "已更新预约页面和办事指南。", daysAgo: 30 },
  { itemName: "住房公积金提取（租房）", text: "租房提取承诺书在哪里下载？", state: "replied", reply: "在事项页面「证明材料」中点击「下载承诺书」即可，线上办理时在线签署。", daysAgo: 11 },
];
