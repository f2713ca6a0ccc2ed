/**
 * Demo resources for the catalogue: about 1,200 entries that Qingdao's departments and districts
 * would plausibly register with the city cloud brain.
 *
 * Nothing here is hand-written row by row. Each municipal department lists its business
 * *subjects* (企业登记, 社会保险参保…), and one subject expands into several resources — the data
 * set, a query or verification API, a statistics table — whose summaries and data items are
 * generated from the subject's field list. Resources that don't follow that pattern (算法模型,
 * 物联感知, 视频, 组件, 算力, 应用) are listed as *extras* with their own summary. Districts share
 * one template table with a `{区}` placeholder, plus a few local specialities.
 *
 * No Math.random: the status follows the resource's position (so the mix is exact), and every
 * other random-looking choice comes from a PRNG seeded by the department code and resource name,
 * so the output is identical on every run.
 */
import type {
  DATA_ITEM_TYPES,
  DELIVERY_METHOD_LABELS,
  DOMAIN_LABELS,
  ResourceContentInput,
  ResourceKind,
  ResourceStatus,
  UPDATE_FREQUENCY_LABELS,
} from "@/server/resources/schemas";
import { DEPARTMENTS } from "./organisation";

export interface ResourceSeed {
  departmentCode: string;
  status: ResourceStatus;
  content: ResourceContentInput;
  /** Names of resources of the same department this one links to (关联资源), made codes once drawn. */
  linkedNames?: string[];
  /** days before "now" the resource was created (0–400), so timestamps spread over the year */
  ageDays: number;
  /** for "returned": the reviewer's reason, Chinese; for "retired": the reason it went offline */
  note?: string;
}

type Domain = keyof typeof DOMAIN_LABELS;
type Frequency = keyof typeof UPDATE_FREQUENCY_LABELS;
type Delivery = keyof typeof DELIVERY_METHOD_LABELS;
type ItemType = (typeof DATA_ITEM_TYPES)[number];
type Department = (typeof DEPARTMENTS)[number];
interface DataItem {
  name: string;
  type: ItemType;
  length?: number;
  description: string;
}

/**
 * How sensitive a resource is, which decides its sharing and open classes:
 * open → 无条件共享 + 无条件开放; shared → 无条件共享, opening varies; restricted → 有条件共享;
 * personal → 有条件共享 + 不予开放 (个人信息); secret → 不予共享.
 */
type Level = "open" | "shared" | "restricted" | "personal" | "secret";
/** The legal ground quoted when a resource is not shared. */
type Ground = "privacy" | "health" | "minor" | "secret" | "terror" | "internal" | "correction";

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough for demo data. */
function prng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
  };
}
type Rng = ReturnType<typeof prng>;

// ---------------------------------------------------------------------------------------------
// Data items: written inline as "名称 名称(单位) 名称:类型"; type and description are inferred.

const UNIT = /\(([^)]+)\)$/;
const COUNT_UNITS = /^(人|人次|个|件|户|张|辆|台|栋|次|家|座|所|处|条|项|部|套|宗|起|剂次|对|笔|例|天|只|头)$/;

function inferType(name: string): ItemType {
  const unit = UNIT.exec(name)?.[1];
  if (unit) return COUNT_UNITS.test(unit) ? "整数" : "数值";
  if (name.startsWith("是否")) return "布尔";
  if (/(时间|时刻)$/.test(name)) return "日期时间";
  if (/(日期|有效期至|年月)$/.test(name)) return "日期";
  if (/(文件|附件|照片|扫描件|原文|影像)$/.test(name)) return "文件";
  if (/(经度|纬度|金额|指数|AQI|值|评分)$/.test(name)) return "数值";
  if (/(人数|次数|数量|记分|年龄|年度|年份)$/.test(name)) return "整数";
  if (/(信用代码|身份号码)$/.test(name)) return "字符串";
  if (/(类型|类别|种类|状态|等级|性别|民族|级别|形式|性质|渠道|结果|结论|来源|代码|满意度|方式)$/.test(name)) return "代码";
  return "字符串";
}

const KNOWN_ITEMS: Record<string, string> = {
  统一社会信用代码: "18位统一社会信用代码，法人和其他组织的唯一标识",
  公民身份号码: "18位公民身份号码，共享时按规定脱敏",
  姓名: "自然人姓名",
  性别: "性别代码，遵循GB/T 2261.1",
  民族: "民族代码，遵循GB/T 3304",
  出生日期: "出生日期，格式YYYY-MM-DD",
  经度: "CGCS2000坐标系经度，保留6位小数",
  纬度: "CGCS2000坐标系纬度，保留6位小数",
  所属区市: "所属区（市）名称，附6位行政区划代码",
  联系电话: "联系电话，共享时中间四位脱敏",
  法定代表人: "法定代表人或负责人姓名",
  发证机关: "证照签发机关全称",
  登记机关: "登记机关全称",
  有效期至: "有效期截止日期，长期有效的填写9999-12-31",
  号牌号码: "机动车号牌号码，如鲁B12345",
  车牌号码: "车辆号牌号码，如鲁B12345",
  统计年月: "统计所属年月，格式YYYY-MM",
  地址: "详细地址，含区（市）、街道和门牌号",
  住所: "登记住所或主要经营场所地址",
  证照文件: "电子证照版式文件（OFD/PDF），须授权后获取",
  证照状态: "有效、注销、吊销、过期等，取值见数据字典",
  登记状态: "存续、迁出、吊销、注销等，取值见数据字典",
  经营范围: "登记的经营范围文字描述",
  事件描述: "事件的文字描述，由上报人填写",
  处置状态: "待受理、处置中、已办结、已退回",
  办理状态: "受理、办理中、已办结、不予受理",
  上报时间: "事件首次上报时间，精确到秒",
  核验结果: "一致或不一致，不返回原始数据",
  监测时间: "监测数据采集时间，精确到秒",
  定位时间: "车载终端定位时间，精确到秒",
  AQI: "空气质量指数，按HJ 633-2012计算",
};

function describe(name: string, type: ItemType): string {
  const known = KNOWN_ITEMS[name];
  if (known) return known;
  const unit = UNIT.exec(name);
  if (unit) return `${name.slice(0, unit.index)}，单位：${unit[1]}`;
  switch (type) {
    case "代码":
      return `${name}，取值见数据字典`;
    case "日期":
      return `${name}，格式YYYY-MM-DD`;
    case "日期时间":
      return `${name}，格式YYYY-MM-DD HH:mm:ss`;
    case "布尔":
      return `${name.replace(/^是否/, "")}为“是”，否则为“否”`;
    case "文件":
      return `${name}，PDF或图片格式，通过文件服务地址获取`;
    default:
      return `${name}，以业务系统登记内容为准`;
  }
}

/** 数据长度 as a catalogue clerk would fill it in from the table's column definitions. */
function inferLength(name: string, type: ItemType): number | undefined {
  if (type === "数值") return /^(经度|纬度)$/.test(name) ? 10 : 18;
  if (type !== "字符串") return undefined;
  if (/(信用代码|身份号码|证件号码)$/.test(name)) return 18;
  if (/(电话|手机号码)$/.test(name)) return 20;
  if (/(号牌号码|车牌号码)$/.test(name)) return 16;
  if (/(姓名|法定代表人|联系人|负责人)$/.test(name)) return 50;
  if (/(编号|编码|代码|文号|证号|字号|标识)$/.test(name)) return 64;
  if (/(内容|描述|意见|范围|事实|依据|记录|情形|条件|进展|措施|说明)$/.test(name)) return 2000;
  if (/(名称|地址|住所|地点|标题|单位|机关|机构)$/.test(name)) return 200;
  return 100;
}

function items(spec: string): DataItem[] {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const [name, forced] = token.split(":") as [string, ItemType | undefined];
      const type = forced ?? inferType(name);
      const length = inferLength(name, type);
      return { name, type, ...(length && { length }), description: describe(name, type) };
    });
}

const plain = (item: DataItem) => item.name.replace(UNIT, "");
const listNames = (list: DataItem[], n: number) => list.slice(0, n).map(plain).join("、");

// ---------------------------------------------------------------------------------------------
// Template tables

/**
 * A business subject of a municipal department. `make` says which resources it expands into:
 * D 数据集 `{core}{noun}`, S 统计数据, Q 查询接口, V 核验接口, P 变更订阅接口.
 */
interface Subject {
  core: string;
  make: string;
  fields: string;
  noun?: string;
  domain?: Domain;
  level?: Level;
  ground?: Ground;
  freq?: Frequency;
  tags?: string[];
  /** API path segment, e.g. "business-license" → /api/v1/business-license/verify */
  slug?: string;
  /** the source system quoted in the summary */
  src?: string;
  /** the verification API's name when it differs from `core` (人口基础 → 居民身份证) */
  verify?: string;
  /** where the verification API is used */
  use?: string;
  /** the statistics resource's name and its measures */
  stats?: string;
  measures?: string;
}

/** A resource written out directly: its own name and summary; `{部门}` `{区}` `{码}` are filled in. */
interface Extra {
  kind: ResourceKind;
  name: string;
  summary: string;
  domain?: Domain;
  level?: Level;
  ground?: Ground;
  freq?: Frequency;
  /** 更新周期说明 when `freq` is "other" */
  freqNote?: string;
  /** 所属信息系统 */
  system?: string;
  tags?: string[];
  fields?: string;
  inputs?: string;
  outputs?: string;
  method?: "GET" | "POST";
  path?: string;
  /** district codes a district template applies to; all districts when absent */
  only?: string[];
}

const s = (core: string, make: string, fields: string, more: Omit<Subject, "core" | "make" | "fields"> = {}): Subject => ({
  core,
  make,
  fields,
  ...more,
});
const x = (kind: ResourceKind, name: string, summary: string, more: Omit<Extra, "kind" | "name" | "summary"> = {}): Extra => ({
  kind,
  name,
  summary,
  ...more,
});

/** Resources nearly every municipal department registers, keyed for the departments' `common` lists. */
const COMMON = {
  许: x("dataset", "行政许可决定信息", "{部门}作出的行政许可决定，按“双公示”要求公开许可文书号、许可内容、行政相对人和许可日期，7个工作日内更新。", {
    level: "open",
    fields: "行政许可决定文书号 许可类别 许可证书名称 行政相对人名称 统一社会信用代码 许可内容 许可决定日期 有效期至 许可机关",
    tags: ["双公示", "行政许可"],
    system: "“双公示”信息报送系统",
  }),
  罚: x("dataset", "行政处罚决定信息", "{部门}作出的行政处罚决定，包括处罚决定书文号、违法事实、处罚依据和处罚结果，按“双公示”要求7个工作日内更新。", {
    level: "open",
    fields: "行政处罚决定书文号 行政相对人名称 统一社会信用代码 违法行为类型 违法事实 处罚依据 处罚类别 罚款金额(万元) 处罚决定日期",
    tags: ["双公示", "行政处罚"],
    system: "“双公示”信息报送系统",
  }),
  办: x("dataset", "政务服务事项办件信息", "{部门}依申请政务服务事项的受理与办结记录，包括事项编码、申请人类型、受理和办结时间、办理结果，每日汇聚至一网通办平台。", {
    domain: "government",
    fields: "办件编号 事项编码 事项名称 申请人类型 受理时间 办结时间 办理结果 办理渠道",
    tags: ["一网通办", "政务服务"],
    system: "一网通办平台",
  }),
  访: x("dataset", "信访事项办理信息", "{部门}受理的群众来信来访事项及办理答复情况，含信访人个人信息和诉求内容，仅在本部门信访系统内流转。", {
    domain: "government",
    level: "secret",
    ground: "privacy",
    fields: "信访件编号 信访人姓名 联系电话 信访形式 诉求内容 受理日期 答复意见 办理状态",
    tags: ["信访"],
    system: "信访信息系统",
  }),
  权: x("dataset", "权责清单", "{部门}依法实施的行政权力事项及对应责任事项，包括事项名称、类别、设定依据和追责情形，随机构职能调整不定期更新。", {
    domain: "government",
    level: "open",
    freq: "on_demand",
    fields: "事项编码 事项名称 权力类别 设定依据 实施主体 责任事项 追责情形",
    tags: ["权责清单"],
  }),
  抽: x("dataset", "双随机一公开抽查结果信息", "{部门}“双随机、一公开”监管中随机抽取检查对象的检查结果，包括抽查任务、检查对象、检查事项和结果，按季度公开。", {
    domain: "market",
    level: "open",
    freq: "quarterly",
    fields: "抽查任务编号 抽查任务名称 检查对象名称 统一社会信用代码 检查事项 检查日期 检查结果",
    tags: ["双随机", "监管"],
    system: "“双随机、一公开”监管平台",
  }),
  检: x("dataset", "行政检查信息", "{部门}开展的行政检查记录，包括检查对象、检查事项、检查方式和检查结果，按月汇聚至“互联网+监管”系统。", {
    fields: "检查编号 检查对象名称 统一社会信用代码 检查事项 检查方式 检查日期 检查结果",
    tags: ["行政检查", "监管"],
    system: "“互联网+监管”系统",
  }),
  诺: x("dataset", "信用承诺信息", "{部门}在行政审批和证明事项办理中收取的信用承诺书及履约情况，每周报送至信用青岛平台。", {
    domain: "market",
    level: "open",
    freq: "weekly",
    fields: "承诺编号 承诺主体名称 统一社会信用代码 承诺事项 承诺日期 履约状态",
    tags: ["信用承诺", "信用"],
    system: "信用青岛平台",
  }),
  采: x("dataset", "政府采购项目信息", "{部门}实施的政府采购项目预算、采购方式、中标供应商和合同金额，在采购平台公告后同步更新。", {
    domain: "economy",
    level: "open",
    freq: "weekly",
    fields: "项目编号 项目名称 采购方式 预算金额(万元) 中标供应商 合同金额(万元) 公告日期",
    tags: ["政府采购"],
    system: "政府采购管理交易系统",
  }),
  预: x("dataset", "部门预算决算信息", "{部门}年度部门预算、决算及“三公”经费情况，按规定时限向社会公开，每年更新一次。", {
    domain: "government",
    level: "open",
    freq: "yearly",
    fields: "预算年度 收入预算(万元) 支出预算(万元) 三公经费预算(万元) 决算支出(万元) 公开日期",
    tags: ["预决算", "财政"],
  }),
  议: x("dataset", "建议提案办理信息", "{部门}承办的人大代表建议和政协委员提案的办理情况，包括主办协办单位、答复日期和办理结果。", {
    domain: "government",
    freq: "other",
    freqNote: "每年人代会、政协会议后按交办批次更新",
    fields: "建议提案编号 标题 类别 主办单位 协办单位 答复日期 办理结果",
    tags: ["建议提案"],
  }),
  执: x("dataset", "行政执法人员信息", "{部门}持有行政执法证件人员的姓名、执法证号、执法类别和执法区域，按行政执法公示制度要求公开，每半年更新。", {
    domain: "government",
    level: "open",
    freq: "half_yearly",
    fields: "姓名 执法证号 执法类别 执法区域 发证日期 证件状态",
    tags: ["执法证", "证照", "行政执法"],
  }),
  热: x("dataset", "12345热线承办工单信息", "市12345热线派发至{部门}的群众诉求工单及办理结果，包括诉求内容、办理时限、答复内容和满意度。", {
    domain: "livelihood",
    level: "restricted",
    freq: "realtime",
    fields: "工单编号 派单时间 诉求类型 诉求内容 办理时限 答复内容 满意度 办结时间",
    tags: ["12345", "热线"],
    system: "12345政务服务便民热线系统",
  }),
  文: x("dataset", "规范性文件信息", "{部门}制定的现行有效规范性文件目录和全文，包括文号、发布日期和有效期，随文件发布和清理及时更新。", {
    domain: "government",
    level: "open",
    freq: "on_demand",
    fields: "文件编号 文件名称 发文字号 发布日期 施行日期 有效期至 文件原文",
    tags: ["规范性文件", "政策"],
  }),
  案: x("dataset", "行政执法案件办理信息", "{部门}行政执法案件立案、调查取证、审查和决定的过程记录，属于执法过程性信息，仅在执法办案系统内使用。", {
    domain: "government",
    level: "secret",
    ground: "internal",
    fields: "案件编号 案由 当事人名称 立案日期 调查取证记录 案件审核意见 结案日期",
    tags: ["行政执法", "案件"],
    system: "行政执法办案系统",
  }),
  督: x("dataset", "督查督办事项信息", "{部门}承办的上级督查督办事项及办理进展，属于内部工作过程信息，仅在机关内部办公系统中流转。", {
    domain: "government",
    level: "secret",
    ground: "internal",
    freq: "weekly",
    fields: "督办编号 督办事项 交办单位 承办处室 办理时限 办理进展",
    tags: ["督查督办"],
    system: "机关内部办公系统",
  }),
} satisfies Record<string, Extra>;
type CommonKey = keyof typeof COMMON;

interface Catalogue {
  domain: Domain;
  common: CommonKey[];
  subjects: Subject[];
  extras: Extra[];
}

