/**
 * Demo reform sheets (一张改革清单、一个改革流程图、一张改革对比表) for the plan's named 一件事 and
 * for 机关内部 一件事, generated from one template: each bundled 事项 is handled on its own before
 * the reform (serial, with its own form and copies of the same documents); after it, one
 * application through one channel, the departments handle their items side by side (并联), and
 * the results come back in one place. Figures are the template's, marked as demo data like the
 * rest of the seed.
 *
 * An item named like a demo 无证明场景 takes that case's 事项编码 and department, and materials named
 * like the proofs it waives, so the public page links the two.
 */
import type { ReformChange } from "@/server/reform/schemas";
import type { ItemType } from "@/server/no-proof/schemas";
import { NOPROOF_CASE_TEMPLATES } from "./no-proof-cases";
import { DEPARTMENTS } from "./organisation";

/** [事项名称, 实施部门 code, 事项类型 ("" inside government), 改革方式, 改革前工作日, 该事项要交的材料] */
type ItemDef = [name: string, departmentCode: string, type: ItemType | "", change: ReformChange, days: number, materials?: string[]];

interface SheetDef {
  /** Who starts it: 申请人 for the public, 经办处室 inside government. */
  applicant: string;
  /** Where it is applied for after the reform; a counter means one trip. */
  channel: string;
  atCounter?: boolean;
  /** What everyone brought to every counter before. */
  common: string[];
  /** What is still handed in after (the rest is shared, cancelled or promised). */
  keep: string[];
  /** The first step after the reform, when nobody applies (免申即享). */
  first?: { title: string; actor: string; place: string };
  items: ItemDef[];
}

const ID = "居民身份证复印件";
const LICENCE = "营业执照复印件";
const HOUSEHOLD = "户口簿复印件";
const PAPER = "纸质请示件";
const STAMP = "加盖公章的报送函";
const INTERNAL = "机关内部“一件事”平台（山东通）";
const APP = "爱山东·青e办";

const internal = (items: ItemDef[], keep: string[] = []): SheetDef => ({ applicant: "经办处室", channel: INTERNAL, common: [PAPER, STAMP], keep, items });

