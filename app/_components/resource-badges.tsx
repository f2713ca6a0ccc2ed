import { Badge } from "@/app/_components/ui/layout";
import { RESOURCE_STATUS_LABELS, SHARING_CLASS_LABELS, type ResourceStatus } from "@/server/resources/schemas";

const STATUS_TONES = { draft: "neutral", submitted: "warning", returned: "danger", published: "success", retired: "neutral" } as const;
const SHARING_TONES = { unconditional: "success", conditional: "warning", none: "danger" } as const;

export function ResourceStatusBadge({ status }: { status: ResourceStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{RESOURCE_STATUS_LABELS[status]}</Badge>;
}

export function SharingBadge({ value }: { value: keyof typeof SHARING_CLASS_LABELS }) {
  return <Badge tone={SHARING_TONES[value]}>{SHARING_CLASS_LABELS[value]}</Badge>;
}

export const VERSION_STATUS_LABELS = { draft: "草稿", submitted: "待审核", returned: "已退回", published: "当前发布版", superseded: "历史版本" } as const;
