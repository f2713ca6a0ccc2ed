/**
 * Demo scenarios (场景) for the city cloud brain: about 60 多跨融合大场景, 「一件事」 and
 * 「一个场景」 that Qingdao's departments and districts would plausibly register, following the
 * 《数字青岛2023年行动方案》 (社保参保、消防救援、电梯应急处置「一件事」, 出行服务、安全生产、
 * 智慧急救「一个场景」, 机关内部督查督办、审计整改「一件事」…).
 *
 * Each scenario is one row of the SCENARIOS table: its own name, problem, how it works and
 * results, plus which departments take part and which resources it uses, named by department
 * alias and keyword ("RSJ:社会保险参保信息", "崂山:游客流量"). Everything else is derived:
 *
 * - resources: the keyword is matched against the published resources of `generateResourceSeeds()`
 *   (exact name first, then the first name containing it), never another department's 不予共享 one;
 * - the sentence on who leads and which resources are reused, appended to 实现方式;
 * - age, contact, adoptions by other districts and the access requests the scenario needed,
 *   from a hash of the scenario's key — no Math.random, so every run gives the same output.
 */
import type { DOMAINS, ResourceStatus } from "@/server/resources/schemas";
import { DEPARTMENTS } from "./organisation";
import { generateResourceSeeds, type ResourceSeed } from "./resources";

type Domain = (typeof DOMAINS)[number];
type Kind = "big_scenario" | "one_thing" | "one_scene";
type Audience = "" | "public" | "internal";
type AccessState = "pending" | "approved" | "rejected" | "granted";
interface ResourceRef {
  departmentCode: string;
  name: string;
}

export interface ScenarioSeed {
  key: string;
  leadDepartmentCode: string;
  participatingDepartmentCodes: string[];
  status: ResourceStatus;
  benchmark: boolean;
  ageDays: number;
  note?: string;
  content: {
    name: string;
    kind: Kind;
    audience: Audience;
    domain: Domain;
    problem: string;
    howItWorks: string;
    results: { metric: string; before: number; after: number; unit: string }[];
    contactName: string;
    contactPhone: string;
  };
  resourceNames: ResourceRef[];
  liveDistrictCodes: string[];
  adoptions: { adopterCode: string; liveDaysAgo: number; adapted: string; confirmed: boolean }[];
  accessRequests: { requesterCode: string; resource: ResourceRef; state: AccessState; purpose: string; reason?: string }[];
}

// ---------------------------------------------------------------------------------------------
// The scenario table

/** One measurable result: [指标, 改革前, 改革后, 单位]. */
type Result = [metric: string, before: number, after: number, unit: string];

interface ScenarioDef {
  key: string;
  name: string;
  kind: Kind;
  audience?: "public" | "internal";
  domain: Domain;
  /** department alias: "RSJ" for QD-RSJ, "崂山" for 崂山区 */
  lead: string;
  with?: string[];
  /** districts where a municipal scenario runs before anyone adopts it; default: participating districts */
  live?: string[];
  /** "ALIAS:keyword" — resolved against the published resources */
  uses: string[];
  problem: string;
  how: string;
  results: Result[];
  status?: ResourceStatus;
  note?: string;
  benchmark?: true;
}