const MUNICIPAL: Record<string, Catalogue> = {
  "QD-DSJ": {
    domain: "government",
    common: ["办", "访", "权", "诺", "采", "预", "议", "文", "督"],
    subjects: [
      s("电子证照", "DQV", "证照标识 证照类型 证照名称 持证主体名称 持证主体代码 发证机关 发证日期 有效期至 证照状态 证照文件", {
        slug: "e-license",
        level: "restricted",
        freq: "realtime",
        src: "市电子证照库",
        tags: ["电子证照", "证照"],
        use: "政务服务办理时证照免提交",
      }),
      s("法人单位基础", "DQP", "统一社会信用代码 单位名称 单位类型 法定代表人 成立日期 登记机关 住所 经营状态", {
        slug: "legal-entities",
        src: "市法人单位基础信息库",
        tags: ["法人库", "基础库"],
      }),
      s("人口综合", "DQ", "公民身份号码 姓名 性别 出生日期 民族 户籍地址 居住地址 联系电话", {
        slug: "population-profile",
        level: "personal",
        src: "市人口综合信息库",
        tags: ["人口库", "基础库"],
      }),
      s("空间地理基础", "D", "图层编码 图层名称 要素类型 坐标系 比例尺 数据年份", {
        noun: "数据",
        domain: "urban_governance",
        freq: "quarterly",
        src: "城市云脑时空信息平台",
        tags: ["时空", "地图"],
      }),
      s("公共信用", "DQ", "统一社会信用代码 主体名称 信用评价等级 是否守信激励对象 是否失信惩戒对象 行政处罚次数 评价日期", {
        slug: "credit",
        domain: "market",
        level: "open",
        src: "信用青岛平台",
        tags: ["信用"],
      }),
      s("12345热线工单", "DS", "工单编号 来电时间 诉求类型 诉求内容 所属区市 承办单位 办理状态 办结时间 满意度", {
        noun: "数据",
        domain: "livelihood",
        level: "restricted",
        freq: "realtime",
        src: "12345政务服务便民热线系统",
        stats: "12345热线诉求",
        measures: "受理量(件) 办结量(件) 按时办结率(%) 满意率(%)",
        tags: ["12345", "热线"],
      }),
      s("城市云脑事件", "DQ", "事件编号 事件来源 事件类型 事件描述 发生地点 经度 纬度 上报时间 处置部门 处置状态", {
        noun: "数据",
        slug: "city-events",
        domain: "urban_governance",
        freq: "realtime",
        tags: ["城市云脑", "事件"],
      }),
      s("一网通办办件", "DQS", "办件编号 事项编码 事项名称 申请人类型 受理部门 受理时间 办结时间 办理结果 办理渠道", {
        slug: "gov-service-cases",
        src: "一网通办平台",
        measures: "受理量(件) 办结量(件) 网办率(%) 平均办理时长(工作日)",
        tags: ["一网通办", "政务服务"],
      }),
      s("惠企政策", "DQ", "政策编号 政策名称 发布部门 适用对象 兑现条件 申报截止日期 兑现方式 政策原文", {
        slug: "policies",
        domain: "economy",
        level: "open",
        freq: "weekly",
        tags: ["惠企政策", "企业"],
      }),
      s("政务数据共享交换", "S", "", {
        level: "open",
        measures: "共享资源数(个) 接口调用次数(次) 数据交换量(万条)",
        tags: ["数据共享"],
      }),
      s("政务云资源使用", "S", "", { measures: "云主机数量(台) CPU使用率(%) 内存使用率(%) 存储使用量(TB)", tags: ["政务云"] }),
      s("数据资源目录", "DQ", "资源编码 资源名称 提供部门 资源类型 共享属性 开放属性 更新频率 发布日期", {
        slug: "catalogue",
        level: "open",
        src: "城市云脑资源目录系统",
        tags: ["数据目录", "数据共享"],
      }),
      s("政务外网网络安全告警", "D", "告警编号 告警类型 告警级别 受影响单位 源地址 发现时间 处置状态", {
        noun: "数据",
        level: "secret",
        ground: "secret",
        freq: "realtime",
        tags: ["网络安全"],
      }),
    ],
    extras: [
      x("component", "统一身份认证组件", "提供政务人员和企业群众统一身份认证与单点登录能力，支持爱山东账号、电子营业执照扫码登录，供各部门应用快速集成。", {
        tags: ["身份认证", "单点登录"],
      }),
      x("component", "电子签章组件", "基于国产密码算法的电子印章签署与验章能力，支持政务文书和电子证照加盖电子印章，提供Java与JavaScript开发包。", {
        tags: ["电子签章", "证照"],
      }),
      x("component", "电子证照调用组件", "封装全市电子证照库的亮证、用证和授权调用能力，支持营业执照、驾驶证、不动产权证书等常用证照在业务系统中免提交。", {
        tags: ["电子证照", "证照"],
      }),
      x("component", "证照OCR识别组件", "识别身份证、营业执照、驾驶证、行驶证等证照图片中的文字并返回结构化字段，识别准确率99%以上，支持本地化部署。", {
        tags: ["OCR", "证照"],
      }),
      x("component", "人脸识别比对组件", "提供活体检测与人脸比对能力，用于政务服务身份核验和刷脸办事，调用须经授权并全程留痕。", {
        level: "restricted",
        tags: ["人脸识别", "身份核验"],
      }),
      x("component", "城市云脑地图服务组件", "提供二三维一体化地图底图、地名地址匹配、空间查询和专题图层叠加能力，坐标系为CGCS2000，供各部门应用调用。", {
        domain: "urban_governance",
        tags: ["地图", "时空"],
      }),
      x("component", "统一消息推送组件", "向群众和工作人员统一推送短信、爱山东APP消息和政务微信通知，支持模板管理、定时发送和送达回执查询。", {
        tags: ["消息推送"],
      }),
      x("component", "数据脱敏组件", "对身份证号、手机号、姓名、地址等敏感字段按规则掩码、泛化或加密，支持库表批量脱敏和接口实时脱敏。", {
        tags: ["数据安全", "脱敏"],
      }),
      x("compute", "政务云通用计算资源池", "市政务云提供的云主机、云数据库、对象存储等通用计算资源，按部门申请配额分配，支撑各部门业务系统部署运行。", {
        tags: ["政务云", "算力"],
      }),
      x("compute", "城市云脑AI算力资源池", "由GPU服务器集群组成的人工智能训练和推理算力，总算力约300PFLOPS，供视频解析、模型训练等场景按需申请。", {
        tags: ["AI算力", "GPU"],
      }),
      x("compute", "大数据计算平台资源", "基于Hadoop、Spark和Flink的离线与实时计算资源，为各部门数据治理和指标计算任务分配计算队列与存储空间。", {
        tags: ["大数据", "算力"],
      }),
      x("compute", "政务云异地灾备资源", "位于异地灾备中心的存储与计算资源，为重要业务系统提供数据级和应用级灾备，按等级保护要求申请使用。", {
        tags: ["灾备", "政务云"],
      }),
      x("application", "城市云脑运行指挥中心", "汇聚城市运行体征指标、事件和视频资源，实现全市运行态势一屏统览、事件一网统管、指挥调度一键直达。", {
        domain: "urban_governance",
        level: "restricted",
        tags: ["城市云脑", "一网统管"],
      }),
      x("application", "政务数据共享交换平台", "全市政务数据目录编制、资源申请、审核授权与共享交换的统一平台，支持库表、文件和接口三种共享方式。", {
        tags: ["数据共享"],
      }),
      x("application", "青岛公共数据开放网", "面向社会公众和企业开放公共数据，提供数据集下载、开放接口申请和优秀数据应用展示等服务。", {
        level: "open",
        tags: ["数据开放"],
      }),
      x("algorithm", "城市事件智能分拨模型", "根据事件描述和发生位置自动识别事件类型并推荐承办部门，用于12345热线和网格事件的快速分拨。", {
        domain: "urban_governance",
        inputs: "事件描述文本、事件来源、发生地点（地址或经纬度）",
        outputs: "事件类型、推荐承办部门及置信度、建议办理时限",
        tags: ["智能分拨", "事件"],
      }),
      x("algorithm", "热线诉求热点发现模型", "对12345热线工单进行文本聚类，按日识别集中诉求和突发热点，辅助研判群众急难愁盼问题。", {
        domain: "livelihood",
        inputs: "12345工单文本、来电时间、诉求地点",
        outputs: "热点主题、涉及工单数、热度变化趋势和空间分布",
        tags: ["12345", "热点分析"],
      }),
      x("algorithm", "地址标准化匹配模型", "将群众填报的非标准地址解析为标准地址并匹配门牌坐标，支撑事件定位和人口、法人数据落图。", {
        domain: "urban_governance",
        inputs: "非标准地址文本，可附带所属区市",
        outputs: "标准地址、门牌编码、经纬度坐标及匹配置信度",
        tags: ["地址匹配", "时空"],
      }),
      x("compute", "区块链服务平台资源", "城市云脑区块链服务（BaaS）节点资源，为电子证照存证、数据共享授权等场景提供上链存证能力，按应用申请开通。", {
        tags: ["区块链", "证照"],
      }),
      x("compute", "政务云密码服务资源", "基于国产密码算法的加解密、签名验签和密钥管理服务资源，满足政务系统商用密码应用安全性评估要求。", {
        tags: ["商用密码", "数据安全"],
      }),
      x("api", "统一身份认证令牌校验接口", "校验统一身份认证平台签发的访问令牌并返回用户身份和所属部门，供接入单点登录的业务系统调用。", {
        method: "POST",
        path: "/api/v1/sso/tokens/verify",
        tags: ["身份认证", "单点登录"],
      }),
      x("api", "地名地址匹配接口", "将地址文本解析为标准地址并返回经纬度坐标，或根据坐标反查标准地址，日均调用量约20万次。", {
        domain: "urban_governance",
        level: "open",
        method: "GET",
        path: "/api/v1/geocoding",
        tags: ["地址匹配", "时空"],
      }),
      x("api", "城市运行体征指标查询接口", "按指标编码和时间范围查询城市运行体征指标，包括交通、环境、民生等200余项指标的实时值和历史值。", {
        domain: "urban_governance",
        method: "GET",
        path: "/api/v1/city-indicators",
        tags: ["城市云脑", "体征指标"],
      }),
      x("compute", "视频云存储资源", "城市云脑视频共享平台提供的视频云存储资源，支持公共视频录像30天以上存储和按需扩容。", {
        tags: ["视频存储", "政务云"],
      }),
    ],
  },

  "QD-GAJ": {
    domain: "public_safety",
    common: ["许", "罚", "访", "检", "采", "预", "执", "热", "文", "案", "督"],
    subjects: [
      s("人口基础", "DQV", "公民身份号码 姓名 曾用名 性别 民族 出生日期 户籍地址 与户主关系 户口类别", {
        slug: "population",
        level: "personal",
        src: "公安人口管理信息系统",
        verify: "居民身份证",
        use: "实名登记和政务服务身份核验",
        tags: ["人口", "户籍", "身份证"],
      }),
      s("居住证", "DQV", "居住证编号 公民身份号码 姓名 居住地址 签发日期 有效期至 签发机关", {
        slug: "residence-permit",
        level: "personal",
        use: "积分落户、随迁子女入学",
        tags: ["居住证", "证照"],
      }),
      s("机动车驾驶证", "DQV", "驾驶证号 姓名 性别 准驾车型 初次领证日期 有效期起始日期 有效期限 累积记分 驾驶证状态 发证机关", {
        slug: "driving-license",
        domain: "transport",
        level: "personal",
        use: "网约车驾驶员准入、道路运输从业资格审核",
        tags: ["驾驶证", "证照", "交通"],
      }),
      s("机动车登记", "DQ", "号牌号码 号牌种类 车辆类型 品牌型号 车身颜色 使用性质 初次登记日期 检验有效期至 机动车状态", {
        slug: "vehicles",
        domain: "transport",
        level: "restricted",
        tags: ["机动车", "交通"],
      }),
      s("机动车行驶证", "V", "号牌号码 号牌种类 车辆识别代号 所有人", {
        slug: "vehicle-license",
        domain: "transport",
        level: "restricted",
        use: "网约车车辆准入、车辆保险办理",
        tags: ["行驶证", "证照", "交通"],
      }),
      s("道路交通违法", "DQS", "违法编号 号牌号码 违法时间 违法地点 违法行为代码 罚款金额(元) 记分 处理状态", {
        slug: "traffic-violations",
        domain: "transport",
        level: "restricted",
        measures: "违法记录数(条) 现场处罚数(条) 非现场处罚数(条)",
        tags: ["交通违法", "交通"],
      }),
      s("道路交通事故", "DS", "事故编号 发生时间 发生地点 事故形态 天气 死亡人数(人) 受伤人数(人) 事故认定结果", {
        domain: "transport",
        level: "restricted",
        measures: "事故起数(起) 死亡人数(人) 受伤人数(人)",
        tags: ["交通事故", "交通"],
      }),
      s("出入境证件", "DV", "证件号码 证件类型 姓名 签发日期 有效期至 签发机关", {
        slug: "exit-entry",
        level: "personal",
        use: "出入境相关政务服务办理",
        tags: ["出入境", "证照"],
      }),
      s("境外人员住宿登记", "D", "证件号码 国籍 姓名 入住日期 离开日期 住宿地址 登记单位", {
        level: "secret",
        ground: "secret",
        tags: ["境外人员"],
      }),
      s("110接处警", "DS", "警情编号 报警时间 报警地址 警情类别 处警单位 到达现场时间 处警结果", {
        level: "secret",
        ground: "terror",
        stats: "治安警情",
        measures: "接警数(起) 有效警情数(起) 刑事警情数(起)",
        tags: ["110", "警情"],
      }),
      s("养犬登记", "DQ", "养犬登记证号 犬主姓名 犬只品种 犬只毛色 免疫日期 登记日期 登记状态", {
        slug: "dog-registration",
        domain: "urban_governance",
        level: "restricted",
        tags: ["养犬登记", "证照"],
      }),
      s("户籍业务办理", "S", "", {
        domain: "government",
        measures: "出生登记数(件) 迁入数(件) 迁出数(件) 身份证办理数(张)",
        tags: ["户籍"],
      }),
      s("户籍迁移", "D", "公民身份号码 姓名 迁移类型 迁出地 迁入地 迁移日期 迁移原因", { level: "personal", tags: ["户籍", "人口"] }),
      s("机动车安全技术检验", "DQ", "号牌号码 号牌种类 检验机构 检验日期 检验结论 下次检验日期", {
        slug: "vehicle-inspections",
        domain: "transport",
        level: "restricted",
        tags: ["机动车", "年检", "交通"],
      }),
      s("交警业务办理网点", "DQ", "网点名称 网点类型 地址 经度 纬度 办理业务 办公时间 咨询电话", {
        slug: "police-service-points",
        domain: "transport",
        level: "open",
        freq: "monthly",
        tags: ["办事网点", "交通"],
      }),
      s("民用爆炸物品流向", "D", "流向编号 物品名称 生产企业 购买单位 数量(千克) 运输日期 使用地点", { level: "secret", ground: "terror", tags: ["民爆物品"] }),
    ],
    extras: [
      x("iot", "道路卡口过车数据", "全市1,200余个道路卡口实时采集的过车记录，包括号牌号码、过车时间、卡口编号、行驶方向和车速，秒级推送。", {
        domain: "transport",
        level: "restricted",
        fields: "卡口编号 号牌号码 过车时间 行驶方向 车速(千米/小时) 车道号",
        tags: ["卡口", "交通"],
      }),
      x("iot", "道路交通流量检测数据", "主干道路线圈、微波和视频检测器采集的断面车流量、平均车速和占有率，按5分钟汇总，供交通态势研判使用。", {
        domain: "transport",
        level: "open",
        fields: "检测器编号 路段名称 统计时间 车流量(辆) 平均车速(千米/小时) 时间占有率(%)",
        tags: ["交通流量", "交通"],
      }),
      x("iot", "交通信号灯运行状态数据", "全市信号控制路口的信号机运行方案、相位状态和故障告警，实时上报至交通信号控制平台。", {
        domain: "transport",
        fields: "路口编号 路口名称 信号方案编号 当前相位 周期时长(秒) 故障类型 上报时间",
        tags: ["信号灯", "交通"],
      }),
      x("video", "重点区域治安视频监控", "商圈、车站、广场等重点区域的治安监控视频，由公安视频专网统一接入，仅限公安机关调阅使用。", {
        level: "secret",
        ground: "terror",
        tags: ["视频监控", "雪亮工程"],
      }),
      x("video", "道路交通监控视频", "城市主次干道和重点路口的交通监控视频，用于交通拥堵研判和事故处置，可通过视频共享平台授权调阅。", {
        domain: "transport",
        tags: ["交通视频", "交通"],
      }),
      x("algorithm", "交通拥堵指数计算模型", "融合卡口、线圈和浮动车数据计算路段和区域拥堵指数，每5分钟输出一次，供交通运行监测和出行服务使用。", {
        domain: "transport",
        inputs: "卡口过车数据、线圈流量数据、浮动车GPS轨迹、路网拓扑",
        outputs: "路段拥堵指数（0—10）、拥堵等级、平均车速",
        tags: ["拥堵指数", "交通"],
      }),
      x("algorithm", "信号配时优化模型", "根据路口实时流量和排队长度优化信号配时方案，支持单点自适应和干线绿波协调控制。", {
        domain: "transport",
        inputs: "路口实时流量、排队长度、现行信号方案",
        outputs: "优化后的周期、绿信比和相位差方案",
        tags: ["信号配时", "交通"],
      }),
      x("api", "实时路况查询接口", "按道路或区域返回实时拥堵等级和平均车速，数据每5分钟更新一次，供导航、出行服务等应用调用。", {
        domain: "transport",
        level: "open",
        method: "GET",
        path: "/api/v1/traffic/conditions",
        tags: ["路况", "交通"],
      }),
      x("application", "智慧交管综合指挥平台", "集成信号控制、视频监控、卡口和警力调度功能，支撑交通管理部门的日常勤务和重大活动交通保障。", {
        domain: "transport",
        level: "restricted",
        tags: ["智慧交管", "交通"],
      }),
      x("compute", "公安视频解析算力资源", "部署在公安视频专网的视频结构化解析算力，用于车辆、人员等目标的检索比对，仅限公安业务使用。", {
        level: "secret",
        ground: "terror",
        tags: ["视频解析", "算力"],
      }),
      x("algorithm", "重点车辆违规行为识别模型", "基于卡口和卫星定位数据识别渣土车、危化品运输车闯禁行、超速和偏离线路等违规行为，实时推送预警。", {
        domain: "transport",
        level: "restricted",
        inputs: "卡口过车数据、重点车辆卫星定位轨迹、禁行区域和核准线路",
        outputs: "违规车辆号牌、违规类型、发生时间和地点",
        tags: ["重点车辆", "交通"],
      }),
      x("component", "居民身份证网上功能凭证认证组件", "基于公安部CTID平台的网上身份认证组件，支持扫码和刷脸两种方式核验身份，供政务和公共服务应用集成。", {
        level: "restricted",
        tags: ["身份证", "证照", "身份认证"],
      }),
    ],
  },

  "QD-RSJ": {
    domain: "social_security",
    common: ["许", "罚", "办", "权", "检", "诺", "采", "预", "执", "热", "文", "访", "案", "督"],
    subjects: [
      s("社会保险参保", "DQVS", "个人社保编号 公民身份号码 姓名 险种类型 参保状态 参保日期 参保单位名称 缴费基数(元)", {
        slug: "social-insurance",
        level: "personal",
        src: "金保工程社会保险系统",
        use: "人才引进、积分落户、购房资格审核",
        measures: "参保人数(人) 新增参保人数(人) 中断缴费人数(人)",
        tags: ["社保", "参保"],
      }),
      s("社会保险缴费", "DQ", "公民身份号码 姓名 险种类型 缴费年月 缴费基数(元) 单位缴费金额(元) 个人缴费金额(元) 到账日期", {
        slug: "social-insurance-payments",
        level: "personal",
        freq: "monthly",
        tags: ["社保", "缴费"],
      }),
      s("基本养老金发放", "DQS", "公民身份号码 姓名 待遇类型 发放年月 发放金额(元) 发放状态", {
        slug: "pension-payments",
        level: "personal",
        freq: "monthly",
        measures: "领取人数(人) 发放总额(万元) 人均养老金(元)",
        tags: ["社保", "养老金"],
      }),
      s("社会保障卡", "DV", "社会保障卡号 公民身份号码 姓名 发卡日期 卡状态 发卡银行", {
        slug: "social-security-card",
        level: "personal",
        use: "就医结算、惠民补贴发放",
        tags: ["社保卡", "社保", "证照"],
      }),
      s("就业登记", "DQS", "公民身份号码 姓名 就业单位 就业形式 就业登记日期 劳动合同期限", {
        slug: "employment",
        level: "personal",
        measures: "城镇新增就业人数(人) 登记失业人数(人) 就业困难人员再就业人数(人)",
        tags: ["就业"],
      }),
      s("失业保险金申领", "DQ", "公民身份号码 姓名 失业登记日期 失业原因 领取月数 月发放金额(元) 申领状态", {
        slug: "unemployment-benefits",
        level: "personal",
        tags: ["失业保险", "社保"],
      }),
      s("职业资格证书", "DQV", "证书编号 姓名 公民身份号码 职业名称 资格等级 发证日期 发证机构", {
        slug: "vocational-qualifications",
        level: "restricted",
        use: "招聘录用和人才评价",
        tags: ["职业资格", "证照"],
      }),
      s("职业技能等级证书", "DV", "证书编号 姓名 公民身份号码 职业工种 技能等级 评价机构 发证日期", {
        slug: "skill-certificates",
        level: "restricted",
        use: "技能补贴申领、人才认定",
        tags: ["技能等级", "证照"],
      }),
      s("招聘岗位", "DQ", "岗位编号 岗位名称 招聘单位 工作地点 学历要求 薪资范围 招聘人数(人) 发布日期 截止日期", {
        slug: "jobs",
        domain: "livelihood",
        level: "open",
        tags: ["就业", "招聘"],
      }),
      s("高层次人才认定", "DQ", "公民身份号码 姓名 人才类别 工作单位 认定日期 认定有效期至", { slug: "talents", level: "restricted", tags: ["人才"] }),
      s("劳动人事争议仲裁案件", "D", "案件编号 申请人 被申请人 争议类型 立案日期 结案方式 结案日期", {
        level: "secret",
        ground: "privacy",
        tags: ["劳动仲裁"],
      }),
      s("工伤认定", "DQ", "认定编号 公民身份号码 姓名 用人单位 受伤日期 认定结论 认定日期", { slug: "work-injuries", level: "personal", tags: ["工伤", "社保"] }),
      s("人力资源服务机构", "DQ", "许可证编号 机构名称 统一社会信用代码 服务范围 经营地址 发证日期", {
        slug: "hr-agencies",
        level: "open",
        freq: "monthly",
        tags: ["人力资源", "许可证"],
      }),
      s("创业担保贷款", "DS", "公民身份号码 借款人姓名 贷款金额(万元) 贷款银行 放款日期 贴息金额(元)", {
        domain: "economy",
        level: "personal",
        measures: "发放笔数(笔) 发放金额(万元) 带动就业人数(人)",
        tags: ["创业", "就业"],
      }),
      s("用人单位社保登记", "DQ", "单位社保编号 统一社会信用代码 单位名称 参保险种 参保职工人数(人) 登记日期 单位参保状态", {
        slug: "employer-insurance",
        level: "restricted",
        tags: ["社保", "企业"],
      }),
      s("技工院校", "DQ", "学校名称 办学层次 开设专业 在校生数(人) 地址 联系电话", { slug: "technical-schools", domain: "education", level: "open", freq: "yearly", tags: ["技工院校", "职业教育"] }),
      s("人事考试成绩", "DQ", "考试名称 准考证号 姓名 考试科目 考试成绩 是否合格", {
        slug: "exam-scores",
        domain: "education",
        level: "personal",
        freq: "on_demand",
        tags: ["人事考试"],
      }),
      s("流动人员人事档案", "D", "档案编号 公民身份号码 姓名 存档日期 档案来源 转递状态", { level: "secret", ground: "privacy", tags: ["人事档案"] }),
    ],
    extras: [
      x("algorithm", "社保基金异常支付识别模型", "比对死亡、服刑、重复领取等数据识别养老金等社保待遇的异常支付，按月输出疑点清单供稽核。", {
        inputs: "社保待遇发放数据、死亡人员数据、服刑人员数据",
        outputs: "疑点人员清单、疑点类型、涉及金额",
        level: "restricted",
        tags: ["社保", "基金监管"],
      }),
      x("algorithm", "人岗智能匹配模型", "根据求职者的技能、学历、期望薪资与岗位要求进行匹配推荐，用于公共就业服务平台的岗位推送。", {
        domain: "livelihood",
        inputs: "求职者简历要素、岗位需求信息",
        outputs: "推荐岗位列表及匹配度评分",
        tags: ["就业", "智能推荐"],
      }),
      x("application", "青岛人社网上服务大厅", "提供社保、就业、人才、劳动关系等人社业务的网上申报和查询，群众可在线打印社保参保缴费证明。", {
        level: "open",
        tags: ["社保", "网上办事"],
      }),
      x("api", "社保参保缴费证明开具接口", "为个人和单位生成带电子签章的社会保险参保缴费证明，供购房、落户、子女入学等事项在线调取。", {
        level: "restricted",
        method: "POST",
        path: "/api/v1/social-insurance/certificates",
        tags: ["社保", "证明"],
      }),
      x("component", "电子社保卡扫码组件", "为业务系统提供电子社保卡扫码登录、身份认证和授权取数能力，支持自助终端和移动端集成。", {
        tags: ["社保卡", "社保"],
      }),
      x("application", "社保待遇资格认证系统", "通过人脸识别远程认证养老金领取人员的待遇资格，支持爱山东APP和社区自助终端，无需到窗口办理。", {
        tags: ["社保", "资格认证"],
      }),
      x("algorithm", "欠薪风险预警模型", "综合社保断缴、工资发放和投诉举报等数据识别可能发生欠薪的企业和工程项目，提前介入化解。", {
        level: "restricted",
        inputs: "社保缴费记录、农民工工资专用账户流水、劳动保障投诉举报",
        outputs: "欠薪风险企业和项目清单、风险等级、涉及人数估算",
        tags: ["欠薪预警", "劳动关系"],
      }),
    ],
  },

  "QD-SCJGJ": {
    domain: "market",
    common: ["许", "罚", "抽", "访", "检", "诺", "预", "执", "热", "文", "案", "督"],
    subjects: [
      s("企业登记", "DQSP", "统一社会信用代码 企业名称 企业类型 法定代表人 注册资本(万元) 成立日期 登记机关 住所 经营范围 登记状态", {
        slug: "enterprises",
        level: "open",
        src: "山东省市场主体登记系统",
        stats: "市场主体发展",
        measures: "新登记企业数(户) 注销企业数(户) 实有市场主体数(户)",
        tags: ["企业", "市场主体"],
      }),
      s("个体工商户登记", "DQ", "统一社会信用代码 字号名称 经营者姓名 组成形式 经营场所 成立日期 登记状态", {
        slug: "individual-businesses",
        tags: ["个体工商户", "市场主体"],
      }),
      s("电子营业执照", "DV", "统一社会信用代码 主体名称 执照类型 发照日期 登记机关 执照状态 证照文件", {
        slug: "business-license",
        level: "restricted",
        freq: "realtime",
        use: "企业开办、银行开户、招投标",
        tags: ["电子营业执照", "营业执照", "证照"],
      }),
      s("食品经营许可", "DQ", "许可证编号 经营者名称 统一社会信用代码 经营场所 主体业态 经营项目 发证日期 有效期至 发证机关", {
        slug: "food-business-licenses",
        level: "open",
        tags: ["食品", "许可证", "证照"],
      }),
      s("食品生产许可", "DQ", "许可证编号 生产者名称 统一社会信用代码 生产地址 食品类别 发证日期 有效期至", {
        slug: "food-production-licenses",
        level: "open",
        tags: ["食品", "许可证", "证照"],
      }),
      s("药品经营许可", "DQ", "许可证编号 企业名称 经营方式 经营范围 注册地址 质量负责人 发证日期 有效期至", {
        slug: "drug-licenses",
        domain: "health",
        level: "open",
        tags: ["药品", "许可证", "证照"],
      }),
      s("特种设备登记", "DQ", "设备注册代码 设备类别 使用单位 安装地点 制造单位 下次检验日期 设备状态", {
        slug: "special-equipment",
        domain: "public_safety",
        tags: ["特种设备", "电梯"],
      }),
      s("食品安全抽检", "DQS", "抽检编号 样品名称 被抽检单位 抽样日期 检验项目 检验结论 不合格项目", {
        slug: "food-sampling",
        level: "open",
        measures: "抽检批次(批) 合格批次(批) 合格率(%)",
        tags: ["食品安全", "抽检"],
      }),
      s("经营异常名录", "DQ", "统一社会信用代码 企业名称 列入原因 列入日期 作出决定机关 移出日期", {
        slug: "abnormal-operations",
        level: "open",
        tags: ["信用", "企业"],
      }),
      s("12315消费投诉举报", "DS", "投诉编号 投诉时间 被投诉主体 投诉类型 投诉内容 处理状态 办结日期", {
        domain: "livelihood",
        level: "restricted",
        measures: "投诉量(件) 举报量(件) 为消费者挽回损失(万元)",
        tags: ["12315", "消费维权"],
      }),
      s("计量器具强制检定", "DQ", "器具编号 器具名称 使用单位 检定日期 检定结论 有效期至", { slug: "metrology", tags: ["计量"] }),
      s("企业年度报告", "DQ", "统一社会信用代码 企业名称 报告年度 从业人数(人) 资产总额(万元) 营业总收入(万元) 公示日期", {
        slug: "annual-reports",
        level: "restricted",
        freq: "yearly",
        tags: ["企业年报", "企业"],
      }),
      s("专利授权", "DS", "专利号 专利名称 专利类型 专利权人 申请日期 授权日期", {
        domain: "economy",
        level: "open",
        freq: "monthly",
        stats: "知识产权",
        measures: "专利授权量(件) 有效发明专利量(件) 商标注册量(件)",
        tags: ["知识产权", "专利"],
      }),
      s("产品质量监督抽查", "DQ", "抽查编号 产品名称 生产企业 规格型号 抽样日期 检验结论 不合格项目", { slug: "product-sampling", level: "open", tags: ["产品质量", "抽查"] }),
      s("检验检测机构资质认定", "DQ", "证书编号 机构名称 统一社会信用代码 认定检测领域 发证日期 有效期至", {
        slug: "inspection-bodies",
        level: "open",
        tags: ["资质认定", "证照"],
      }),
      s("违法广告监测", "D", "监测编号 广告主 发布媒介 广告类别 违法情形 监测日期 处理状态", { level: "restricted", tags: ["广告监测"] }),
      s("市场监管举报线索", "D", "线索编号 举报人姓名 举报人联系电话 被举报主体 举报内容 受理日期 核查结果", { level: "secret", ground: "privacy", tags: ["举报线索"] }),
    ],
    extras: [
      x("iot", "电梯运行安全监测数据", "全市3.2万部电梯加装的物联网监测终端实时上报的困人、停梯、冲顶、蹲底等故障告警及运行次数。", {
        domain: "public_safety",
        fields: "设备注册代码 告警类型 告警时间 楼层 运行次数(次) 在线状态",
        tags: ["电梯", "特种设备"],
      }),
      x("video", "“明厨亮灶”餐饮后厨视频", "学校食堂和大中型餐饮单位后厨的实时视频，接入智慧监管平台用于食品安全远程巡查。", {
        level: "restricted",
        tags: ["明厨亮灶", "食品安全"],
      }),
      x("dataset", "进口冷链食品追溯数据", "进口冷链食品从入境、仓储到销售各环节的追溯记录，包括品名、批次、检验检疫证明和流向，实时上传。", {
        level: "restricted",
        freq: "realtime",
        fields: "追溯码 品名 批次号 原产国 检验检疫证明编号 入库日期 流向单位",
        tags: ["冷链", "食品安全"],
      }),
      x("algorithm", "市场主体信用风险分类模型", "综合登记、年报、抽检、处罚和投诉数据对企业进行信用风险分类，结果用于差异化抽查监管。", {
        inputs: "企业登记信息、年报信息、行政处罚记录、投诉举报记录",
        outputs: "信用风险等级（A—D）及主要风险因子",
        tags: ["信用", "风险分类"],
      }),
      x("algorithm", "食品安全风险预警模型", "基于抽检不合格率、投诉热点和舆情信息识别食品品类和区域风险，按周输出预警清单。", {
        inputs: "食品抽检结果、12315投诉数据、网络舆情",
        outputs: "风险品类、风险区域、预警等级和处置建议",
        tags: ["食品安全", "预警"],
      }),
      x("application", "智慧市场监管平台", "集市场主体登记、信用监管、双随机抽查和执法办案于一体的综合监管平台，供全市市场监管人员使用。", {
        level: "restricted",
        tags: ["智慧监管"],
      }),
      x("component", "电子营业执照扫码核验组件", "供政务服务终端和业务系统集成的电子营业执照扫码、验照和授权登录组件，支持小程序与网页两种接入方式。", {
        tags: ["营业执照", "证照"],
      }),
      x("api", "企业名称自主申报查重接口", "对申请人拟定的企业名称进行禁限用字词检查和近似名称比对，实时返回可用性结论，支撑企业开办“一网通办”。", {
        level: "open",
        method: "POST",
        path: "/api/v1/enterprise-names/check",
        tags: ["企业名称", "企业开办"],
      }),
    ],
  },

  "QD-JTJ": {
    domain: "transport",
    common: ["许", "罚", "权", "检", "诺", "采", "预", "执", "热", "访", "案", "督"],
    subjects: [
      s("公交线路", "DQ", "线路编号 线路名称 起点站 终点站 首班时刻:字符串 末班时刻:字符串 票价(元) 线路长度(千米) 运营单位", {
        slug: "bus/lines",
        level: "open",
        freq: "weekly",
        src: "公交智能调度系统",
        tags: ["公交", "交通"],
      }),
      s("公交站点", "DQ", "站点编号 站点名称 经度 纬度 所属道路 途经线路 是否港湾式站台", { slug: "bus/stops", level: "open", freq: "weekly", tags: ["公交", "交通"] }),
      s("出租车运营轨迹", "D", "车牌号码 定位时间 经度 纬度 速度(千米/小时) 方向角(度) 载客状态", {
        noun: "数据",
        level: "restricted",
        freq: "realtime",
        src: "出租汽车服务管理信息系统",
        tags: ["出租车", "交通"],
      }),
      s("网络预约出租汽车运输证", "DV", "运输证号 车牌号码 车辆所有人 网约车平台公司 发证日期 有效期至 证件状态", {
        slug: "ride-hailing-permits",
        use: "网约车平台车辆合规检查",
        tags: ["网约车", "证照", "交通"],
      }),
      s("道路运输经营许可证", "DQV", "许可证号 经营业户名称 统一社会信用代码 经营范围 发证日期 有效期至 证件状态", {
        slug: "road-transport-licenses",
        level: "open",
        use: "货运、客运企业资质审核",
        tags: ["道路运输", "许可证", "证照"],
      }),
      s("道路运输从业人员从业资格证", "DV", "资格证号 姓名 公民身份号码 从业资格类别 初领日期 有效期至", {
        slug: "transport-qualifications",
        level: "personal",
        use: "驾驶员聘用和执法检查",
        tags: ["从业资格", "证照", "交通"],
      }),
      s("地铁客流", "S", "", {
        level: "open",
        freq: "daily",
        measures: "进站量(人次) 出站量(人次) 换乘量(人次)",
        tags: ["地铁", "客流", "交通"],
      }),
      s("公交刷卡交易", "DS", "卡号 交易时间 线路编号 车辆编号 上车站点 交易金额(元)", {
        noun: "数据",
        level: "restricted",
        measures: "客运量(人次) 刷卡量(人次) 扫码乘车量(人次)",
        tags: ["公交", "交通"],
      }),
      s("公共停车场", "DQ", "停车场编号 停车场名称 地址 经度 纬度 总泊位数(个) 收费标准 开放时间", {
        slug: "parking-lots",
        level: "open",
        freq: "weekly",
        tags: ["停车", "交通"],
      }),
      s("轮渡航班", "DQ", "航线名称 班次 开航时刻:字符串 船舶名称 票价(元) 航班状态", {
        slug: "ferries",
        level: "open",
        freq: "realtime",
        tags: ["轮渡", "交通"],
      }),
      s("长途客运班次", "DQ", "班次编号 始发站 终点站 发车时刻:字符串 车型 票价(元) 余票数(张)", { slug: "coach-schedules", level: "open", tags: ["客运", "交通"] }),
      s("公路养护施工", "DQ", "路线编号 路段名称 养护类型 施工开始日期 施工结束日期 施工单位 交通管制措施", {
        slug: "road-works",
        level: "open",
        tags: ["公路", "交通"],
      }),
      s("公交场站", "D", "场站编号 场站名称 场站类型 地址 经度 纬度 停车位数(个) 充电桩数(个)", { level: "open", freq: "quarterly", tags: ["公交", "交通"] }),
      s("网约车平台公司", "DQ", "平台名称 统一社会信用代码 经营许可证号 备案车辆数(辆) 备案驾驶员数(人) 许可日期", {
        slug: "ride-hailing-platforms",
        level: "open",
        freq: "monthly",
        tags: ["网约车", "许可证", "证照"],
      }),
      s("机动车驾驶员培训机构", "DQ", "机构名称 统一社会信用代码 培训类型 教练车数量(辆) 经营地址 备案日期", {
        slug: "driving-schools",
        level: "open",
        freq: "monthly",
        tags: ["驾校", "交通"],
      }),
      s("互联网租赁自行车运营", "S", "", {
        level: "open",
        freq: "monthly",
        measures: "投放量(辆) 日均骑行量(人次) 车辆周转率(%)",
        tags: ["共享单车", "交通"],
      }),
    ],
    extras: [
      x("api", "公交实时到站接口", "按线路和站点返回即将到站车辆的预计到站时间和距离，数据来源于全市公交车载GPS，约15秒刷新一次。", {
        level: "open",
        method: "GET",
        path: "/api/v1/bus/arrivals",
        tags: ["公交", "实时到站", "交通"],
      }),
      x("iot", "公交车辆实时定位数据", "全市6,000余辆公交车车载终端实时回传的定位、速度和满载率数据，约15秒一条，用于调度和到站预测。", {
        fields: "车辆编号 线路编号 定位时间 经度 纬度 速度(千米/小时) 满载率(%)",
        tags: ["公交", "实时到站", "交通"],
      }),
      x("iot", "胶州湾隧道和大桥运行监测数据", "胶州湾隧道、胶州湾大桥的结构健康、通行流量和环境监测数据，包括沉降、位移、CO浓度等，实时接入。", {
        domain: "public_safety",
        fields: "测点编号 监测类型 监测值 监测时间 告警级别",
        tags: ["桥隧", "交通"],
      }),
      x("video", "胶州湾隧道监控视频", "胶州湾隧道内部及出入口的全程监控视频，用于隧道交通事件检测和应急处置，按授权调阅。", {
        level: "restricted",
        tags: ["隧道", "交通视频"],
      }),
      x("video", "公交场站视频监控", "全市主要公交枢纽和场站的视频监控，用于客流疏导、车辆调度和安全管理。", { tags: ["公交", "视频监控"] }),
      x("algorithm", "公交客流预测模型", "基于历史刷卡数据、天气和节假日因素预测各线路分时段客流，辅助公交运力调配和线网优化。", {
        inputs: "公交刷卡交易数据、天气预报、节假日日历",
        outputs: "各线路、站点未来7天分时段客流预测值",
        tags: ["公交", "客流预测"],
      }),
      x("algorithm", "居民出行OD分析模型", "利用公交刷卡、地铁进出站和出租车轨迹推算居民出行起讫点分布，支撑交通规划和线网调整。", {
        inputs: "公交刷卡数据、地铁进出站数据、出租车运营轨迹",
        outputs: "交通小区间OD矩阵、出行方式分担率",
        tags: ["OD分析", "交通"],
      }),
      x("application", "交通运行监测调度中心（TOCC）", "汇聚公交、出租、地铁、轮渡、道路运输等行业运行数据，实现综合交通运行监测、预警和应急调度。", {
        level: "restricted",
        tags: ["TOCC", "交通"],
      }),
      x("api", "公交换乘规划接口", "根据起终点坐标返回公交、地铁换乘方案，包括换乘次数、步行距离和预计用时，供出行服务应用调用。", {
        level: "open",
        method: "GET",
        path: "/api/v1/bus/journeys",
        tags: ["公交", "出行规划", "交通"],
      }),
      x("iot", "重点营运车辆动态监控数据", "全市“两客一危”车辆和重型货车卫星定位终端上报的位置、速度和报警信息，用于超速和疲劳驾驶监管。", {
        level: "restricted",
        fields: "车牌号码 车辆类型 定位时间 经度 纬度 速度(千米/小时) 报警类型",
        tags: ["两客一危", "交通"],
      }),
      x("component", "公交地铁乘车码组件", "为第三方应用提供公交地铁乘车码生成和验码能力，支持爱山东、微信和支付宝多渠道接入。", {
        tags: ["乘车码", "交通"],
      }),
    ],
  },

  "QD-WJW": {
    domain: "health",
    common: ["许", "罚", "办", "检", "诺", "采", "预", "执", "热", "文", "访", "案", "督"],
    subjects: [
      s("医疗机构执业登记", "DQ", "医疗机构登记号 机构名称 机构类别 医院等级 地址 诊疗科目 床位数(张) 法定代表人 有效期至", {
        slug: "medical-institutions",
        level: "open",
        freq: "weekly",
        tags: ["医疗机构", "执业许可证", "证照"],
      }),
      s("医师执业注册", "DQV", "医师资格证书编码 医师执业证书编码 姓名 执业类别 执业范围 执业机构 注册日期", {
        slug: "physicians",
        level: "restricted",
        use: "互联网医院医师准入、医保定点核查",
        tags: ["医师", "执业证书", "证照"],
      }),
      s("护士执业注册", "DQV", "护士执业证书编码 姓名 执业机构 注册日期 有效期至", {
        slug: "nurses",
        level: "restricted",
        use: "护理服务机构人员资质审核",
        tags: ["护士", "证照"],
      }),
      s("出生医学证明", "DV", "出生医学证明编号 新生儿姓名 性别 出生日期 出生地点 母亲姓名 母亲公民身份号码 签发机构", {
        slug: "birth-certificates",
        level: "personal",
        use: "新生儿出生“一件事”、户口登记",
        tags: ["出生医学证明", "证照"],
      }),
      s("居民死亡医学证明", "DV", "证明编号 公民身份号码 姓名 死亡日期 死亡原因 签发机构", {
        slug: "death-certificates", use: "户口注销、丧葬补助金申领和养老金停发",
        level: "personal",
        tags: ["死亡证明"],
      }),
      s("预防接种", "DQ", "受种者编码 姓名 出生日期 疫苗名称 接种剂次 接种日期 接种单位 疫苗批号", {
        slug: "vaccinations",
        level: "personal",
        tags: ["疫苗", "预防接种"],
      }),
      s("居民电子健康档案", "D", "健康档案编号 公民身份号码 姓名 既往病史 过敏史 家族病史 建档机构", {
        level: "secret",
        ground: "health",
        tags: ["健康档案"],
      }),
      s("门诊电子病历", "D", "就诊流水号 患者姓名 就诊科室 诊断名称 处方信息 就诊时间 就诊机构", {
        level: "secret",
        ground: "health",
        freq: "realtime",
        tags: ["电子病历"],
      }),
      s("120急救调度", "DS", "任务编号 呼救时间 呼救地址 病情分类 派车时间 到达现场时间 送达医院", {
        level: "restricted",
        freq: "realtime",
        measures: "呼救受理量(次) 出车次数(次) 平均到达时间(分钟)",
        tags: ["120", "急救"],
      }),
      s("医疗机构床位使用", "S", "", {
        level: "open",
        freq: "daily",
        measures: "开放床位数(张) 实际占用床位数(张) 床位使用率(%)",
        tags: ["床位", "医疗机构"],
      }),
      s("法定传染病报告", "DS", "报告卡编号 患者姓名 病种 发病日期 诊断日期 报告单位", {
        level: "secret",
        ground: "health",
        measures: "报告病例数(例) 发病率(每10万)",
        tags: ["传染病", "公共卫生"],
      }),
      s("家庭医生签约", "DQS", "签约编号 公民身份号码 姓名 签约团队 签约机构 签约日期 服务包类型", {
        slug: "family-doctors",
        level: "personal",
        measures: "签约人数(人) 重点人群签约率(%)",
        tags: ["家庭医生"],
      }),
      s("检查检验结果互认", "D", "报告编号 患者姓名 公民身份号码 检查项目 检查日期 检查机构 结果摘要", {
        level: "personal",
        freq: "realtime",
        tags: ["检查检验", "结果互认"],
      }),
      s("公共场所卫生许可证", "DQ", "许可证号 单位名称 统一社会信用代码 经营项目 经营地址 发证日期 有效期至", {
        slug: "hygiene-licenses",
        domain: "market",
        level: "open",
        tags: ["卫生许可证", "证照"],
      }),
      s("无偿献血", "D", "献血证编号 姓名 公民身份号码 血型 献血日期 献血量(毫升)", { level: "personal", tags: ["献血", "证照"] }),
      s("严重精神障碍患者管理", "D", "患者编号 姓名 公民身份号码 诊断名称 危险性评估等级 随访日期 管理机构", { level: "secret", ground: "health", tags: ["精神卫生"] }),
    ],
    extras: [
      x("api", "医院挂号号源查询接口", "查询全市二级以上公立医院各科室未来7天的号源余量和出诊医生，供“青岛健康”等预约平台调用。", {
        level: "open",
        method: "GET",
        path: "/api/v1/health/appointments",
        tags: ["预约挂号"],
      }),
      x("api", "电子健康卡核验接口", "根据电子健康卡二维码核验持卡人身份并返回主索引号，用于就诊、体检和疫苗接种等场景。", {
        level: "restricted",
        method: "POST",
        path: "/api/v1/health-card/verify",
        tags: ["电子健康卡", "证照"],
      }),
      x("algorithm", "门急诊就诊量预测模型", "结合历史就诊量、气象和流行病监测数据预测各医院未来一周门急诊量，辅助医疗资源调配。", {
        inputs: "医院历史门急诊量、气象数据、流感样病例监测数据",
        outputs: "各医院未来7天门急诊量预测及置信区间",
        tags: ["就诊预测"],
      }),
      x("algorithm", "传染病早期预警模型", "对症状监测、药品销售和学校缺勤数据进行多源分析，识别传染病聚集性苗头并分级预警。", {
        level: "restricted",
        inputs: "症状监测数据、药店药品销售数据、学校缺勤数据",
        outputs: "预警病种、预警区域、预警等级",
        tags: ["传染病", "预警"],
      }),
      x("application", "青岛市全民健康信息平台", "汇聚全市医疗机构诊疗数据和公共卫生数据，支撑检查检验结果互认、双向转诊和卫生健康综合监管。", {
        level: "restricted",
        tags: ["全民健康", "互认"],
      }),
      x("iot", "医疗废物转运监测数据", "医疗废物收集、暂存和转运环节的电子称重与车辆定位数据，实现医疗废物全流程闭环监管。", {
        domain: "environment",
        fields: "转运单号 医疗机构名称 重量(千克) 交接时间 转运车辆 经度 纬度",
        tags: ["医疗废物"],
      }),
      x("compute", "医学影像AI算力资源", "为医学影像辅助诊断模型训练和推理提供的GPU算力，部署在卫生健康专网，各医院按需申请使用。", {
        tags: ["医学影像", "AI算力"],
      }),
      x("algorithm", "肺结节影像辅助诊断模型", "对胸部CT影像自动检测肺结节并评估良恶性风险，辅助基层医疗机构开展早筛，结果需医生复核确认。", {
        level: "restricted",
        inputs: "胸部CT影像（DICOM格式）",
        outputs: "结节位置、大小、密度类型及恶性风险概率",
        tags: ["医学影像", "辅助诊断"],
      }),
      x("iot", "急救车辆实时定位数据", "全市120急救车辆车载终端上报的实时位置、任务状态和车内监护设备数据，用于就近派车和院前院内衔接。", {
        level: "restricted",
        fields: "车辆编号 定位时间 经度 纬度 任务状态 所属急救站",
        tags: ["120", "急救"],
      }),
      x("component", "电子处方流转组件", "支持医疗机构电子处方签名、审核和向定点药店流转的组件，提供处方防篡改和医保结算对接能力。", {
        tags: ["电子处方", "互联网医院"],
      }),
      x("application", "青岛健康服务平台", "面向居民的预约挂号、检查报告查询、电子健康卡和家庭医生签约服务入口，覆盖全市公立医院。", {
        level: "open",
        tags: ["预约挂号", "电子健康卡"],
      }),
    ],
  },

  "QD-YJJ": {
    domain: "public_safety",
    common: ["许", "罚", "抽", "检", "诺", "采", "预", "执", "热", "议", "访", "案", "督"],
    subjects: [
      s("危险化学品企业", "DQ", "统一社会信用代码 企业名称 企业类型 危险化学品名称 最大储存量(吨) 重大危险源等级 地址 经度 纬度", {
        slug: "hazardous-chemicals",
        level: "restricted",
        tags: ["危化品", "安全生产"],
      }),
      s("安全生产许可证", "DQV", "许可证编号 企业名称 统一社会信用代码 许可范围 发证日期 有效期至 证件状态", {
        slug: "safety-licenses",
        level: "open",
        use: "工程招投标和企业资质审核",
        tags: ["安全生产", "许可证", "证照"],
      }),
      s("应急避难场所", "DQ", "场所编号 场所名称 场所类型 地址 经度 纬度 有效面积(平方米) 可容纳人数(人)", {
        slug: "shelters",
        level: "open",
        freq: "quarterly",
        tags: ["避难场所", "应急"],
      }),
      s("应急物资储备", "D", "仓库名称 物资名称 物资类别 储备数量(件) 存放地址 管理单位 更新日期", { level: "restricted", tags: ["应急物资"] }),
      s("应急救援队伍", "D", "队伍名称 队伍类型 队伍人数(人) 主要装备 驻地地址 负责人 联系电话", { level: "restricted", tags: ["救援队伍", "应急"] }),
      s("自然灾害灾情", "DQS", "灾害编号 灾害类型 发生时间 影响区域 受灾人口(人) 直接经济损失(万元)", {
        slug: "disasters",
        freq: "on_demand",
        measures: "灾害次数(次) 受灾人口(人) 直接经济损失(万元)",
        tags: ["自然灾害", "防灾减灾"],
      }),
      s("生产安全事故", "DS", "事故编号 事故单位 事故类型 发生时间 死亡人数(人) 受伤人数(人) 事故等级", {
        level: "restricted",
        measures: "事故起数(起) 死亡人数(人)",
        tags: ["安全生产", "事故"],
      }),
      s("特种作业操作证", "DV", "证书编号 姓名 公民身份号码 作业类别 准操项目 初领日期 有效期至", {
        slug: "special-operation-certificates",
        level: "personal",
        use: "施工现场持证上岗检查",
        tags: ["特种作业", "证照"],
      }),
      s("安全生产执法检查", "DQ", "检查编号 被检查单位 检查日期 检查类型 发现隐患数(项) 整改状态", { slug: "safety-inspections", tags: ["执法检查", "安全生产"] }),
      s("森林防火重点区域", "D", "区域编号 区域名称 所属区市 面积(公顷) 火险等级 责任单位", { domain: "environment", tags: ["森林防火"] }),
      s("危险化学品经营许可证", "DQV", "许可证编号 企业名称 统一社会信用代码 经营方式 许可范围 发证日期 有效期至", {
        slug: "hazchem-licenses",
        level: "open",
        use: "危化品运输和仓储企业资质审核",
        tags: ["危化品", "许可证", "证照"],
      }),
      s("非煤矿山", "D", "矿山名称 统一社会信用代码 开采方式 矿种 安全生产许可证号 所属区市", { level: "restricted", tags: ["非煤矿山", "安全生产"] }),
      s("安全生产隐患排查治理", "DS", "隐患编号 企业名称 隐患类别 隐患等级 排查日期 整改期限 整改状态", {
        level: "restricted",
        measures: "排查隐患数(项) 重大隐患数(项) 整改率(%)",
        tags: ["隐患排查", "安全生产"],
      }),
      s("灾害信息员", "D", "姓名 联系电话 所属镇街 所属社区 上岗日期", { level: "personal", tags: ["灾害信息员", "防灾减灾"] }),
      s("应急通信保障资源", "D", "资源编号 资源类型 设备型号 部署位置 频点 保障单位", { level: "secret", ground: "secret", tags: ["应急通信"] }),
    ],
    extras: [
      x("iot", "重大危险源在线监测数据", "全市重大危险源企业储罐液位、温度、压力和可燃有毒气体浓度的在线监测数据，超限实时报警。", {
        level: "restricted",
        fields: "企业编码 监测点编号 监测类型 监测值 报警阈值 监测时间 是否报警",
        tags: ["危化品", "在线监测"],
      }),
      x("video", "重点危化企业视频监控", "重大危险源企业罐区、装卸区和中控室视频，接入应急管理综合应用平台，用于远程巡查和事故处置。", {
        level: "restricted",
        tags: ["危化品", "视频监控"],
      }),
      x("algorithm", "企业安全生产风险评估模型", "综合企业危险源、隐患排查、执法检查和事故记录评估安全风险等级，按月生成风险四色图。", {
        inputs: "危险源信息、隐患排查记录、执法检查结果、事故历史",
        outputs: "企业风险等级（红橙黄蓝）及主要风险点",
        tags: ["风险评估", "安全生产"],
      }),
      x("algorithm", "台风风暴潮影响评估模型", "依据台风路径预报和潮位数据评估沿海区域受影响程度，为转移避险决策提供参考。", {
        domain: "environment",
        inputs: "台风路径预报、天文潮位、沿海地形和承灾体数据",
        outputs: "受影响区域范围、增水预测、建议转移人口",
        tags: ["台风", "防灾减灾"],
      }),
      x("application", "应急指挥一张图", "整合危险源、救援队伍、物资储备和避难场所等资源，实现突发事件的态势标绘、资源调度和会商指挥。", {
        level: "restricted",
        tags: ["应急指挥"],
      }),
      x("iot", "危化品运输车辆动态监测数据", "危险化学品运输车辆卫星定位、罐体压力和紧急切断阀状态数据，实时监测偏离线路和异常停车。", {
        level: "restricted",
        domain: "transport",
        fields: "车牌号码 运输介质 定位时间 经度 纬度 罐体压力(MPa) 报警类型",
        tags: ["危化品", "交通"],
      }),
      x("api", "灾害预警信息发布接口", "向应急广播、短信平台和城市大屏统一推送自然灾害预警信息，支持按区域和人群精准发布。", {
        level: "restricted",
        method: "POST",
        path: "/api/v1/disaster-alerts",
        tags: ["预警发布", "防灾减灾"],
      }),
      x("application", "安全生产风险监测预警系统", "接入重大危险源、重点企业视频和在线监测数据，实现安全风险的自动识别、分级预警和闭环处置。", {
        level: "restricted",
        tags: ["安全生产", "监测预警"],
      }),
      x("component", "应急预案数字化组件", "将文本应急预案拆解为任务、责任单位和处置流程的数字化组件，事件发生时可一键启动并跟踪任务执行。", {
        tags: ["应急预案"],
      }),
    ],
  },

  "QD-ZJJ": {
    domain: "livelihood",
    common: ["许", "罚", "办", "抽", "检", "诺", "预", "执", "热", "文", "访", "案", "督"],
    subjects: [
      s("商品房预售许可", "DQ", "预售许可证号 项目名称 开发企业 坐落位置 预售面积(平方米) 预售套数(套) 发证日期", {
        slug: "presale-permits",
        level: "open",
        tags: ["商品房", "许可证", "证照"],
      }),
      s("商品房网签备案", "DQ", "合同编号 项目名称 房屋坐落 建筑面积(平方米) 合同金额(万元) 买受人姓名 备案日期", {
        slug: "housing-contracts",
        level: "personal",
        tags: ["网签备案", "房屋交易"],
      }),
      s("存量房交易", "DS", "合同编号 房屋坐落 建筑面积(平方米) 成交价格(万元) 签约日期", {
        level: "restricted",
        measures: "成交套数(套) 成交面积(万平方米) 成交均价(元/平方米)",
        tags: ["二手房", "房屋交易"],
      }),
      s("保障性住房", "DQS", "申请编号 申请人姓名 公民身份号码 保障方式 家庭人口数(人) 审核结果 配租日期", {
        slug: "affordable-housing",
        domain: "social_security",
        level: "personal",
        measures: "在保家庭数(户) 新增保障家庭数(户) 发放租赁补贴(万元)",
        tags: ["保障房", "住房保障"],
      }),
      s("建筑业企业资质", "DQV", "资质证书编号 企业名称 统一社会信用代码 资质类别及等级 发证日期 有效期至", {
        slug: "construction-qualifications",
        domain: "economy",
        level: "open",
        use: "工程招投标资质审查",
        tags: ["企业资质", "证照"],
      }),
      s("建筑工程施工许可", "DQ", "施工许可证编号 工程名称 建设单位 施工单位 建设地址 合同价格(万元) 发证日期", {
        slug: "construction-permits",
        domain: "urban_governance",
        level: "open",
        tags: ["施工许可证", "证照"],
      }),
      s("物业服务企业", "DQ", "统一社会信用代码 企业名称 在管项目数(个) 在管面积(万平方米) 信用评价等级", { slug: "property-companies", level: "open", tags: ["物业"] }),
      s("建筑工人实名制", "D", "公民身份号码 姓名 工种 所属项目 进场日期 退场日期 工资发放状态", {
        level: "personal",
        tags: ["实名制", "农民工工资"],
      }),
      s("城镇老旧小区改造", "DQS", "项目编号 小区名称 所属区市 改造内容 涉及户数(户) 开工日期 完工日期", {
        slug: "old-community-renewal",
        domain: "urban_governance",
        level: "open",
        measures: "改造小区数(个) 惠及户数(户) 完成投资(亿元)",
        tags: ["老旧小区", "城市更新"],
      }),
      s("房屋租赁登记备案", "D", "备案编号 房屋坐落 出租人姓名 承租人姓名 租金(元/月) 租赁期限", {
        level: "personal",
        tags: ["房屋租赁"],
      }),
      s("房地产开发企业资质", "DQ", "资质证书编号 企业名称 统一社会信用代码 资质等级 发证日期 有效期至", {
        slug: "developer-qualifications",
        domain: "economy",
        level: "open",
        tags: ["资质", "证照", "房地产"],
      }),
      s("住宅专项维修资金", "DS", "小区名称 所属区市 缴存户数(户) 账户余额(万元) 使用金额(万元) 更新日期", {
        level: "restricted",
        freq: "monthly",
        measures: "归集金额(亿元) 使用金额(万元) 惠及户数(户)",
        tags: ["维修资金", "物业"],
      }),
      s("房屋安全鉴定", "D", "鉴定编号 房屋坐落 建成年份 结构类型 鉴定日期 危险性等级", { domain: "public_safety", tags: ["房屋安全"] }),
      s("二级建造师注册", "DV", "注册证书编号 姓名 公民身份号码 注册专业 聘用企业 有效期至", {
        slug: "constructor-registrations",
        level: "restricted",
        use: "工程招投标项目负责人资格审查",
        tags: ["建造师", "证照"],
      }),
      s("建设工程消防验收", "DQ", "验收文书编号 工程名称 建设单位 建设地址 建筑面积(平方米) 验收结论 验收日期", {
        slug: "fire-acceptance",
        domain: "public_safety",
        level: "open",
        tags: ["消防验收", "证照"],
      }),
    ],
    extras: [
      x("iot", "建筑工地扬尘在线监测数据", "全市在建工地扬尘监测设备实时采集的PM2.5、PM10、噪声和风速数据，超标自动告警并推送监管人员。", {
        domain: "environment",
        fields: "工地编号 设备编号 监测时间 PM2.5浓度(μg/m³) PM10浓度(μg/m³) 噪声(dB) 是否超标",
        tags: ["扬尘", "智慧工地"],
      }),
      x("video", "建筑工地视频监控", "在建工程项目出入口、塔吊和作业面的视频监控，接入智慧工地监管平台用于安全文明施工巡查。", {
        domain: "urban_governance",
        tags: ["智慧工地", "视频监控"],
      }),
      x("application", "智慧工地监管平台", "汇聚工地实名制、扬尘监测、视频监控和塔吊监测数据，实现在建项目安全质量的远程监管。", {
        domain: "urban_governance",
        tags: ["智慧工地"],
      }),
      x("algorithm", "房地产市场运行监测模型", "基于网签、存量房交易和土地供应数据监测房价、成交量和库存去化周期，按月输出市场预警指标。", {
        domain: "economy",
        inputs: "商品房网签数据、存量房交易数据、土地供应数据",
        outputs: "房价指数、去化周期、市场预警等级",
        tags: ["房地产", "监测预警"],
      }),
      x("iot", "塔式起重机安全监测数据", "在建工地塔式起重机的载重、力矩、风速和回转角度监测数据，超限自动报警并锁定操作。", {
        domain: "public_safety",
        fields: "设备备案编号 工地编号 监测时间 吊重(吨) 力矩百分比(%) 风速(米/秒) 是否报警",
        tags: ["塔吊", "智慧工地"],
      }),
      x("component", "建筑工人实名制考勤组件", "基于人脸识别闸机的工地考勤组件，考勤数据实时同步至实名制平台，作为工资发放依据。", {
        tags: ["实名制", "智慧工地"],
      }),
    ],
  },

  "QD-MZJ": {
    domain: "social_security",
    common: ["许", "办", "访", "权", "诺", "采", "预", "热", "议", "督"],
    subjects: [
      s("婚姻登记", "DVS", "登记证字号 男方姓名 男方公民身份号码 女方姓名 女方公民身份号码 登记类型 登记日期 登记机关", {
        slug: "marriage-records",
        measures: "结婚登记(对) 离婚登记(对) 补发婚姻登记证(件)",
        domain: "livelihood",
        level: "personal",
        use: "购房资格审核、公积金提取",
        tags: ["婚姻登记", "结婚证", "证照"],
      }),
      s("最低生活保障", "DQVS", "公民身份号码 姓名 家庭人口数(人) 保障金额(元) 所属区市 保障起始日期 保障状态", {
        slug: "subsistence-allowance",
        verify: "社会救助对象身份",
        use: "水电气费减免、医疗救助和教育资助",
        level: "personal",
        measures: "保障户数(户) 保障人数(人) 发放金额(万元)",
        tags: ["低保", "社会救助"],
      }),
      s("特困人员供养", "DS", "公民身份号码 姓名 供养方式 供养机构 认定日期 供养金额(元)", {
        level: "personal",
        measures: "特困人员数(人) 集中供养人数(人)",
        tags: ["特困供养", "社会救助"],
      }),
      s("养老机构", "DQ", "机构名称 统一社会信用代码 机构性质 地址 床位数(张) 入住老人数(人) 星级评定 联系电话", {
        slug: "elderly-care-institutions",
        domain: "livelihood",
        level: "open",
        freq: "monthly",
        tags: ["养老", "养老机构"],
      }),
      s("高龄津贴发放", "D", "公民身份号码 姓名 年龄 津贴标准(元/月) 发放年月 发放状态", { level: "personal", freq: "monthly", tags: ["高龄津贴", "养老"] }),
      s("社会组织登记", "DQV", "统一社会信用代码 社会组织名称 组织类型 业务主管单位 法定代表人 成立日期 登记状态", {
        slug: "social-organizations",
        level: "open",
        use: "社会组织参与政府购买服务资格审查",
        tags: ["社会组织", "登记证书", "证照"],
      }),
      s("困难残疾人生活补贴和重度残疾人护理补贴", "D", "公民身份号码 姓名 残疾等级 补贴类型 补贴金额(元) 发放年月", {
        level: "personal",
        tags: ["残疾人补贴", "社会救助"],
      }),
      s("殡葬服务", "D", "火化证明编号 逝者姓名 公民身份号码 死亡日期 火化日期 殡仪馆名称", { level: "personal", tags: ["殡葬"] }),
      s("标准地名", "DQ", "地名编码 标准名称 地名类别 所属区市 经度 纬度 命名日期 含义说明", {
        slug: "place-names",
        domain: "urban_governance",
        level: "open",
        freq: "quarterly",
        tags: ["地名"],
      }),
      s("困境儿童保障", "D", "儿童姓名 公民身份号码 困境类型 监护人 保障措施 认定日期", { level: "secret", ground: "minor", tags: ["困境儿童"] }),
      s("社区（村）基本", "DQ", "社区编码 社区名称 所属街道 社区类型 办公地址 户数(户) 常住人口(人)", {
        slug: "communities",
        domain: "urban_governance",
        level: "open",
        freq: "yearly",
        tags: ["社区", "基层治理"],
      }),
      s("慈善组织", "DQ", "统一社会信用代码 组织名称 认定日期 是否具有公开募捐资格 业务范围 年度支出(万元)", { slug: "charities", level: "open", freq: "yearly", tags: ["慈善"] }),
      s("临时救助", "DS", "公民身份号码 姓名 救助类型 救助金额(元) 救助日期 审批单位", {
        level: "personal",
        measures: "救助人次(人次) 救助金额(万元)",
        tags: ["临时救助", "社会救助"],
      }),
      s("养老服务补贴", "D", "公民身份号码 姓名 补贴类型 补贴标准(元/月) 发放年月 发放状态", { level: "personal", freq: "monthly", tags: ["养老", "补贴"] }),
      s("收养登记", "D", "收养登记证号 收养人姓名 被收养人姓名 登记日期 登记机关", { level: "secret", ground: "privacy", tags: ["收养登记"] }),
      s("社会工作服务机构", "D", "机构名称 统一社会信用代码 服务领域 持证社工人数(人) 地址 成立日期", { domain: "livelihood", level: "open", freq: "quarterly", tags: ["社会工作"] }),
    ],
    extras: [
      x("application", "智慧养老服务平台", "整合养老机构、居家社区养老服务和老年人信息，提供助餐、助浴、紧急呼叫等服务的在线预约和监管。", {
        domain: "livelihood",
        tags: ["养老", "智慧养老"],
      }),
      x("iot", "独居老人智能看护设备数据", "为独居、失能老人安装的烟感、门磁、紧急呼叫和水表异常监测设备数据，异常时通知社区网格员上门查看。", {
        domain: "livelihood",
        level: "personal",
        fields: "设备编号 设备类型 告警类型 告警时间 所属社区",
        tags: ["独居老人", "智慧养老"],
      }),
      x("algorithm", "困难群众主动发现模型", "比对医疗支出、失业、残疾和水电燃气欠费等数据，主动识别可能陷入困境的家庭，推送社区核实救助。", {
        level: "restricted",
        inputs: "大额医疗支出、失业登记、残疾人信息、水电气欠费记录",
        outputs: "疑似困难家庭名单、风险评分及主要致困原因",
        tags: ["社会救助", "主动发现"],
      }),
      x("application", "婚姻登记网上预约系统", "提供结婚、离婚登记网上预约、材料预审和颁证仪式预约服务，预约结果同步至各区市婚姻登记处。", {
        domain: "livelihood",
        level: "open",
        tags: ["婚姻登记", "网上预约"],
      }),
      x("component", "居民家庭经济状况核对组件", "对接公安、人社、不动产、车辆、公积金等数据的家庭经济状况核对组件，出具核对报告供救助审批使用。", {
        level: "restricted",
        tags: ["经济状况核对", "社会救助"],
      }),
    ],
  },

  "QD-JYJ": {
    domain: "education",
    common: ["许", "罚", "权", "检", "采", "预", "执", "热", "议", "文", "访", "案", "督"],
    subjects: [
      s("学校基本", "DQ", "学校标识码 学校名称 办学类型 举办者类型 地址 经度 纬度 在校生数(人) 教职工数(人)", {
        slug: "schools",
        level: "open",
        freq: "yearly",
        tags: ["学校", "教育"],
      }),
      s("中小学生学籍", "DV", "全国学籍号 姓名 性别 出生日期 就读学校 年级 班级 学籍状态", {
        slug: "student-status",
        level: "personal",
        ground: "minor",
        use: "随迁子女入学、学生资助审核",
        tags: ["学籍", "教育"],
      }),
      s("教师资格证", "DV", "证书编号 姓名 公民身份号码 资格种类 任教学科 发证日期 认定机构", {
        slug: "teacher-certificates",
        level: "restricted",
        use: "教师招聘和校外培训机构师资审核",
        tags: ["教师资格证", "证照"],
      }),
      s("义务教育招生入学", "DS", "报名编号 学生姓名 户籍地址 房产地址 报名学校 录取结果 录取日期", {
        level: "personal",
        ground: "minor",
        freq: "yearly",
        measures: "报名人数(人) 录取人数(人) 随迁子女入学人数(人)",
        tags: ["招生入学", "教育"],
      }),
      s("校外培训机构", "DQ", "机构名称 统一社会信用代码 办学许可证号 培训类别 办学地址 是否纳入资金监管", {
        slug: "training-institutions",
        level: "open",
        tags: ["校外培训", "办学许可证", "证照"],
      }),
      s("学生资助", "D", "学生姓名 全国学籍号 资助项目 资助金额(元) 发放日期 就读学校", {
        domain: "social_security",
        level: "personal",
        ground: "minor",
        tags: ["学生资助"],
      }),
      s("学前教育机构", "DQ", "幼儿园名称 办园性质 等级 地址 班级数(个) 在园幼儿数(人) 收费标准", { slug: "kindergartens", level: "open", freq: "yearly", tags: ["幼儿园", "教育"] }),
      s("中小学学区划分", "DQ", "学校名称 学区范围 所属区市 招生年度 划片说明", {
        slug: "school-districts",
        level: "open",
        freq: "yearly",
        tags: ["学区", "招生入学"],
      }),
      s("教育经费", "S", "", { level: "shared", freq: "yearly", measures: "教育经费总投入(亿元) 生均公用经费(元)", tags: ["教育经费"] }),
      s("民办学校办学许可证", "DQ", "办学许可证号 学校名称 统一社会信用代码 办学层次 办学地址 发证日期 有效期至", {
        slug: "private-school-licenses",
        level: "open",
        tags: ["办学许可证", "证照"],
      }),
      s("中小学教师", "D", "教职工号 姓名 公民身份号码 任教学校 任教学科 专业技术职务 教师资格证号", { level: "personal", tags: ["教师", "教育"] }),
      s("学生体质健康监测", "S", "", {
        level: "open",
        freq: "yearly",
        measures: "测试人数(人) 优良率(%) 近视率(%)",
        tags: ["体质健康", "教育"],
      }),
      s("高中阶段招生录取", "D", "考生号 姓名 毕业学校 录取学校 录取批次 录取日期", { level: "personal", ground: "minor", freq: "yearly", tags: ["招生录取", "教育"] }),
      s("学生心理健康筛查", "D", "全国学籍号 学生姓名 就读学校 筛查日期 筛查结果 干预措施", { level: "secret", ground: "minor", tags: ["心理健康"] }),
      s("中小学课后服务", "S", "", { level: "open", freq: "quarterly", measures: "开展学校数(所) 参与学生数(人) 参与率(%)", tags: ["课后服务", "教育"] }),
    ],
    extras: [
      x("video", "校园安全视频监控", "全市中小学和幼儿园校门口、操场及周边道路的视频监控，用于校园安全巡查和护学岗调度。", {
        level: "restricted",
        tags: ["校园安全", "视频监控"],
      }),
      x("iot", "校车运行定位数据", "全市校车车载终端上报的实时位置、速度和载客人数，用于校车线路监管和超速报警。", {
        domain: "transport",
        level: "restricted",
        fields: "车牌号码 定位时间 经度 纬度 速度(千米/小时) 载客人数(人)",
        tags: ["校车", "交通"],
      }),
      x("algorithm", "学位供需预测模型", "依据出生人口、户籍迁移和新建住宅数据预测未来五年各学区学位需求，为学校布局规划提供依据。", {
        inputs: "出生人口数据、户籍迁移数据、新建住宅交付计划",
        outputs: "分学区分年度学位需求预测及缺口",
        tags: ["学位预测", "教育"],
      }),
      x("application", "青岛教育e平台", "面向师生和家长的教育公共服务平台，提供在线课程、招生报名、成绩查询和家校沟通服务。", {
        level: "open",
        tags: ["智慧教育"],
      }),
      x("api", "入学报名资格预审接口", "比对户籍、房产和居住证数据预审义务教育入学报名资格，返回预审结论和需补充的材料。", {
        level: "restricted",
        method: "POST",
        path: "/api/v1/enrollment/prechecks",
        tags: ["招生入学", "教育"],
      }),
      x("iot", "中小学教室环境监测数据", "中小学教室安装的二氧化碳浓度、温湿度和照度传感器数据，每10分钟上报，用于改善教学环境。", {
        fields: "学校名称 教室编号 监测时间 二氧化碳浓度(ppm) 温度(℃) 照度(lx)",
        tags: ["校园", "环境监测"],
      }),
      x("component", "教育统一身份认证组件", "为全市教育应用提供师生家长统一账号和单点登录，支持与学籍、教师信息同步。", {
        tags: ["身份认证", "教育"],
      }),
    ],
  },

  "QD-ZRZYJ": {
    domain: "urban_governance",
    common: ["许", "罚", "办", "检", "诺", "采", "预", "执", "热", "文", "访", "案", "督"],
    subjects: [
      s("不动产登记", "DQS", "不动产单元号 不动产权证书号 权利人 权利类型 坐落 面积(平方米) 用途 登记日期", {
        slug: "real-estate-registrations",
        level: "personal",
        src: "不动产登记信息管理平台",
        tags: ["不动产", "证照"],
      }),
      s("不动产权证书", "V", "不动产权证书号 权利人 公民身份号码", {
        slug: "real-estate-certificates",
        level: "restricted",
        use: "户籍迁入、入学资格审核、公积金提取",
        tags: ["不动产权证书", "证照"],
      }),
      s("不动产抵押登记", "D", "不动产登记证明号 抵押权人 抵押人 被担保债权数额(万元) 债务履行期限 登记日期", {
        level: "restricted",
        tags: ["不动产", "抵押"],
      }),
      s("国土空间规划", "D", "规划编号 规划名称 规划层级 规划期限 用途分区 批复日期 规划文件", {
        noun: "数据",
        level: "open",
        freq: "yearly",
        tags: ["国土空间规划"],
      }),
      s("建设用地规划许可证", "DQ", "许可证编号 用地单位 项目名称 用地位置 用地面积(平方米) 用地性质 发证日期", {
        slug: "land-use-permits",
        level: "open",
        tags: ["规划许可证", "证照"],
      }),
      s("建设工程规划许可证", "DQ", "许可证编号 建设单位 项目名称 建设位置 建设规模(平方米) 发证日期", { slug: "building-permits", level: "open", tags: ["规划许可证", "证照"] }),
      s("土地供应", "DQS", "宗地编号 宗地位置 土地用途 出让面积(公顷) 出让方式 成交价格(万元) 成交日期", {
        slug: "land-supply",
        domain: "economy",
        level: "open",
        measures: "供应宗数(宗) 供应面积(公顷) 出让价款(亿元)",
        tags: ["土地供应"],
      }),
      s("基础测绘成果", "D", "成果编号 成果名称 比例尺 测绘日期 覆盖范围 坐标系", {
        noun: "目录",
        level: "restricted",
        freq: "yearly",
        tags: ["测绘", "时空"],
      }),
      s("高分辨率卫星遥感影像", "D", "影像编号 卫星名称 成像日期 分辨率(米) 云量(%) 覆盖范围", {
        noun: "数据",
        level: "secret",
        ground: "secret",
        freq: "quarterly",
        tags: ["遥感影像", "时空"],
      }),
      s("地质灾害隐患点", "DQ", "隐患点编号 隐患点名称 灾害类型 所属区市 经度 纬度 威胁人数(人) 防治责任人", {
        slug: "geohazards",
        domain: "public_safety",
        level: "open",
        tags: ["地质灾害"],
      }),
      s("海域使用权", "DQ", "海域使用权证书号 用海项目名称 海域使用权人 用海类型 用海面积(公顷) 发证日期 终止日期", {
        slug: "sea-use-rights",
        domain: "economy",
        tags: ["海域", "证照"],
      }),
      s("林地资源", "D", "图斑编号 所属区市 林地类型 面积(公顷) 起源 优势树种", { domain: "environment", freq: "yearly", tags: ["林地", "自然资源"] }),
      s("测绘资质", "DQ", "资质证书编号 单位名称 统一社会信用代码 资质等级 专业类别 有效期至", { slug: "surveying-qualifications", level: "open", tags: ["测绘资质", "证照"] }),
      s("采矿权", "D", "采矿许可证号 矿山名称 采矿权人 开采矿种 生产规模(万吨/年) 有效期至", { domain: "economy", level: "open", tags: ["采矿许可证", "证照"] }),
      s("门牌地址", "DQ", "门牌编码 标准地址 所属区市 所属街道 经度 纬度", {
        slug: "addresses",
        level: "open",
        freq: "weekly",
        tags: ["门牌", "地址", "时空"],
      }),
      s("城市地下管线", "D", "管线编号 管线类别 材质 管径(毫米) 埋深(米) 权属单位 起点坐标 终点坐标", {
        noun: "数据",
        domain: "urban_governance",
        level: "secret",
        ground: "secret",
        freq: "quarterly",
        tags: ["地下管线", "时空"],
      }),
      s("自然保护地", "D", "保护地名称 保护地类型 级别 面积(公顷) 所属区市 管理机构", { domain: "environment", level: "open", freq: "yearly", tags: ["自然保护地", "生态"] }),
    ],
    extras: [
      x("component", "三维实景地图组件", "基于倾斜摄影和城市信息模型（CIM）的三维实景地图渲染组件，支持楼栋单体化查询和规划方案比选。", {
        tags: ["三维地图", "CIM"],
      }),
      x("algorithm", "违法建设遥感识别模型", "比对前后两期遥感影像自动提取新增建筑和地表变化图斑，推送执法部门核查疑似违法建设。", {
        inputs: "前后两期高分辨率遥感影像、用地审批红线",
        outputs: "疑似违法建设图斑、面积、位置及置信度",
        tags: ["违法建设", "遥感"],
      }),
      x("application", "国土空间基础信息平台", "集成基础测绘、规划管控、不动产登记和自然资源调查成果，为各部门提供统一的空间底板和审批辅助。", {
        level: "restricted",
        tags: ["国土空间", "时空"],
      }),
      x("compute", "遥感影像处理算力资源", "用于卫星和航空遥感影像正射校正、拼接和变化检测的集群算力与存储资源，按任务申请使用。", {
        tags: ["遥感", "算力"],
      }),
      x("api", "不动产登记办理进度查询接口", "按受理编号查询不动产登记业务的办理环节、预计办结时间和领证方式，供政务服务网和自助终端调用。", {
        method: "GET",
        path: "/api/v1/real-estate/progress",
        tags: ["不动产", "办件查询"],
      }),
      x("iot", "地质灾害隐患点监测数据", "重点地质灾害隐患点GNSS位移计、裂缝计和雨量计的实时监测数据，超阈值自动预警。", {
        domain: "public_safety",
        level: "open",
        fields: "隐患点编号 监测设备类型 监测时间 累计位移(毫米) 降雨量(毫米) 预警等级",
        tags: ["地质灾害", "监测预警"],
      }),
    ],
  },

  "QD-YBJ": {
    domain: "health",
    common: ["罚", "办", "权", "检", "诺", "预", "执", "热", "议", "访", "案", "督"],
    subjects: [
      s("基本医疗保险参保", "DQVS", "公民身份号码 姓名 参保类别 参保状态 参保日期 参保单位名称 个人账户余额(元)", {
        slug: "medical-insurance",
        domain: "social_security",
        level: "personal",
        src: "山东省医疗保障信息平台",
        use: "医疗救助认定、异地就医备案",
        measures: "参保人数(人) 职工医保参保人数(人) 居民医保参保人数(人)",
        tags: ["医保", "社保", "参保"],
      }),
      s("医保结算", "DS", "结算流水号 公民身份号码 姓名 定点医药机构 结算日期 医疗费总额(元) 统筹支付(元) 个人负担(元)", {
        level: "personal",
        freq: "realtime",
        measures: "结算人次(人次) 医疗费总额(万元) 统筹基金支出(万元)",
        tags: ["医保", "结算"],
      }),
      s("定点医药机构", "DQ", "机构编码 机构名称 机构类型 医院等级 地址 协议开始日期 协议状态", {
        slug: "designated-institutions",
        level: "open",
        freq: "weekly",
        tags: ["医保", "定点医院"],
      }),
      s("医保药品目录", "DQ", "药品编码 通用名称 剂型 规格 医保类别 支付标准(元) 限定支付范围", {
        slug: "drug-catalogue",
        level: "open",
        freq: "quarterly",
        tags: ["医保目录", "药品"],
      }),
      s("医疗救助", "DQ", "公民身份号码 姓名 救助类别 救助金额(元) 救助日期", { slug: "medical-assistance", domain: "social_security", level: "personal", tags: ["医疗救助"] }),
      s("长期护理保险", "DQS", "公民身份号码 姓名 失能等级 护理机构 护理方式 待遇开始日期", {
        slug: "long-term-care",
        domain: "social_security",
        level: "personal",
        measures: "享受待遇人数(人) 基金支出(万元)",
        tags: ["长护险", "社保"],
      }),
      s("门诊慢特病待遇认定", "D", "公民身份号码 姓名 病种名称 认定日期 有效期至 定点机构", { level: "secret", ground: "health", tags: ["慢特病", "医保"] }),
      s("医保电子凭证", "V", "医保电子凭证令牌 公民身份号码", {
        slug: "medical-insurance-qrcode",
        level: "restricted",
        use: "就医购药扫码结算",
        tags: ["医保电子凭证", "证照"],
      }),
      s("医疗服务价格", "DQ", "项目编码 项目名称 计价单位 价格(元) 医保支付类别 执行日期", {
        slug: "service-prices",
        level: "open",
        freq: "quarterly",
        tags: ["医疗服务价格"],
      }),
      s("医保经办服务网点", "D", "网点名称 网点类型 地址 经度 纬度 办理业务 联系电话", { level: "open", freq: "quarterly", tags: ["医保", "办事网点"] }),
      s("药品和医用耗材集中带量采购", "DQ", "品种名称 规格 中选企业 中选价格(元) 采购周期 执行日期", {
        slug: "volume-procurement",
        level: "open",
        freq: "quarterly",
        tags: ["集中带量采购", "药品"],
      }),
      s("异地就医备案", "DQ", "公民身份号码 姓名 参保地 就医地 备案类型 备案日期 有效期至", {
        slug: "remote-medical-filings",
        level: "personal",
        tags: ["异地就医", "医保"],
      }),
      s("生育保险待遇", "D", "公民身份号码 姓名 待遇类型 生育津贴(元) 医疗费用(元) 核发日期", { domain: "social_security", level: "personal", tags: ["生育保险", "社保"] }),
      s("医保基金飞行检查线索", "D", "线索编号 涉及机构 线索来源 问题类型 涉及金额(万元) 核查状态", { level: "secret", ground: "internal", tags: ["基金监管", "医保"] }),
      s("城乡居民医保缴费", "DS", "公民身份号码 姓名 缴费年度 缴费档次 缴费金额(元) 缴费日期 缴费渠道", {
        domain: "social_security",
        level: "personal",
        freq: "daily",
        measures: "缴费人数(人) 缴费金额(万元) 资助参保人数(人)",
        tags: ["医保", "社保", "缴费"],
      }),
    ],
    extras: [
      x("algorithm", "医保基金智能审核模型", "依据医保支付政策和临床规则对结算明细逐条审核，识别超限用药、重复收费和分解住院等违规行为。", {
        level: "restricted",
        inputs: "医保结算明细、诊断信息、医保支付规则库",
        outputs: "疑似违规明细、违规类型和扣减金额建议",
        tags: ["医保", "智能审核"],
      }),
      x("algorithm", "欺诈骗保风险识别模型", "运用关联分析识别挂床住院、虚假就诊等欺诈骗保团伙和异常机构，为飞行检查提供线索。", {
        level: "secret",
        ground: "internal",
        inputs: "医保结算数据、住院登记数据、定点机构信息",
        outputs: "高风险机构和人员名单、风险评分、异常特征",
        tags: ["医保", "基金监管"],
      }),
      x("application", "青岛医保公共服务平台", "提供参保查询、异地就医备案、门诊慢特病申请和医保电子凭证激活等在线服务。", {
        level: "open",
        tags: ["医保", "网上办事"],
      }),
      x("api", "医保个人账户余额查询接口", "经参保人授权后查询医保个人账户余额和年度统筹累计，供“爱山东”等移动端应用调用。", {
        level: "personal",
        method: "GET",
        path: "/api/v1/medical-insurance/accounts",
        tags: ["医保", "社保"],
      }),
      x("component", "医保移动支付组件", "为互联网医院和医疗机构App提供医保电子凭证授权、线上医保结算和退费能力的开发组件。", {
        tags: ["医保", "移动支付"],
      }),
    ],
  },

  "QD-SPJ": {
    domain: "government",
    common: ["许", "办", "权", "诺", "采", "预", "热", "议", "文", "访", "督"],
    subjects: [
      s("政务服务事项", "DQ", "事项编码 事项名称 事项类型 实施主体 承诺办理时限(工作日) 收费标准 申请材料 办理地点", {
        slug: "service-items",
        level: "open",
        freq: "weekly",
        src: "山东省政务服务事项管理系统",
        tags: ["政务服务", "事项清单"],
      }),
      s("行政许可证照批文", "DQ", "证照批文编号 证照名称 持证主体 统一社会信用代码 发证日期 有效期至 发证机关", {
        slug: "permit-documents",
        level: "open",
        tags: ["证照", "许可证"],
      }),
      s("企业开办", "DQS", "业务编号 企业名称 统一社会信用代码 申请日期 营业执照发放日期 公章刻制日期 办结时长(小时)", {
        slug: "business-startups",
        domain: "market",
        measures: "开办企业数(户) 平均办结时长(小时) 全程网办率(%)",
        tags: ["企业开办", "营业执照", "证照"],
      }),
      s("投资项目审批", "DQ", "项目代码 项目名称 建设单位 建设地点 总投资(万元) 审批事项 审批结果 审批日期", {
        slug: "investment-projects",
        domain: "economy",
        level: "open",
        tags: ["投资项目"],
      }),
      s("政务服务好差评", "DQS", "评价编号 事项名称 办理部门 评价渠道 评价等级 评价时间 整改状态", {
        slug: "service-reviews",
        level: "open",
        measures: "评价数(条) 好评率(%) 差评整改率(%)",
        tags: ["好差评", "政务服务"],
      }),
      s("政务大厅排队叫号", "S", "", { level: "open", freq: "daily", measures: "取号量(个) 平均等候时长(分钟) 平均办理时长(分钟)", tags: ["政务大厅"] }),
      s("证明事项告知承诺", "DQ", "承诺编号 证明事项名称 申请人 承诺日期 核查方式 核查结果", { slug: "commitments", level: "restricted", tags: ["告知承诺"] }),
      s("工程建设项目审批", "DS", "项目代码 项目名称 审批阶段 审批事项 受理日期 办结日期 审批结果", {
        domain: "urban_governance",
        level: "open",
        measures: "审批项目数(个) 平均审批时长(工作日)",
        tags: ["工程建设", "审批"],
      }),
      s("“一件事一次办”办件", "D", "办件编号 一件事名称 申请人类型 涉及部门数(个) 受理日期 办结日期", { tags: ["一件事", "政务服务"] }),
      s("电子证照应用", "S", "", {
        measures: "免提交证照数(张) 证照调用次数(次) 免提交事项数(项)",
        tags: ["电子证照", "证照"],
      }),
      s("政务服务中心窗口", "DQ", "窗口编号 窗口名称 所在楼层 受理事项 办公时间 咨询电话", {
        slug: "service-windows",
        level: "open",
        freq: "monthly",
        tags: ["政务大厅"],
      }),
      s("帮办代办", "D", "服务编号 服务对象 帮办事项 帮办人员 受理日期 办结日期 服务评价", { tags: ["帮办代办", "政务服务"] }),
      s("行政审批中介服务事项", "DQ", "事项名称 中介服务名称 设定依据 服务时限(工作日) 收费标准", { slug: "intermediary-services", level: "open", freq: "on_demand", tags: ["中介服务"] }),
      s("取消证明事项清单", "D", "证明名称 原办理事项 取消依据 替代方式 取消日期", { level: "open", freq: "on_demand", tags: ["无证明城市", "证明事项"] }),
    ],
    extras: [
      x("application", "青岛政务服务网", "全市政务服务事项网上办理总入口，提供事项查询、在线申报、办件查询、证照调用和好差评服务。", {
        level: "open",
        tags: ["一网通办", "政务服务"],
      }),
      x("application", "政务服务大厅综合窗口系统", "支撑市民中心“一窗受理、集成服务”的综合窗口受理、分办流转和出件管理，窗口人员使用。", {
        tags: ["一窗受理"],
      }),
      x("api", "办件进度查询接口", "按办件编号或申请人证件号查询政务服务事项办理进度和结果，供12345热线、自助终端等渠道调用。", {
        method: "GET",
        path: "/api/v1/service-cases/progress",
        tags: ["办件查询", "政务服务"],
      }),
      x("algorithm", "企业开办智能审批模型", "对企业名称、经营范围和住所等申请材料进行自动比对核验，符合条件的申请实现“秒批”。", {
        domain: "market",
        inputs: "企业名称、经营范围、住所信息、股东及法定代表人信息",
        outputs: "审查结论（通过/人工复核）及不符合项说明",
        tags: ["秒批", "企业开办"],
      }),
      x("component", "智能导办组件", "基于事项知识库的问答式导办组件，根据申请人情形生成个性化材料清单，可嵌入网站、小程序和自助终端。", {
        tags: ["智能导办", "政务服务"],
      }),
      x("api", "政务服务事项申报接口", "接收各渠道提交的政务服务事项申请，统一生成办件编号并推送至受理部门，支持附件上传和电子证照引用。", {
        method: "POST",
        path: "/api/v1/service-cases",
        tags: ["一网通办", "政务服务"],
      }),
      x("algorithm", "政务服务智能问答模型", "基于政务服务事项知识库的问答模型，理解群众口语化提问并返回办理条件、材料和流程。", {
        inputs: "群众提问文本、所在区市",
        outputs: "匹配事项、答案文本、相关办事指南链接",
        tags: ["智能问答", "政务服务"],
      }),
      x("application", "政务服务自助终端系统", "部署在政务大厅、社区和银行网点的自助终端系统，支持证明打印、社保查询和常用事项自助办理。", {
        level: "open",
        tags: ["自助终端", "政务服务"],
      }),
    ],
  },

  "QD-CGJ": {
    domain: "urban_governance",
    common: ["许", "罚", "办", "检", "诺", "采", "预", "执", "热", "文", "访", "案", "督"],
    subjects: [
      s("城市部件", "DQ", "部件编码 部件类型 部件名称 所属区市 所在道路 经度 纬度 权属单位 部件状态", {
        slug: "city-components",
        freq: "monthly",
        tags: ["城市部件", "数字城管"],
      }),
      s("数字城管案件", "DQS", "案件编号 案件来源 问题类型 问题描述 发生地址 上报时间 处置单位 结案时间", {
        slug: "urban-cases",
        freq: "realtime",
        measures: "立案数(件) 结案数(件) 按期结案率(%)",
        tags: ["数字城管", "案件"],
      }),
      s("生活垃圾分类", "S", "", { domain: "environment", level: "open", freq: "monthly", measures: "生活垃圾清运量(吨) 厨余垃圾处理量(吨) 回收利用率(%)", tags: ["垃圾分类"] }),
      s("户外广告设施设置许可", "DQ", "许可编号 设置单位 设置地点 广告形式 面积(平方米) 许可期限", { slug: "outdoor-ads", level: "open", tags: ["户外广告", "许可证", "证照"] }),
      s("市政道路", "DQ", "道路编码 道路名称 道路等级 起点 终点 长度(米) 宽度(米) 养护单位", { slug: "municipal-roads", level: "open", freq: "quarterly", tags: ["市政道路"] }),
      s("城市照明设施", "D", "设施编号 灯杆类型 所在道路 经度 纬度 光源类型 功率(瓦)", { tags: ["路灯"] }),
      s("供热单位", "DQ", "单位名称 供热区域 供热面积(万平方米) 服务电话 热源类型", {
        slug: "heating-providers",
        domain: "livelihood",
        level: "open",
        freq: "yearly",
        tags: ["供热"],
      }),
      s("燃气经营许可证", "DV", "许可证编号 企业名称 经营区域 气源类型 发证日期 有效期至", {
        slug: "gas-licenses",
        level: "open",
        use: "燃气企业资质审查",
        tags: ["燃气", "许可证", "证照"],
      }),
      s("城市道路挖掘许可", "D", "许可编号 施工单位 挖掘位置 挖掘面积(平方米) 施工开始日期 施工结束日期", { level: "open", tags: ["道路挖掘", "证照"] }),
      s("建筑垃圾运输车辆核准", "D", "核准证号 车牌号码 运输企业 核准线路 核准日期 有效期至", { tags: ["渣土车", "证照"] }),
      s("城市园林绿地", "D", "绿地编号 绿地名称 绿地类型 所属区市 面积(公顷) 养护单位", { domain: "environment", level: "open", freq: "yearly", tags: ["园林绿化"] }),
      s("城市公厕", "DQ", "公厕编号 公厕名称 地址 经度 纬度 开放时间 是否有无障碍设施", {
        slug: "public-toilets",
        domain: "livelihood",
        level: "open",
        freq: "monthly",
        tags: ["公厕", "便民"],
      }),
      s("餐厨垃圾收运", "D", "收运单号 产生单位 收运日期 收运量(千克) 收运企业 处置场所", { domain: "environment", tags: ["餐厨垃圾", "垃圾分类"] }),
      s("门前三包责任区", "D", "责任区编号 责任单位 所在道路 责任范围 责任人 签订日期", { freq: "monthly", tags: ["门前三包", "市容"] }),
    ],
    extras: [
      x("iot", "环卫作业车辆定位数据", "全市道路清扫、洒水和垃圾清运车辆的实时定位、作业状态和作业里程，用于环卫作业质量考核。", {
        domain: "environment",
        fields: "车牌号码 车辆类型 定位时间 经度 纬度 作业状态 作业里程(千米)",
        tags: ["环卫", "物联网"],
      }),
      x("iot", "城市井盖智能监测数据", "安装在主次干道的智能井盖传感器上报的位移、倾斜和水位告警，发现异常即时派单处置。", {
        fields: "井盖编号 告警类型 告警时间 经度 纬度 处置状态",
        tags: ["井盖", "城市部件"],
      }),
      x("iot", "燃气管网压力监测数据", "城市燃气管网调压站和关键节点的压力、流量和泄漏报警数据，实时接入城市生命线安全监测平台。", {
        domain: "public_safety",
        level: "restricted",
        fields: "测点编号 管网压力(MPa) 瞬时流量(立方米/小时) 是否泄漏报警 监测时间",
        tags: ["燃气", "城市生命线"],
      }),
      x("iot", "城市内涝积水监测数据", "全市易积水点、下穿桥洞安装的积水监测设备实时上报水深，超过警戒值自动预警。", {
        domain: "public_safety",
        level: "open",
        fields: "监测点编号 监测点名称 积水深度(厘米) 监测时间 预警等级",
        tags: ["内涝", "防汛"],
      }),
      x("iot", "供热管网温度监测数据", "供热季换热站和典型用户室温监测数据，用于供热质量监管和投诉快速核实。", {
        domain: "livelihood",
        fields: "换热站编号 供水温度(℃) 回水温度(℃) 室内温度(℃) 监测时间",
        tags: ["供热"],
      }),
      x("video", "城市管理视频监控", "主要街道、广场和重点区域的城市管理视频，用于占道经营、乱堆物料等问题的发现和取证。", {
        tags: ["视频监控", "数字城管"],
      }),
      x("algorithm", "占道经营视频智能识别模型", "对城市管理视频进行实时分析，自动识别占道经营、店外经营和乱堆物料等问题并生成案件。", {
        inputs: "城市管理视频流、识别区域配置",
        outputs: "问题类型、抓拍图片、发生位置和置信度",
        tags: ["视频AI", "数字城管"],
      }),
      x("algorithm", "城市内涝风险预测模型", "结合降雨预报、排水管网和地形数据模拟积水过程，提前3小时预测易涝点积水深度。", {
        domain: "public_safety",
        inputs: "短时降雨预报、排水管网数据、数字高程模型",
        outputs: "易涝点积水深度预测、风险等级和影响范围",
        tags: ["内涝", "防汛"],
      }),
      x("application", "数字城管综合信息平台", "支撑城市管理问题发现、立案、派遣、处置、核查和结案全流程闭环管理，供市区两级城管部门使用。", {
        tags: ["数字城管"],
      }),
      x("iot", "渣土车运输监测数据", "建筑垃圾运输车辆的卫星定位、顶盖密闭和举升状态数据，监测偏离核准线路、未密闭运输等违规行为。", {
        fields: "车牌号码 定位时间 经度 纬度 顶盖状态 举升状态 报警类型",
        tags: ["渣土车", "物联网"],
      }),
      x("component", "城市管理问题随手拍组件", "供市民通过小程序拍照上报城市管理问题的组件，自动获取位置并识别问题类型，上报后进入数字城管流程。", {
        tags: ["随手拍", "数字城管"],
      }),
    ],
  },

  "QD-STHJJ": {
    domain: "environment",
    common: ["许", "罚", "抽", "检", "诺", "预", "执", "热", "议", "文", "访", "案", "督"],
    subjects: [
      s("空气质量监测", "DQS", "站点编号 站点名称 监测时间 AQI 首要污染物 PM2.5浓度(μg/m³) PM10浓度(μg/m³) 臭氧浓度(μg/m³)", {
        noun: "数据",
        slug: "air-quality",
        level: "open",
        freq: "realtime",
        stats: "环境空气质量",
        measures: "优良天数(天) PM2.5年均浓度(μg/m³) 优良率(%)",
        tags: ["空气质量", "环境监测"],
      }),
      s("地表水水质监测", "DQS", "断面编号 断面名称 所属河流 监测日期 水质类别 化学需氧量(mg/L) 氨氮(mg/L)", {
        slug: "surface-water",
        noun: "数据",
        level: "open",
        freq: "monthly",
        stats: "地表水环境质量",
        measures: "达标断面数(个) 优良水体比例(%)",
        tags: ["水质", "环境监测"],
      }),
      s("近岸海域水质监测", "DQ", "站位编号 海域名称 监测日期 水质类别 无机氮(mg/L) 活性磷酸盐(mg/L)", {
        slug: "coastal-water",
        noun: "数据",
        level: "open",
        freq: "quarterly",
        tags: ["海洋环境", "水质"],
      }),
      s("海水浴场水质", "DQ", "浴场名称 监测日期 水质等级 粪大肠菌群(个/L) 适宜游泳程度", {
        slug: "beach-water",
        domain: "livelihood",
        level: "open",
        tags: ["海水浴场", "水质"],
      }),
      s("排污许可证", "DQV", "许可证编号 单位名称 统一社会信用代码 行业类别 主要污染物 许可排放量(吨/年) 有效期至", {
        slug: "discharge-permits",
        level: "open",
        use: "环境执法检查和绿色信贷审核",
        tags: ["排污许可证", "证照"],
      }),
      s("建设项目环境影响评价审批", "DQ", "项目名称 建设单位 建设地点 环评类别 审批文号 审批日期", { slug: "eia-approvals", level: "open", tags: ["环评"] }),
      s("危险废物经营许可", "DQ", "许可证编号 经营单位 经营类别 年经营规模(吨) 有效期至", { slug: "hazardous-waste-licenses", level: "open", tags: ["危险废物", "证照"] }),
      s("重点排污单位", "DQ", "统一社会信用代码 单位名称 所属行业 重点类别 排放口数量(个) 所属区市", { slug: "key-polluters", level: "open", freq: "yearly", tags: ["重点排污单位"] }),
      s("声环境质量监测", "D", "点位编号 功能区类别 监测时间 昼间等效声级(dB) 夜间等效声级(dB)", { noun: "数据", level: "open", freq: "monthly", tags: ["噪声", "环境监测"] }),
      s("机动车排放检验", "D", "检验报告编号 号牌号码 检验机构 检验方法 检验日期 检验结论", { domain: "transport", level: "restricted", tags: ["尾气", "交通"] }),
      s("入河入海排污口", "D", "排污口编码 排污口名称 排污口类型 受纳水体 经度 纬度 责任主体", { level: "open", tags: ["排污口"] }),
      s("饮用水水源地水质", "DS", "水源地名称 监测日期 水质类别 是否达标 超标项目", {
        level: "open",
        freq: "monthly",
        measures: "监测水源地数(个) 达标水源地数(个) 达标率(%)",
        tags: ["水源地", "水质"],
      }),
      s("温室气体重点排放单位", "D", "统一社会信用代码 单位名称 所属行业 年度排放量(吨二氧化碳当量) 配额量(吨)", { level: "restricted", freq: "yearly", tags: ["碳排放"] }),
      s("环境违法举报线索", "D", "线索编号 举报方式 被举报单位 举报内容 受理日期 核查结果", { level: "secret", ground: "internal", tags: ["举报线索", "环境执法"] }),
    ],
    extras: [
      x("iot", "污染源在线监测数据", "重点排污单位废水、废气排放口在线监测设备实时上传的污染物浓度和排放量，超标自动报警。", {
        fields: "排污单位编码 排放口编号 监测因子 浓度值(mg/m³) 排放量(千克) 监测时间 是否超标",
        tags: ["污染源", "在线监测"],
      }),
      x("iot", "机动车尾气遥感监测数据", "道路固定式遥感监测设备对行驶车辆尾气的非接触式检测结果，超标车辆信息推送交管部门。", {
        domain: "transport",
        level: "restricted",
        fields: "号牌号码 检测时间 检测点位 一氧化碳(%) 碳氢化合物(ppm) 是否超标",
        tags: ["尾气", "交通"],
      }),
      x("video", "重点排污口视频监控", "入河入海排污口和重点排污单位排放口视频，用于偷排漏排行为的远程监管。", { tags: ["排污口", "视频监控"] }),
      x("algorithm", "空气质量预报模型", "基于气象预报和污染源清单预报未来72小时全市及各区市空气质量，为重污染天气应对提供依据。", {
        inputs: "气象预报场、污染源排放清单、实时空气质量监测数据",
        outputs: "未来72小时AQI、首要污染物和空气质量等级预报",
        tags: ["空气质量", "预报"],
      }),
      x("algorithm", "大气污染溯源分析模型", "结合监测数据、风场和污染源分布反演污染来源，定位高值区域的主要贡献源。", {
        inputs: "空气质量监测数据、气象风场、污染源在线数据",
        outputs: "污染来源贡献率、疑似污染源清单",
        tags: ["污染溯源"],
      }),
      x("application", "生态环境监测一张图", "集成空气、水、海洋、噪声和污染源监测数据，提供全市生态环境质量实时展示和超标预警。", {
        level: "open",
        tags: ["环境监测"],
      }),
      x("compute", "空气质量数值预报计算资源", "用于WRF-CMAQ空气质量数值预报的高性能计算资源，每日两次运行全市3公里网格预报。", {
        tags: ["数值预报", "算力"],
      }),
      x("component", "环境质量数据可视化组件", "以地图、热力图和趋势图展示空气、水环境质量监测数据的前端组件，可嵌入各部门驾驶舱和门户网站。", {
        level: "open",
        tags: ["可视化", "环境监测"],
      }),
    ],
  },

  "QD-XFZD": {
    domain: "public_safety",
    common: ["许", "罚", "抽", "检", "诺", "预", "执", "热", "文", "案", "访", "督"],
    subjects: [
      s("消防安全重点单位", "DQ", "单位名称 统一社会信用代码 单位类别 地址 建筑面积(平方米) 消防安全责任人 联系电话", {
        slug: "fire-key-units",
        level: "restricted",
        tags: ["消防", "重点单位"],
      }),
      s("消防水源", "DQ", "水源编号 水源类型 地址 经度 纬度 管网压力(MPa) 可用状态", {
        slug: "fire-hydrants",
        level: "restricted",
        freq: "weekly",
        tags: ["消防水源", "消防"],
      }),
      s("火灾事故", "DS", "火灾编号 起火时间 起火地址 起火场所类型 起火原因 过火面积(平方米) 直接财产损失(万元)", {
        level: "restricted",
        measures: "火灾起数(起) 死亡人数(人) 直接财产损失(万元)",
        tags: ["火灾", "消防"],
      }),
      s("消防监督检查", "DQ", "检查编号 被检查单位 检查日期 检查类型 发现问题数(项) 整改状态", { slug: "fire-inspections", tags: ["消防检查", "消防"] }),
      s("公众聚集场所投入使用营业前消防安全检查", "DQ", "文书编号 场所名称 场所地址 使用面积(平方米) 检查结论 决定日期", {
        slug: "venue-fire-checks",
        level: "open",
        tags: ["消防", "证照"],
      }),
      s("消防救援站", "D", "站点名称 站点类型 地址 经度 纬度 消防车辆数(辆) 辖区范围", { level: "restricted", tags: ["消防站", "消防"] }),
      s("119接警", "D", "警情编号 报警时间 报警地址 警情类型 出动车辆数(辆) 到场时间", {
        level: "secret",
        ground: "terror",
        freq: "realtime",
        tags: ["119", "警情"],
      }),
      s("消防技术服务机构", "DQ", "机构名称 统一社会信用代码 服务类型 从业人员数(人) 地址 备案日期", {
        slug: "fire-service-agencies",
        level: "open",
        tags: ["消防", "技术服务"],
      }),
      s("高层建筑", "D", "建筑名称 地址 建筑高度(米) 层数(层) 使用性质 消防控制室电话", { level: "restricted", tags: ["高层建筑", "消防"] }),
      s("消防产品监督抽查", "D", "产品名称 生产企业 规格型号 抽查日期 抽查结论", { domain: "market", level: "open", tags: ["消防产品", "抽查"] }),
      s("微型消防站", "D", "站点名称 所属单位 地址 经度 纬度 队员人数(人) 器材配置", { level: "restricted", tags: ["微型消防站", "消防"] }),
      s("“九小场所”", "D", "场所名称 场所类型 地址 经营者 最近检查日期 隐患状态", { level: "restricted", tags: ["九小场所", "消防"] }),
    ],
    extras: [
      x("iot", "智慧用电安全监测数据", "老旧小区、沿街商铺和“九小场所”安装的电气火灾监控设备数据，监测剩余电流和线缆温度并实时预警。", {
        fields: "设备编号 场所名称 剩余电流(mA) 线缆温度(℃) 监测时间 告警类型",
        tags: ["智慧用电", "消防"],
      }),
      x("iot", "消防设施物联网监测数据", "重点单位火灾自动报警、自动喷水灭火系统和消防水池液位等设施的运行状态和故障告警数据。", {
        level: "restricted",
        fields: "单位编码 设施类型 设施状态 告警类型 监测时间",
        tags: ["消防设施", "物联网"],
      }),
      x("video", "高层建筑消防通道视频", "高层住宅和商业综合体消防车通道的视频监控，自动发现占用堵塞消防通道行为。", { tags: ["消防通道", "视频监控"] }),
      x("algorithm", "建筑火灾风险评估模型", "综合建筑属性、消防设施状态、检查记录和用电监测数据评估单位火灾风险，输出风险等级和隐患提示。", {
        inputs: "建筑基本信息、消防设施物联数据、监督检查记录、用电监测数据",
        outputs: "火灾风险等级、风险评分及主要隐患",
        tags: ["火灾风险", "消防"],
      }),
      x("application", "智慧消防综合管理平台", "整合消防物联网、重点单位和水源信息，实现火灾隐患的实时感知、预警推送和闭环整改。", {
        level: "restricted",
        tags: ["智慧消防"],
      }),
      x("iot", "消防车辆实时定位数据", "全市消防救援车辆车载终端上报的实时位置和出动状态，用于就近调派和到场时间统计。", {
        level: "restricted",
        fields: "车辆编号 车辆类型 所属站点 定位时间 经度 纬度 出动状态",
        tags: ["消防车辆", "消防"],
      }),
      x("algorithm", "消防车辆调派路径规划模型", "结合实时路况、道路限高限宽和消防车型计算最优出警路线，并预估到场时间。", {
        inputs: "警情地址、可调派车辆位置、实时路况、道路通行限制",
        outputs: "推荐出动车辆、行驶路线和预计到场时间",
        tags: ["路径规划", "消防"],
      }),
      x("component", "消防监督移动执法组件", "支持消防监督员现场检查、隐患拍照、文书生成和电子签名的移动端组件，检查结果实时回传。", {
        tags: ["移动执法", "消防"],
      }),
    ],
  },

  "QD-GXJ": {
    domain: "economy",
    common: ["许", "办", "权", "诺", "采", "预", "热", "议", "文", "访", "督"],
    subjects: [
      s("规模以上工业企业", "DS", "统一社会信用代码 企业名称 所属行业 工业总产值(万元) 营业收入(万元) 利润总额(万元) 从业人数(人)", {
        level: "restricted",
        freq: "monthly",
        measures: "企业数(家) 工业增加值增速(%) 营业收入(亿元)",
        tags: ["规上工业", "工业经济"],
      }),
      s("专精特新中小企业", "DQ", "统一社会信用代码 企业名称 认定级别 主导产品 所属领域 认定年度", {
        slug: "specialized-smes",
        level: "open",
        freq: "yearly",
        tags: ["专精特新", "企业"],
      }),
      s("工业互联网平台", "DQ", "平台名称 运营企业 平台类型 服务行业 连接设备数(台) 工业APP数(个)", { slug: "iiot-platforms", level: "open", freq: "quarterly", tags: ["工业互联网"] }),
      s("工业用电", "S", "", { level: "restricted", freq: "monthly", measures: "工业用电量(万千瓦时) 同比增长(%)", tags: ["工业用电", "工业经济"] }),
      s("技术改造项目", "DS", "项目名称 企业名称 所属行业 总投资(万元) 建设期限 项目状态", {
        measures: "在建项目数(个) 完成投资(亿元)",
        tags: ["技术改造"],
      }),
      s("5G基站建设", "D", "基站编号 运营商 所属区市 经度 纬度 开通日期", { domain: "urban_governance", level: "restricted", tags: ["5G", "新基建"] }),
      s("软件和信息技术服务企业", "DQ", "统一社会信用代码 企业名称 主营业务 软件业务收入(万元) 从业人数(人)", { slug: "software-companies", level: "shared", freq: "yearly", tags: ["软件企业"] }),
      s("重点用能单位能耗", "DS", "统一社会信用代码 单位名称 综合能耗(吨标准煤) 单位产值能耗(吨标准煤/万元) 统计年度", {
        domain: "environment",
        level: "restricted",
        freq: "yearly",
        measures: "综合能耗(万吨标准煤) 单位工业增加值能耗下降率(%)",
        tags: ["能耗", "节能"],
      }),
      s("中小企业公共服务机构", "DQ", "机构名称 服务类别 服务内容 地址 联系电话 认定级别", {
        slug: "sme-service-providers",
        level: "open",
        tags: ["中小企业", "企业服务"],
      }),
      s("智能工厂和数字化车间", "D", "企业名称 统一社会信用代码 项目名称 认定类型 所属行业 认定年度", { level: "open", freq: "yearly", tags: ["智能制造"] }),
      s("工业园区", "DQ", "园区名称 所属区市 规划面积(平方千米) 主导产业 入驻企业数(家) 管理机构", {
        slug: "industrial-parks",
        level: "open",
        freq: "yearly",
        tags: ["工业园区"],
      }),
      s("无线电台站设置许可", "D", "执照编号 台站名称 设置单位 频率范围 发射功率(瓦) 有效期至", { level: "restricted", tags: ["无线电", "证照"] }),
      s("中小企业融资需求", "D", "企业名称 统一社会信用代码 融资金额(万元) 融资用途 对接银行 对接状态", { level: "restricted", tags: ["融资", "中小企业"] }),
      s("无线电监测", "D", "监测站编号 监测频段 监测时间 信号强度(dBμV) 异常信号类型", { noun: "数据", level: "secret", ground: "secret", freq: "realtime", tags: ["无线电"] }),
      s("新能源汽车充电设施", "DQ", "充电站编号 充电站名称 地址 经度 纬度 充电桩数(个) 快充桩数(个) 运营单位", {
        slug: "charging-stations",
        domain: "transport",
        level: "open",
        freq: "weekly",
        tags: ["充电桩", "交通"],
      }),
      s("企业技术中心", "D", "企业名称 统一社会信用代码 认定级别 所属行业 认定年度", { level: "open", freq: "yearly", tags: ["技术创新", "企业"] }),
    ],
    extras: [
      x("algorithm", "工业经济运行监测预警模型", "基于用电、税收和产值数据监测重点行业和企业运行态势，识别产值下滑和停产风险企业。", {
        level: "restricted",
        inputs: "工业企业用电数据、增值税开票数据、规上工业产值",
        outputs: "行业景气指数、风险企业清单和预警等级",
        tags: ["工业经济", "监测预警"],
      }),
      x("application", "青岛工业互联网服务平台", "汇聚工业互联网平台、解决方案和服务商资源，为中小制造企业提供数字化转型诊断和供需对接服务。", {
        level: "open",
        tags: ["工业互联网"],
      }),
      x("compute", "工业互联网边缘算力资源", "部署在重点产业园区的边缘计算节点资源，为企业设备数据采集、质检模型推理提供就近算力。", {
        tags: ["边缘计算", "工业互联网"],
      }),
      x("component", "工业设备数据采集组件", "支持Modbus、OPC UA、MQTT等主流工业协议的数据采集组件，帮助企业快速接入设备运行数据。", {
        tags: ["工业互联网", "数据采集"],
      }),
      x("algorithm", "工业企业亩产效益评价模型", "按用地面积、税收、产值、能耗和研发投入对工业企业进行综合评价，结果用于差别化要素配置。", {
        inputs: "企业用地面积、税收、工业产值、综合能耗、研发投入",
        outputs: "亩均税收、亩均产值、综合评价等级（A—D）",
        tags: ["亩产效益", "工业经济"],
      }),
    ],
  },
};

