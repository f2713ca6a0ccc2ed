import type { DepartmentKind, Role } from "@/db/schema";
import { creditCodeCheckChar } from "@/server/organisation/credit-code";

interface DepartmentSeed {
  code: string;
  name: string;
  shortName: string;
  kind: DepartmentKind;
  description: string;
  creditCode: string;
}

/**
 * A made-up 统一社会信用代码 of the right shape — 11 (机构编制, 机关), the division code, a 组织机构代码
 * with its GB 11714 check digit, the GB 32100 check character — so the catalogue export looks real.
 * None of them is a department's real code.
 */
function demoCreditCode(division: string, departmentCode: string): string {
  let h = 0x811c9dc5;
  for (const ch of departmentCode) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const body = `00${String(h % 1_000_000).padStart(6, "0")}`;
  const sum = [3, 7, 9, 10, 5, 8, 4, 2].reduce((acc, w, i) => acc + Number(body[i]) * w, 0);
  const check = 11 - (sum % 11);
  const first17 = `11${division}${body}${check === 10 ? "X" : check === 11 ? "0" : String(check)}`;
  return first17 + creditCodeCheckChar(first17);
}

const municipal = (code: string, name: string, shortName: string, description: string): DepartmentSeed => ({
  code: `QD-${code}`,
  name,
  shortName,
  kind: "municipal",
  description,
  creditCode: demoCreditCode("370200", code),
});

/** Qingdao's ten districts and county-level cities, with their administrative division codes. */
const district = (code: string, name: string): DepartmentSeed => ({
  code,
  name,
  shortName: name,
  kind: "district",
  description: `${name}人民政府（含区市大数据主管部门）`,
  creditCode: demoCreditCode(code, code),
});

export const DEPARTMENTS: DepartmentSeed[] = [
  municipal("DSJ", "青岛市大数据发展管理局", "市大数据局", "统筹城市云脑建设、政务数据共享开放与数字政府建设"),
  municipal("GAJ", "青岛市公安局", "市公安局", "户籍、出入境、交通管理与公共安全"),
  municipal("RSJ", "青岛市人力资源和社会保障局", "市人社局", "就业创业、社会保险、人才服务"),
  municipal("SCJGJ", "青岛市市场监督管理局", "市市场监管局", "市场主体登记、质量安全与市场秩序监管"),
  municipal("JTJ", "青岛市交通运输局", "市交通运输局", "公共交通、道路运输与交通出行服务"),
  municipal("WJW", "青岛市卫生健康委员会", "市卫生健康委", "医疗卫生服务、公共卫生与健康管理"),
  municipal("YJJ", "青岛市应急管理局", "市应急局", "安全生产监管、应急救援与防灾减灾"),
  municipal("ZJJ", "青岛市住房和城乡建设局", "市住房城乡建设局", "住房保障、房屋交易与建筑市场监管"),
  municipal("MZJ", "青岛市民政局", "市民政局", "社会救助、养老服务、婚姻登记"),
  municipal("JYJ", "青岛市教育局", "市教育局", "各级各类教育与招生入学"),
  municipal("ZRZYJ", "青岛市自然资源和规划局", "市自然资源局", "国土空间规划与不动产登记"),
  municipal("YBJ", "青岛市医疗保障局", "市医保局", "医疗保险、医疗救助与医保基金监管"),
  municipal("SPJ", "青岛市行政审批服务局", "市行政审批局", "政务服务事项集中审批与政务服务大厅"),
  municipal("CGJ", "青岛市城市管理局", "市城管局", "市容环境、市政设施与城市运行管理"),
  municipal("STHJJ", "青岛市生态环境局", "市生态环境局", "生态环境监测与执法"),
  municipal("XFZD", "青岛市消防救援支队", "市消防救援支队", "消防监督与灭火救援"),
  municipal("GXJ", "青岛市工业和信息化局", "市工业和信息化局", "工业经济与信息化发展"),
  district("370202", "市南区"),
  district("370203", "市北区"),
  district("370213", "李沧区"),
  district("370212", "崂山区"),
  district("370211", "黄岛区"),
  district("370214", "城阳区"),
  district("370215", "即墨区"),
  district("370281", "胶州市"),
  district("370283", "平度市"),
  district("370285", "莱西市"),
];

