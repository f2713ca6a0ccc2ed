import type { Db } from "@/db/client";

export interface PlanTarget {
  key: "resources" | "bigScenarios" | "noProofScenarios" | "internalOneThing";
  label: string;
  /** The plan's wording, shown under the figure. */
  source: string;
  target: number;
  current: number;
  /** False while the catalogue that holds these records is not yet open. */
  tracked: boolean;
}

const PLAN_TARGETS: Omit<PlanTarget, "current" | "tracked">[] = [
  { key: "resources", label: "新增资源", source: "城市云脑新增各类资源总量不少于 1000 项", target: 1000 },
  { key: "bigScenarios", label: "多跨融合大场景", source: "打造 5 个以上多跨融合应用“大场景”", target: 5 },
  { key: "noProofScenarios", label: "无证明城市新增场景", source: "围绕交通出行、市场监管等领域新增应用场景不少于 40 个", target: 40 },
  { key: "internalOneThing", label: "机关内部“一件事”", source: "打造不少于 12 个机关协同业务事项“一件事”", target: 12 },
];

/**
 * Live counts against the Digital Qingdao 2023 plan's four targets. Each catalogue registers
 * its count here as it opens; until then its target shows as not yet tracked, with zero.
 */
export async function getPlanTargets(_db: Db): Promise<PlanTarget[]> {
  return PLAN_TARGETS.map((t) => ({ ...t, current: 0, tracked: false }));
}
