import { checklist } from "@/server/versioning/checklist";
import type { ScenarioContent } from "./schemas";

/** What a scenario must show before it goes to review: how many departments, what it uses, what it achieved, whom to ask. */
export function scenarioChecklist(c: ScenarioContent, leadDepartmentId?: string) {
  return checklist((check) => {
    if (c.kind === "big_scenario") {
      const partners = c.participatingDepartmentIds.filter((d) => d !== leadDepartmentId);
      check("多跨融合大场景由两个以上部门共同建设", partners.length > 0, "未添加参与部门", "participatingDepartmentIds");
    }
    check("列出了使用的资源", c.resourceIds.length > 0, "未添加资源", "resourceIds");
    check("用至少一项可量化的指标说明成效", c.results.length > 0, "未填写成效指标", "results");
    check("填写了联系人和联系电话", !!(c.contactName && c.contactPhone), "联系人或电话缺失", c.contactName ? "contactPhone" : "contactName");
  });
}
