import type { ResourceContentInput } from "@/server/resources/schemas";
import type { ScenarioContentInput } from "@/server/scenarios/schemas";

/** An API resource complete enough to go to review (every rule of its checklist met). */
export const readyApi = (name: string, over: Partial<ResourceContentInput> = {}): ResourceContentInput => ({
  name,
  summary: `${name}：按身份证号或统一社会信用代码查询，返回核验结果，供各部门办理业务时使用。`,
  kind: "api",
  domain: "social_security",
  sharingClass: "unconditional",
  sharingReason: "",
  openClass: "closed",
  updateFrequency: "realtime",
  deliveryMethod: "api_endpoint",
  tags: ["核验"],
  contactName: "王建国",
  contactPhone: "0532-85910000",
  apiMethod: "POST",
  apiPath: "/api/v1/verify",
  apiAuth: "AppKey + 签名",
  apiRateLimit: "50次/秒",
  docUrl: "https://cloudbrain.qingdao.gov.cn/docs/verify",
  ...over,
});

/** What a scenario needs beyond the basics to go to review: a measured result and a contact. */
export const scenarioReadiness: Pick<Required<ScenarioContentInput>, "results" | "contactName" | "contactPhone"> = {
  results: [{ metric: "办理时限", before: 5, after: 1, unit: "天" }],
  contactName: "刘晓燕",
  contactPhone: "0532-85911111",
};
