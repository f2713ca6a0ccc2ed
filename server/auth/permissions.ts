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
  /** An administrative role without 动态口令 yet: nothing else until the person binds it. */
  mustEnrolTwoFactor?: boolean;
  /** How this session began: with a local password, or through 统一身份认证 (server/auth/oidc). */
  signedInWith?: "password" | "oidc";
}

/** What a person must do on 我的账号 before anything else, as the refusal says it; null when nothing. */
export function pendingAccountSetup(actor: Actor): string | null {
  if (actor.mustChangePassword) return "请先修改管理员设置的初始密码，再进行其他操作";
  if (actor.mustEnrolTwoFactor) return "您的角色须使用动态口令：请先在「我的账号」绑定，再进行其他操作";
  return null;
}

export const ROLES = ["sysadmin", "security_officer", "auditor", "organiser", "reviewer", "publisher", "judge"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  sysadmin: "系统管理员",
  security_officer: "安全管理员",
  auditor: "审计管理员",
  organiser: "大赛组织者",
  reviewer: "审核员",
  publisher: "发布员",
  judge: "评委",
};

/**
 * 三权分立 (等保 8.1.5): 系统管理员 keeps departments and people, 安全管理员 sessions and locks,
 * 审计管理员 the audit trail. One person holds at most one of them (also a check in the database).
 */
export const SEPARATED_ROLES = ["sysadmin", "security_officer", "auditor"] as const satisfies readonly Role[];

/** Reviewers work at the Big Data Bureau; this is its department code. */
export const REVIEWING_DEPARTMENT_CODE = "QD-DSJ";

export function hasRole(actor: Actor | null | undefined, ...roles: Role[]): boolean {
  return !!actor && actor.roles.some((r) => roles.includes(r));
}

/** The roles that administer the platform or run the competition, of whom sign-in asks a second factor. */
const ADMINISTRATIVE_ROLES: readonly Role[] = [...SEPARATED_ROLES, "organiser"];

export function holdsAdministrativeRole(roles: Role[]): boolean {
  return roles.some((r) => ADMINISTRATIVE_ROLES.includes(r));
}

/**
 * Every permission rule of the app, in one table. Services call these through `authorize`,
 * pages call them to decide what to show; both read the same rule. The three administrators
 * (SEPARATED_ROLES) do no business work: registering, reviewing and deciding stay with
 * publishers, reviewers and organisers, so an administrator cannot act in a department's name.
 */
