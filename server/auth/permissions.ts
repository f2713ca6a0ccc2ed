import type { Role } from "@/db/schema";
import { forbidden } from "@/server/errors";

/** The signed-in person a service acts for. Loaded fresh from the database on every request. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  departmentId: string;
  departmentName: string;
  /** Ties audit rows to the request's log lines. */
  requestId?: string;
  /** Where the request came from (per TRUSTED_PROXIES) and which browser sent it, for audit rows. */
  address?: string;
  userAgent?: string;
  /** The session this request belongs to (absent in tests and jobs). */
  sessionId?: string;
  /** An administrator set the password (or it expired): nothing else until the person picks their own. */
  mustChangePassword?: boolean;
}

export const MUST_CHANGE_PASSWORD = "请先修改管理员设置的初始密码，再进行其他操作";

export const ROLES = ["admin", "reviewer", "publisher", "judge"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "管理员",
  reviewer: "审核员",
  publisher: "发布员",
  judge: "评委",
};

/** Reviewers work at the Big Data Bureau; this is its department code. */
export const REVIEWING_DEPARTMENT_CODE = "QD-DSJ";

export function hasRole(actor: Actor | null | undefined, ...roles: Role[]): boolean {
  return !!actor && actor.roles.some((r) => roles.includes(r));
}

/** The roles that administer the platform or run the competition, of whom sign-in asks a second factor. */
const ADMINISTRATIVE_ROLES: readonly Role[] = ["admin"];

export function holdsAdministrativeRole(roles: Role[]): boolean {
  return roles.some((r) => ADMINISTRATIVE_ROLES.includes(r));
}

/**
 * Every permission rule of the app, in one table. Services call these through `authorize`,
 * pages call them to decide what to show; both read the same rule.
 */
export const can = {
  manageOrganisation: (actor: Actor) => hasRole(actor, "admin"),
  viewAuditTrail: (actor: Actor) => hasRole(actor, "admin"),
  /** See anyone's sessions and end them (「强制下线」); unlock accounts. */
  manageSessions: (actor: Actor) => hasRole(actor, "admin"),
  viewDepartment: (actor: Actor, departmentId: string) =>
    hasRole(actor, "admin") || actor.departmentId === departmentId,
  /** Register resources at all (the console's 「登记资源」). */
  registerResources: (actor: Actor) => hasRole(actor, "admin", "publisher"),
  /** Create, edit, submit and retire the resources a department owns. */
  editResource: (actor: Actor, ownerDepartmentId: string) =>
    hasRole(actor, "admin") || (hasRole(actor, "publisher") && actor.departmentId === ownerDepartmentId),
  reviewResources: (actor: Actor) => hasRole(actor, "admin", "reviewer"),
  /** Ask, for one's own department, to use another department's resource. */
  requestAccess: (actor: Actor) => hasRole(actor, "admin", "publisher"),
  /** Decide the requests a department receives for its resources. */
  decideAccess: (actor: Actor, ownerDepartmentId: string) =>
    hasRole(actor, "admin") || (hasRole(actor, "publisher") && actor.departmentId === ownerDepartmentId),
  /** Create, edit, submit and retire the scenarios a department leads. */
  editScenario: (actor: Actor, leadDepartmentId: string) =>
    hasRole(actor, "admin") || (hasRole(actor, "publisher") && actor.departmentId === leadDepartmentId),
  /** Keep the no-proof use cases (无证明场景) a department is responsible for. */
  editNoProofCase: (actor: Actor, departmentId: string) =>
    hasRole(actor, "admin") || (hasRole(actor, "publisher") && actor.departmentId === departmentId),
  /** Answer and close citizens' reports about a department's use cases. */
  handleFeedback: (actor: Actor, departmentId: string) =>
    hasRole(actor, "admin") || (hasRole(actor, "publisher") && actor.departmentId === departmentId),
  /** Mark a scenario as a benchmark (标杆场景): organisers only. */
  manageBenchmarks: (actor: Actor) => hasRole(actor, "admin"),
  /** Record that one's department or district adopted (复用) a scenario. */
  recordAdoption: (actor: Actor) => hasRole(actor, "admin", "publisher"),
  /** The plan targets dashboard. */
  viewDashboard: (actor: Actor) => hasRole(actor, "admin", "reviewer"),
  /** Watch every department's requests, e.g. the overdue ones. */
  superviseAccess: (actor: Actor) => hasRole(actor, "admin", "reviewer"),
  /** See drafts, submissions and retired resources, not only published ones. */
  readUnpublishedResource: (actor: Actor, ownerDepartmentId: string) =>
    hasRole(actor, "admin", "reviewer") || actor.departmentId === ownerDepartmentId,
  /** Run the innovation competition (创新大赛): set it up, invite judges, rule on conflicts, assign, publish. */
  manageCompetitions: (actor: Actor) => hasRole(actor, "admin"),
  /** Enter a scenario of one's own department, and edit or withdraw that entry. */
  enterCompetition: (actor: Actor, departmentId: string) => hasRole(actor, "publisher") && actor.departmentId === departmentId,
  /** Score entries at all; which ones is the assignment's business, checked by the scoring service. */
  scoreEntries: (actor: Actor) => hasRole(actor, "judge"),
  /** A competition's results: organisers at any time, everyone (signed in or not) once published. */
  viewCompetitionResults: (actor: Actor | null, resultsPublishedAt: Date | null) => resultsPublishedAt !== null || hasRole(actor, "admin"),
} satisfies Record<string, (actor: Actor, ...args: never[]) => boolean>;

/** Throws FORBIDDEN unless `allowed`. */
export function authorize(allowed: boolean, message?: string): void {
  if (!allowed) throw forbidden(message);
}