const SHEETS: Record<string, SheetDef> = {
  "rsj-shebao-canbao": {
    applicant: "申请人",
    channel: `${APP}“社保参保一件事”专区`,
    common: [LICENCE, ID],
    keep: ["劳动合同"],
    items: [
      ["职工参保登记", "QD-RSJ", "QR", "merged", 5, ["劳动合同", "参保人员花名册"]],
      ["职工医保参保登记", "QD-YBJ", "QR", "shared_data", 5, ["参保人员花名册"]],
      ["住房公积金缴存登记", "QD-ZJJ", "GF", "parallel", 5, ["单位授权委托书"]],
      ["就业登记", "QD-RSJ", "GF", "merged", 3, ["劳动合同"]],
      ["社会保障卡申领", "QD-RSJ", "GF", "shared_data", 10, ["一寸免冠证件照片"]],
    ],
  },
  "spj-qiye-kaiban": {
    applicant: "申请人",
    channel: `${APP}“企业开办一网通办”平台`,
    common: [ID],
    keep: ["公司章程", "住所使用承诺书"],
    items: [
      ["企业开办（有限责任公司设立登记）", "QD-SPJ", "XK", "merged", 3, ["公司章程", "房屋租赁合同"]],
      ["公章刻制备案", "QD-GAJ", "QT", "parallel", 2, [LICENCE]],
      ["申领发票及税控设备", "QD-SPJ", "GF", "parallel", 3, [LICENCE, "经办人授权委托书"]],
      ["职工参保登记", "QD-RSJ", "QR", "shared_data", 3, [LICENCE, "参保人员花名册"]],
      ["住房公积金缴存登记", "QD-ZJJ", "GF", "shared_data", 3, [LICENCE, "单位授权委托书"]],
      ["银行开户预约", "QD-SPJ", "GF", "online", 2, [LICENCE]],
    ],
  },
  "scjgj-dianti-yingji": {
    applicant: "使用单位",
    channel: "96333电梯应急处置平台",
    common: [LICENCE, "特种设备使用登记证"],
    keep: ["事故情况说明"],
    items: [
      ["电梯故障报告", "QD-SCJGJ", "QT", "online", 1, ["事故情况说明"]],
      ["特种设备使用登记（电梯）", "QD-SCJGJ", "XK", "shared_data", 5, ["维保合同"]],
      ["电梯检验检测（复检）", "QD-SCJGJ", "QR", "parallel", 10, ["整改报告", "维保合同"]],
      ["消防安全复查", "QD-XFZD", "QT", "parallel", 5, ["整改报告"]],
      ["老旧电梯更新改造补助申请", "QD-ZJJ", "JF", "commitment", 15, ["改造合同", "业主表决材料"]],
    ],
  },
  "xfzd-xiaofang-jiuyuan": {
    applicant: "受灾群众",
    channel: "12345政务服务便民热线“火灾后一件事”",
    common: [ID],
    keep: ["财产损失清单"],
    items: [
      ["火灾事故认定", "QD-XFZD", "QR", "merged", 10, ["财产损失清单", "现场照片"]],
      ["火灾事故证明出具", "QD-XFZD", "GF", "shared_data", 3, ["财产损失清单"]],
      ["受损房屋安全鉴定", "QD-ZJJ", "GF", "parallel", 10, ["房屋产权证明"]],
      ["临时救助申请", "QD-MZJ", "JF", "commitment", 10, [HOUSEHOLD, "收入情况说明"]],
      ["医疗救治费用先行垫付", "QD-YBJ", "JF", "parallel", 5, ["医疗票据"]],
    ],
  },
  "wjw-xinshenger": {
    applicant: "新生儿父母",
    channel: `助产机构“出生一件事”窗口或${APP}`,
    common: [ID, HOUSEHOLD, "结婚证复印件"],
    keep: ["出生医学证明"],
    items: [
      ["出生医学证明首次签发", "QD-WJW", "QR", "merged", 3],
      ["预防接种证办理", "QD-WJW", "GF", "merged", 1],
      ["出生登记（户口登记）", "QD-GAJ", "QR", "parallel", 5, ["出生医学证明"]],
      ["城乡居民医保参保登记", "QD-YBJ", "QR", "shared_data", 5, ["出生医学证明"]],
      ["社会保障卡申领", "QD-RSJ", "GF", "shared_data", 10, ["出生医学证明", "一寸免冠证件照片"]],
      ["生育医疗费用报销", "QD-YBJ", "JF", "proactive", 10, ["医疗票据", "出生医学证明"]],
    ],
  },
  "rsj-tuixiu": {
    applicant: "申请人",
    channel: `${APP}“退休一件事”专区`,
    common: [ID],
    keep: [],
    items: [
      ["职工正常退休申请", "QD-RSJ", "QR", "merged", 20, ["视同缴费年限认定材料（人事档案）", "退休申请表"]],
      ["基本养老金领取", "QD-RSJ", "JF", "proactive", 10, ["银行卡复印件"]],
      ["职工医保退休人员待遇核定", "QD-YBJ", "QR", "shared_data", 10, ["退休审批表"]],
      ["住房公积金退休提取", "QD-ZJJ", "JF", "shared_data", 5, ["退休审批表", "银行卡复印件"]],
      ["老年人优待证办理", "QD-MZJ", "GF", "proactive", 5, ["一寸免冠证件照片"]],
    ],
  },
  "mzj-wugan-renzheng": {
    applicant: "待遇领取人",
    channel: "城市云脑数据比对",
    common: [ID],
    keep: [],
    first: { title: "数据比对、自动认证", actor: "市民政局", place: "城市云脑数据共享交换平台" },
    items: [
      ["城乡居民养老保险待遇资格认证", "QD-RSJ", "QR", "proactive", 5, ["生存状态证明"]],
      ["低保对象年度核查", "QD-MZJ", "QR", "proactive", 10, ["收入情况说明", HOUSEHOLD]],
      ["特困人员救助供养资格认证", "QD-MZJ", "QR", "proactive", 10, ["生存状态证明"]],
      ["高龄津贴资格认证", "QD-MZJ", "QR", "proactive", 5, ["生存状态证明"]],
      ["残疾人两项补贴资格认证", "QD-MZJ", "QR", "proactive", 5, ["残疾人证复印件"]],
    ],
  },
  "ybj-jijin-zhifu": {
    applicant: "参保人",
    channel: "定点医疗机构“一站式”结算窗口",
    atCounter: true,
    common: [ID, "社会保障卡"],
    keep: ["社会保障卡"],
    items: [
      ["基本医疗保险费用结算", "QD-YBJ", "JF", "merged", 1, ["住院费用清单"]],
      ["大病保险费用结算", "QD-YBJ", "JF", "merged", 15, ["住院费用清单", "医疗票据"]],
      ["医疗救助费用结算", "QD-MZJ", "JF", "shared_data", 20, ["医疗票据", "低保证明"]],
      ["异地就医费用手工报销", "QD-YBJ", "JF", "online", 20, ["医疗票据", "出院小结"]],
    ],
  },
  "jyj-ruxue": {
    applicant: "学生家长",
    channel: `${APP}“入学一件事”平台`,
    common: [HOUSEHOLD, ID],
    keep: [],
    items: [
      ["义务教育新生入学登记", "QD-JYJ", "GF", "merged", 10, ["出生医学证明"]],
      ["户籍信息核验", "QD-GAJ", "QR", "shared_data", 5],
      ["房产信息核验", "QD-ZRZYJ", "QR", "shared_data", 5, ["房屋产权证明"]],
      ["居住证信息核验", "QD-GAJ", "QR", "shared_data", 5, ["居住证复印件"]],
      ["社保缴纳信息核验", "QD-RSJ", "QR", "shared_data", 5, ["社保缴费证明"]],
    ],
  },

  // ----- 机关内部 -----
  "dsj-ducha-duban": internal([
    ["督办事项立项", "QD-DSJ", "", "online", 3, ["督办通知单"]],
    ["承办单位办理", "370202", "", "parallel", 10, ["办理情况报告"]],
    ["协办单位会商", "370211", "", "parallel", 5, ["会商纪要"]],
    ["办结审核销号", "QD-DSJ", "", "merged", 5, ["办结报告"]],
  ], ["办理情况报告"]),
  "dsj-shenji-zhenggai": internal([
    ["审计问题清单移交", "QD-DSJ", "", "online", 5, ["审计报告"]],
    ["整改方案报送", "QD-JTJ", "", "parallel", 10, ["整改方案"]],
    ["整改方案报送", "QD-GXJ", "", "parallel", 10, ["整改方案"]],
    ["整改方案报送", "QD-MZJ", "", "parallel", 10, ["整改方案"]],
    ["整改结果认定销号", "QD-DSJ", "", "merged", 10, ["整改结果报告"]],
  ], ["整改方案"]),
  "dsj-gongwen-liuzhuan": internal([
    ["来文登记分办", "QD-DSJ", "", "online", 2],
    ["承办处室拟办", "QD-DSJ", "", "merged", 3, ["拟办意见"]],
    ["区市会签", "370211", "", "parallel", 5, ["会签意见"]],
    ["区市会签", "370215", "", "parallel", 5, ["会签意见"]],
    ["领导签发归档", "QD-DSJ", "", "merged", 2],
  ], ["拟办意见"]),
  "rsj-renyuan-diaodong": internal([
    ["调动审批", "QD-RSJ", "", "merged", 10, ["调动审批表", "人事档案"]],
    ["工资关系转移", "QD-RSJ", "", "shared_data", 5, ["工资介绍信"]],
    ["社保关系转移", "QD-RSJ", "", "shared_data", 10, ["参保缴费凭证"]],
    ["医保关系转移", "QD-YBJ", "", "shared_data", 10, ["参保缴费凭证"]],
    ["组织关系转接", "QD-DSJ", "", "online", 5, ["组织关系介绍信"]],
  ], ["调动审批表"]),
  "dsj-jianyi-tian": internal([
    ["建议提案交办", "QD-DSJ", "", "online", 5, ["交办函"]],
    ["主办单位办理答复", "QD-JYJ", "", "parallel", 20, ["答复函"]],
    ["会办单位提出意见", "QD-YBJ", "", "parallel", 10, ["会办意见"]],
    ["会办单位提出意见", "QD-GXJ", "", "parallel", 10, ["会办意见"]],
    ["答复审核与满意度回访", "QD-DSJ", "", "merged", 10],
  ], ["答复函"]),
  "shinan-xinfang-xietong": internal([
    ["信访事项登记", "370202", "", "online", 3, ["来信来访登记表"]],
    ["转送责任部门", "370202", "", "merged", 5, ["转送函"]],
    ["责任部门办理", "QD-DSJ", "", "parallel", 15, ["处理意见书"]],
    ["办理结果答复", "370202", "", "merged", 5, ["答复意见书"]],
  ], ["处理意见书"]),
  "scjgj-lianhe-jiancha": internal([
    ["检查计划制定", "QD-SCJGJ", "", "merged", 5, ["检查计划表"]],
    ["市场监管现场检查", "QD-SCJGJ", "", "merged", 3, ["检查记录"]],
    ["消防安全检查", "QD-XFZD", "", "merged", 3, ["检查记录"]],
    ["卫生监督检查", "QD-WJW", "", "merged", 3, ["检查记录"]],
    ["检查结果互认公示", "QD-SCJGJ", "", "shared_data", 5],
  ], ["检查记录"]),
  "licang-yibiaotong": internal([
    ["民政统计报表填报", "QD-MZJ", "", "merged", 5, ["统计报表"]],
    ["人社统计报表填报", "QD-RSJ", "", "merged", 5, ["统计报表"]],
    ["卫健统计报表填报", "QD-WJW", "", "merged", 5, ["统计报表"]],
    ["报表审核汇总", "370213", "", "shared_data", 5],
  ], ["统计报表"]),
  "dsj-rexian-gongdan": internal([
    ["工单受理派发", "QD-DSJ", "", "online", 1, ["工单"]],
    ["承办部门办理", "QD-CGJ", "", "parallel", 5, ["办理结果"]],
    ["协办部门办理", "QD-JTJ", "", "parallel", 5, ["办理结果"]],
    ["回访与考核", "QD-DSJ", "", "merged", 3],
  ], ["办理结果"]),
  "spj-quanze-qingdan": internal([
    ["调整事项申报", "QD-SPJ", "", "online", 5, ["调整申请表", "法律依据"]],
    ["法制审核", "QD-SPJ", "", "parallel", 10, ["合法性审查意见"]],
    ["编制部门审核", "QD-DSJ", "", "parallel", 10],
    ["清单发布更新", "QD-SPJ", "", "merged", 5],
  ], ["调整申请表"]),
  "rsj-xinluyong-ruzhi": internal([
    ["录用审批", "QD-RSJ", "", "merged", 10, ["录用审批表", "体检表"]],
    ["工资起薪核定", "QD-RSJ", "", "shared_data", 10, ["录用审批表"]],
    ["社保参保登记", "QD-RSJ", "", "shared_data", 5, ["录用审批表"]],
    ["公积金缴存登记", "QD-ZJJ", "", "shared_data", 5, ["录用审批表"]],
    ["办公账号和门禁开通", "QD-DSJ", "", "online", 5, ["开通申请表"]],
  ], ["录用审批表"]),
  "dsj-shuju-gongxiang-shenqing": internal([
    ["共享申请提交", "QD-DSJ", "", "online", 2, ["共享申请表", "使用场景说明"]],
    ["提供部门审核", "QD-GAJ", "", "parallel", 10, ["审核意见"]],
    ["安全评估", "QD-DSJ", "", "parallel", 5, ["安全评估报告"]],
    ["接口授权开通", "QD-DSJ", "", "merged", 3],
  ], ["共享申请表"]),
  "cgj-zhifa-renyuan": internal([
    ["执法资格申请", "QD-CGJ", "", "online", 5, ["执法资格申请表", "培训合格证明"]],
    ["司法行政部门审核", "QD-SPJ", "", "parallel", 15, ["考试成绩单"]],
    ["执法证件制发", "QD-SPJ", "", "merged", 10],
  ], ["执法资格申请表"]),
}