const SCENARIOS: ScenarioDef[] = [
  // ----- 多跨融合大场景 -----
  {
    key: "jtj-chuxing-fuwu",
    name: "交通出行服务大场景",
    kind: "big_scenario",
    domain: "transport",
    lead: "JTJ",
    with: ["GAJ", "CGJ", "DSJ"],
    live: ["市南", "市北", "李沧", "崂山"],
    uses: ["JTJ:公交车辆实时定位数据", "JTJ:地铁客流统计数据", "GAJ:实时路况查询接口", "GAJ:信号配时优化模型", "CGJ:市政道路信息查询接口", "DSJ:城市云脑地图服务组件"],
    problem: "市民出行信息分散在公交、地铁、交管、停车等多个系统，查换乘、看路况、找车位要打开好几个应用；早晚高峰香港路、山东路等主干道重点路口拥堵，公交准点率不高。",
    how: "以城市云脑交通专题为底座，汇聚公交实时定位、地铁客流和交管实时路况，在「爱山东·青e办」和「青岛地铁」App提供公交、地铁、步行一体化出行规划；对公交优先线路沿线路口的信号配时联合优化，高峰时段动态发布绕行建议。",
    results: [["公交准点率", 78, 91, "%"], ["高峰平均通勤时间", 48, 41, "分钟"], ["出行查询入口", 5, 1, "个"]],
  },
  {
    key: "yjj-anquan-shengchan",
    name: "安全生产大场景",
    kind: "big_scenario",
    domain: "public_safety",
    lead: "YJJ",
    with: ["XFZD", "SCJGJ", "ZJJ", "黄岛"],
    uses: ["YJJ:安全生产风险监测预警系统", "YJJ:危险化学品企业信息查询接口", "XFZD:消防安全重点单位信息查询接口", "SCJGJ:特种设备登记信息查询接口", "黄岛:化工园区安全监测数据", "ZJJ:塔式起重机安全监测数据"],
    problem: "危化品、特种设备、建筑施工、消防安全分属应急、市场监管、住建、消防等部门监管，隐患数据各自存放，同一企业一年被多个部门重复检查，高风险企业底数不清。",
    how: "建立「一企一档」安全生产风险画像，汇集四个行业部门的监管数据和西海岸新区化工园区实时监测数据，按企业安全生产风险评估模型分为红橙黄蓝四级；预警自动推送属地和行业主管部门，隐患整改闭环跟踪、逾期亮灯。",
    results: [["重点企业风险画像覆盖率", 35, 100, "%"], ["企业年均被检查次数", 6, 2, "次"], ["隐患整改平均用时", 21, 9, "天"]],
  },
  {
    key: "dsj-yiwang-tongguan",
    name: "城市运行“一网统管”大场景",
    kind: "big_scenario",
    domain: "urban_governance",
    lead: "DSJ",
    with: ["CGJ", "GAJ", "YJJ", "市北", "李沧"],
    uses: ["DSJ:城市云脑事件数据查询接口", "DSJ:城市运行体征指标查询接口", "CGJ:数字城管案件信息", "市北:网格事件数据", "李沧:城市运行管理服务平台", "YJJ:应急指挥一张图"],
    problem: "城市运行事件来自12345热线、数字城管、网格巡查、视频智能发现等多个渠道，同一事件多头受理、重复派单；涉及多个部门的事件常因职责边界不清来回退单。",
    how: "依托城市云脑建设城市运行事件统一受理中心，多渠道事件自动归并去重，按权责清单智能分拨到部门和区（市）、街道、网格；市北区、李沧区先行接入区级城市运行管理服务平台，实现「一屏观全城、一网管全域」。",
    results: [["事件重复派单率", 18, 3, "%"], ["事件平均处置时长", 72, 26, "小时"], ["跨部门事件退单率", 22, 6, "%"]],
    benchmark: true,
  },
  {
    key: "yjj-fangxun-fangtai",
    name: "城市防汛防台大场景",
    kind: "big_scenario",
    domain: "public_safety",
    lead: "YJJ",
    with: ["CGJ", "ZRZYJ", "市北", "城阳"],
    uses: ["YJJ:应急指挥一张图", "CGJ:城市内涝积水监测数据", "CGJ:城市内涝风险预测模型", "ZRZYJ:地质灾害隐患点监测数据", "城阳:道路积水监测数据", "YJJ:应急避难场所信息查询接口"],
    problem: "汛期短时强降雨和台风频发，易涝点、地质灾害隐患点和避难场所信息分散在不同部门，预警靠电话逐级传达，群众转移慢。",
    how: "在应急指挥一张图上叠加内涝积水、地质灾害隐患点实时监测和气象预报，内涝风险预测模型提前2小时推演积水范围；预警通过「一键叫应」直达区（市）、街道责任人，并在爱山东·青e办向周边群众推送就近避难场所。",
    results: [["预警到达责任人时间", 60, 5, "分钟"], ["易涝点在线监测数", 120, 356, "个"], ["群众转移用时", 6, 2, "小时"]],
  },
  {
    key: "wjw-kanbing-jiuyi",
    name: "看病就医大场景",
    kind: "big_scenario",
    domain: "health",
    lead: "WJW",
    with: ["YBJ", "DSJ"],
    live: ["市南", "市北", "黄岛"],
    uses: ["WJW:检查检验结果互认信息", "WJW:电子健康卡核验接口", "YBJ:医保电子凭证核验接口", "YBJ:医保移动支付组件", "WJW:电子处方流转组件", "DSJ:统一身份认证组件"],
    problem: "患者在不同医院之间转诊要重复检查，挂号、缴费、取药多次排队；就诊卡、医保卡、健康卡各用各的，慢病复诊取药也要专门跑一趟医院。",
    how: "以电子健康卡和医保电子凭证「两码融合」实现一码就医，全市二级以上医院检查检验结果互认，诊间通过医保移动支付直接结算；慢病复诊开具电子处方后流转至定点药店，患者就近取药。",
    results: [["重复检查率", 24, 7, "%"], ["门诊排队缴费时间", 25, 3, "分钟"], ["就医凭证", 3, 1, "个"]],
  },
  {
    key: "gxj-huiqi-mianshen",
    name: "惠企政策“免申即享”大场景",
    kind: "big_scenario",
    domain: "economy",
    lead: "GXJ",
    with: ["DSJ", "SCJGJ", "RSJ", "胶州"],
    uses: ["DSJ:惠企政策信息查询接口", "SCJGJ:企业登记信息查询接口", "GXJ:专精特新中小企业信息", "RSJ:用人单位社保登记信息", "GXJ:工业企业亩产效益评价模型", "胶州:上合示范区入驻企业信息"],
    problem: "惠企政策分散在各部门网站，企业不清楚能享受哪些政策；申报要反复提交营业执照、社保缴纳证明和财务报表，从申报到资金兑现周期长。",
    how: "将全市惠企政策拆解为可计算的条件，与企业登记、社保参保、专精特新认定、亩产效益评价等数据自动比对，符合条件的企业无需申报，经主管部门确认后直接拨付；上合示范区入驻企业同步纳入企业画像。",
    results: [["政策兑现周期", 45, 10, "天"], ["企业申报材料", 8, 0, "份"], ["免申即享政策", 0, 36, "项"]],
  },
  {
    key: "sthjj-lantian-bihai",
    name: "蓝天碧海生态环境大场景",
    kind: "big_scenario",
    domain: "environment",
    lead: "STHJJ",
    with: ["ZJJ", "CGJ", "崂山"],
    uses: ["STHJJ:大气污染溯源分析模型", "STHJJ:空气质量监测数据", "ZJJ:建筑工地扬尘在线监测数据", "CGJ:环卫作业车辆定位数据", "崂山:环境空气微站监测数据", "STHJJ:近岸海域水质监测数据"],
    problem: "颗粒物浓度升高时难以快速判断是工地扬尘、道路扬尘还是机动车尾气所致，执法人员靠经验巡查；近岸海域水质异常缺少与陆域污染源的关联分析。",
    how: "大气污染溯源模型结合空气质量微站、工地扬尘在线监测和环卫车作业轨迹，按小时锁定高值区域和疑似污染源，任务派发至住建、城管和属地；近岸海域水质监测与入海排污口联动，异常时自动生成巡查任务。",
    results: [["污染源定位时间", 48, 3, "小时"], ["空气质量优良天数", 286, 301, "天"], ["扬尘类投诉（年）", 1260, 720, "件"]],
  },
  {
    key: "mzj-kunnan-qunzhong",
    name: "困难群众主动发现救助大场景",
    kind: "big_scenario",
    domain: "social_security",
    lead: "MZJ",
    with: ["RSJ", "YBJ", "ZJJ", "平度", "莱西"],
    uses: ["MZJ:困难群众主动发现模型", "MZJ:居民家庭经济状况核对组件", "RSJ:基本养老金发放信息查询接口", "YBJ:医疗救助信息查询接口", "ZJJ:保障性住房信息查询接口", "平度:城乡居民养老保险待遇信息"],
    problem: "困难群众往往不了解政策或不便申请，「人找政策」导致部分因病、因残、因灾陷入困境的家庭没能及时得到救助，基层摸排靠入户走访，覆盖不全。",
    how: "汇集大额医疗费用、养老金、住房保障等数据，困难群众主动发现模型按月筛查风险家庭，推送镇街社工入户核实；家庭经济状况核对组件一次比对，符合条件的直接纳入低保、临时救助，平度市、莱西市先行在农村地区试点。",
    results: [["主动发现救助对象", 0, 2860, "人"], ["救助审批时限", 30, 10, "天"], ["申请材料", 7, 2, "份"]],
  },
  {
    key: "laoshan-changyou",
    name: "畅游崂山文旅大场景",
    kind: "big_scenario",
    domain: "livelihood",
    lead: "崂山",
    with: ["JTJ", "STHJJ", "市南"],
    uses: ["崂山:游客流量监测数据", "崂山:停车泊位实时查询接口", "JTJ:公交线路信息查询接口", "STHJJ:海水浴场水质信息查询接口", "市南:海水浴场客流监测数据"],
    problem: "旅游旺季崂山风景区和沿海一线游客集中，景区入口、停车场和滨海步行道拥堵，游客出发前难以了解客流、停车和海水浴场水质情况。",
    how: "汇聚崂山风景区各游览区客流、景区停车泊位、旅游专线公交和市南区海水浴场客流与水质数据，在「畅游崂山」小程序实时发布景区舒适度；客流接近预警值时联动交警和公交实施分流、加密班次。",
    results: [["景区入口高峰排队时间", 90, 35, "分钟"], ["停车场找位时间", 30, 10, "分钟"], ["旺季游客投诉", 640, 210, "件"]],
  },
  {
    key: "jiaozhou-shanghe-wuliu",
    name: "上合示范区国际物流大场景",
    kind: "big_scenario",
    domain: "economy",
    lead: "胶州",
    with: ["JTJ", "SCJGJ", "GXJ"],
    uses: ["胶州:上合示范区入驻企业信息", "JTJ:重点营运车辆动态监控数据", "JTJ:道路运输经营许可证核验接口", "SCJGJ:企业登记信息查询接口", "GXJ:工业园区信息查询接口"],
    problem: "上合示范区多式联运中心货物进出频繁，物流企业资质、运输车辆动态和园区企业信息分散在不同系统，企业办理跨境物流相关手续要重复提交证照材料。",
    how: "建设上合示范区物流服务专区，企业资质通过道路运输许可和企业登记接口在线核验，重点营运车辆进出园区动态实时掌握；园区企业画像与中欧班列、海铁联运班次信息关联，为企业提供一站式物流服务。",
    results: [["物流企业资质核验时间", 3, 0.5, "天"], ["车辆进园平均等待", 40, 15, "分钟"], ["重复提交证照", 5, 1, "份"]],
    status: "submitted",
  },

  // ----- 一件事：面向群众企业 -----
  {
    key: "rsj-shebao-canbao",
    name: "社保参保一件事",
    kind: "one_thing",
    audience: "public",
    domain: "social_security",
    lead: "RSJ",
    with: ["SPJ", "YBJ", "SCJGJ"],
    live: ["市南", "黄岛"],
    uses: ["RSJ:社会保险参保信息", "RSJ:用人单位社保登记信息", "RSJ:社保参保缴费证明开具接口", "SCJGJ:电子营业执照核验接口", "YBJ:基本医疗保险参保核验接口", "SPJ:一件事一次办"],
    problem: "企业新招员工要分别到人社、医保办理养老、失业、工伤和医疗、生育保险参保，表单重复填写，员工身份信息和用工信息要报多次。",
    how: "将五险参保登记整合为「一张表单」，企业用电子营业执照登录爱山东·青e办一次申报，系统自动核验员工身份和既往参保状态，人社、医保并联办理、结果同步回传；参保缴费证明在线开具、扫码核验。",
    results: [["申报材料", 9, 3, "份"], ["办理时限", 5, 1, "天"], ["跑动次数", 2, 0, "次"]],
    benchmark: true,
  },
  {
    key: "spj-qiye-kaiban",
    name: "企业开办一件事",
    kind: "one_thing",
    audience: "public",
    domain: "government",
    lead: "SPJ",
    with: ["SCJGJ", "RSJ", "GAJ", "DSJ"],
    live: ["市南", "市北", "黄岛", "城阳"],
    uses: ["SPJ:企业开办信息", "SPJ:企业开办智能审批模型", "SCJGJ:企业名称自主申报查重接口", "DSJ:电子签章组件", "GAJ:居民身份证核验接口", "RSJ:用人单位社保登记信息"],
    problem: "开办企业要办理营业执照、刻制公章、申领发票、社保登记、公积金开户等多个环节，申请人在多个系统重复填报，线下往返多次。",
    how: "企业开办「一窗通」平台整合登记、公章刻制、涉税、社保、公积金和银行开户预约全部环节；名称自主申报，智能审批模型自动审核标准化经营范围，电子营业执照和电子印章同步发放。",
    results: [["开办时间", 3, 0.5, "天"], ["办理环节", 7, 1, "个"], ["申报材料", 11, 4, "份"]],
    benchmark: true,
  },
  {
    key: "scjgj-dianti-yingji",
    name: "电梯应急处置一件事",
    kind: "one_thing",
    audience: "public",
    domain: "public_safety",
    lead: "SCJGJ",
    with: ["XFZD", "ZJJ", "市南"],
    uses: ["SCJGJ:电梯运行安全监测数据", "SCJGJ:特种设备登记信息查询接口", "XFZD:消防救援站信息", "ZJJ:物业服务企业信息查询接口", "XFZD:消防车辆实时定位数据"],
    problem: "电梯困人后，乘客往往分别拨打96333、110、119，维保单位、物业、消防各自出动，信息不同步，救援到达慢，事后也难以追溯维保责任。",
    how: "电梯物联网监测数据实时接入城市云脑，困人告警自动定位电梯和维保单位，同时推送物业和最近的消防救援站；救援进度在一张图上实时跟踪，处置结果回传市场监管部门纳入维保质量评价。",
    results: [["困人救援到达时间", 25, 12, "分钟"], ["告警转派环节", 4, 1, "个"], ["维保单位响应率", 82, 99, "%"]],
    benchmark: true,
  },
  {
    key: "xfzd-xiaofang-jiuyuan",
    name: "消防救援一件事",
    kind: "one_thing",
    audience: "public",
    domain: "public_safety",
    lead: "XFZD",
    with: ["GAJ", "WJW", "YJJ"],
    live: ["市北", "李沧"],
    uses: ["XFZD:消防车辆调派路径规划模型", "XFZD:消防水源信息", "XFZD:消防安全重点单位信息查询接口", "GAJ:实时路况查询接口", "WJW:120急救调度信息", "YJJ:应急物资储备信息"],
    problem: "火警发生后，调度员要分别查路况、找水源、调建筑图纸，再电话联系交警、120和属地，协同靠人工，黄金救援时间被延误。",
    how: "接警即生成「一件事」处置单：路径规划模型结合实时路况推荐最优出车路线，交警同步开启绿波；周边消防水源、重点单位灭火预案、120急救力量和应急物资在一张单上协同调度。",
    results: [["出警到达时间", 15, 9, "分钟"], ["协同部门通知时间", 10, 1, "分钟"], ["水源查找时间", 5, 0.5, "分钟"]],
  },
  {
    key: "wjw-xinshenger",
    name: "新生儿出生一件事",
    kind: "one_thing",
    audience: "public",
    domain: "livelihood",
    lead: "WJW",
    with: ["GAJ", "RSJ", "YBJ"],
    live: ["市北", "崂山"],
    uses: ["WJW:出生医学证明信息", "WJW:出生医学证明核验接口", "GAJ:人口基础信息", "YBJ:城乡居民医保缴费信息", "RSJ:社会保障卡核验接口", "WJW:预防接种信息查询接口"],
    problem: "孩子出生后，家长要分别跑医院、派出所、医保和社保窗口，办理出生医学证明、户口登记、医保参保和社保卡申领，往返多次。",
    how: "家长在爱山东·青e办一次填报，出生医学证明电子证照自动调取，户籍登记、医保参保缴费、社保卡申领并联办理，社保卡办结后邮寄到家，预防接种建档同步完成。",
    results: [["跑动次数", 5, 0, "次"], ["申报材料", 15, 3, "份"], ["办理时限", 20, 5, "天"]],
  },
  // Built by 即墨区 on its own though the city's runs in two districts: the demo's near-duplicate scenario (集约建设).
  {
    key: "jimo-chusheng-lianban",
    name: "新生儿出生“一件事”联办",
    kind: "one_thing",
    audience: "public",
    domain: "livelihood",
    lead: "即墨",
    with: ["WJW", "GAJ", "YBJ"],
    uses: ["WJW:出生医学证明核验接口", "GAJ:人口基础信息", "YBJ:城乡居民医保缴费信息"],
    problem: "即墨区新生儿家庭办理出生医学证明、落户、医保参保和社保卡要分别到医院、派出所和医保窗口，跑动多次。",
    how: "区政务服务中心设「出生一件事」联办窗口，一次受理出生医学证明、户口登记、医保参保和社保卡申领，后台并联流转。",
    results: [["跑动次数", 4, 1, "次"], ["申报材料", 12, 5, "份"]],
  },
  {
    key: "rsj-tuixiu",
    name: "退休一件事",
    kind: "one_thing",
    audience: "public",
    domain: "social_security",
    lead: "RSJ",
    with: ["YBJ", "GAJ", "DSJ"],
    live: ["李沧"],
    uses: ["RSJ:基本养老金发放信息查询接口", "RSJ:社会保险缴费信息", "YBJ:基本医疗保险参保信息", "GAJ:人口基础信息", "DSJ:电子证照信息"],
    problem: "职工退休要分别办理养老保险待遇核定、医保退休人员身份转换、住房公积金提取，需提交档案、身份证明等大量材料，跑多个窗口。",
    how: "到龄前一个月系统主动提醒，单位或个人一次申请；缴费年限、身份信息和电子证照自动核验，养老金待遇核定、医保退休转换、公积金提取并联办理，养老金按月发放至社保卡。",
    results: [["申报材料", 10, 2, "份"], ["办理时限", 20, 3, "天"], ["跑动次数", 4, 0, "次"]],
  },
  {
    key: "mzj-wugan-renzheng",
    name: "民政待遇资格无感认证服务一件事",
    kind: "one_thing",
    audience: "public",
    domain: "social_security",
    lead: "MZJ",
    with: ["WJW", "GAJ", "RSJ"],
    live: ["即墨"],
    uses: ["MZJ:高龄津贴发放信息", "MZJ:殡葬服务信息", "WJW:居民死亡医学证明核验接口", "GAJ:人口基础信息", "RSJ:基本养老金发放信息查询接口"],
    problem: "高龄津贴、低保、特困供养等民政待遇每年要求领取人到社区做资格认证，行动不便的老人认证困难；待遇人员去世后停发不及时，造成资金冒领。",
    how: "比对户籍、死亡医学证明、殡葬火化和养老金发放数据，对待遇领取人后台「静默认证」；数据无法确认的才由社区工作人员上门核实，发现异常自动暂停发放并提醒经办人员。",
    results: [["年度认证跑动次数", 1, 0, "次"], ["无感认证覆盖率", 0, 92, "%"], ["冒领发现时间", 90, 7, "天"]],
    benchmark: true,
  },
  {
    key: "ybj-jijin-zhifu",
    name: "医保基金支付一件事",
    kind: "one_thing",
    audience: "public",
    domain: "health",
    lead: "YBJ",
    with: ["WJW", "MZJ"],
    live: ["市南"],
    uses: ["YBJ:医保电子凭证核验接口", "YBJ:医保移动支付组件", "YBJ:医疗救助信息", "WJW:电子处方流转组件", "MZJ:社会救助对象身份核验接口"],
    problem: "困难群众住院后，基本医保、大病保险、医疗救助要分别结算，先垫付后报销，资金压力大；门诊慢病报销手续繁琐。",
    how: "基本医保、大病保险、医疗救助「一站式」结算，出院时救助对象身份自动识别、费用一次结清；门诊通过医保移动支付在线结算，定点药店凭电子处方直接记账，医保基金支付全程实时监控。",
    results: [["个人垫付金额", 8600, 1200, "元"], ["报销周期", 30, 0, "天"], ["申报材料", 6, 0, "份"]],
  },
  {
    key: "zrzyj-ershoufang-guohu",
    name: "二手房转移登记一件事",
    kind: "one_thing",
    audience: "public",
    domain: "government",
    lead: "ZRZYJ",
    with: ["ZJJ", "SPJ"],
    uses: ["ZRZYJ:不动产登记信息", "ZRZYJ:不动产权证书核验接口", "ZJJ:存量房交易信息", "ZJJ:住宅专项维修资金信息", "SPJ:证明事项告知承诺信息查询接口"],
    problem: "二手房过户要分别办理网签备案、缴税、不动产转移登记、维修资金过户和水电气暖过户，买卖双方要多次往返不同窗口。",
    how: "网签备案信息自动推送不动产登记，「一窗受理、并联办理」；维修资金余额随登记一并过户，水电气暖过户信息同步推送各公用事业单位，不动产电子证书即办即领。",
    results: [["办理时限", 5, 1, "天"], ["跑动次数", 4, 1, "次"], ["申报材料", 12, 4, "份"]],
    status: "draft",
  },
  {
    key: "jyj-ruxue",
    name: "义务教育入学一件事",
    kind: "one_thing",
    audience: "public",
    domain: "education",
    lead: "JYJ",
    with: ["GAJ", "ZRZYJ", "ZJJ"],
    live: ["市南", "市北", "李沧", "崂山"],
    uses: ["JYJ:入学报名资格预审接口", "JYJ:中小学学区划分信息查询接口", "GAJ:居住证核验接口", "ZRZYJ:不动产权证书核验接口", "ZJJ:房屋租赁登记备案信息"],
    problem: "每年小学、初中入学报名，家长要准备户口本、房产证、居住证、租赁备案等材料，到学校现场审核排长队，部分材料还要回原单位开证明。",
    how: "家长在青岛教育e平台线上报名，系统自动调取户籍、不动产、居住证和租赁备案信息进行资格预审，按学区划分自动匹配学校，审核结果短信通知，需要补充材料的在线补传。",
    results: [["申报材料", 6, 1, "份"], ["现场审核次数", 2, 0, "次"], ["资格审核时间", 7, 1, "天"]],
  },
  {
    key: "shibei-linghuo-jiuye",
    name: "灵活就业人员社保补贴一件事",
    kind: "one_thing",
    audience: "public",
    domain: "social_security",
    lead: "市北",
    with: ["RSJ"],
    uses: ["市北:灵活就业人员社保补贴信息", "RSJ:社会保险缴费信息查询接口", "RSJ:就业登记信息", "RSJ:失业保险金申领信息"],
    problem: "灵活就业人员申请社保补贴要自行打印缴费明细、开具就业困难人员证明，每半年申报一次，不少人因手续麻烦放弃申领。",
    how: "按就业登记和社保缴费记录自动筛选符合条件的灵活就业人员，短信提醒一键确认申领，补贴按季度直接发放至社保卡。",
    results: [["申报材料", 4, 0, "份"], ["补贴发放时限", 60, 15, "天"]],
    status: "returned",
    note: "成效指标「补贴发放时限」缺少改革前数据来源，请补充统计口径；使用市人社局资源的申请尚未全部获批",
  },
  {
    key: "rsj-rencai-fuwu",
    name: "高层次人才服务一件事",
    kind: "one_thing",
    audience: "public",
    domain: "economy",
    lead: "RSJ",
    with: ["GAJ", "JYJ", "WJW"],
    uses: ["RSJ:高层次人才认定信息", "RSJ:高层次人才认定信息查询接口", "GAJ:出入境证件核验接口", "JYJ:学校基本信息", "WJW:家庭医生签约信息查询接口"],
    problem: "高层次人才来青后，人才认定、子女入学、配偶就业、医疗保健、出入境便利等服务分属多个部门，需要分别申请、重复提交人才证明。",
    how: "人才认定结果生成「青岛人才码」，凭码一次申请子女入学、健康服务、出入境便利等事项，各部门在线核验人才身份，办理进度统一推送。",
    results: [["重复提交人才证明", 6, 0, "次"], ["服务事项办结时间", 30, 7, "天"]],
    status: "submitted",
  },

  // ----- 一件事：机关内部 -----
  {
    key: "dsj-ducha-duban",
    name: "督查督办一件事",
    kind: "one_thing",
    audience: "internal",
    domain: "government",
    lead: "DSJ",
    with: ["市南", "黄岛"],
    uses: ["DSJ:督查督办事项信息", "DSJ:统一消息推送组件", "DSJ:电子签章组件", "DSJ:12345热线诉求统计数据"],
    problem: "市政府重点工作督查任务靠纸质通知和工作群分派，承办单位进度靠人工催报，督查部门汇总一次要两三天，逾期事项难以及时发现。",
    how: "督查任务在线立项，分解到承办单位和区（市），按节点自动提醒、逾期亮灯；承办单位在线报送佐证材料并电子签章，与热线诉求统计关联，督查部门一键生成督查通报。",
    results: [["进度汇总时间", 3, 0.5, "天"], ["逾期事项占比", 15, 4, "%"], ["纸质督办通知（年）", 1200, 0, "份"]],
  },
  {
    key: "dsj-shenji-zhenggai",
    name: "审计整改一件事",
    kind: "one_thing",
    audience: "internal",
    domain: "government",
    lead: "DSJ",
    with: ["JTJ", "GXJ", "MZJ"],
    uses: ["DSJ:部门预算决算信息", "JTJ:部门预算决算信息", "MZJ:政府采购项目信息", "GXJ:政府采购项目信息", "DSJ:电子签章组件"],
    problem: "审计发现问题的整改涉及多个被审计单位，整改台账靠表格往返报送，整改进度不透明，屡审屡犯问题难以追踪。",
    how: "审计问题清单在线下达，被审计单位逐项填报整改措施和佐证材料；系统关联部门预算决算和政府采购数据自动比对整改成效，整改销号全程留痕，同类问题跨年度预警。",
    results: [["整改台账报送时间", 10, 2, "天"], ["整改销号率", 76, 95, "%"]],
  },
  {
    key: "dsj-gongwen-liuzhuan",
    name: "公文流转一件事",
    kind: "one_thing",
    audience: "internal",
    domain: "government",
    lead: "DSJ",
    with: ["黄岛", "即墨"],
    uses: ["DSJ:电子签章组件", "DSJ:统一身份认证组件", "DSJ:统一消息推送组件", "DSJ:政务云密码服务资源"],
    problem: "市、区两级机关之间公文仍有大量纸质传递，跨系统收文要重新登记，会签件在各单位之间流转慢，急件常靠专人送达。",
    how: "市区两级协同办公系统统一身份认证、统一电子签章，公文跨系统一键分发、自动登记，会签件并行流转；商用密码保障传输安全，催办提醒通过统一消息推送直达经办人。",
    results: [["公文流转时间", 3, 0.5, "天"], ["纸质公文占比", 65, 8, "%"]],
  },
  {
    key: "rsj-renyuan-diaodong",
    name: "人员调动一件事",
    kind: "one_thing",
    audience: "internal",
    domain: "government",
    lead: "RSJ",
    with: ["YBJ", "DSJ"],
    uses: ["RSJ:社会保险参保信息", "RSJ:流动人员人事档案信息", "YBJ:基本医疗保险参保信息", "DSJ:统一身份认证组件"],
    problem: "机关事业单位工作人员调动，调出、调入单位要分别办理工资、社保、医保、公积金关系转移和办公系统账号，手续跨多个部门、耗时半个月以上。",
    how: "调动审批通过后自动生成「一件事」任务单，社保、医保关系转移和档案转递并联办理，统一身份认证账号随人员迁移、权限按新岗位自动配置。",
    results: [["办理时限", 15, 3, "天"], ["经办环节", 9, 3, "个"], ["纸质表格", 8, 1, "份"]],
  },
  {
    key: "dsj-jianyi-tian",
    name: "建议提案办理一件事",
    kind: "one_thing",
    audience: "internal",
    domain: "government",
    lead: "DSJ",
    with: ["JYJ", "YBJ", "GXJ"],
    uses: ["DSJ:建议提案办理信息", "JYJ:建议提案办理信息", "YBJ:建议提案办理信息", "GXJ:建议提案办理信息"],
    problem: "人大代表建议和政协提案涉及多个承办单位，交办、会办、答复靠纸质公文往返，主办与协办单位之间意见沟通不畅，代表委员难以了解办理进展。",
    how: "建议提案在线交办，主办、协办单位在线会商答复意见，办理进度向代表委员实时公开；同类建议自动归并，办理结果与部门年度工作关联跟踪。",
    results: [["交办时间", 10, 2, "天"], ["按期办复率", 90, 100, "%"]],
  },
  {
    key: "shinan-xinfang-xietong",
    name: "信访事项协同办理一件事",
    kind: "one_thing",
    audience: "internal",
    domain: "urban_governance",
    lead: "市南",
    with: ["DSJ"],
    uses: ["市南:信访事项信息", "市南:社会治理网格化服务管理平台", "DSJ:12345热线诉求统计数据", "DSJ:热线诉求热点发现模型"],
    problem: "信访事项与12345热线诉求往往是同一问题，区、街道、部门分头办理，重复交办，群众反映的问题反复出现。",
    how: "信访事项与热线诉求按诉求人和事由自动关联，热点发现模型识别高频问题提前化解；事项在网格化平台统一交办到街道和部门，办理结果统一回访。",
    results: [["初信初访办结时间", 60, 30, "天"], ["重复信访率", 12, 5, "%"]],
  },
  {
    key: "scjgj-lianhe-jiancha",
    name: "跨部门联合检查“综合查一次”一件事",
    kind: "one_thing",
    audience: "internal",
    domain: "market",
    lead: "SCJGJ",
    with: ["YJJ", "XFZD", "STHJJ"],
    uses: ["SCJGJ:双随机一公开抽查结果信息", "YJJ:双随机一公开抽查结果信息", "XFZD:双随机一公开抽查结果信息", "STHJJ:双随机一公开抽查结果信息", "XFZD:消防监督移动执法组件"],
    problem: "市场监管、应急、消防、生态环境对同一企业分别安排检查，企业一年迎检多次，部门间检查结果不互认，执法资源重复投入。",
    how: "各部门年度抽查计划统一编排，同一企业的检查合并为「综合查一次」，检查人员用移动执法终端一次录入、结果各部门互认，发现问题自动推送对应部门处置。",
    results: [["企业年均被检查次数", 8, 3, "次"], ["联合检查占比", 15, 45, "%"]],
  },
  {
    key: "licang-yibiaotong",
    name: "基层报表“一表通”一件事",
    kind: "one_thing",
    audience: "internal",
    domain: "government",
    lead: "李沧",
    with: ["MZJ"],
    uses: ["李沧:一表通", "李沧:社区基本信息", "MZJ:社区（村）基本信息", "李沧:网格员信息"],
    problem: "社区要应对各部门下发的几十张报表，同一人口、房屋、企业数据反复填报，社区工作者大量时间耗在填表上。",
    how: "梳理部门下发报表的共性数据项，形成社区基础数据「一张表」，部门需要的报表从基础表自动生成，已有共享数据不再要求社区填报。",
    results: [["社区报表数量", 68, 12, "张"], ["每周填表时间", 10, 2, "小时"]],
  },
  {
    key: "dsj-rexian-gongdan",
    name: "12345热线工单协同流转一件事",
    kind: "one_thing",
    audience: "internal",
    domain: "government",
    lead: "DSJ",
    with: ["城阳", "胶州"],
    uses: ["DSJ:12345热线工单数据", "DSJ:热线诉求热点发现模型", "城阳:12345热线工单数据", "胶州:12345热线工单数据"],
    problem: "12345热线工单在市、区两级系统之间人工转派，区级系统与市级系统不同步，工单状态要电话核对，退单、延期审核环节多。",
    how: "市区两级热线系统工单双向实时同步，按地址和事项智能派单，退单、延期在线审核；热点诉求自动识别并推送相关部门提前处置。",
    results: [["工单派发时间", 2, 0.5, "小时"], ["工单退单率", 9, 3, "%"]],
  },
  {
    key: "spj-quanze-qingdan",
    name: "权责清单动态调整一件事",
    kind: "one_thing",
    audience: "internal",
    domain: "government",
    lead: "SPJ",
    with: ["RSJ", "JTJ", "YBJ"],
    uses: ["SPJ:权责清单", "RSJ:权责清单", "JTJ:权责清单", "YBJ:权责清单", "SPJ:规范性文件信息"],
    problem: "法律法规立改废后，各部门权责清单调整要层层报送、人工比对，清单更新滞后，与政务服务事项目录不一致。",
    how: "法规变化自动比对受影响的权责事项，部门在线提出调整意见，审核通过后同步更新政务服务事项目录和办事指南。",
    results: [["清单调整周期", 90, 15, "天"], ["清单与事项目录不一致项", 146, 10, "项"]],
    status: "draft",
  },
  {
    key: "rsj-xinluyong-ruzhi",
    name: "新录用公务员入职一件事",
    kind: "one_thing",
    audience: "internal",
    domain: "government",
    lead: "RSJ",
    with: ["GAJ", "YBJ", "DSJ"],
    uses: ["RSJ:社会保险参保核验接口", "RSJ:人事考试成绩信息查询接口", "GAJ:居民身份证核验接口", "YBJ:基本医疗保险参保核验接口", "DSJ:统一身份认证组件"],
    problem: "新录用公务员报到时要提交身份、学历、体检、考察等十几份材料，社保、医保登记和办公系统开户分头办理，入职手续往往要两周。",
    how: "考试录用信息直接转入入职流程，身份和参保信息在线核验，社保、医保登记与办公系统账号开通一次办结。",
    results: [["入职手续办理", 10, 2, "天"], ["提交材料", 14, 5, "份"]],
    status: "submitted",
  },
  {
    key: "dsj-shuju-gongxiang-shenqing",
    name: "政务数据共享申请一件事",
    kind: "one_thing",
    audience: "internal",
    domain: "government",
    lead: "DSJ",
    with: ["黄岛", "平度"],
    uses: ["DSJ:政务数据共享交换平台", "DSJ:数据资源目录信息查询接口", "DSJ:政务数据共享交换统计数据", "黄岛:政务云节点计算资源"],
    problem: "区（市）申请使用市级部门数据要层层发函，审批周期长，批准后还要分别对接接口，数据用途和使用情况缺少跟踪。",
    how: "在城市云脑资源目录一键发起共享申请，提供部门在线审批，批准后通过共享交换平台自动开通，调用情况按月统计反馈提供部门。",
    results: [["共享申请审批时间", 20, 5, "天"], ["接口对接时间", 10, 1, "天"]],
    status: "submitted",
  },
  {
    key: "cgj-zhifa-renyuan",
    name: "行政执法人员资格管理一件事",
    kind: "one_thing",
    audience: "internal",
    domain: "government",
    lead: "CGJ",
    with: ["GAJ", "STHJJ", "ZRZYJ"],
    uses: ["CGJ:行政执法人员信息", "GAJ:行政执法人员信息", "STHJJ:行政执法人员信息", "ZRZYJ:行政执法人员信息"],
    problem: "综合执法改革后执法人员在部门间调整频繁，执法证申领、换证、注销要分别报送，执法资格信息更新不及时。",
    how: "汇集各执法部门执法人员信息，执法证申领、年审、注销在线办理，人员调整时自动提醒收回执法证。",
    results: [["执法证办理时间", 30, 10, "天"]],
    status: "draft",
  },
  {
    key: "spj-guifanxing-wenjian",
    name: "规范性文件备案审查一件事",
    kind: "one_thing",
    audience: "internal",
    domain: "government",
    lead: "SPJ",
    with: ["WJW", "ZJJ", "STHJJ"],
    uses: ["SPJ:规范性文件信息", "WJW:规范性文件信息", "ZJJ:规范性文件信息", "STHJJ:规范性文件信息"],
    problem: "部门规范性文件备案审查靠纸质报送，文件有效期届满前缺少提醒，过期文件仍在执行的情况时有发生。",
    how: "规范性文件在线报备、在线审查，有效期届满前三个月自动提醒清理。",
    results: [["备案审查时间", 20, 8, "天"]],
    status: "returned",
    note: "实现方式过于简略，未说明市卫生健康委、市住房城乡建设局、市生态环境局在备案审查中的职责分工，请补充后重新提交",
  },
  {
    key: "spj-haochaping-zhenggai",
    name: "政务服务“好差评”整改一件事",
    kind: "one_thing",
    audience: "internal",
    domain: "government",
    lead: "SPJ",
    with: ["即墨", "平度"],
    uses: ["SPJ:政务服务好差评信息", "SPJ:政务服务好差评统计数据", "即墨:政务服务中心办件信息", "平度:政务服务中心办件信息"],
    problem: "政务服务差评由各大厅分别处理，整改情况不回访、不公开，同类差评在不同大厅反复出现。",
    how: "差评实时推送至责任窗口和所属部门，整改时限内在线反馈并回访评价人；差评原因按事项归类分析，共性问题推动办事流程优化。",
    results: [["差评整改时间", 7, 2, "天"], ["差评整改率", 85, 100, "%"]],
  },

  // ----- 一个场景 -----
  {
    key: "wjw-zhihui-jijiu",
    name: "智慧急救一个场景",
    kind: "one_scene",
    domain: "health",
    lead: "WJW",
    with: ["GAJ", "JTJ"],
    live: ["市南", "市北"],
    uses: ["WJW:120急救调度信息", "WJW:急救车辆实时定位数据", "GAJ:信号配时优化模型", "GAJ:实时路况查询接口", "JTJ:交通运行监测调度中心"],
    problem: "急救车在早晚高峰常被堵在路口，医院急诊科在病人到达前不掌握伤情，胸痛、卒中等急症患者错过最佳救治时间。",
    how: "120调度派车后，急救车实时定位接入城市云脑，交警信号配时模型为沿途路口提供绿波通行；车载心电、生命体征数据提前传至目标医院，急诊科提前准备，实现「上车即入院」。",
    results: [["急救车平均到达时间", 15, 10, "分钟"], ["胸痛患者再灌注时间", 90, 62, "分钟"], ["沿途路口等待时间", 120, 25, "秒"]],
    benchmark: true,
  },
  {
    key: "jtj-jiaodong-jichang",
    name: "胶东国际机场出行服务一个场景",
    kind: "one_scene",
    domain: "transport",
    lead: "JTJ",
    with: ["胶州"],
    uses: ["JTJ:长途客运班次信息查询接口", "JTJ:公交线路信息查询接口", "JTJ:出租车运营轨迹数据", "胶州:停车泊位实时查询接口", "JTJ:地铁客流统计数据"],
    problem: "胶东国际机场距市区较远，旅客落地后不清楚地铁8号线、机场巴士、出租车的运力和等候时间，夜间航班集中到港时出租车排队长、运力不足。",
    how: "对接航班到港计划，按到港旅客量预测各交通方式需求，调度机场巴士加密和出租车蓄车；旅客在「青岛地铁」App和到达厅大屏查看地铁、巴士、出租车实时等候时间，停车场余位实时发布。",
    results: [["夜间出租车排队时间", 35, 12, "分钟"], ["换乘信息查询渠道", 4, 1, "个"]],
  },
  {
    key: "huangdao-weihua-anquan",
    name: "西海岸新区危化品安全生产一个场景",
    kind: "one_scene",
    domain: "public_safety",
    lead: "黄岛",
    with: ["YJJ"],
    uses: ["黄岛:化工园区安全监测数据", "YJJ:重点危化企业视频监控", "YJJ:企业安全生产风险评估模型", "YJJ:危险化学品经营许可证核验接口"],
    problem: "西海岸新区化工园区危化品企业集中，储罐温度、压力、可燃气体浓度等监测数据分散在企业自建系统，监管部门无法实时掌握。",
    how: "园区企业监测数据和重点部位视频统一接入区级平台，超限自动报警并推送企业安全负责人和监管人员；结合风险评估模型对企业动态分级，经营许可状态在线核验。",
    results: [["报警响应时间", 30, 5, "分钟"], ["在线监测企业", 42, 186, "家"]],
  },
  {
    key: "shinan-zhihui-tingche",
    name: "智慧停车一个场景",
    kind: "one_scene",
    domain: "transport",
    lead: "市南",
    with: ["JTJ"],
    uses: ["市南:智慧停车泊位感知数据", "JTJ:公共停车场信息查询接口", "JTJ:公共停车场信息", "市南:居民小区信息"],
    problem: "市南区老城区道路窄、泊位少，中山路、八大关一带停车难，驾驶员绕行找车位加剧拥堵，机关和小区泊位夜间、周末闲置。",
    how: "路内泊位地磁感知、路外停车场和机关单位、居民小区错时共享泊位统一接入，导航App和「青岛停车」小程序实时发布余位，离场无感支付。",
    results: [["寻找泊位时间", 15, 5, "分钟"], ["泊位日均周转", 2.1, 3.4, "次"], ["错时共享泊位", 0, 3200, "个"]],
  },
  {
    key: "jyj-xiaoyuan-anquan",
    name: "校园安全一个场景",
    kind: "one_scene",
    domain: "education",
    lead: "JYJ",
    with: ["GAJ", "SCJGJ"],
    live: ["崂山", "城阳"],
    uses: ["JYJ:校园安全视频监控", "JYJ:校车运行定位数据", "SCJGJ:明厨亮灶", "GAJ:道路交通监控视频", "JYJ:学校基本信息"],
    problem: "上下学高峰校门口交通混乱，校车运行和学校食堂后厨缺少实时监管，校园周边安全隐患靠人工巡查才能发现。",
    how: "校门口视频与交警路口视频联动，高峰时段自动提示警力部署；校车超速、偏离路线实时报警，食堂「明厨亮灶」视频智能识别未戴口罩帽子等违规行为并推送学校和市场监管所。",
    results: [["校园周边交通事故", 46, 18, "起"], ["校车超速报警处置", 30, 5, "分钟"]],
  },
  {
    key: "yjj-haiyang-fangzai",
    name: "海洋防灾减灾一个场景",
    kind: "one_scene",
    domain: "public_safety",
    lead: "YJJ",
    with: ["市南", "黄岛", "即墨"],
    uses: ["YJJ:台风风暴潮影响评估模型", "YJJ:灾害预警信息发布接口", "市南:海岸线视频监控", "黄岛:海岸线视频监控", "即墨:海岸线视频监控"],
    problem: "青岛海岸线长，台风风暴潮、大浪和海冰影响渔船、海水养殖和滨海景区，预警信息传到渔民、养殖户和沿海游客不及时。",
    how: "台风风暴潮影响评估模型推演增水和受影响岸段，沿海三区视频实时查看岸线情况；预警通过渔船北斗终端、短信和景区广播同步发布，渔船回港情况在线核对。",
    results: [["预警发布时间", 120, 20, "分钟"], ["渔船回港通知覆盖率", 80, 100, "%"]],
  },
  {
    key: "cgj-ranqi-anquan",
    name: "城市燃气安全一个场景",
    kind: "one_scene",
    domain: "public_safety",
    lead: "CGJ",
    with: ["YJJ"],
    uses: ["CGJ:燃气管网压力监测数据", "CGJ:燃气经营许可证核验接口", "YJJ:安全生产隐患排查治理信息", "CGJ:城市管理视频监控"],
    problem: "老旧燃气管网和餐饮场所用气安全隐患多，管网压力异常、第三方施工破坏难以及时发现。",
    how: "管网压力监测异常自动报警，结合视频核查周边施工；餐饮用户燃气隐患排查结果与经营许可关联，整改不到位的暂停供气。",
    results: [["管网异常发现时间", 120, 10, "分钟"]],
    status: "draft",
  },
  {
    key: "xfzd-jiuxiao-changsuo",
    name: "“九小场所”消防安全一个场景",
    kind: "one_scene",
    domain: "public_safety",
    lead: "XFZD",
    with: ["市北"],
    uses: ["XFZD:智慧用电安全监测数据", "XFZD:九小场所", "XFZD:建筑火灾风险评估模型", "市北:网格员信息"],
    problem: "小餐饮、小商店、小旅馆等「九小场所」数量多、分布散，电气线路老化、私拉乱接等隐患多，消防监督力量难以全覆盖。",
    how: "为「九小场所」加装智慧用电监测终端，线路过载、漏电自动报警；火灾风险评估模型对场所分级，高风险场所推送网格员上门检查，整改结果拍照回传。",
    results: [["电气火灾起数", 58, 31, "起"], ["隐患整改用时", 15, 5, "天"]],
  },
  {
    key: "shibei-zhandao-jingying",
    name: "占道经营智能发现一个场景",
    kind: "one_scene",
    domain: "urban_governance",
    lead: "市北",
    with: ["CGJ"],
    uses: ["市北:视频AI事件识别模型", "市北:主要道路交通视频", "CGJ:占道经营视频智能识别模型", "CGJ:数字城管案件信息查询接口"],
    problem: "台东、辽宁路一带占道经营、店外经营问题反复出现，靠城管队员巡查发现，夜间和节假日管不过来。",
    how: "道路视频接入占道经营智能识别模型，自动发现并截图立案，推送至属地执法中队；处置结果回传数字城管系统，反复出现的点位列入重点巡查。",
    results: [["问题发现时间", 120, 5, "分钟"], ["巡查人力投入", 36, 20, "人"]],
  },
  {
    key: "mzj-duju-laoren",
    name: "独居老人关爱一个场景",
    kind: "one_scene",
    domain: "livelihood",
    lead: "MZJ",
    with: ["WJW", "市南"],
    uses: ["MZJ:独居老人智能看护设备数据", "MZJ:养老机构信息", "WJW:家庭医生签约信息查询接口", "市南:养老服务设施信息"],
    problem: "独居、空巢老人发生跌倒、突发疾病时无人知晓，社区上门探访频次有限，养老服务资源和家庭医生服务未能精准对接。",
    how: "独居老人家中安装烟感、门磁、紧急呼叫等智能看护设备，长时间无活动或呼叫时自动通知社区和家属；家庭医生签约信息关联，必要时上门或转介附近养老服务设施。",
    results: [["异常情况发现时间", 24, 0.5, "小时"], ["独居老人智能看护覆盖", 0, 5200, "户"]],
  },
  {
    key: "laoshan-senlin-fanghuo",
    name: "崂山森林防火一个场景",
    kind: "one_scene",
    domain: "public_safety",
    lead: "崂山",
    with: ["YJJ"],
    uses: ["崂山:森林防火视频监控", "YJJ:森林防火重点区域信息", "崂山:网格员信息", "崂山:视频AI事件识别模型"],
    problem: "崂山林区面积大、山高坡陡，清明、春节等时段游客和上坟烧纸人员多，火情靠瞭望员人工发现，偏远区域难以覆盖。",
    how: "林区高点视频接入烟火智能识别，发现疑似火点自动定位并推送就近护林员和网格员核查；防火重点区域入山口人员登记，火情处置全程在线调度。",
    results: [["火情发现时间", 30, 3, "分钟"], ["人工瞭望点", 28, 10, "个"]],
  },
  {
    key: "licang-licunhe",
    name: "李村河水环境治理一个场景",
    kind: "one_scene",
    domain: "environment",
    lead: "李沧",
    with: ["STHJJ"],
    uses: ["李沧:李村河水质水位监测数据", "STHJJ:地表水水质监测数据", "STHJJ:入河入海排污口信息", "李沧:视频AI事件识别模型"],
    problem: "李村河沿线雨污混接、偷排问题时有发生，水质超标后难以快速锁定排污口，河道漂浮物、垃圾靠人工巡河发现。",
    how: "河道水质水位监测与排污口台账关联，超标时按上下游监测点推算可疑排污口并派发核查；沿河视频智能识别漂浮物和违规排放，河长在线督办。",
    results: [["超标溯源时间", 72, 6, "小时"], ["水质达标率", 71, 93, "%"]],
  },
  {
    key: "jimo-gucheng-jingqu",
    name: "即墨古城智慧景区一个场景",
    kind: "one_scene",
    domain: "livelihood",
    lead: "即墨",
    uses: ["即墨:即墨古城景区视频监控", "即墨:停车泊位实时查询接口", "即墨:视频AI分析算力资源"],
    problem: "节假日即墨古城游客集中，景区内部客流和周边停车缺少实时数据，游客体验差，安全管理压力大。",
    how: "景区视频接入客流分析，周边停车泊位实时发布，客流超限时分时段限流。",
    results: [["节假日停车等待", 40, 15, "分钟"]],
    status: "draft",
  },
  {
    key: "pingdu-dazeshan-putao",
    name: "大泽山葡萄产销服务一个场景",
    kind: "one_scene",
    domain: "economy",
    lead: "平度",
    with: ["SCJGJ"],
    uses: ["平度:大泽山葡萄种植户信息", "平度:农产品质量安全追溯数据", "SCJGJ:食品安全抽检信息查询接口"],
    problem: "大泽山葡萄成熟期集中，种植户分散，产量、品质信息不透明，客商收购靠中间人，品牌葡萄以次充好现象影响「大泽山」地理标志声誉。",
    how: "种植户信息与农产品质量追溯数据关联，每箱葡萄附追溯码，消费者扫码查看产地、农残抽检结果；产量预估和客商需求在线对接。",
    results: [["追溯码覆盖种植户", 0, 1800, "户"], ["收购价格溢价", 0, 12, "%"]],
    status: "submitted",
  },
  {
    key: "laixi-chanzhi-shuiku",
    name: "产芝水库水源保护一个场景",
    kind: "one_scene",
    domain: "environment",
    lead: "莱西",
    with: ["STHJJ"],
    uses: ["莱西:产芝水库水位水质监测数据", "STHJJ:饮用水水源地水质信息", "莱西:视频AI事件识别模型"],
    problem: "产芝水库是青岛重要饮用水水源地，库区周边垂钓、游泳、畜禽养殖等行为威胁水源安全。",
    how: "库区水质水位在线监测与视频智能识别联动，发现违规行为自动推送巡查人员。",
    results: [["违规行为发现时间", 24, 1, "小时"]],
    status: "draft",
  },
  {
    key: "zjj-gongdi-yangchen",
    name: "建筑工地扬尘治理一个场景",
    kind: "one_scene",
    domain: "environment",
    lead: "ZJJ",
    with: ["STHJJ", "城阳"],
    uses: ["ZJJ:建筑工地扬尘在线监测数据", "ZJJ:建筑工地视频监控", "STHJJ:空气质量监测数据", "城阳:环境空气微站监测数据"],
    problem: "在建工地数量多，裸土覆盖、车辆冲洗、喷淋降尘落实不到位，扬尘超标靠执法人员现场发现，取证难。",
    how: "工地扬尘在线监测超标时自动抓拍视频取证，结合周边空气微站数据判断影响范围，预警推送施工单位和监管人员，连续超标纳入信用评价。",
    results: [["扬尘超标处置时间", 24, 2, "小时"], ["工地扬尘超标率", 13, 4, "%"]],
  },
  {
    key: "scjgj-mingchu-liangzao",
    name: "“明厨亮灶”食品安全一个场景",
    kind: "one_scene",
    domain: "market",
    lead: "SCJGJ",
    with: ["李沧"],
    uses: ["SCJGJ:明厨亮灶", "SCJGJ:食品安全风险预警模型", "SCJGJ:食品经营许可信息", "李沧:食品经营许可证信息"],
    problem: "餐饮单位后厨操作不规范、老鼠蟑螂等问题靠日常检查和投诉发现，监管人员有限，消费者看不到后厨情况。",
    how: "餐饮后厨视频接入智能识别，发现未戴帽子口罩、老鼠出没等行为自动预警，推送商户整改并抄送市场监管所；消费者通过「青岛市场监管」小程序查看后厨直播和许可信息。",
    results: [["后厨违规发现时间", 7, 0.5, "天"], ["接入餐饮单位", 1200, 9600, "家"]],
  },
  {
    key: "rsj-qianxin-yujing",
    name: "根治欠薪预警一个场景",
    kind: "one_scene",
    domain: "social_security",
    lead: "RSJ",
    with: ["ZJJ"],
    live: ["黄岛", "城阳", "即墨"],
    uses: ["RSJ:欠薪风险预警模型", "ZJJ:建筑工人实名制信息", "ZJJ:建筑工人实名制考勤组件", "RSJ:用人单位社保登记信息"],
    problem: "工程建设领域农民工工资拖欠问题多发，往往到年底集中爆发、群体讨薪才被发现，工资专户和实名制考勤数据没有用起来。",
    how: "建筑工人实名制考勤与工资专户发放、社保缴纳数据比对，欠薪风险预警模型提前识别风险项目，推送劳动保障监察和行业主管部门介入。",
    results: [["欠薪案件发现时间", 45, 7, "天"], ["欠薪投诉", 2350, 980, "件"]],
  },
  {
    key: "jtj-wangyueche",
    name: "网约车合规监管一个场景",
    kind: "one_scene",
    domain: "transport",
    lead: "JTJ",
    with: ["GAJ"],
    uses: ["JTJ:网络预约出租汽车运输证核验接口", "JTJ:网约车平台公司信息查询接口", "GAJ:机动车驾驶证核验接口", "JTJ:道路运输从业人员从业资格证核验接口"],
    problem: "部分网约车平台派单给无证车辆和驾驶员，合规率底数不清，乘客安全缺乏保障。",
    how: "平台订单数据与车辆运输证、驾驶员从业资格证和驾驶证状态实时比对，不合规订单自动预警并通报平台整改。",
    results: [["合规订单占比", 62, 85, "%"], ["不合规车辆核查时间", 7, 1, "天"]],
    status: "submitted",
  },
  {
    key: "shibei-taidong-keliu",
    name: "台东商圈客流安全一个场景",
    kind: "one_scene",
    domain: "public_safety",
    lead: "市北",
    with: ["GAJ"],
    uses: ["市北:台东商圈客流感知数据", "市北:重点区域视频监控点位", "GAJ:治安警情统计数据"],
    problem: "台东步行街节假日和夜间客流集中，拥挤踩踏风险高，商圈管理方和派出所掌握的客流、警情信息不互通。",
    how: "商圈客流感知与视频监控融合测算实时密度，超过阈值时分级预警，联动派出所和商圈管理方实施单向通行、限流。",
    results: [["客流预警提前时间", 0, 30, "分钟"]],
    status: "returned",
    note: "使用市公安局「治安警情统计数据」的申请未获同意，请调整数据需求或补充数据安全承诺后再提交",
  },
  {
    key: "chengyang-laojiu-xiaoqu",
    name: "老旧小区改造一个场景",
    kind: "one_scene",
    domain: "livelihood",
    lead: "城阳",
    with: ["ZJJ"],
    uses: ["城阳:老旧小区改造项目信息", "ZJJ:城镇老旧小区改造信息查询接口", "城阳:居民小区信息"],
    problem: "老旧小区改造项目多、居民诉求多样，改造内容征求意见和施工进度公示靠张贴通知，居民参与度低。",
    how: "改造项目在线征求居民意见，施工进度、资金使用在线公示，居民可随时反映问题并跟踪处理结果。",
    results: [["居民满意度", 0, 95, "%"], ["改造意见征集时间", 30, 10, "天"]],
    status: "returned",
    note: "成效指标「居民满意度」缺少改革前调查数据，请补充基线数据或说明调查方法",
  },
  {
    key: "wjw-hesuan-jiance",
    name: "核酸检测点查询一个场景",
    kind: "one_scene",
    domain: "health",
    lead: "WJW",
    with: ["DSJ"],
    uses: ["WJW:医疗机构执业登记信息查询接口", "DSJ:城市云脑地图服务组件"],
    problem: "常态化核酸检测期间，市民难以及时了解附近检测点位置、开放时间和排队情况。",
    how: "检测点信息接入城市云脑地图服务，在爱山东·青e办实时发布开放状态和排队人数，就近推荐检测点。",
    results: [["检测点平均排队时间", 45, 15, "分钟"]],
    status: "retired",
    note: "疫情防控政策调整，常态化核酸检测点已全部撤销，场景下线",
  },
  {
    key: "scjgj-lenglian-zhuisu",
    name: "进口冷链食品追溯一个场景",
    kind: "one_scene",
    domain: "market",
    lead: "SCJGJ",
    with: ["黄岛"],
    uses: ["SCJGJ:进口冷链食品追溯数据", "SCJGJ:智慧市场监管平台", "黄岛:港口物流企业信息"],
    problem: "进口冷链食品从港口入境到流入市场环节多，来源和流向难以追踪，一旦发现问题产品难以快速定位。",
    how: "进口冷链食品入库、出库、销售全程扫码登记，港口物流企业和冷库数据接入追溯平台，问题产品分钟级定位流向。",
    results: [["问题产品流向定位时间", 72, 0.5, "小时"]],
    status: "retired",
    note: "进口冷链食品追溯功能已并入智慧市场监管平台统一维护，本场景停止更新",
  },
];

