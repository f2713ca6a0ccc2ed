import {
  CATALOGUE_CLASS_LABELS,
  DELIVERY_METHOD_LABELS,
  DOMAIN_LABELS,
  OPEN_CLASS_LABELS,
  RESOURCE_KIND_LABELS,
  SHARING_CHANNEL_LABELS,
  SHARING_CLASS_LABELS,
  UPDATE_FREQUENCY_LABELS,
  type ResourceContent,
} from "./schemas";

type Field = keyof ResourceContent;

/** Every content field with its Chinese label and how to show its value, in form order. */
export const CONTENT_FIELDS: { field: Field; label: string; show?: (c: ResourceContent) => string }[] = [
  { field: "name", label: "资源名称" },
  { field: "kind", label: "资源类型", show: (c) => RESOURCE_KIND_LABELS[c.kind] },
  { field: "domain", label: "所属领域", show: (c) => DOMAIN_LABELS[c.domain] },
  { field: "summary", label: "资源摘要" },
  { field: "sharingClass", label: "共享属性", show: (c) => SHARING_CLASS_LABELS[c.sharingClass] },
  { field: "sharingReason", label: "共享条件或不予共享理由" },
  { field: "openClass", label: "开放属性", show: (c) => OPEN_CLASS_LABELS[c.openClass] },
  { field: "updateFrequency", label: "更新频率", show: (c) => UPDATE_FREQUENCY_LABELS[c.updateFrequency] },
  { field: "updateFrequencyNote", label: "更新周期说明" },
  { field: "deliveryMethod", label: "交付方式", show: (c) => DELIVERY_METHOD_LABELS[c.deliveryMethod] },
  { field: "sharingChannel", label: "共享方式", show: (c) => SHARING_CHANNEL_LABELS[c.sharingChannel] },
  { field: "accessUrl", label: "访问地址" },
  { field: "docUrl", label: "文档链接" },
  { field: "tags", label: "标签", show: (c) => c.tags.join("、") },
  { field: "contactName", label: "联系人" },
  { field: "contactPhone", label: "联系电话" },
  { field: "contactEmail", label: "电子邮箱" },
  { field: "apiMethod", label: "接口方法" },
  { field: "apiPath", label: "接口路径" },
  { field: "apiAuth", label: "认证方式" },
  { field: "apiRateLimit", label: "调用限制" },
  { field: "modelInputs", label: "模型输入" },
  { field: "modelOutputs", label: "模型输出" },
  { field: "catalogueClass", label: "信息资源分类", show: (c) => CATALOGUE_CLASS_LABELS[c.catalogueClass] },
  { field: "catalogueItem", label: "分类项" },
  { field: "catalogueSubject", label: "分类目" },
  { field: "catalogueDetail", label: "分类细目" },
  { field: "linkedCodes", label: "关联资源代码", show: (c) => c.linkedCodes.join("、") },
  { field: "informationSystem", label: "所属信息系统" },
  { field: "duplicateReason", label: "与已有同类的区别" },
];

export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

const itemText = (d: ResourceContent["dataItems"][number]) => `${d.type}${d.length ? `(${d.length})` : ""}${d.description ? `，${d.description}` : ""}`;

/** What changed between two versions, in people's words; data items are compared by name. */
export function diffContent(before: ResourceContent, after: ResourceContent): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const { field, label, show } of CONTENT_FIELDS) {
    const a = show ? show(before) : String(before[field] ?? "");
    const b = show ? show(after) : String(after[field] ?? "");
    if (a !== b) changes.push({ label, before: a || "（空）", after: b || "（空）" });
  }
  const old = new Map(before.dataItems.map((d) => [d.name, d]));
  const next = new Map(after.dataItems.map((d) => [d.name, d]));
  for (const [name, d] of next) {
    const o = old.get(name);
    if (!o) changes.push({ label: `数据项「${name}」`, before: "（无）", after: `新增：${itemText(d)}` });
    else if (itemText(o) !== itemText(d)) changes.push({ label: `数据项「${name}」`, before: itemText(o), after: itemText(d) });
  }
  for (const [name, d] of old)
    if (!next.has(name)) changes.push({ label: `数据项「${name}」`, before: itemText(d), after: "（已删除）" });
  return changes;
}

/** 「资源名称、标签」: the changed fields, for an audit summary. */
export function changedLabels(before: ResourceContent, after: ResourceContent): string {
  const labels = [...new Set(diffContent(before, after).map((c) => (c.label.startsWith("数据项") ? "数据项" : c.label)))];
  return labels.length ? labels.join("、") : "无变化";
}