export const can = {
  /** Departments and people: create, edit, assign roles, reset passwords, deactivate. */
  manageOrganisation: (actor: Actor) => hasRole(actor, "sysadmin"),
  /** The working-day calendar: enter next year's 放假和调休 notice when the State Council publishes it. */
  keepCalendar: (actor: Actor) => hasRole(actor, "sysadmin"),
  /** Make a backup of the data and download backups: the 系统管理员 keeps the system running. */
  manageBackups: (actor: Actor) => hasRole(actor, "sysadmin"),
  /** Read, verify and export the audit trail; nothing else comes with it. */
  viewAuditTrail: (actor: Actor) => hasRole(actor, "auditor"),
  /** See anyone's sessions and end them (「强制下线」); unlock accounts. */
  manageSessions: (actor: Actor) => hasRole(actor, "security_officer"),
  /** The people list and a person's page: to keep their account, or to end their sessions and lift locks. */
  viewPeople: (actor: Actor) => hasRole(actor, "sysadmin", "security_officer"),
  viewDepartment: (actor: Actor, departmentId: string) =>
    hasRole(actor, "sysadmin") || actor.departmentId === departmentId,
  /** Register resources at all (the console's 「登记资源」). */
  registerResources: (actor: Actor) => hasRole(actor, "publisher"),
  /** 市大数据局 compiles the catalogue with departments (编目): its publishers may import a department's sheet for it. */
  importOnBehalf: (actor: Actor, actorDepartmentCode: string) => hasRole(actor, "publisher") && actorDepartmentCode === REVIEWING_DEPARTMENT_CODE,
  /** Create, edit, submit and retire the resources a department owns. */
  editResource: (actor: Actor, ownerDepartmentId: string) => hasRole(actor, "publisher") && actor.departmentId === ownerDepartmentId,
  reviewResources: (actor: Actor) => hasRole(actor, "reviewer"),
  /** Ask, for one's own department, to use another department's resource. */
  requestAccess: (actor: Actor) => hasRole(actor, "publisher"),
  /** Decide the requests a department receives for its resources. */
  decideAccess: (actor: Actor, ownerDepartmentId: string) => hasRole(actor, "publisher") && actor.departmentId === ownerDepartmentId,
  /** Create, edit, submit and retire the scenarios a department leads. */
  editScenario: (actor: Actor, leadDepartmentId: string) => hasRole(actor, "publisher") && actor.departmentId === leadDepartmentId,
  /** Keep the no-proof use cases (无证明场景) a department is responsible for. */
  editNoProofCase: (actor: Actor, departmentId: string) => hasRole(actor, "publisher") && actor.departmentId === departmentId,
  /** Answer and close citizens' reports about a department's use cases. */
  handleFeedback: (actor: Actor, departmentId: string) => hasRole(actor, "publisher") && actor.departmentId === departmentId,
  /** Mark a scenario as a benchmark (标杆场景): organisers only. */
  manageBenchmarks: (actor: Actor) => hasRole(actor, "organiser"),
  /** Record that one's department or district adopted (复用) a scenario. */
  recordAdoption: (actor: Actor) => hasRole(actor, "publisher"),
  /** The plan targets dashboard. */
  viewDashboard: (actor: Actor) => hasRole(actor, "organiser", "reviewer"),
  /** Read the issued 月度通报 and preview a month's figures: those who see the dashboard. */
  readReports: (actor: Actor) => hasRole(actor, "organiser", "reviewer"),
  /** Issue (签发) a month's 通报: 市大数据局's reviewers, who supervise the departments' sharing. */
  issueReports: (actor: Actor) => hasRole(actor, "reviewer"),
  /**
   * A department's outbound messenger channel (webhook) and its delivery log: the department's
   * publishers, and the 系统管理员 who keeps departments for any of them.
   */
  manageWebhooks: (actor: Actor, departmentId: string) =>
    (hasRole(actor, "publisher") && actor.departmentId === departmentId) || hasRole(actor, "sysadmin"),
  /** Watch every department's requests, e.g. the overdue ones. */
  superviseAccess: (actor: Actor) => hasRole(actor, "reviewer"),
  /** See drafts, submissions and retired resources, not only published ones. */
  readUnpublishedResource: (actor: Actor, ownerDepartmentId: string) =>
    hasRole(actor, "reviewer") || actor.departmentId === ownerDepartmentId,
  /** Run the innovation competition (创新大赛): set it up, invite judges, rule on conflicts, assign, publish. */
  manageCompetitions: (actor: Actor) => hasRole(actor, "organiser"),
  /** Enter a scenario of one's own department, and edit or withdraw that entry. */
  enterCompetition: (actor: Actor, departmentId: string) => hasRole(actor, "publisher") && actor.departmentId === departmentId,
  /** Score entries at all; which ones is the assignment's business, checked by the scoring service. */
  scoreEntries: (actor: Actor) => hasRole(actor, "judge"),
  /** A competition's results: organisers at any time, everyone (signed in or not) once published. */
  viewCompetitionResults: (actor: Actor | null, resultsPublishedAt: Date | null) => resultsPublishedAt !== null || hasRole(actor, "organiser"),
} satisfies Record<string, (actor: Actor, ...args: never[]) => boolean>;

/** Throws FORBIDDEN unless `allowed`. */
export function authorize(allowed: boolean, message?: string): void {
  if (!allowed) throw forbidden(message);
}
