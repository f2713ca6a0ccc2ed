import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, departments, people } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { actorFor, callerAs, createSeededTestDatabase, departmentId, type TestDatabase } from "@/server/testing/database";
import { refusal } from "@/server/testing/refusals";

let t: TestDatabase;
let admin: Actor;
let publisher: Actor;
let reviewer: Actor;
beforeAll(async () => {
  t = await createSeededTestDatabase();
  [admin, publisher, reviewer] = await Promise.all([
    actorFor(t.db, "admin"),
    actorFor(t.db, "publisher"),
    actorFor(t.db, "reviewer"),
  ]);
});
afterAll(() => t.close());

const newDepartment = { code: "QD-HYJ", name: "青岛市海洋发展局", shortName: "市海洋发展局", kind: "municipal" as const, description: "" };

describe("departments", () => {
  it("an admin creates one, and the audit trail records it in the same transaction", async () => {
    const created = await callerAs(t.db, admin).organisation.createDepartment(newDepartment);
    expect(created).toMatchObject({ code: "QD-HYJ", version: 1 });
    const [audit] = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.id));
    expect(audit).toMatchObject({ action: "department.create", actorId: admin.id, actorName: "王海峰", requestId: "test-request" });
    expect(audit?.summary).toContain("青岛市海洋发展局");
  });

  it("refuses a taken code or name with a message beside the field", async () => {
    const err = await refusal(callerAs(t.db, admin).organisation.createDepartment({ ...newDepartment, name: "另一个部门" }));
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toBe("部门编码已被占用，请换一个");
    const byName = await refusal(callerAs(t.db, admin).organisation.createDepartment({ ...newDepartment, code: "QD-XX" }));
    expect(byName.message).toBe("已有同名部门");
  });

  it("refuses bad input with specific Chinese messages and saves nothing", async () => {
    const before = await t.db.$count(departments);
    const err = await refusal(
      callerAs(t.db, admin).organisation.createDepartment({ ...newDepartment, code: "bad code!", name: "长".repeat(51) }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toMatch(/部门编码为 2–24 位|部门名称不能超过 50 个字/);
    expect(await t.db.$count(departments)).toBe(before);
  });

  it("refuses anyone but an admin", async () => {
    expect((await refusal(callerAs(t.db, publisher).organisation.createDepartment({ ...newDepartment, code: "QD-P" }))).code).toBe("FORBIDDEN");
    expect((await refusal(callerAs(t.db, reviewer).organisation.createDepartment({ ...newDepartment, code: "QD-R" }))).code).toBe("FORBIDDEN");
    expect((await refusal(callerAs(t.db, null).organisation.createDepartment({ ...newDepartment, code: "QD-A" }))).code).toBe("UNAUTHORIZED");
  });

  it("a second save on a stale version is refused and the first save is kept", async () => {
    const id = await departmentId(t.db, "QD-HYJ");
    const first = await callerAs(t.db, admin).organisation.updateDepartment({ ...newDepartment, id, version: 1, description: "海洋经济发展" });
    expect(first.version).toBe(2);
    const err = await refusal(
      callerAs(t.db, admin).organisation.updateDepartment({ ...newDepartment, id, version: 1, description: "覆盖它" }),
    );
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toContain("已被他人修改");
    const [row] = await t.db.select().from(departments).where(eq(departments.id, id));
    expect(row?.description).toBe("海洋经济发展");
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "department.update")));
    expect(audit?.changes).toEqual({ description: { from: "", to: "海洋经济发展" } });
  });

  it("a publisher sees their own department's page and no other", async () => {
    const own = await callerAs(t.db, publisher).organisation.department({ id: publisher.departmentId });
    expect(own.department.code).toBe("QD-RSJ");
    expect(own.members.map((m) => m.username)).toContain("publisher");
    expect(own.members[0]).not.toHaveProperty("passwordHash");
    const other = await departmentId(t.db, "QD-GAJ");
    expect((await refusal(callerAs(t.db, publisher).organisation.department({ id: other }))).code).toBe("FORBIDDEN");
  });
});

