import type { NotificationKind } from "@/db/schema";

/** How 通知中心 and the messengers name each kind. Pure: client components import it too. */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  request_received: "待答复申请",
  request_decided: "申请答复",
  review_approved: "审核通过",
  review_returned: "退回修改",
  deadline_reminder: "到期提醒",
  overdue_escalated: "督办",
  overdue_escalated_again: "二次督办",
  results_published: "大赛成绩",
  feedback_received: "公众反映",
};
