import type { Metadata } from "next";
import { OPEN_DATA_VERSION } from "@/server/no-proof/open-data";
import { BackLink, Section } from "../../_components/parts";

export const revalidate = 86400;
export const metadata: Metadata = {
  title: "开放数据",
  description: "青岛市无证明城市场景清单开放数据：JSON 与 CSV 下载地址、字段说明。",
};

const FIELDS: [string, string][] = [
  ["id", "场景标识，长期不变"],
  ["itemCode", "事项编码：区划代码-12位基本编码-事项类型-3位序号-2位办理项"],
  ["name / department / domain", "事项名称、负责部门、所属领域"],
  ["lifeEvents / audiences", "所属人生事件；服务对象（个人、企业）"],
  ["proofs[]", "证明材料：名称、类别（法律事实等五类）、原开具单位、处理方式（直接取消、告知承诺、部门间数据共享核验、电子证照、网络核验、行业自律、容缺承诺、保留）、替代方式、保留原因、依据、不适用告知承诺情形"],
  ["eLicences", "可出示的电子证照"],
  ["channels", "办理渠道：app（爱山东·青e办）、onlineHall（网上办事大厅）、halls（线下大厅）"],
  ["steps / timeLimit / fee", "办理步骤、办理时限、收费标准"],
  ["legalBasis / effectiveDate", "法律或政策依据、实施日期（YYYY-MM-DD）"],
  ["districts", "适用区市；“全市”表示全市通办"],
  ["countsTowardTarget", "是否计入今年新增无证明场景目标"],
  ["publishedAt / updatedAt", "首次发布、最近更新时间（ISO 8601，UTC）"],
];

export default function OpenDataPage() {
  return (
    <div className="space-y-5">
      <BackLink href="/no-proof">无证明城市首页</BackLink>
      <h1 className="text-2xl font-semibold">开放数据</h1>
      <p className="text-slate-800">无证明城市场景清单以开放格式提供，可自由下载和引用。数据随清单审核发布实时更新，缓存不超过 5 分钟。</p>
      <Section title="下载地址（长期有效）">
        <ul className="space-y-2">
          <li>
            JSON：<a className="font-mono text-brand-700 underline" href="/api/no-proof/cases.json">/api/no-proof/cases.json</a>
          </li>
          <li>
            CSV（UTF-8，每项证明材料一行）：<a className="font-mono text-brand-700 underline" href="/api/no-proof/cases.csv">/api/no-proof/cases.csv</a>
          </li>
        </ul>
        <p className="mt-2 text-sm text-slate-700">
          当前格式版本 {OPEN_DATA_VERSION}。字段只增不改；含义变化时版本号随之变化。JSON 中 demoData 为 true 时，数据为演示用示例数据。
        </p>
      </Section>
      <Section title="字段说明">
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[14rem_1fr]">
          {FIELDS.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-mono text-sm text-slate-900">{k}</dt>
              <dd className="text-slate-800">{v}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </div>
  );
}
