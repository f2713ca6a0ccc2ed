import { can, hasRole, type Actor } from "@/server/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  /**
   * A page of the cached citizen frame (/no-proof): reached with a full page load, never the client
   * router, whose RSC request the citizen pages do not answer as staff pages do.
   */
  document?: boolean;
}

export interface Navigation {
  /** Public pages, for everyone, kept apart from the work pages. */
  public: NavItem[];
  /** The work pages a person uses daily, in the console bar. */
  work: NavItem[];
  /** Less frequent pages (the department, administration), under 「更多」. */
  more: NavItem[];
}

const PUBLIC: NavItem[] = [
  { href: "/", label: "首页" },
  { href: "/resources", label: "资源目录" },
  { href: "/scenarios", label: "场景目录" },
  { href: "/no-proof", label: "无证明城市", document: true },
  { href: "/competitions", label: "大赛成绩" },
];

/**
 * The header's links for this person: public pages for everyone, console pages by role, each only
 * where that role has work (三权分立: an administrator sees the pages of their own duty).
 */
export function navigationFor(actor: Actor | null): Navigation {
  if (!actor) return { public: PUBLIC, work: [], more: [] };
  const work: NavItem[] = [{ href: "/console", label: "工作台" }];
  if (can.requestAccess(actor) || can.superviseAccess(actor)) work.push({ href: "/console/requests", label: "资源申请" });
  if (can.editScenario(actor, actor.departmentId)) work.push({ href: "/console/scenarios", label: "本部门场景" });
  if (can.editNoProofCase(actor, actor.departmentId)) work.push({ href: "/console/no-proof", label: "无证明场景" });
  if (can.reviewResources(actor)) work.push({ href: "/console/review", label: "审核" }, { href: "/console/duplicates", label: "集约建设" });
  if (can.viewDashboard(actor)) work.push({ href: "/console/dashboard", label: "目标看板" });
  if (can.readReports(actor)) work.push({ href: "/console/reports", label: "月度通报" });
  // Organisers run competitions; publishers enter their department's scenarios; judges score what they are given.
  if (can.manageCompetitions(actor)) work.push({ href: "/console/competitions", label: "创新大赛" });
  else if (hasRole(actor, "publisher")) work.push({ href: "/console/competitions", label: "大赛报名" });
  if (can.scoreEntries(actor)) work.push({ href: "/console/judging", label: "评审任务" });
  const more: NavItem[] = [{ href: `/console/departments/${actor.departmentId}`, label: "本部门" }];
  if (can.manageOrganisation(actor)) more.push({ href: "/console/departments", label: "部门管理" });
  if (can.viewPeople(actor)) more.push({ href: "/console/people", label: can.manageOrganisation(actor) ? "人员管理" : "人员与登录会话" });
  if (can.viewAuditTrail(actor)) more.push({ href: "/console/audit", label: "审计日志" });
  if (can.keepCalendar(actor)) more.push({ href: "/console/calendar", label: "工作日历" });
  if (can.manageBackups(actor)) more.push({ href: "/console/backups", label: "备份与恢复" });
  return { public: PUBLIC, work, more };
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
  const { work, more } = navigationFor(actor);
  return [...items, ...[...work, ...more].filter((i) => i.href !== "/console")];
}
