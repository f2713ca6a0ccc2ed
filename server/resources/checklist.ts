import { checklist } from "@/server/versioning/checklist";
import { DATA_ITEM_LENGTH_LIMITS, type ResourceContent } from "./schemas";

const MIN_SUMMARY = 20;

/**
 * The management rules (城市云脑通用服务能力管理制度, as the review desk applies them) that a
 * version must meet before it goes to review; the form shows them as they are typed and the
 * reviewer sees them again. Only the basics are needed to save a draft.
 */
export function reviewChecklist(c: ResourceContent) {
  return checklist((check) => {
    check("名称、类型、领域、更新频率、交付方式齐全", !!(c.name && c.kind && c.domain && c.updateFrequency && c.deliveryMethod), undefined, "name");
    check(`摘要说明资源内容（不少于 ${MIN_SUMMARY} 字）`, [...c.summary].length >= MIN_SUMMARY, `当前 ${[...c.summary].length} 字`, "summary");
    if (c.sharingClass !== "unconditional") check("有条件共享或不予共享已说明理由和依据", c.sharingReason.length > 0, "未填写理由", "sharingReason");
    check("标注了至少一个标签", c.tags.length > 0, "无标签", "tags");
    check("填写了联系人和联系电话", !!(c.contactName && c.contactPhone), "联系人或电话缺失", c.contactName ? "contactPhone" : "contactName");

    if (c.kind === "dataset") {
      check("数据资源列出了数据项", c.dataItems.length > 0, "未列出数据项", "dataItems");
      const undescribed = c.dataItems.map((d, i) => ({ ...d, i })).filter((d) => !d.description);
      check(
        "每个数据项都有说明",
        c.dataItems.length > 0 && undescribed.length === 0,
        undescribed.length ? `缺少说明：${undescribed.slice(0, 5).map((d) => d.name).join("、")}${undescribed.length > 5 ? " 等" : ""}` : "无数据项",
        undescribed.length ? `dataItems.${undescribed[0]!.i}.description` : "dataItems",
      );
      // The national catalogue's 信息项 carry a 数据长度 wherever it means something.
      const unsized = c.dataItems.map((d, i) => ({ ...d, i })).filter((d) => DATA_ITEM_LENGTH_LIMITS[d.type] && !d.length);
      check(
        "字符串和数值数据项写明了数据长度",
        unsized.length === 0,
        `缺少长度：${unsized.slice(0, 5).map((d) => d.name).join("、")}${unsized.length > 5 ? " 等" : ""}`,
        unsized.length ? `dataItems.${unsized[0]!.i}.length` : "dataItems",
      );
    }
    if (c.kind === "api") {
      check("接口写明了方法和路径", !!(c.apiMethod && c.apiPath), "方法或路径缺失", c.apiMethod ? "apiPath" : "apiMethod");
      check("接口写明了认证方式和调用限制", !!(c.apiAuth && c.apiRateLimit), "认证方式或调用限制缺失", c.apiAuth ? "apiRateLimit" : "apiAuth");
      check("接口提供了文档链接", !!c.docUrl, "无文档链接", "docUrl");
    }
    if (c.kind === "algorithm") check("算法模型写明了输入和输出", !!(c.modelInputs && c.modelOutputs), "输入或输出缺失", c.modelInputs ? "modelOutputs" : "modelInputs");
  });
}
