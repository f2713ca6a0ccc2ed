import { checklist } from "@/server/versioning/checklist";
import type { NoProofCaseContent, PlaceContent } from "./schemas";

/** What the public page needs before a use case goes to review, beyond what the form requires to save. */
export function caseChecklist(c: NoProofCaseContent) {
  return checklist((check) => {
    const waived = c.proofs.filter((p) => p.disposition !== "retained");
    check("至少一项证明不再需要提交，并写明替代方式", waived.length > 0 && waived.every((p) => p.replacement), "缺少替代方式", "proofs");
    check("写明了办理步骤", c.steps.length > 0, "未填写办理步骤", "steps");
    check("填写了咨询电话", !!c.contactPhone, "群众办事遇到问题时要能打得通", "contactPhone");
  });
}

/** What the public page needs before a 一码亮证 place goes to review. */
export function placeChecklist(c: PlaceContent) {
  return checklist((check) => {
    check("列出了至少一个示例场所", c.venues.length > 0, "市民要知道去哪里可以亮证", "venues");
    check("示例场所都写明了地址", c.venues.every((v) => v.address.length >= 4), "有场所缺少地址", "venues");
  });
}
