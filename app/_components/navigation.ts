import { can, type Actor } from "@/server/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
}

/** The header's links for this person: public pages for everyone, console pages by role. */
export function navigationFor(actor: Actor | null): NavItem[] {
  const items: NavItem[] = [{ href: "/", label: "首页" }];
  if (!actor) return items;
  items.push({ href: "/console", label: "工作台" });
  items.push({ href: `/console/departments/${actor.departmentId}`, label: "本部门" });
  if (can.manageOrganisation(actor)) {
    items.push({ href: "/console/departments", label: "部门管理" });
    items.push({ href: "/console/people", label: "人员管理" });
  }
  if (can.viewAuditTrail(actor)) items.push({ href: "/console/audit", label: "审计日志" });
  return items;
}
