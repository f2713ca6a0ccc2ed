import { and, asc, count, eq, ilike, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { departments, people } from "@/db/schema";
import { describeChanges, diffFields, recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, isUniqueViolation, notFound } from "@/server/errors";
import { updateLocked } from "@/server/versioning/locked-update";
import { pageWindow, toPage } from "@/server/pagination";
import { containsPattern } from "@/server/sql";
import type { createDepartmentInput, updateDepartmentInput } from "./schemas";
import { DEPARTMENT_KIND_LABELS } from "./labels";
import { ORGANISATION_ONLY, personColumns } from "./people";

const EDITABLE = ["code", "name", "shortName", "kind", "description", "creditCode"] as const;
const FIELD_LABELS = { code: "编码", name: "名称", shortName: "简称", kind: "类型", description: "职责说明", creditCode: "统一社会信用代码" };

function uniqueFieldError(error: unknown): DomainError | undefined {
  if (isUniqueViolation(error, "departments_code_unique"))
    return new DomainError("CONFLICT", "部门编码已被占用，请换一个", "code");
  if (isUniqueViolation(error, "departments_name_unique"))
    return new DomainError("CONFLICT", "已有同名部门", "name");
  if (isUniqueViolation(error, "departments_credit_code_unique"))
    return new DomainError("CONFLICT", "该统一社会信用代码已属于另一个部门，请核对", "creditCode");
  return undefined;
}

export async function listDepartments(
  db: Db,
  _actor: Actor,
  filter: { q?: string; kind?: "municipal" | "district"; page: number },
) {
  const conditions: SQL[] = [];
  if (filter.q) {
    const p = containsPattern(filter.q);
    conditions.push(or(ilike(departments.name, p), ilike(departments.code, p), ilike(departments.shortName, p))!);
  }
  if (filter.kind) conditions.push(eq(departments.kind, filter.kind));
  const where = conditions.length ? and(...conditions) : undefined;
  const { limit, offset } = pageWindow(filter.page);
  const memberCount = db
    .select({ departmentId: people.departmentId, n: count().as("n") })
    .from(people)
    .groupBy(people.departmentId)
    .as("member_count");
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: departments.id,
        code: departments.code,
        name: departments.name,
        shortName: departments.shortName,
        kind: departments.kind,
        memberCount: memberCount.n,
      })
      .from(departments)
      .leftJoin(memberCount, eq(memberCount.departmentId, departments.id))
      .where(where)
      .orderBy(asc(departments.kind), asc(departments.code))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(departments).where(where),
  ]);
  return toPage(
    rows.map((r) => ({ ...r, memberCount: Number(r.memberCount ?? 0) })),
    total?.n ?? 0,
    filter.page,
  );
}

/** Every department, for pickers. */
export function allDepartments(db: Db) {
  return db
    .select({ id: departments.id, name: departments.name, kind: departments.kind, code: departments.code })
    .from(departments)
    .orderBy(asc(departments.kind), asc(departments.code));
}

export async function getDepartment(db: Db, actor: Actor, id: string) {
  authorize(can.viewDepartment(actor, id), "您只能查看本部门的信息");
  const [department] = await db.select().from(departments).where(eq(departments.id, id));
  if (!department) throw notFound("部门");
  const members = await db
    .select(personColumns)
    .from(people)
    .where(eq(people.departmentId, id))
    .orderBy(asc(people.username));
  return { department, members };
}

export async function createDepartment(db: Db, actor: Actor, input: z.output<typeof createDepartmentInput>) {
  authorize(can.manageOrganisation(actor), ORGANISATION_ONLY);
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx.insert(departments).values(input).returning();
      await recordAudit(tx, actor, {
        action: "department.create",
        entityType: "department",
        entityId: created!.id,
        summary: `新建${DEPARTMENT_KIND_LABELS[input.kind]}「${input.name}」（${input.code}）`,
      });
      return created!;
    });
  } catch (error) {
    throw uniqueFieldError(error) ?? error;
  }
}

export async function updateDepartment(db: Db, actor: Actor, input: z.output<typeof updateDepartmentInput>) {
  authorize(can.manageOrganisation(actor), ORGANISATION_ONLY);
  const { id, version, ...fields } = input;
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(departments).where(eq(departments.id, id));
      if (!before) throw notFound("部门");
      const updated = await updateLocked(tx, departments, { id, version }, { ...fields, updatedAt: new Date() });
      const changes = diffFields(before, fields, EDITABLE);
      await recordAudit(tx, actor, {
        action: "department.update",
        entityType: "department",
        entityId: id,
        summary: `修改部门「${updated.name}」：${describeChanges(changes, FIELD_LABELS)}`,
        changes,
      });
      return updated;
    });
  } catch (error) {
    throw uniqueFieldError(error) ?? error;
  }
}
