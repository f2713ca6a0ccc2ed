import type { ResourceContent } from "./schemas";

export interface ChecklistItem {
  rule: string;
  passed: boolean;
  /** What is missing, when the rule is not met. */
  detail?: string;
}

const MIN_SUMMARY = 20;

/**
 * The management rules (城市云脑通用服务能力管理制度, as the review desk applies them) checked
 * against one version's content, for the reviewer's checklist.
 */
export function reviewChecklist(c: ResourceContent): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const check = (rule: string, passed: boolean, detail?: string) => items.push({ rule, passed, detail: passed ? undefined : detail });

  check("名称、类型、领域、更新频率、交付方式齐全", !!(c.name && c.kind && c.domain && c.updateFrequency && c.deliveryMethod));
  check(`摘要说明资源内容（不少于 ${MIN_SUMMARY} 字）`, [...c.summary].length >= MIN_SUMMARY, `当前 ${[...c.summary].length} 字`);
  if (c.sharingClass !== "unconditional")
    check("有条件共享或不予共享已说明理由和依据", c.sharingReason.length > 0, "未填写理由");
  check("标注了至少一个标签", c.tags.length > 0, "无标签");
  check("填写了联系人和联系电话", !!(c.contactName && c.contactPhone), "联系人或电话缺失");

  if (c.kind === "dataset") {
    check("数据资源列出了数据项", c.dataItems.length > 0, "未列出数据项");
    const undescribed = c.dataItems.filter((d) => !d.description).map((d) => d.name);
    check("每个数据项都有说明", c.dataItems.length > 0 && undescribed.length === 0, undescribed.length ? `缺少说明：${undescribed.slice(0, 5).join("、")}${undescribed.length > 5 ? " 等" : ""}` : "无数据项");
  }
  if (c.kind === "api") {
    check("接口写明了方法和路径", !!(c.apiMethod && c.apiPath), "方法或路径缺失");
    check("接口写明了认证方式和调用限制", !!(c.apiAuth && c.apiRateLimit), "认证方式或调用限制缺失");
    check("接口提供了文档链接", !!c.docUrl, "无文档链接");
  }
  if (c.kind === "algorithm") check("算法模型写明了输入和输出", !!(c.modelInputs && c.modelOutputs), "输入或输出缺失");
  return items;
}