// ---------------------------------------------------------------------------------------------
// Lookup tables for the derived parts

/** What an adopter typically changed, by kind/audience; {区} becomes the adopter's name. */
const ADAPTATIONS: Record<"public" | "internal" | "scene", string[]> = {
  public: [
    "接入{区}政务服务中心综合窗口，增设帮办代办服务",
    "结合{区}实际精简两项申报材料，开通镇街便民服务中心就近办",
    "在{区}政务服务大厅开设「一件事」专窗，线下收件、线上流转",
    "对接{区}自建业务系统，办件结果自动回传",
  ],
  internal: [
    "按{区}机关科室设置调整审批流转节点",
    "对接{区}协同办公系统，统一身份认证登录",
    "增加{区}镇街一级的任务分派与反馈",
    "沿用市级流程，仅替换{区}本级审核人员",
  ],
  scene: [
    "接入{区}城市运行管理服务平台，事件由属地网格员处置",
    "补充{区}本地感知设备，按辖区特点调整预警阈值",
    "对接{区}社会治理网格化平台，处置结果回传市级",
    "沿用市级模型，增加{区}重点区域的监测点位",
  ],
};

/** Reviewers' reasons for rejecting a conditional resource. */
const REJECT_REASONS = [
  "申请用途未说明数据使用范围和脱敏措施，请补充后重新申请",
  "该数据涉及个人敏感信息，请改用核验类接口（仅返回一致或不一致）",
  "请先签署数据安全承诺书并明确使用期限",
  "申请的数据项超出场景实际需要，请按最小必要原则精简后重新申请",
  "本级已通过市级平台统一调用，区（市）请经市级接口获取，不再单独开通",
];

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "郭", "于", "曲", "姜"];
const GIVEN = ["志刚", "晓丽", "建华", "海燕", "文博", "雪莲", "国强", "丽君", "明轩", "春燕", "立伟", "静怡", "子涵", "振宇", "玉兰", "鹏飞"];

