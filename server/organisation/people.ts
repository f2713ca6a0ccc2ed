import { and, arrayContains, asc, count, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { departments, people, type Role } from "@/db/schema";
import { describeChanges, diffFields, recordAudit } from "@/server/audit/audit";
import { hashPassword } from "@/server/auth/password";
import { passwordProblem } from "@/server/auth/password-policy";
import { endSessionsOf } from "@/server/auth/sessions";
import {
  authorize,
  can,
  REVIEWING_DEPARTMENT_CODE,
  ROLE_LABELS,
  SEPARATED_ROLES,
  type Actor,
} from "@/server/auth/permissions";
import { DomainError, isUniqueViolation, notFound } from "@/server/errors";
import { updateLocked } from "@/server/versioning/locked-update";
import { pageWindow, toPage } from "@/server/pagination";
import { containsPattern } from "@/server/sql";
import type {
  createPersonInput,
  resetPasswordInput,
  setPersonActiveInput,
  updatePersonInput,
} from "./schemas";

/** Everything about a person except the password hash, which never leaves this module's writes. */
export const personColumns = {
  id: people.id,
  username: people.username,
  displayName: people.displayName,
  departmentId: people.departmentId,
  roles: people.roles,
  title: people.title,
  phone: people.phone,
  active: people.active,
  lockedUntil: people.lockedUntil,
  lastSignInAt: people.lastSignInAt,
  version: people.version,
  createdAt: people.createdAt,
  updatedAt: people.updatedAt,
};

const EDITABLE = ["displayName", "departmentId", "roles", "title", "phone"] as const;
const FIELD_LABELS = { displayName: "姓名", departmentId: "所属部门", roles: "角色", title: "职务", phone: "电话" };

const rolesText = (roles: Role[]) => roles.map((r) => ROLE_LABELS[r]).join("、") || "无角色";

/** Reviewers must belong to the Big Data Bureau; throws with the field to blame otherwise. */
async function checkDepartmentForRoles(db: Db, departmentId: string, roles: Role[]) {
  const [department] = await db
    .select({ code: departments.code })
    .from(departments)
    .where(eq(departments.id, departmentId));
  if (!department) throw new DomainError("BAD_REQUEST", "所选部门不存在", "departmentId");
  if (roles.includes("reviewer") && department.code !== REVIEWING_DEPARTMENT_CODE)
    throw new DomainError("BAD_REQUEST", "审核员须为市大数据局人员", "roles");
}

export const ORGANISATION_ONLY = "只有系统管理员可以管理部门和人员";
const PEOPLE_ONLY = "只有系统管理员和安全管理员可以查看人员";

export interface PeopleFilter {
  q?: string;
  departmentId?: string;
  role?: Role;
  status?: "active" | "inactive";
  page: number;
}

export async function listPeople(db: Db, actor: Actor, filter: PeopleFilter) {
  authorize(can.viewPeople(actor), PEOPLE_ONLY);
  const conditions: SQL[] = [];
  if (filter.q) {
    const p = containsPattern(filter.q);
    conditions.push(or(ilike(people.displayName, p), ilike(people.username, p))!);
  }
  if (filter.departmentId) conditions.push(eq(people.departmentId, filter.departmentId));
  if (filter.role) conditions.push(arrayContains(people.roles, [filter.role]));
  if (filter.status) conditions.push(eq(people.active, filter.status === "active"));
  const where = conditions.length ? and(...conditions) : undefined;
  const { limit, offset } = pageWindow(filter.page);
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...personColumns, departmentName: departments.name })
      .from(people)
      .innerJoin(departments, eq(departments.id, people.departmentId))
      .where(where)
      .orderBy(asc(departments.code), asc(people.username))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(people).where(where),
  ]);
  return toPage(rows, total?.n ?? 0, filter.page);
}

export async function getPerson(db: Db, actor: Actor, id: string) {
  authorize(can.viewPeople(actor), PEOPLE_ONLY);
  const [person] = await db
    .select({ ...personColumns, departmentName: departments.name })
    .from(people)
    .innerJoin(departments, eq(departments.id, people.departmentId))
    .where(eq(people.id, id));
  if (!person) throw notFound("人员");
  return person;
}

export async function createPerson(db: Db, actor: Actor, input: z.output<typeof createPersonInput>) {
  authorize(can.manageOrganisation(actor), ORGANISATION_ONLY);
  const { password, ...fields } = input;
  await checkDepartmentForRoles(db, fields.departmentId, fields.roles);
  const passwordHash = await hashPassword(password);
  // The administrator knows this password: the person replaces it at first sign-in.
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx.insert(people).values({ ...fields, passwordHash, mustChangePassword: true }).returning(personColumns);
      await recordAudit(tx, actor, {
        action: "person.create",
        entityType: "person",
        entityId: created!.id,
        summary: `新建人员「${fields.displayName}」（${fields.username}），角色：${rolesText(fields.roles)}`,
      });
      return created!;
    });
  } catch (error) {
    if (isUniqueViolation(error, "people_username_unique"))
      throw new DomainError("CONFLICT", "用户名已被占用，请换一个", "username");
    throw error;
  }
}

