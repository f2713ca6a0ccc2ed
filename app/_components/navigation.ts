import { can, hasRole, type Actor } from "@/server/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
}

/** The header's links for this person: public pages for everyone, console pages by role. */
export function navigationFor(actor: Actor | null): NavItem[] {
  const items: NavItem[] = [
    { href: "/", label: "首页" },
    { href: "/resources", label: "资源目录" },
    { href: "/scenarios", label: "场景目录" },
    { href: "/no-proof", label: "无证明城市" },
    { href: "/competitions", label: "大赛成绩" },
  ];
  if (!actor) return items;
  items.push({ href: "/console", label: "工作台" });
  items.push({ href: "/console/requests", label: "资源申请" });
  items.push({ href: "/console/scenarios", label: "本部门场景" });
  if (can.editNoProofCase(actor, actor.departmentId)) items.push({ href: "/console/no-proof", label: "无证明场景" });
  if (can.reviewResources(actor)) items.push({ href: "/console/review", label: "审核" });
  if (can.viewDashboard(actor)) items.push({ href: "/console/dashboard", label: "目标看板" });
  // Organisers run competitions; publishers enter their department's scenarios; judges score what they are given.
  if (can.manageCompetitions(actor)) items.push({ href: "/console/competitions", label: "创新大赛" });
  else if (hasRole(actor, "publisher")) items.push({ href: "/console/competitions", label: "大赛报名" });
  if (can.scoreEntries(actor)) items.push({ href: "/console/judging", label: "评审任务" });
  items.push({ href: `/console/departments/${actor.departmentId}`, label: "本部门" });
  if (can.manageOrganisation(actor)) {
    items.push({ href: "/console/departments", label: "部门管理" });
    items.push({ href: "/console/people", label: "人员管理" });
  }
  if (can.viewAuditTrail(actor)) items.push({ href: "/console/audit", label: "审计日志" });
  return items;
}

/** The work a person starts from the console home, by role. */
export function consoleActionsFor(actor: Actor): NavItem[] {
  const items: NavItem[] = [];
  if (can.registerResources(actor)) {
    items.push({ href: "/console/resources/new", label: "登记资源" });
    items.push({ href: "/console/resources/import", label: "批量导入资源" });
    items.push({ href: `/resources?departmentId=${actor.departmentId}`, label: "本部门资源" });
  }
  if (can.editScenario(actor, actor.departmentId)) items.push({ href: "/console/scenarios/new", label: "登记场景" });
  if (can.handleFeedback(actor, actor.departmentId)) items.push({ href: "/console/no-proof/feedback", label: "公众反映" });
  return [...items, ...navigationFor(actor).filter((i) => i.href.startsWith("/console/"))];
}