const AGE_RANGE: Record<ResourceStatus, [number, number]> = {
  published: [60, 400],
  retired: [200, 400],
  returned: [5, 45],
  submitted: [0, 20],
  draft: [0, 60],
};

// ---------------------------------------------------------------------------------------------
// Helpers

/** FNV-1a: a stable number for any text. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A stable integer in [min, max] for this key and purpose. */
const between = (key: string, min: number, max: number) => min + (hash(key) % (max - min + 1));

const department = new Map(DEPARTMENTS.map((d) => [d.code, d]));
const DISTRICT_CODES = DEPARTMENTS.filter((d) => d.kind === "district").map((d) => d.code);
const isDistrict = (code: string) => department.get(code)?.kind === "district";
const shortName = (code: string) => department.get(code)?.shortName ?? code;

/** "RSJ" → "QD-RSJ"; "崂山" → "370212" (the district's name without 区/市). */
function codeOf(alias: string): string {
  const municipal = `QD-${alias}`;
  if (department.has(municipal)) return municipal;
  const district = DEPARTMENTS.find((d) => d.kind === "district" && d.name.slice(0, -1) === alias);
  if (!district) throw new Error(`unknown department alias in scenario table: ${alias}`);
  return district.code;
}

/** Published resources by department, in catalogue order. */
function publishedByDepartment(): Map<string, ResourceSeed[]> {
  const out = new Map<string, ResourceSeed[]>();
  for (const r of generateResourceSeeds()) {
    if (r.status !== "published") continue;
    const list = out.get(r.departmentCode) ?? [];
    list.push(r);
    out.set(r.departmentCode, list);
  }
  return out;
}