const department = new Map(DEPARTMENTS.map((d) => [d.code, d]));
const shortName = (code: string) => department.get(code)?.shortName ?? code;
const noProofCase = new Map(NOPROOF_CASE_TEMPLATES.map((t) => [t.content.name, t]));

/** FNV-1a, for stable demo 基本编码. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A day count cut by the reform: 并联 and data sharing shorten, 告知承诺 and 免申即享 are done the same day. */
const DAY_FACTOR: Record<ReformChange, number> = { merged: 0.4, parallel: 0.4, shared_data: 0.2, online: 0.3, commitment: 0, proactive: 0, cancelled: 0 };
const halfDays = (d: number) => Math.max(0.5, Math.round(d * 2) / 2);

export interface ReformSheetSeed {
  items: { name: string; code: string; departmentCode: string; change: ReformChange; note: string }[];
  stepsBefore: { title: string; actor: string; place: string; materials: string[]; forms: string[]; days: number; inPerson: boolean; after: number[] }[];
  stepsAfter: ReformSheetSeed["stepsBefore"];
}

/** The reform sheet of a seeded scenario, or null when the demo has none for it. */
export function reformSheetFor(key: string, name: string, leadCode: string): ReformSheetSeed | null {
  const def = SHEETS[key];
  if (!def) return null;
  const items = def.items.map(([itemName, departmentCode, type, change, days, materials = []], i) => {
    const known = noProofCase.get(itemName);
    const code = known?.content.itemCode ?? (type ? `370200-${String(hash(`${key}/${itemName}`) % 1e12).padStart(12, "0")}-${type}-${String(i + 1).padStart(3, "0")}-01` : "");
    return { itemName, departmentCode: known?.departmentCode ?? departmentCode, code, type, change, days, materials };
  });
  // Before: for each item, a visit to hand the papers in, the department's review, a visit to collect.
  const inside = def.applicant === "经办处室";
  const stepsBefore = items.flatMap((it) => {
    const dept = shortName(it.departmentCode);
    const place = `${dept}${inside ? "（纸质报送）" : "窗口"}`;
    return [
      { title: `${inside ? "报送" : "申请"}${it.itemName}`, actor: def.applicant, place, materials: [...def.common, ...it.materials], forms: [`${it.itemName}申请表`], days: 0.5, inPerson: true, after: [] },
      { title: `审核${it.itemName}`, actor: dept, place: "部门业务系统", materials: [], forms: [], days: Math.max(0.5, it.days - 1), inPerson: false, after: [] },
      { title: `${inside ? "接收" : "领取"}${it.itemName}结果`, actor: def.applicant, place, materials: [], forms: [], days: 0.5, inPerson: true, after: [] },
    ];
  });
  const handled = items.filter((it) => it.change !== "cancelled");
  const first = def.first ?? { title: "一次申报", actor: def.applicant, place: def.channel };
  const keep = def.first ? [] : def.keep;
  const stepsAfter: ReformSheetSeed["stepsAfter"] = [
    { ...first, materials: keep, forms: def.first ? [] : [`${name}申请表`], days: 0.5, inPerson: !!def.atCounter, after: [] },
    { title: "综合受理、分办", actor: shortName(leadCode), place: "一件事联办系统", materials: [], forms: [], days: 0.5, inPerson: false, after: [] },
    ...handled.map((it) => ({
      title: it.itemName,
      actor: shortName(it.departmentCode),
      place: "部门业务系统",
      materials: [],
      forms: [],
      days: halfDays(it.days * DAY_FACTOR[it.change]),
      inPerson: false,
      after: [2],
    })),
    {
      title: "统一出件、结果告知",
      actor: shortName(leadCode),
      place: def.applicant === "经办处室" ? INTERNAL : "电子证照库、短信告知",
      materials: [],
      forms: [],
      days: 0.5,
      inPerson: false,
      after: handled.map((_, i) => i + 3),
    },
  ];
  return {
    items: items.map((it) => ({ name: it.itemName, code: it.code, departmentCode: it.departmentCode, change: it.change, note: "" })),
    stepsBefore,
    stepsAfter,
  };
}

/** Keys of the seeded scenarios that carry a reform sheet. */
export const REFORM_SHEET_KEYS = Object.keys(SHEETS);