const COASTAL = ["370202", "370203", "370212", "370211", "370214", "370215"];
const FORESTED = ["370212", "370211", "370283", "370285"];
const FARMING = ["370215", "370281", "370283", "370285"];

/** One table for all ten districts; `{区}` is the district's name and `{码}` its code. */
const DISTRICT_TEMPLATES: Extra[] = [
  x("dataset", "{区}网格事件数据", "{区}网格员巡查上报和群众反映的各类事件，包括事件类型、位置、处置部门和办结情况，实时汇聚至区社会治理中心。", {
    domain: "urban_governance",
    freq: "realtime",
    fields: "事件编号 事件类型 事件描述 所属网格 上报人 上报时间 经度 纬度 处置状态 办结时间",
    tags: ["网格化", "事件"],
  }),
  x("dataset", "{区}网格划分数据", "{区}社会治理网格的划分范围和责任人，包括网格编码、所属街道社区和网格边界，随网格调整不定期更新。", {
    domain: "urban_governance",
    freq: "on_demand",
    fields: "网格编码 网格名称 所属街道 所属社区 网格面积(平方米) 网格长 网格边界",
    tags: ["网格化"],
  }),
  x("dataset", "{区}网格员信息", "{区}专职网格员的基本信息和负责网格，包括姓名、联系电话、所属网格和在岗状态，供事件派单和考核使用。", {
    domain: "urban_governance",
    level: "personal",
    freq: "monthly",
    fields: "网格员编号 姓名 联系电话 所属网格 入职日期 在岗状态",
    tags: ["网格化", "网格员"],
  }),
  x("video", "{区}重点区域视频监控点位", "{区}商圈、学校、医院周边和主要路口等重点区域的视频监控点位及实时视频流，支持按点位调阅和录像回放。", {
    domain: "public_safety",
    level: "restricted",
    fields: "点位编号 点位名称 安装位置 经度 纬度 摄像机类型 在线状态",
    tags: ["视频监控", "雪亮工程"],
  }),
  x("iot", "{区}城市部件物联感知数据", "{区}井盖、路灯、消防栓、垃圾桶等城市部件上安装的物联网传感器状态与告警数据，实时接入城市云脑。", {
    domain: "urban_governance",
    fields: "设备编号 部件类型 告警类型 监测值 上报时间 经度 纬度",
    tags: ["城市部件", "物联网"],
  }),
  x("dataset", "{区}社区基本信息", "{区}各社区的名称、所属街道、办公地址、人口和面积等基础信息，每年核更一次。", {
    domain: "urban_governance",
    level: "open",
    freq: "yearly",
    fields: "社区编码 社区名称 所属街道 办公地址 户籍人口(人) 常住人口(人) 面积(平方千米) 联系电话",
    tags: ["社区"],
  }),
  x("dataset", "{区}居民小区信息", "{区}居民小区的名称、地址、建成年代、楼栋和住户数量及物业服务企业，按月更新。", {
    domain: "livelihood",
    freq: "monthly",
    fields: "小区编码 小区名称 地址 建成年份 楼栋数(栋) 住户数(户) 物业服务企业 经度 纬度",
    tags: ["小区", "物业"],
  }),
  x("dataset", "{区}老旧小区改造项目信息", "{区}年度老旧小区改造项目清单及进度，包括改造内容、涉及户数、开工和完工时间，按月更新。", {
    domain: "urban_governance",
    level: "open",
    freq: "monthly",
    fields: "项目编号 小区名称 改造内容 涉及户数(户) 计划投资(万元) 开工日期 完工日期 项目状态",
    tags: ["老旧小区", "城市更新"],
  }),
  x("dataset", "{区}12345热线工单数据", "市12345热线派发至{区}的群众诉求工单及办理情况，包括诉求类型、承办单位、办理时限和满意度。", {
    domain: "livelihood",
    level: "restricted",
    freq: "realtime",
    fields: "工单编号 来电时间 诉求类型 诉求内容 承办单位 办理时限 办理状态 满意度",
    tags: ["12345", "热线"],
  }),
  x("dataset", "{区}政务服务中心办件信息", "{区}政务服务中心各窗口受理的办件记录，包括事项名称、受理和办结时间、办理结果，每日同步至市一网通办平台。", {
    domain: "government",
    fields: "办件编号 事项名称 申请人类型 受理窗口 受理时间 办结时间 办理结果",
    tags: ["政务服务", "一网通办"],
  }),
  x("dataset", "{区}个体工商户营业执照信息", "{区}行政审批服务局核发的个体工商户营业执照信息，包括统一社会信用代码、字号、经营者和经营范围，每日更新。", {
    domain: "market",
    level: "open",
    fields: "统一社会信用代码 字号名称 经营者姓名 经营场所 经营范围 发照日期 登记状态",
    tags: ["营业执照", "证照", "个体工商户"],
  }),
  x("dataset", "{区}食品经营许可证信息", "{区}核发的小餐饮、食品销售等食品经营许可证信息，包括许可证编号、经营者、主体业态和有效期，每日更新。", {
    domain: "market",
    level: "open",
    fields: "许可证编号 经营者名称 统一社会信用代码 主体业态 经营场所 发证日期 有效期至",
    tags: ["食品", "许可证", "证照"],
  }),
  x("dataset", "{区}社区卫生服务机构信息", "{区}社区卫生服务中心和服务站的名称、地址、服务时间、家庭医生团队数等信息，按季度更新。", {
    domain: "health",
    level: "open",
    freq: "quarterly",
    fields: "机构名称 机构类型 地址 经度 纬度 服务时间 家庭医生团队数(个) 联系电话",
    tags: ["社区卫生", "医疗机构"],
  }),
  x("dataset", "{区}中小学校及幼儿园信息", "{区}公办、民办中小学和幼儿园的名称、地址、办学性质、班级数和招生范围，每学年更新。", {
    domain: "education",
    level: "open",
    freq: "yearly",
    fields: "学校名称 学段 办学性质 地址 经度 纬度 班级数(个) 招生范围",
    tags: ["学校", "教育"],
  }),
  x("dataset", "{区}养老服务设施信息", "{区}养老机构、社区老年食堂和日间照料中心的位置、床位和服务项目，按季度更新。", {
    domain: "livelihood",
    level: "open",
    freq: "quarterly",
    fields: "设施名称 设施类型 地址 经度 纬度 床位数(张) 服务项目 联系电话",
    tags: ["养老", "老年食堂"],
  }),
  x("dataset", "{区}农贸市场信息", "{区}农贸市场的名称、地址、摊位数、开办单位和营业时间，按季度更新。", {
    domain: "market",
    level: "open",
    freq: "quarterly",
    fields: "市场名称 地址 经度 纬度 摊位数(个) 开办单位 营业时间",
    tags: ["农贸市场"],
  }),
  x("dataset", "{区}公共停车场泊位信息", "{区}公共停车场和道路停车泊位的位置、泊位数、收费标准和开放时间，按周更新。", {
    domain: "transport",
    level: "open",
    freq: "weekly",
    fields: "停车场编号 停车场名称 地址 经度 纬度 泊位数(个) 收费标准 开放时间",
    tags: ["停车", "交通"],
  }),
  x("iot", "{区}智慧停车泊位感知数据", "{区}道路泊位地磁和高位视频设备采集的泊位占用状态，实时更新空余泊位数，支撑停车诱导。", {
    domain: "transport",
    level: "open",
    fields: "泊位编号 停车场编号 占用状态 状态变化时间 车牌号码",
    tags: ["停车", "交通"],
  }),
  x("iot", "{区}道路积水监测数据", "{区}易积水路段和下穿通道积水监测设备实时上报的积水深度，超过警戒值自动推送防汛责任人。", {
    domain: "public_safety",
    level: "open",
    fields: "监测点编号 监测点名称 积水深度(厘米) 监测时间 预警等级",
    tags: ["防汛", "内涝"],
  }),
  x("iot", "{区}环境空气微站监测数据", "{区}街道和重点区域布设的空气质量微型监测站数据，包括PM2.5、PM10和TVOC，每小时更新。", {
    domain: "environment",
    level: "open",
    fields: "微站编号 所属街道 监测时间 PM2.5浓度(μg/m³) PM10浓度(μg/m³) TVOC浓度(mg/m³)",
    tags: ["空气质量", "微站"],
  }),
  x("dataset", "{区}最低生活保障对象信息", "{区}城乡低保对象的家庭人口、保障金额和保障状态，由各街道（镇）每月审核更新。", {
    domain: "social_security",
    level: "personal",
    freq: "monthly",
    fields: "公民身份号码 姓名 所属街道 家庭人口数(人) 保障金额(元) 保障状态",
    tags: ["低保", "社会救助"],
  }),
  x("dataset", "{区}灵活就业人员社保补贴信息", "{区}就业困难人员灵活就业社保补贴的申领和发放记录，包括补贴险种、补贴月数和金额，按月更新。", {
    domain: "social_security",
    level: "personal",
    freq: "monthly",
    fields: "公民身份号码 姓名 补贴险种 补贴起始年月 补贴月数 补贴金额(元) 发放状态",
    tags: ["社保", "就业"],
  }),
  x("dataset", "{区}城乡居民养老保险待遇信息", "{区}城乡居民基本养老保险待遇领取人员的待遇标准和发放情况，按月更新，数据来源于区社保中心。", {
    domain: "social_security",
    level: "personal",
    freq: "monthly",
    fields: "公民身份号码 姓名 所属街道 待遇开始年月 月养老金(元) 发放状态",
    tags: ["社保", "养老保险"],
  }),
  x("dataset", "{区}特殊困难群体关爱帮扶信息", "{区}独居老人、留守儿童、残疾人等特殊困难群体的帮扶对象和帮扶措施，仅限街道社区帮扶工作使用。", {
    domain: "livelihood",
    level: "secret",
    ground: "privacy",
    freq: "monthly",
    fields: "帮扶对象姓名 公民身份号码 群体类别 帮扶责任人 帮扶措施 走访日期",
    tags: ["关爱帮扶"],
  }),
  x("dataset", "{区}规模以上企业名录", "{区}规模以上工业、服务业、批零住餐业企业名录，包括所属行业、营业收入区间和联系人，每年更新。", {
    domain: "economy",
    level: "restricted",
    freq: "yearly",
    fields: "统一社会信用代码 企业名称 所属行业 营业收入区间 从业人数(人) 所属街道",
    tags: ["规上企业", "企业"],
  }),
  x("dataset", "{区}重点项目建设进度信息", "{区}市区重点项目的建设内容、总投资、年度计划投资和形象进度，按月更新。", {
    domain: "economy",
    level: "open",
    freq: "monthly",
    fields: "项目名称 建设单位 建设内容 总投资(万元) 年度计划投资(万元) 累计完成投资(万元) 形象进度",
    tags: ["重点项目", "投资"],
  }),
  x("dataset", "{区}招商引资项目信息", "{区}在谈和已签约招商项目的投资方、产业领域、投资额和落地进度，仅限招商部门内部使用。", {
    domain: "economy",
    level: "secret",
    ground: "internal",
    freq: "monthly",
    fields: "项目名称 投资方 产业领域 计划投资额(万元) 签约日期 落地进度",
    tags: ["招商引资"],
  }),
  x("dataset", "{区}安全生产重点企业信息", "{区}危险化学品、工贸和建筑施工等安全生产重点企业名单、风险等级和包保责任人，按季度更新。", {
    domain: "public_safety",
    level: "restricted",
    freq: "quarterly",
    fields: "统一社会信用代码 企业名称 行业类别 风险等级 地址 包保责任人",
    tags: ["安全生产", "重点企业"],
  }),
  x("dataset", "{区}文化体育场馆信息", "{区}图书馆、文化馆、体育场馆和全民健身场地的位置、开放时间和服务项目，按季度更新。", {
    domain: "education",
    level: "open",
    freq: "quarterly",
    fields: "场馆名称 场馆类型 地址 经度 纬度 开放时间 是否免费开放",
    tags: ["文化场馆", "全民健身"],
  }),
  x("video", "{区}主要道路交通视频", "{区}主次干道和重点路口的交通视频，接入城市云脑用于交通态势研判和事件发现，按授权调阅。", {
    domain: "transport",
    level: "restricted",
    tags: ["交通视频", "交通"],
  }),
  x("application", "{区}社会治理网格化服务管理平台", "{区}网格事件上报、分拨、处置和考核的一体化平台，支撑区、街道、社区、网格四级联动。", {
    domain: "urban_governance",
    tags: ["网格化", "社会治理"],
  }),
  x("application", "{区}城市运行管理服务平台", "{区}城市云脑区级节点，汇聚城市运行指标、视频和物联感知数据，实现区域运行态势监测和联动指挥。", {
    domain: "urban_governance",
    level: "restricted",
    tags: ["城市云脑", "一网统管"],
  }),
  x("algorithm", "{区}视频AI事件识别模型", "对{区}公共视频进行智能分析，自动识别占道经营、暴露垃圾、违规停车等城市管理问题并生成网格事件。", {
    domain: "urban_governance",
    inputs: "公共视频流、识别场景配置",
    outputs: "事件类型、抓拍图片、点位和置信度",
    tags: ["视频AI", "事件"],
  }),
  x("algorithm", "{区}网格事件智能分拨模型", "基于{区}历史事件处置记录训练的分拨模型，根据事件内容和位置推荐街道和职能部门，减少人工派单。", {
    domain: "urban_governance",
    inputs: "事件描述、事件类型、发生位置",
    outputs: "推荐处置单位、建议时限和置信度",
    tags: ["智能分拨", "网格化"],
  }),
  x("compute", "{区}政务云节点计算资源", "{区}政务云节点提供的云主机和存储资源，供区直部门和街道业务系统部署，按需申请、统一运维。", {
    domain: "government",
    tags: ["政务云", "算力"],
  }),
  x("api", "{区}网格事件上报接口", "供{区}各部门和街道业务系统向网格化平台上报事件，返回事件编号并可回调通知处置结果。", {
    domain: "urban_governance",
    method: "POST",
    path: "/api/v1/district/{码}/grid-events",
    tags: ["网格化", "事件"],
  }),
  x("api", "{区}停车泊位实时查询接口", "按位置或停车场编号查询{区}公共停车场实时空余泊位数，供停车诱导屏和出行服务应用调用。", {
    domain: "transport",
    level: "open",
    method: "GET",
    path: "/api/v1/district/{码}/parking/vacancies",
    tags: ["停车", "交通"],
  }),
  x("api", "{区}办件进度查询接口", "按办件编号查询{区}政务服务中心事项的办理环节和结果，供区级自助终端和移动端应用调用。", {
    domain: "government",
    method: "GET",
    path: "/api/v1/district/{码}/service-cases",
    tags: ["办件查询", "政务服务"],
  }),
  x("component", "{区}基层报表“一表通”组件", "{区}街道社区报表统一填报组件，数据一次采集、多方复用，可嵌入各部门业务系统，减轻基层填报负担。", {
    domain: "government",
    tags: ["基层减负", "一表通"],
  }),
  x("dataset", "{区}信访事项信息", "{区}受理的群众来信来访事项、信访人信息和办理答复情况，仅在区信访信息系统内流转。", {
    domain: "government",
    level: "secret",
    ground: "privacy",
    fields: "信访件编号 信访人姓名 联系电话 信访形式 诉求内容 受理日期 办理状态",
    tags: ["信访"],
  }),
  x("dataset", "{区}社区矫正对象信息", "{区}司法局管理的社区矫正对象基本信息、矫正期限和监管措施，依法严格保密。", {
    domain: "public_safety",
    level: "secret",
    ground: "correction",
    fields: "矫正对象编号 姓名 公民身份号码 矫正类别 矫正起始日期 矫正终止日期 监管等级",
    tags: ["社区矫正"],
  }),
  // Local specialities
  x("compute", "{区}视频AI分析算力资源", "{区}部署的视频智能分析服务器算力，为公共视频的事件识别和结构化解析提供推理能力，按路数分配。", {
    only: ["370202", "370211", "370212", "370214", "370215"],
    domain: "urban_governance",
    tags: ["视频AI", "算力"],
  }),
  x("video", "{区}海岸线视频监控", "{区}沿海岸线和海水浴场的视频监控，用于涉海安全巡查、防溺水和违规用海发现。", {
    only: COASTAL,
    domain: "public_safety",
    tags: ["海岸线", "视频监控"],
  }),
  x("video", "{区}森林防火视频监控", "{区}重点林区制高点安装的森林防火视频和热成像监控，自动识别烟火并推送护林人员。", {
    only: FORESTED,
    domain: "environment",
    tags: ["森林防火", "视频监控"],
  }),
  x("iot", "{区}森林防火物联感知数据", "{区}林区卡口、火情探测器和气象站采集的进山人员、温湿度和火险等级数据，实时接入。", {
    only: FORESTED,
    domain: "environment",
    fields: "设备编号 设备类型 监测时间 温度(℃) 湿度(%) 火险等级",
    tags: ["森林防火", "物联网"],
  }),
  x("dataset", "{区}农产品质量安全追溯数据", "{区}农产品生产主体的产地、投入品使用、检测结果和合格证开具记录，支持扫码追溯。", {
    only: FARMING,
    domain: "market",
    level: "open",
    fields: "追溯码 生产主体名称 产品名称 产地 检测结果 合格证编号 开具日期",
    tags: ["农产品", "质量追溯"],
  }),
  x("iot", "{区}农业物联网监测数据", "{区}设施农业基地和高标准农田部署的土壤墒情、气象和虫情监测设备数据，每小时上报。", {
    only: FARMING,
    domain: "economy",
    fields: "设备编号 基地名称 监测时间 土壤含水率(%) 土壤温度(℃) 虫情计数(头)",
    tags: ["智慧农业", "物联网"],
  }),
  x("dataset", "{区}高标准农田建设信息", "{区}高标准农田建设项目的位置、面积、建设内容和验收情况，每年更新。", {
    only: FARMING,
    domain: "economy",
    level: "open",
    freq: "yearly",
    fields: "项目名称 所属镇街 建设面积(亩) 建设内容 总投资(万元) 验收日期",
    tags: ["高标准农田", "农业"],
  }),
  x("iot", "崂山风景区游客流量监测数据", "崂山风景区各游览区入口闸机和视频客流统计数据，实时计算在园人数并在接近承载量时预警。", {
    only: ["370212"],
    domain: "livelihood",
    level: "open",
    fields: "游览区名称 统计时间 入园人数(人) 在园人数(人) 最大承载量(人)",
    tags: ["景区客流", "文旅"],
  }),
  x("dataset", "崂山茶生产经营主体信息", "崂山茶种植合作社、家庭农场和加工企业的名称、茶园面积、产量和地理标志使用情况，每年更新。", {
    only: ["370212"],
    domain: "economy",
    level: "open",
    freq: "yearly",
    fields: "主体名称 主体类型 茶园面积(亩) 年产量(千克) 是否使用地理标志",
    tags: ["崂山茶", "农业"],
  }),
  x("iot", "市南区海水浴场客流监测数据", "第一、第六海水浴场及石老人海水浴场的视频客流统计，实时计算浴场人数，支撑旺季限流疏导。", {
    only: ["370202"],
    domain: "livelihood",
    level: "open",
    fields: "浴场名称 统计时间 实时人数(人) 拥挤等级",
    tags: ["海水浴场", "客流"],
  }),
  x("dataset", "市南区历史文化街区建筑信息", "市南区历史文化街区内历史建筑和传统风貌建筑的名称、年代、保护等级和使用现状，按年更新。", {
    only: ["370202"],
    domain: "education",
    level: "open",
    freq: "yearly",
    fields: "建筑名称 地址 建成年代 保护等级 建筑面积(平方米) 使用现状",
    tags: ["历史建筑", "文化"],
  }),
  x("iot", "台东商圈客流感知数据", "台东步行街及周边商圈的Wi-Fi探针和视频客流统计数据，按15分钟汇总，用于商圈运行分析和大客流预警。", {
    only: ["370203"],
    domain: "economy",
    level: "open",
    fields: "区域名称 统计时间 客流量(人次) 驻留时长(分钟)",
    tags: ["商圈", "客流"],
  }),
  x("dataset", "市北区楼宇经济企业信息", "市北区重点商务楼宇的入驻企业、行业分布和税收贡献区间，按季度更新，供楼宇招商服务使用。", {
    only: ["370203"],
    domain: "economy",
    level: "restricted",
    freq: "quarterly",
    fields: "楼宇名称 企业名称 统一社会信用代码 所属行业 入驻面积(平方米) 税收贡献区间",
    tags: ["楼宇经济"],
  }),
  x("iot", "李村河水质水位监测数据", "李村河干流和主要支流监测站的水位、流量和水质指标，汛期加密监测，超警戒自动预警。", {
    only: ["370213"],
    domain: "environment",
    level: "open",
    fields: "监测站名称 监测时间 水位(米) 流量(立方米/秒) 化学需氧量(mg/L) 氨氮(mg/L)",
    tags: ["河道", "水质"],
  }),
  x("dataset", "李沧区李村商圈商户信息", "李村商圈商户的名称、经营类别、营业面积和经营状态，按月更新，服务商圈提升改造。", {
    only: ["370213"],
    domain: "market",
    fields: "商户名称 统一社会信用代码 经营类别 营业面积(平方米) 经营状态",
    tags: ["商圈", "商户"],
  }),
  x("dataset", "西海岸新区港口物流企业信息", "西海岸新区港口、航运和物流企业的名称、业务类型、仓储面积和吞吐能力，按季度更新。", {
    only: ["370211"],
    domain: "economy",
    level: "open",
    freq: "quarterly",
    fields: "企业名称 统一社会信用代码 业务类型 仓储面积(平方米) 年吞吐能力(万吨)",
    tags: ["港口物流", "企业"],
  }),
  x("iot", "西海岸新区化工园区安全监测数据", "西海岸新区化工园区内企业有毒有害气体、罐区温压和园区边界大气的在线监测数据，实时预警。", {
    only: ["370211"],
    domain: "public_safety",
    level: "restricted",
    fields: "监测点编号 企业名称 监测因子 监测值 监测时间 是否报警",
    tags: ["化工园区", "安全生产"],
  }),
  x("dataset", "城阳区农产品批发市场交易数据", "城阳区农产品批发市场蔬菜、水果、水产的每日交易量和价格，是全市“菜篮子”价格监测的重要来源。", {
    only: ["370214"],
    domain: "market",
    level: "open",
    fields: "交易日期 品种名称 产地 交易量(吨) 最高价(元/千克) 最低价(元/千克) 平均价(元/千克)",
    tags: ["农产品", "价格监测"],
  }),
  x("iot", "白沙河水位监测数据", "白沙河城阳段水位站和视频水尺的实时水位及雨量数据，汛期用于河道行洪预警。", {
    only: ["370214"],
    domain: "public_safety",
    level: "open",
    fields: "测站名称 监测时间 水位(米) 雨量(毫米) 预警等级",
    tags: ["河道", "防汛"],
  }),
  x("dataset", "即墨区服装市场商户信息", "即墨服装批发市场商户的经营品类、摊位、电商开店情况和经营状态，按月更新。", {
    only: ["370215"],
    domain: "market",
    fields: "商户名称 统一社会信用代码 摊位号 经营品类 是否开设网店 经营状态",
    tags: ["服装市场", "商户"],
  }),
  x("video", "即墨古城景区视频监控", "即墨古城主要街巷和出入口视频，用于节假日客流监测、秩序管理和应急处置。", {
    only: ["370215"],
    domain: "livelihood",
    tags: ["景区", "视频监控"],
  }),
  x("dataset", "上合示范区入驻企业信息", "中国—上海合作组织地方经贸合作示范区入驻企业的名称、产业类别、投资来源国和进出口额区间。", {
    only: ["370281"],
    domain: "economy",
    level: "open",
    freq: "quarterly",
    fields: "企业名称 统一社会信用代码 产业类别 投资来源国 进出口额区间 入驻日期",
    tags: ["上合示范区", "企业"],
  }),
  x("iot", "少海湿地生态监测数据", "胶州少海国家湿地公园的水质、鸟类和气象监测数据，按小时更新，服务湿地生态保护。", {
    only: ["370281"],
    domain: "environment",
    level: "open",
    fields: "监测点名称 监测时间 水温(℃) 溶解氧(mg/L) 鸟类计数(只)",
    tags: ["湿地", "生态监测"],
  }),
  x("dataset", "大泽山葡萄种植户信息", "平度市大泽山镇葡萄种植户的种植面积、品种、产量和合作社加入情况，每年更新，服务品牌推广和产销对接。", {
    only: ["370283"],
    domain: "economy",
    level: "restricted",
    freq: "yearly",
    fields: "种植户姓名 所属村庄 种植面积(亩) 主栽品种 年产量(吨) 所属合作社",
    tags: ["大泽山葡萄", "农业"],
  }),
  x("iot", "尹府水库水位监测数据", "平度市尹府水库的库水位、入库流量和降雨量监测数据，汛期每10分钟上报一次。", {
    only: ["370283"],
    domain: "public_safety",
    level: "open",
    fields: "监测时间 库水位(米) 入库流量(立方米/秒) 降雨量(毫米)",
    tags: ["水库", "防汛"],
  }),
  x("iot", "产芝水库水位水质监测数据", "莱西市产芝水库作为饮用水水源地的水位、蓄水量和水质在线监测数据，每小时更新。", {
    only: ["370285"],
    domain: "environment",
    level: "open",
    fields: "监测时间 库水位(米) 蓄水量(万立方米) 水质类别 pH值",
    tags: ["水源地", "水质"],
  }),
  x("dataset", "莱西市畜禽规模养殖场信息", "莱西市生猪、肉鸡、奶牛等畜禽规模养殖场的存栏量、粪污处理设施和防疫情况，按季度更新。", {
    only: ["370285"],
    domain: "economy",
    freq: "quarterly",
    fields: "养殖场名称 统一社会信用代码 畜禽种类 存栏量(头) 粪污处理方式 防疫条件合格证号",
    tags: ["畜牧", "农业"],
  }),
];