describe("people", () => {
  const base = { displayName: "孙海燕", title: "科员", phone: "" };

  it("an admin creates a publisher; the password is stored only as a hash", async () => {
    const deptId = await departmentId(t.db, "QD-JTJ");
    const created = await callerAs(t.db, admin).organisation.createPerson({
      ...base,
      username: "Sun.HY",
      password: "Jiaotong2024x",
      departmentId: deptId,
      roles: ["publisher"],
    });
    expect(created.username).toBe("sun.hy");
    expect(created).not.toHaveProperty("passwordHash");
    const [row] = await t.db.select({ hash: people.passwordHash }).from(people).where(eq(people.id, created.id));
    expect(row?.hash.startsWith("scrypt$")).toBe(true);
    const audits = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.id));
    expect(JSON.stringify(audits)).not.toContain("Jiaotong2024x");
  });

  it("refuses a duplicate username, a weak password and over-long text, each on its field", async () => {
    const deptId = await departmentId(t.db, "QD-JTJ");
    const input = { ...base, username: "sun.hy", password: "Jiaotong2024x", departmentId: deptId, roles: ["publisher" as const] };
    const dup = await refusal(callerAs(t.db, admin).organisation.createPerson(input));
    expect(dup.code).toBe("CONFLICT");
    expect(dup.message).toBe("用户名已被占用，请换一个");

    const weak = await refusal(callerAs(t.db, admin).organisation.createPerson({ ...input, username: "weak.one", password: "12345678" }));
    expect(weak.code).toBe("BAD_REQUEST");
    expect(weak.message).toBe("密码须包含大写字母、小写字母、数字、符号中的至少三类");

    const containsName = await refusal(callerAs(t.db, admin).organisation.createPerson({ ...input, username: "liuyang", password: "Liuyang2024" }));
    expect(containsName.message).toBe("密码不能包含用户名");

    const long = await refusal(callerAs(t.db, admin).organisation.createPerson({ ...input, username: "long.name", displayName: "名".repeat(31) }));
    expect(long.message).toBe("姓名不能超过 30 个字");
  });

  it("reviewers must belong to the Big Data Bureau", async () => {
    const target = await actorFor(t.db, "pub.gaj");
    const [row] = await t.db.select({ version: people.version }).from(people).where(eq(people.id, target.id));
    const err = await refusal(
      callerAs(t.db, admin).organisation.updatePerson({
        id: target.id,
        version: row!.version,
        displayName: target.displayName,
        departmentId: target.departmentId,
        roles: ["publisher", "reviewer"],
        title: "",
        phone: "",
      }),
    );
    expect(err.message).toBe("审核员须为市大数据局人员");
  });

  it("an admin cannot deactivate themselves or drop their own admin role", async () => {
    const deactivate = await refusal(callerAs(t.db, admin).organisation.setPersonActive({ id: admin.id, active: false }));
    expect(deactivate.message).toBe("不能停用自己的账号");
    const [row] = await t.db.select({ version: people.version }).from(people).where(eq(people.id, admin.id));
    const demote = await refusal(
      callerAs(t.db, admin).organisation.updatePerson({
        id: admin.id,
        version: row!.version,
        displayName: admin.displayName,
        departmentId: admin.departmentId,
        roles: ["publisher"],
        title: "",
        phone: "",
      }),
    );
    expect(demote.message).toBe("不能取消自己的管理员角色");
  });

  it("only admins list people, reset passwords or change status", async () => {
    for (const actor of [publisher, reviewer]) {
      const c = callerAs(t.db, actor);
      expect((await refusal(c.organisation.people({}))).code).toBe("FORBIDDEN");
      expect((await refusal(c.organisation.resetPassword({ id: admin.id, password: "Takeover2024x" }))).code).toBe("FORBIDDEN");
      expect((await refusal(c.organisation.setPersonActive({ id: admin.id, active: false }))).code).toBe("FORBIDDEN");
    }
    const list = await callerAs(t.db, admin).organisation.people({ role: "judge" });
    expect(list.rows.length).toBeGreaterThan(0);
    expect(list.rows.every((p) => p.roles.includes("judge"))).toBe(true);
  });
});

describe("audit trail", () => {
  it("admins browse and filter it; others are refused", async () => {
    const page = await callerAs(t.db, admin).audit.list({ entityType: "department" });
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.entityType === "department")).toBe(true);
    const search = await callerAs(t.db, admin).audit.list({ q: "海洋" });
    expect(search.rows.some((r) => r.summary.includes("海洋"))).toBe(true);
    expect((await refusal(callerAs(t.db, publisher).audit.list({}))).code).toBe("FORBIDDEN");
    expect((await refusal(callerAs(t.db, null).audit.list({}))).code).toBe("UNAUTHORIZED");
  });
});