/** Refuses deactivating oneself, which would leave the acting administrator locked out by mistake. */
function guardSelf(actor: Actor, id: string, next: { active: boolean }) {
  if (actor.id === id && !next.active) throw new DomainError("BAD_REQUEST", "不能停用自己的账号");
}

/**
 * 三权分立 on a change of roles (the input schema already refuses two of the three at once):
 * nobody grants or takes away their own roles, and someone who holds one of the three
 * administrators' roles does not receive another, not even in exchange in one step.
 */
function checkRoleChange(actor: Actor, id: string, before: Role[], after: Role[]) {
  const unchanged = before.every((r) => after.includes(r)) && after.every((r) => before.includes(r));
  if (unchanged) return;
  if (actor.id === id) throw new DomainError("BAD_REQUEST", "不能修改自己的角色，请由另一位系统管理员修改", "roles");
  const held = SEPARATED_ROLES.find((r) => before.includes(r));
  const added = SEPARATED_ROLES.find((r) => after.includes(r) && !before.includes(r));
  if (held && added)
    throw new DomainError("BAD_REQUEST", `该人员是${ROLE_LABELS[held]}，不能再担任${ROLE_LABELS[added]}；须先取消其${ROLE_LABELS[held]}角色并保存`, "roles");
}

export async function updatePerson(db: Db, actor: Actor, input: z.output<typeof updatePersonInput>) {
  authorize(can.manageOrganisation(actor), ORGANISATION_ONLY);
  const { id, version, ...fields } = input;
  await checkDepartmentForRoles(db, fields.departmentId, fields.roles);
  return db.transaction(async (tx) => {
    const [before] = await tx.select(personColumns).from(people).where(eq(people.id, id));
    if (!before) throw notFound("人员");
    checkRoleChange(actor, id, before.roles, fields.roles);
    await updateLocked(tx, people, { id, version }, { ...fields, updatedAt: new Date() });
    const [updated] = await tx.select(personColumns).from(people).where(eq(people.id, id));
    if (!updated) throw notFound("人员");
    const changes = diffFields(before, fields, EDITABLE);
    await recordAudit(tx, actor, {
      action: "person.update",
      entityType: "person",
      entityId: id,
      summary: `修改人员「${updated.displayName}」：${describeChanges(changes, { ...FIELD_LABELS, roles: `角色（${rolesText(before.roles)} → ${rolesText(updated.roles)}）` })}`,
      changes,
    });
    return updated;
  });
}

export async function resetPassword(db: Db, actor: Actor, input: z.output<typeof resetPasswordInput>) {
  authorize(can.manageOrganisation(actor), ORGANISATION_ONLY);
  const [target] = await db.select({ username: people.username }).from(people).where(eq(people.id, input.id));
  if (!target) throw notFound("人员");
  const problem = passwordProblem(input.password, target.username);
  if (problem) throw new DomainError("BAD_REQUEST", problem, "password");
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(people)
      .set({ passwordHash, mustChangePassword: true, lockedUntil: null, updatedAt: new Date() })
      .where(eq(people.id, input.id))
      .returning(personColumns);
    if (!updated) throw notFound("人员");
    await endSessionsOf(tx, input.id, "password_reset", { by: actor.id });
    await recordAudit(tx, actor, {
      action: "person.reset_password",
      entityType: "person",
      entityId: input.id,
      summary: `重置「${updated.displayName}」的密码并解除锁定（原有登录会话失效）`,
    });
    return updated;
  });
}

export async function setPersonActive(db: Db, actor: Actor, input: z.output<typeof setPersonActiveInput>) {
  authorize(can.manageOrganisation(actor), ORGANISATION_ONLY);
  guardSelf(actor, input.id, { active: input.active });
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(people)
      .set({
        active: input.active,
        updatedAt: new Date(),
      })
      .where(and(eq(people.id, input.id), eq(people.active, !input.active)))
      .returning(personColumns);
    // Deactivation ends every session the person holds.
    if (updated && !input.active) await endSessionsOf(tx, input.id, "deactivated", { by: actor.id });
    if (!updated) {
      // Already in the requested state (or gone): nothing changed, nothing to record.
      const [current] = await tx.select(personColumns).from(people).where(eq(people.id, input.id));
      if (!current) throw notFound("人员");
      return current;
    }
    await recordAudit(tx, actor, {
      action: input.active ? "person.activate" : "person.deactivate",
      entityType: "person",
      entityId: input.id,
      summary: `${input.active ? "启用" : "停用"}人员「${updated.displayName}」（${updated.username}）`,
      changes: { active: { from: !input.active, to: input.active } },
    });
    return updated;
  });
}