// ---------------------------------------------------------------------------------------------
// Wording pools

const CADENCE: Record<Frequency, string> = {
  realtime: "实时更新",
  daily: "每日更新",
  weekly: "每周更新",
  monthly: "按月更新",
  quarterly: "按季度更新",
  half_yearly: "每半年更新",
  yearly: "每年更新",
  on_demand: "不定期更新",
  other: "按规定周期更新",
};

const CONDITIONS = [
  "仅限政务部门履职使用，需经数据提供部门审核",
  "按需申请，经市大数据局和数据提供部门审核同意后通过共享交换平台获取",
  "仅限具有监管职责的部门使用，不得用于申请用途以外的场景",
  "需签订数据安全使用承诺书，仅用于申请时载明的业务场景",
];
const PERSONAL_CONDITIONS = [
  "涉及个人信息，仅向具有法定职责的部门共享，使用时须脱敏并留存调用日志",
  "仅限政务部门办理群众申请事项时经本人授权查询，需经数据提供部门审核",
  "涉及个人信息，仅限政务部门履职使用，需经数据提供部门审核并按最小必要原则获取字段",
];
const VERIFY_CONDITION = "仅提供核验结果，不返回原始数据；使用部门须说明法定依据并经数据提供部门审核";
const VIDEO_CONDITION = "视频调阅须经公安机关和视频提供部门授权，调阅过程全程留痕";

