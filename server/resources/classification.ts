/**
 * The national catalogue's view of a resource (政务信息资源目录编制指南; see
 * ../shared/research/catalogue-standard.md): its classification, its 信息资源代码, and its 共享方式,
 * 格式 and 更新周期 as the standard writes them. Pure, and safe in the browser: the app keeps its own
 * 资源编码 as the identity, and these are derived from it and from the content, never stored.
 */
import {
  CATALOGUE_CLASS_CODES,
  CATALOGUE_CLASS_LABELS,
  CATALOGUE_ITEMS,
  DEPARTMENT_CATALOGUE_ITEM_CODE,
  DELIVERY_METHOD_LABELS,
  SHARING_CHANNEL_LABELS,
  SHARING_TYPE_BY_DELIVERY,
  UPDATE_FREQUENCY_LABELS,
  type ResourceContent,
} from "./schemas";

type Classified = Pick<ResourceContent, "catalogueClass" | "catalogueItem">;

/**
 * 分类码: the 类 (1 digit) and the 项 (2 digits, its place in the guide's list). 目 and 细目 are
 * kept as names, so they add no digits. Empty when a 基础/主题 resource has no valid 项 yet.
 */
export function classificationCode(c: Classified): string {
  const cls = CATALOGUE_CLASS_CODES[c.catalogueClass];
  if (c.catalogueClass === "department") return cls + DEPARTMENT_CATALOGUE_ITEM_CODE;
  const index = (CATALOGUE_ITEMS[c.catalogueClass] as readonly string[]).indexOf(c.catalogueItem);
  return index < 0 ? "" : cls + String(index + 1).padStart(2, "0");
}

/** 信息资源代码 = 分类码/顺序码, the 顺序码 being the serial of the 资源编码 (QDZY-SJ-000123 → 000123). */
export function informationResourceCode(c: Classified, resourceCode: string): string {
  const classification = classificationCode(c);
  const serial = /-(\d+)$/.exec(resourceCode)?.[1];
  return classification && serial ? `${classification}/${serial}` : "";
}

/** 「基础信息资源 › 人口 › 目 › 细目」; a 部门 resource's 项 is its department. */
export function classificationText(c: Pick<ResourceContent, "catalogueClass" | "catalogueItem" | "catalogueSubject" | "catalogueDetail">, departmentName: string): string {
  const item = c.catalogueClass === "department" ? departmentName : c.catalogueItem;
  return [CATALOGUE_CLASS_LABELS[c.catalogueClass], item, c.catalogueSubject, c.catalogueDetail].filter(Boolean).join(" › ");
}

/** 共享方式 as the standard writes it: 分类, and under 共享平台方式 the 类型 the 交付方式 implies. */
export function sharingModeText(c: Pick<ResourceContent, "sharingChannel" | "deliveryMethod">): string {
  if (c.sharingChannel !== "platform") return SHARING_CHANNEL_LABELS[c.sharingChannel];
  const type = SHARING_TYPE_BY_DELIVERY[c.deliveryMethod] ?? DELIVERY_METHOD_LABELS[c.deliveryMethod];
  return `${SHARING_CHANNEL_LABELS.platform}/${type}`;
}

/**
 * 信息资源格式's 格式分类 (电子文件, 数据库, 服务接口, 流媒体 …) as far as the 交付方式 and type tell it:
 * the app does not ask for the file type, so a 文件 resource is 电子文件 and the rest follow the form.
 */
export function formatClass(c: Pick<ResourceContent, "deliveryMethod" | "kind">): string {
  switch (c.deliveryMethod) {
    case "database_table":
      return "数据库";
    case "file":
    case "package":
      return "电子文件";
    case "stream":
      return c.kind === "video" ? "流媒体" : "服务接口";
    default:
      return "服务接口";
  }
}

/** 「每月」, or for 其他 the note: 「其他（每两年）」. */
export function updateFrequencyText(c: Pick<ResourceContent, "updateFrequency" | "updateFrequencyNote">): string {
  const label = UPDATE_FREQUENCY_LABELS[c.updateFrequency];
  return c.updateFrequency === "other" && c.updateFrequencyNote ? `${label}（${c.updateFrequencyNote}）` : label;
}
