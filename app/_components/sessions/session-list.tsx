import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";
import { describeBrowser } from "@/server/http/user-agent";
import { formatDateTime } from "@/server/time";
import { Badge } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { EndSessionButton } from "./end-session-button";

type OpenSession = inferRouterOutputs<AppRouter>["account"]["sessions"][number];

/**
 * Open sessions: when and where each began, the browser, the last activity. The session of this
 * very page is marked and ended by signing out; the others each get a button.
 */
export function SessionList({ sessions, currentSessionId, endLabel }: { sessions: OpenSession[]; currentSessionId?: string; endLabel: string }) {
  return (
    <Table
      caption="登录会话"
      rows={sessions}
      rowKey={(s) => s.id}
      empty="当前没有登录会话"
      columns={[
        { header: "浏览器", primary: true, cell: (s) => describeBrowser(s.userAgent) },
        { header: "来源地址", cell: (s) => <span className="font-mono">{s.address || "未知"}</span> },
        { header: "登录时间", cell: (s) => formatDateTime(s.createdAt) },
        { header: "最近活动", cell: (s) => formatDateTime(s.lastSeenAt) },
        { header: "最迟结束", cell: (s) => formatDateTime(s.expiresAt) },
        {
          header: "操作",
          cell: (s) => (s.id === currentSessionId ? <Badge tone="success">当前会话</Badge> : <EndSessionButton target={{ sessionId: s.id }} label={endLabel} />),
        },
      ]}
    />
  );
}