const GROUNDS: Record<Ground, string> = {
  privacy: "涉及个人隐私，依据《中华人民共和国个人信息保护法》不予共享",
  health: "涉及患者个人健康信息，依据《中华人民共和国基本医疗卫生与健康促进法》第九十二条不予共享",
  minor: "涉及未成年人个人信息，依据《中华人民共和国未成年人保护法》不予共享",
  secret: "涉及国家秘密，依据《中华人民共和国保守国家秘密法》不予共享",
  terror: "涉及公共安全重点部位和警务信息，依据《中华人民共和国反恐怖主义法》相关规定不予共享",
  internal: "属于内部过程性信息，依据《山东省政务信息资源共享管理办法》不予共享",
  correction: "涉及社区矫正对象身份信息，依据《中华人民共和国社区矫正法》第四条不予共享",
};

const API_AUTH = ["AppKey + 签名", "OAuth2", "IP白名单 + AppKey", "数字证书（CA）+ AppKey"];
const API_LIMITS = ["20次/秒", "50次/秒", "100次/秒", "200次/秒", "每日10万次"];

const RETIRE_NOTES: Partial<Record<ResourceKind, string[]>> & { any: string[] } = {
  dataset: [
    "数据源系统已整合至市一体化大数据平台，本资源停止更新",
    "已并入本部门新编目的资源统一提供，本资源停止更新",
  ],
  api: ["接口已升级为v2版本，旧版本停止服务，请迁移至新版接口"],
  iot: ["感知设备已到期拆除，数据停止接入"],
  video: ["监控点位已并入市级视频共享平台统一提供，本资源下线"],
  application: ["应用已迁移至城市云脑统一门户，原系统停止运行"],
  any: ["业务职能已调整划转，本资源停止维护"],
};

