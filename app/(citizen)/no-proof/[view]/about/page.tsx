import type { Metadata } from "next";
import { BackLink, PhoneLink } from "../../_components/parts";

export const metadata: Metadata = { title: "关于本服务", description: "青岛市“无证明城市”服务说明。" };

/** Plain text only: also the benchmark's trivial static page of the citizen frame. */
export default function AboutPage() {
  return (
    <div className="space-y-4">
      <BackLink href="/no-proof">无证明城市首页</BackLink>
      <h1 className="text-2xl font-semibold">关于本服务</h1>
      <p className="text-slate-800">
        “无证明城市”是指群众和企业办事时，能通过直接取消、告知承诺、部门间数据共享核验、电子证照、网络核验等方式替代的证明材料，不再要求提供。
      </p>
      <p className="text-slate-800">本清单由各部门维护、市大数据局审核后发布。清单之外的证明，办事窗口不得要求提供。</p>
      <p className="text-slate-800">如仍被要求提供证明，可在对应事项页面反映，也可拨打 <PhoneLink number="12345" /> 政务服务便民热线。</p>
    </div>
  );
}