/**
 * The scenario's resources, 2–6 of them: each "ALIAS:keyword" becomes the department's published
 * resource of that name (or the first whose name contains it). Another department's 不予共享
 * resources can't be used. Wants that find nothing are skipped, and a short list is topped up
 * with the lead's own published resources, so the result never depends on an exact catalogue.
 */
function resolveResources(def: ScenarioDef, lead: string, members: Set<string>, published: Map<string, ResourceSeed[]>): ResourceSeed[] {
  const chosen: ResourceSeed[] = [];
  const usable = (r: ResourceSeed) => !chosen.includes(r) && (r.departmentCode === lead || r.content.sharingClass !== "none");
  for (const want of def.uses) {
    const [alias, keyword] = want.split(":") as [string, string];
    const code = codeOf(alias);
    if (!members.has(code)) throw new Error(`${def.key}: ${want} is not from the lead or a participating department`);
    const list = (published.get(code) ?? []).filter(usable);
    const match = list.find((r) => r.content.name === keyword) ?? list.find((r) => r.content.name.includes(keyword));
    if (match) chosen.push(match);
  }
  for (const r of published.get(lead) ?? []) {
    if (chosen.length >= 2) break;
    if (usable(r)) chosen.push(r);
  }
  return chosen.slice(0, 6);
}