interface PersonSeed {
  username: string;
  displayName: string;
  departmentCode: string;
  roles: Role[];
  title: string;
}

/** The accounts the README lists, one per role; `admin` kept its name when it became the 系统管理员. */
export const DEMO_ACCOUNTS: PersonSeed[] = [
  { username: "admin", displayName: "王海峰", departmentCode: "QD-DSJ", roles: ["sysadmin"], title: "平台系统管理员" },
  { username: "security", displayName: "孙立伟", departmentCode: "QD-DSJ", roles: ["security_officer"], title: "网络安全处安全管理员" },
  { username: "auditor", displayName: "高雅琴", departmentCode: "QD-DSJ", roles: ["auditor"], title: "安全审计管理员" },
  { username: "organiser", displayName: "赵明远", departmentCode: "QD-DSJ", roles: ["organiser"], title: "数字政府建设处创新大赛联络员" },
  { username: "reviewer", displayName: "李思雨", departmentCode: "QD-DSJ", roles: ["reviewer"], title: "数据资源处审核员" },
  { username: "publisher", displayName: "张晓明", departmentCode: "QD-RSJ", roles: ["publisher"], title: "信息中心科员" },
  { username: "judge", displayName: "陈立新", departmentCode: "QD-WJW", roles: ["judge"], title: "规划信息处处长" },
];

export const DEMO_PASSWORD = "Qingdao2023";

const SURNAMES = ["刘", "赵", "孙", "周", "吴", "郑", "冯", "于", "高", "林", "徐", "马", "韩", "曲", "姜"];
const GIVEN = ["建国", "晓燕", "海涛", "文静", "志强", "丽娜", "明辉", "雪梅", "春雷", "佳怡", "国栋", "婷婷", "振华", "秀英", "浩然"];

/**
 * About 30 people: a publisher for every department and district, a second reviewer, and
 * judges spread over several departments — generated, so the names vary but stay stable.
 */
export function generatedPeople(): PersonSeed[] {
  const out: PersonSeed[] = [];
  let n = 0;
  const nextName = () => {
    // Each surname meets a different given name on every pass, so no two people share a name.
    const pass = Math.floor(n / SURNAMES.length);
    const name = SURNAMES[n % SURNAMES.length]! + GIVEN[(n + 7 * pass + 3) % GIVEN.length]!;
    n += 1;
    return name;
  };
  for (const d of DEPARTMENTS) {
    if (d.code === "QD-RSJ") continue; // the demo publisher covers 市人社局
    const slug = d.kind === "district" ? `d${d.code.slice(-3)}` : d.code.slice(3).toLowerCase();
    out.push({
      username: `pub.${slug}`,
      displayName: nextName(),
      departmentCode: d.code,
      roles: ["publisher"],
      title: d.kind === "district" ? "区市大数据局科员" : "信息化工作联络员",
    });
  }
  out.push({ username: "reviewer2", displayName: nextName(), departmentCode: "QD-DSJ", roles: ["reviewer"], title: "数据资源处审核员" });
  // Appended codes keep the earlier judges' generated names; the competition demo needs twelve judges.
  for (const code of ["QD-GAJ", "QD-JTJ", "QD-SCJGJ", "370211", "QD-JYJ", "QD-ZRZYJ", "QD-STHJJ", "QD-GXJ", "370214", "370283", "370285"]) {
    out.push({ username: `judge.${code.replace("QD-", "").toLowerCase()}`, displayName: nextName(), departmentCode: code, roles: ["judge"], title: "评审专家" });
  }
  return out;
}