/** A reviewer's return reason and the gap in the content that it points at. */
interface Defect {
  note: string;
  apply: (c: ResourceContentInput) => void;
}
const DEFECTS: Partial<Record<ResourceKind, Defect[]>> & { any: Defect[] } = {
  dataset: [
    {
      note: "数据项说明不完整，请补充字段含义",
      apply: (c) => {
        c.dataItems = (c.dataItems ?? []).map((i) => ({ ...i, description: "" }));
      },
    },
    {
      note: "未填写数据项，请按实际库表结构补充数据项清单",
      apply: (c) => {
        c.dataItems = [];
      },
    },
    {
      note: "字符串和数值数据项未写明数据长度，请按库表字段定义补充",
      apply: (c) => {
        c.dataItems = (c.dataItems ?? []).map(({ length: _length, ...i }) => i);
      },
    },
  ],
  api: [
    {
      note: "缺少接口文档链接，请补充接口说明文档",
      apply: (c) => {
        c.docUrl = "";
      },
    },
    {
      note: "未说明接口认证方式和调用频率限制，请补充",
      apply: (c) => {
        c.apiAuth = "";
        c.apiRateLimit = "";
      },
    },
  ],
  algorithm: [
    {
      note: "模型输出说明缺失，请补充输出结果的格式和含义",
      apply: (c) => {
        c.modelOutputs = "";
      },
    },
  ],
  any: [
    {
      note: "联系人和联系电话缺失，请补充资源联系人信息",
      apply: (c) => {
        c.contactName = "";
        c.contactPhone = "";
        c.contactEmail = "";
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Expanding templates into drafts

/** A resource before sharing, status and contacts are decided. */
interface Draft {
  kind: ResourceKind;
  name: string;
  summary: string;
  domain: Domain;
  level: Level;
  ground?: Ground;
  /** overrides the sharing condition drawn from the pools */
  condition?: string;
  freq: Frequency;
  freqNote?: string;
  delivery: Delivery;
  tags: string[];
  /** 所属信息系统 */
  system?: string;
  /** names of the same department's resources this one links to */
  links?: string[];
  dataItems?: DataItem[];
  api?: { method: "GET" | "POST"; path: string };
  model?: { inputs: string; outputs: string };
}

const DELIVERY: Record<ResourceKind, Delivery> = {
  dataset: "database_table",
  api: "api_endpoint",
  algorithm: "model_service",
  component: "package",
  iot: "stream",
  video: "stream",
  compute: "resource_pool",
  application: "web_app",
};
const DEFAULT_FREQ: Record<ResourceKind, Frequency> = {
  dataset: "daily",
  api: "realtime",
  algorithm: "quarterly",
  component: "on_demand",
  iot: "realtime",
  video: "realtime",
  compute: "on_demand",
  application: "on_demand",
};

/** Aggregates reveal less than the records they count. */
const AGGREGATE_LEVEL: Record<Level, Level> = {
  open: "open",
  shared: "open",
  personal: "open",
  restricted: "shared",
  secret: "restricted",
};

function subjectDrafts(subject: Subject, short: string, home: Domain): Draft[] {
  const { core, tags = [] } = subject;
  const noun = subject.noun ?? "信息";
  const domain = subject.domain ?? home;
  const level = subject.level ?? "shared";
  const freq = subject.freq ?? "daily";
  const fields = items(subject.fields);
  const rng = prng(hash(core));
  const few = listNames(fields, 3);
  // The records' data set, which the subject's interfaces and statistics are drawn from.
  const dataset = subject.make.includes("D") ? [core + noun] : undefined;
  const base = { domain, level, ground: subject.ground, tags, system: subject.src };
  const slug = () => {
    if (!subject.slug) throw new Error(`资源模板“${core}”生成接口需要 slug`);
    return subject.slug;
  };
  const key = ["统一社会信用代码", "公民身份号码"].find((k) => fields.some((f) => f.name === k)) ?? (fields[0] ? plain(fields[0]) : core);

  const byLetter: Record<string, () => Draft> = {
    D: () => ({
      ...base,
      kind: "dataset",
      name: core + noun,
      summary: rng.pick([
        `${subject.src ? `依托${subject.src}汇聚的` : ""}全市${core}${noun}，包括${few}等${fields.length}项内容，由${short}${CADENCE[freq]}。`,
        `${short}掌握的全市${core}${noun}，主要字段有${few}等，${CADENCE[freq]}${subject.src ? `，来源于${subject.src}` : ""}。`,
        `记录全市${core}情况，含${few}等字段，数据来源于${subject.src ?? `${short}业务系统`}，${CADENCE[freq]}。`,
      ]),
      freq,
      delivery: "database_table",
      dataItems: fields,
    }),
    S: () => {
      const measures = items(subject.measures ?? `${core}数量(件)`);
      const name = `${subject.stats ?? core}统计数据`;
      const cadence = freq === "realtime" || freq === "daily" ? "monthly" : freq;
      return {
        ...base,
        level: AGGREGATE_LEVEL[level],
        kind: "dataset",
        name,
        summary: `按区市汇总的全市${subject.stats ?? core}统计指标，包括${listNames(measures, 3)}等，由${short}${CADENCE[cadence]}。`,
        freq: cadence,
        delivery: "file",
        links: dataset,
        dataItems: [...items("统计年月 所属区市"), ...measures],
        tags: [...tags.slice(0, 3), "统计"],
      };
    },
    Q: () => ({
      ...base,
      kind: "api",
      name: `${core}${noun}查询接口`,
      summary: `按${key}查询${core}${noun}，返回${listNames(fields.filter((f) => plain(f) !== key), 3)}等字段，供各部门业务系统实时调用。`,
      freq: "realtime",
      delivery: "api_endpoint",
      dataItems: fields,
      api: { method: "GET", path: `/api/v1/${slug()}/query` },
      links: dataset,
    }),
    V: () => {
      const name = subject.verify ?? core;
      const inputs = fields.slice(0, 2);
      return {
        ...base,
        // A yes/no answer reveals less than the records: withheld data becomes verifiable on request.
        level: level === "secret" ? "restricted" : level,
        condition: level === "open" || level === "shared" ? undefined : VERIFY_CONDITION,
        kind: "api",
        name: `${name}核验接口`,
        summary: `根据${listNames(inputs, 2)}核验${name}的真实性和有效性，仅返回核验结果，用于${subject.use ?? "政务服务办理中的材料免提交"}等场景。`,
        freq: "realtime",
        delivery: "api_endpoint",
        dataItems: [...inputs, ...items("核验结果")],
        api: { method: "POST", path: `/api/v1/${slug()}/verify` },
        links: dataset,
        tags: [...tags.slice(0, 3), "核验"],
      };
    },
    P: () => ({
      ...base,
      kind: "api",
      name: `${core}${noun}变更订阅接口`,
      summary: `${core}${noun}发生新增、变更或注销时向订阅部门实时推送变更记录，含${few}等字段，支持按区市和类型订阅。`,
      freq: "realtime",
      delivery: "api_endpoint",
      dataItems: fields,
      api: { method: "POST", path: `/api/v1/${slug()}/subscriptions` },
      links: dataset,
    }),
  };
  return [...subject.make].map((letter) => {
    const make = byLetter[letter];
    if (!make) throw new Error(`未知的资源生成代码：${letter}`);
    return make();
  });
}

function extraDraft(extra: Extra, fill: (text: string) => string, home: Domain): Draft {
  const { kind } = extra;
  const fields = extra.fields ? items(extra.fields) : undefined;
  return {
    kind,
    name: fill(extra.name),
    summary: fill(extra.summary),
    domain: extra.domain ?? home,
    level: extra.level ?? (kind === "video" ? "restricted" : "shared"),
    ground: extra.ground,
    condition: kind === "video" ? VIDEO_CONDITION : undefined,
    freq: extra.freq ?? DEFAULT_FREQ[kind],
    freqNote: extra.freqNote,
    system: extra.system,
    delivery: DELIVERY[kind],
    tags: extra.tags ?? [],
    dataItems: fields,
    api: extra.path ? { method: extra.method ?? "GET", path: fill(extra.path) } : undefined,
    model: extra.inputs || extra.outputs ? { inputs: extra.inputs ?? "", outputs: extra.outputs ?? "" } : undefined,
  };
}

function municipalDrafts(dept: Department): Draft[] {
  const catalogue = MUNICIPAL[dept.code];
  if (!catalogue) throw new Error(`缺少部门资源模板：${dept.code}`);
  const fill = (text: string) => text.replaceAll("{部门}", dept.shortName);
  return [
    ...catalogue.subjects.flatMap((subject) => subjectDrafts(subject, dept.shortName, catalogue.domain)),
    ...catalogue.extras.map((extra) => extraDraft(extra, fill, catalogue.domain)),
    ...catalogue.common.map((key) => extraDraft(COMMON[key], fill, catalogue.domain)),
  ];
}

function districtDrafts(dept: Department): Draft[] {
  const fill = (text: string) => text.replaceAll("{区}", dept.name).replaceAll("{码}", dept.code);
  return DISTRICT_TEMPLATES.filter((t) =>
    // Local specialities where they belong; each district also skips a few general templates.
    t.only ? t.only.includes(dept.code) : hash(dept.code + t.name) % 4 !== 0,
  ).map((t) => extraDraft(t, fill, "urban_governance"));
}

// ---------------------------------------------------------------------------------------------
// Finishing: sharing, contacts, links, status

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "孙", "于", "隋", "宫", "薛", "邵", "崔", "衣", "栾"];
const GIVEN_NAMES = ["志刚", "晓丽", "海波", "玉梅", "建军", "丽华", "鹏", "静", "文涛", "秀梅", "凯", "倩", "立伟", "红霞", "磊", "晓燕", "冬梅", "振宇", "娜", "永强"];

/** Two or three data officers per department: the names every resource of theirs lists. */
function contactsOf(deptIndex: number, dept: Department) {
  const slug = dept.kind === "district" ? `d${dept.code}` : dept.code.slice(3).toLowerCase();
  const rng = prng(hash(`contacts:${dept.code}`));
  return [0, 1, 2].map((j) => ({
    name: SURNAMES[(deptIndex * 5 + j * 7) % SURNAMES.length]! + GIVEN_NAMES[(deptIndex * 3 + j * 11) % GIVEN_NAMES.length]!,
    phone: `0532-8${rng.int(1000000, 9999999)}`,
    email: j === 0 ? `sjzy.${slug}@qingdao.gov.cn` : j === 1 ? `xxzx.${slug}@qingdao.gov.cn` : "",
  }));
}

function classify(d: Draft, rng: Rng): Pick<ResourceContentInput, "sharingClass" | "sharingReason" | "openClass"> {
  switch (d.level) {
    case "open":
      // Public data; a part of it is opened on registration (有条件开放) rather than freely.
      return { sharingClass: "unconditional", sharingReason: "", openClass: rng.next() < 0.85 ? "open" : "conditional" };
    case "shared": {
      // Most internal data is shared freely between departments; some needs an application.
      const roll = rng.next();
      if (roll < 0.38)
        return {
          sharingClass: "conditional",
          sharingReason: d.condition ?? rng.pick(CONDITIONS),
          openClass: rng.next() < 0.3 ? "conditional" : "closed",
        };
      return { sharingClass: "unconditional", sharingReason: "", openClass: roll < 0.58 ? "open" : roll < 0.9 ? "conditional" : "closed" };
    }
    case "restricted":
      return {
        sharingClass: "conditional",
        sharingReason: d.condition ?? rng.pick(CONDITIONS),
        openClass: d.kind === "video" || rng.next() < 0.55 ? "closed" : "conditional",
      };
    case "personal":
      return { sharingClass: "conditional", sharingReason: d.condition ?? rng.pick(PERSONAL_CONDITIONS), openClass: "closed" };
    case "secret":
      return { sharingClass: "none", sharingReason: GROUNDS[d.ground ?? "privacy"], openClass: "closed" };
  }
}

/**
 * 信息资源分类 by the resource's tags and name, in the guide's order: what feeds a citywide 基础库
 * (人口, 法人, 空间地理, 信用, 电子证照) first, then the 主题 it serves, else its department's own.
 */
const BASIC_ITEMS: [string, RegExp][] = [
  ["人口", /^(人口库|人口|户籍|身份证|居住证)$/],
  ["法人单位", /^(法人库|市场主体|个体工商户|企业开办)$/],
  ["自然资源和空间地理", /^(时空|地图|不动产|国土空间|遥感|测绘|三维地图|CIM|自然资源|林地|海域|地名|门牌|地址|地下管线)$/],
  ["社会信用", /^(信用|信用承诺)$/],
  ["电子证照", /^(电子证照|电子营业执照)$/],
];
const THEME_ITEMS: [string, RegExp][] = [
  ["公共服务", /^(政务服务|一网通办|12345|热线|便民|办事网点|好差评|政务大厅)$/],
  ["健康保障", /^(医保|医疗机构|社区卫生|家庭医生|急救|120|传染病|疫苗|预防接种|公共卫生|电子健康卡|长护险)$/],
  ["社会保障", /^(社保|参保|养老保险|就业|社会救助|低保|养老|特困供养|失业保险|工伤|养老金|社保卡)$/],
  ["食品药品安全", /^(食品|药品|食品安全|明厨亮灶|冷链|农贸市场)$/],
  ["安全生产", /^(安全生产|危化品|特种设备|电梯|非煤矿山|隐患排查|特种作业|智慧工地)$/],
  ["价格监管", /^(价格监测|医疗服务价格)$/],
  ["能源安全", /^(能耗|燃气|供热|充电桩|节能)$/],
  ["城乡建设", /^(城市更新|老旧小区|保障房|住房保障|房屋交易|物业|市政道路|施工许可证|商品房)$/],
  ["社区治理", /^(网格化|社区|网格员|基层治理|社会治理|小区|一表通)$/],
  ["生态环保", /^(空气质量|水质|环境监测|海洋环境|排污许可证|危险废物|噪声|碳排放|生态|水源地|微站)$/],
  ["应急维稳", /^(防汛|消防|应急|自然灾害|防灾减灾|内涝|森林防火|地质灾害|避难场所|台风|雪亮工程|警情)$/],
];

function catalogueClassOf(d: Draft): Pick<ResourceContentInput, "catalogueClass" | "catalogueItem" | "catalogueSubject"> {
  for (const [cls, table] of [["basic", BASIC_ITEMS], ["theme", THEME_ITEMS]] as const)
    for (const [item, pattern] of table) {
      const tag = d.tags.find((t) => pattern.test(t));
      // The tag that placed it is the 目 when it says more than the 项 does.
      if (tag) return { catalogueClass: cls, catalogueItem: item, catalogueSubject: item.includes(tag) || tag.endsWith("库") ? "" : tag };
    }
  return { catalogueClass: "department", catalogueItem: "", catalogueSubject: "" };
}

/**
 * 共享方式: through the platform, except bulky survey data handed over on 介质 (hard disks) and a
 * few departments' statistics tables still sent by 邮件.
 */
function sharingChannelOf(d: Draft, rng: Rng): ResourceContentInput["sharingChannel"] {
  if (d.delivery !== "database_table" && d.delivery !== "file") return "platform";
  if (d.tags.some((t) => /^(遥感|测绘|三维地图|CIM|遥感影像)$/.test(t))) return "medium";
  return d.delivery === "file" && rng.next() < 0.15 ? "email" : "platform";
}

const KIND_PATH: Record<ResourceKind, string> = {
  dataset: "datasets",
  api: "apis",
  algorithm: "models",
  component: "components",
  iot: "iot",
  video: "video",
  compute: "compute",
  application: "apps",
};
const SITE = "https://cloudbrain.qingdao.gov.cn";

function links(d: Draft, ref: string): Pick<ResourceContentInput, "accessUrl" | "docUrl"> {
  if (d.api) return { accessUrl: `https://api.cloudbrain.qingdao.gov.cn${d.api.path}`, docUrl: `${SITE}/docs${d.api.path}` };
  switch (d.kind) {
    case "dataset":
      return { accessUrl: "", docUrl: "" };
    case "application":
      return { accessUrl: `${SITE}/apps/${ref}`, docUrl: "" };
    case "algorithm":
    case "component":
      return { accessUrl: `${SITE}/${KIND_PATH[d.kind]}/${ref}`, docUrl: `${SITE}/docs/${KIND_PATH[d.kind]}/${ref}` };
    default:
      return { accessUrl: `${SITE}/${KIND_PATH[d.kind]}/${ref}`, docUrl: "" };
  }
}

/**
 * 100 slots in the target proportions — 75 published, 8 submitted, 5 returned, 9 draft,
 * 3 retired — visited with a stride coprime to 100, so every run of 100 resources gets exactly
 * this mix while neighbouring resources differ.
 */
const STATUS_SLOTS: ResourceStatus[] = [
  ...Array<ResourceStatus>(75).fill("published"),
  ...Array<ResourceStatus>(8).fill("submitted"),
  ...Array<ResourceStatus>(5).fill("returned"),
  ...Array<ResourceStatus>(9).fill("draft"),
  ...Array<ResourceStatus>(3).fill("retired"),
];
const statusAt = (n: number) => STATUS_SLOTS[(n * 37 + 11) % STATUS_SLOTS.length]!;

const AGE_RANGE: Record<ResourceStatus, [number, number]> = {
  published: [20, 400],
  retired: [150, 400],
  returned: [3, 60],
  submitted: [0, 30],
  draft: [0, 90],
};

function finish(dept: Department, d: Draft, n: number, ref: string, contacts: ReturnType<typeof contactsOf>, fixedStatus?: ResourceStatus): ResourceSeed {
  const rng = prng(hash(`${dept.code}/${d.name}`));
  const contact = rng.pick(contacts);
  const content: ResourceContentInput = {
    name: d.name,
    summary: d.summary,
    kind: d.kind,
    domain: d.domain,
    ...classify(d, rng),
    updateFrequency: d.freq,
    ...(d.freqNote && { updateFrequencyNote: d.freqNote }),
    deliveryMethod: d.delivery,
    sharingChannel: sharingChannelOf(d, prng(hash(`channel:${dept.code}/${d.name}`))),
    ...catalogueClassOf(d),
    ...(d.system && { informationSystem: d.system }),
    ...links(d, ref),
    tags: d.tags.length ? d.tags.slice(0, 4) : [ref.startsWith("d") ? "区市" : "市级"],
    contactName: contact.name,
    contactPhone: contact.phone,
    contactEmail: contact.email,
    dataItems: d.dataItems ?? [],
    ...(d.api && { apiMethod: d.api.method, apiPath: d.api.path, apiAuth: rng.pick(API_AUTH), apiRateLimit: rng.pick(API_LIMITS) }),
    ...(d.model && { modelInputs: d.model.inputs, modelOutputs: d.model.outputs }),
  };

  const status = fixedStatus ?? statusAt(n);
  const [minAge, maxAge] = AGE_RANGE[status];
  const seed: ResourceSeed = { departmentCode: dept.code, status, content, ageDays: rng.int(minAge, maxAge), ...(d.links && { linkedNames: d.links }) };
  const defects = [...(DEFECTS[d.kind] ?? []), ...DEFECTS.any];
  if (status === "returned") {
    const defect = rng.pick(defects);
    defect.apply(content);
    seed.note = defect.note;
  } else if ((status === "submitted" || status === "draft") && rng.next() < 0.1) {
    rng.pick(defects).apply(content);
  } else if (status === "retired") {
    seed.note = rng.pick(RETIRE_NOTES[d.kind] ?? RETIRE_NOTES.any);
  }
  return seed;
}

export function generateResourceSeeds(): ResourceSeed[] {
  const out: ResourceSeed[] = [];
  DEPARTMENTS.forEach((dept, deptIndex) => {
    const drafts = dept.kind === "district" ? districtDrafts(dept) : municipalDrafts(dept);
    const contacts = contactsOf(deptIndex, dept);
    const slug = dept.kind === "district" ? `d${dept.code}` : dept.code.slice(3).toLowerCase();
    drafts.forEach((d, i) => {
      out.push(finish(dept, d, out.length, `${slug}-${String(i + 1).padStart(3, "0")}`, contacts));
    });
  });
  NEAR_DUPLICATES.forEach(({ departmentCode, extra, status = "published" }, i) => {
    const deptIndex = DEPARTMENTS.findIndex((d) => d.code === departmentCode);
    const dept = DEPARTMENTS[deptIndex]!;
    const draft = extraDraft(extra, (text) => text, MUNICIPAL[dept.code]!.domain);
    out.push(finish(dept, draft, out.length, `dup-${i + 1}`, contactsOf(deptIndex, dept), status));
  });
  return out;
}

/**
 * What departments really do (集约建设): collect again, under their own name, data another
 * department already publishes. Published, so 「已有同类」 and the bureau's report show them on
 * first start (one is a draft its clerk has yet to submit); added after the rest so the other
 * demo entries keep their statuses.
 */
const NEAR_DUPLICATES: { departmentCode: string; extra: Extra; status?: ResourceStatus }[] = [
  {
    departmentCode: "QD-DSJ",
    extra: x("api", "公交实时到站查询服务", "城市云脑交通专题接入公交车辆实时位置，按站点返回即将到站的公交车辆和预计到站时间，供「爱山东·青e办」出行板块调用。", {
      level: "open",
      method: "GET",
      path: "/api/v1/brain/bus/arrivals",
      tags: ["公交", "实时到站"],
    }),
  },
  {
    departmentCode: "QD-GAJ",
    extra: x("dataset", "新生儿出生医学证明信息", "派出所办理新生儿落户时留存的出生医学证明信息，含新生儿姓名、出生日期、出生地点、母亲姓名和签发机构。", {
      level: "personal",
      fields: "出生医学证明编号 新生儿姓名 出生日期 出生地点 母亲姓名 签发机构",
      tags: ["出生医学证明", "落户"],
    }),
  },
  {
    departmentCode: "QD-YBJ",
    extra: x("dataset", "城乡低保人员名单", "从各区市民政部门汇集的城乡低保对象名单，用于医疗救助和参保资助资格认定，每月更新。", {
      level: "personal",
      fields: "姓名 公民身份号码 所属区市 保障起始日期 保障状态",
      tags: ["低保", "医疗救助"],
    }),
  },
  {
    departmentCode: "QD-RSJ",
    status: "draft",
    extra: x("dataset", "市场主体登记注册信息", "从市场监管部门汇集的企业登记注册信息，用于用人单位社保登记和参保核验，每日更新。", {
      level: "shared",
      fields: "统一社会信用代码 企业名称 法定代表人 成立日期 登记机关 住所",
      tags: ["企业", "社保登记"],
    }),
  },
];