function purposeOf(scenario: string, r: ResourceSeed): string {
  const name = `「${r.content.name}」`;
  switch (r.content.kind) {
    case "api":
      return `「${scenario}」调用${name}实时核验办事信息，替代群众和企业提交的证明材料`;
    case "dataset":
      return `「${scenario}」共享${name}，用于业务比对和底数核查`;
    case "iot":
    case "video":
      return `「${scenario}」接入${name}，实现实时监测和联动处置`;
    case "algorithm":
      return `「${scenario}」调用${name}辅助风险研判和任务分派`;
    default:
      return `「${scenario}」复用${name}，避免重复建设`;
  }
}

function contactOf(key: string) {
  const h = hash(`contact/${key}`);
  return {
    contactName: SURNAMES[h % SURNAMES.length]! + GIVEN[(h >>> 8) % GIVEN.length]!,
    contactPhone: `0532-8${String(between(`phone/${key}`, 0, 9_999_999)).padStart(7, "0")}`,
  };
}

/** The sentence on who leads and which resources are reused, appended to 实现方式. */
function adoptionSentence(lead: string, participants: string[], resources: ResourceSeed[]): string {
  const parts = participants.length ? `，${participants.map(shortName).join("、")}协同` : "";
  // District resources already carry the district's name: 「市北区网格事件数据」, not 市北区「市北区…」.
  const list = resources
    .map((r) => (r.content.name.startsWith(shortName(r.departmentCode)) ? "" : shortName(r.departmentCode)) + `「${r.content.name}」`)
    .join("、");
  return `由${shortName(lead)}牵头${parts}，复用城市云脑资源 ${resources.length} 项：${list}。`;
}

// ---------------------------------------------------------------------------------------------
// The generator

export function generateScenarioSeeds(): ScenarioSeed[] {
  const published = publishedByDepartment();
  /** requester|department|resource: a department asks for a resource once across all scenarios */
  const requested = new Set<string>();
  let rejections = 0;

  return SCENARIOS.map((def): ScenarioSeed => {
    const status = def.status ?? "published";
    const lead = codeOf(def.lead);
    const participants = (def.with ?? []).map(codeOf);
    const members = new Set([lead, ...participants]);
    const resources = resolveResources(def, lead, members, published);
    const [minAge, maxAge] = def.benchmark ? [240, 400] : AGE_RANGE[status];
    const ageDays = between(`age/${def.key}`, minAge, maxAge);

    // Where it runs (or will, once published): the lead district, or a municipal scenario's pilot districts.
    const baseLive = isDistrict(lead) ? [lead] : (def.live?.map(codeOf) ?? participants.filter(isDistrict));

    // Reuse: published scenarios only; never by a member or a district already running it.
    const adoptions: ScenarioSeed["adoptions"] = [];
    if (status === "published") {
      const internal = def.audience === "internal";
      const pool = internal && !isDistrict(lead) ? [...DISTRICT_CODES, ...DEPARTMENTS.filter((d) => d.kind === "municipal").map((d) => d.code)] : DISTRICT_CODES;
      const candidates = pool
        .filter((c) => !members.has(c) && !baseLive.includes(c))
        .sort((a, b) => hash(`${def.key}/${a}`) - hash(`${def.key}/${b}`));
      const count = def.benchmark ? between(`adopt/${def.key}`, 4, 6) : between(`adopt/${def.key}`, 0, def.kind === "big_scenario" ? 3 : 2);
      const templates = ADAPTATIONS[def.kind === "one_thing" ? (internal ? "internal" : "public") : "scene"];
      for (const adopter of candidates.slice(0, count)) {
        const salt = `${def.key}/${adopter}`;
        const liveDaysAgo = between(`live/${salt}`, 5, Math.min(300, ageDays - 20));
        adoptions.push({
          adopterCode: adopter,
          liveDaysAgo,
          adapted: templates[hash(`adapt/${salt}`) % templates.length]!.replace("{区}", shortName(adopter)),
          // The owner confirms a reuse some time after it goes live; recent ones may still be waiting.
          confirmed: liveDaysAgo > 20 && hash(`confirm/${salt}`) % 10 < 7,
        });
      }
    }
    // A retired scenario runs nowhere; otherwise add the districts whose reuse the owner confirmed.
    const liveDistrictCodes = status === "retired" ? [] : [...baseLive, ...adoptions.filter((a) => a.confirmed && isDistrict(a.adopterCode)).map((a) => a.adopterCode)];

    // Access requests: the lead asks for other departments' resources it uses (无条件共享 is granted
    // at once; 有条件共享 waits for the owner), and an adopter asks for the municipal conditional
    // resources it needs to run the scenario itself.
    const accessRequests: ScenarioSeed["accessRequests"] = [];
    const request = (requesterCode: string, r: ResourceSeed, state: AccessState, purpose: string) => {
      const id = `${requesterCode}|${r.departmentCode}|${r.content.name}`;
      if (r.departmentCode === requesterCode || r.content.sharingClass === "none" || requested.has(id)) return;
      if ((state === "granted") !== (r.content.sharingClass === "unconditional")) return;
      requested.add(id);
      const resource = { departmentCode: r.departmentCode, name: r.content.name };
      if (state === "rejected") accessRequests.push({ requesterCode, resource, state, purpose, reason: REJECT_REASONS[rejections++ % REJECT_REASONS.length]! });
      else accessRequests.push({ requesterCode, resource, state, purpose });
    };
    let firstConditional = true;
    for (const r of resources.filter((x) => x.departmentCode !== lead)) {
      const purpose = purposeOf(def.name, r);
      if (r.content.sharingClass === "unconditional") {
        request(lead, r, "granted", purpose);
        continue;
      }
      let state: AccessState;
      if (status === "published" || status === "retired") state = "approved";
      else if (status === "returned") state = firstConditional ? "rejected" : "pending";
      else if (status === "submitted") state = hash(`access/${def.key}/${r.content.name}`) % 2 ? "approved" : "pending";
      else state = "pending";
      firstConditional = false;
      request(lead, r, state, purpose);
    }
    for (const a of adoptions) {
      const needed = resources.find((r) => !isDistrict(r.departmentCode) && r.departmentCode !== a.adopterCode && r.content.sharingClass === "conditional");
      if (!needed) continue;
      const state: AccessState = a.confirmed ? "approved" : hash(`adopt-access/${def.key}/${a.adopterCode}`) % 3 === 0 ? "rejected" : "pending";
      request(a.adopterCode, needed, state, `${shortName(a.adopterCode)}复用${purposeOf(def.name, needed)}`);
    }

    const seed: ScenarioSeed = {
      key: def.key,
      leadDepartmentCode: lead,
      participatingDepartmentCodes: participants,
      status,
      benchmark: def.benchmark === true && status === "published",
      ageDays,
      content: {
        name: def.name,
        kind: def.kind,
        audience: def.kind === "one_thing" ? (def.audience ?? "public") : "",
        domain: def.domain,
        problem: def.problem,
        howItWorks: `${def.how}${adoptionSentence(lead, participants, resources)}`,
        results: def.results.map(([metric, before, after, unit]) => ({ metric, before, after, unit })),
        ...contactOf(def.key),
      },
      resourceNames: resources.map((r) => ({ departmentCode: r.departmentCode, name: r.content.name })),
      liveDistrictCodes,
      adoptions,
      accessRequests,
    };
    if (def.note) seed.note = def.note;
    return seed;
  });
}
