import { and, asc, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, departments, people } from "@/db/schema";
import type { Role } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { verifyAuditChain } from "@/server/audit/integrity";
import { actorFor, callerAs, createEmptyDatabase, createSeededTestDatabase, departmentId, migrateAcross, type TestDatabase } from "@/server/testing/database";
import { refusal } from "@/server/testing/refusals";
import { creditCodeCheckChar } from "./credit-code";

let t: TestDatabase;
/** The system administrator (README: `admin`), who keeps departments and people. */
let admin: Actor;
let security: Actor;
let auditor: Actor;
let organiser: Actor;
let publisher: Actor;
let reviewer: Actor;
beforeAll(async () => {
  t = await createSeededTestDatabase();
  [admin, security, auditor, organiser, publisher, reviewer] = (await Promise.all(
    ["admin", "security", "auditor", "organiser", "publisher", "reviewer"].map((u) => actorFor(t.db, u)),
  )) as [Actor, Actor, Actor, Actor, Actor, Actor];
});
afterAll(() => t.close());

const newDepartment = { code: "QD-HYJ", name: "青岛市海洋发展局", shortName: "市海洋发展局", kind: "municipal" as const, description: "" };

describe("departments", () => {
  it("the system administrator creates one, and the audit trail records it in the same transaction", async () => {
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

  it("refuses anyone but the system administrator", async () => {
    for (const [actor, code] of [[publisher, "QD-P"], [reviewer, "QD-R"], [security, "QD-S"], [auditor, "QD-U"], [organiser, "QD-O"]] as const)
      expect((await refusal(callerAs(t.db, actor).organisation.createDepartment({ ...newDepartment, code }))).code).toBe("FORBIDDEN");
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

  it("the system administrator sets the 统一社会信用代码 (checked, one department each); a publisher may not, even for their own", async () => {
    const id = await departmentId(t.db, "QD-HYJ");
    const [before] = await t.db.select().from(departments).where(eq(departments.id, id));
    const code = "91350100MA2Y4TK47Y";
    const wrongCheck = await refusal(
      callerAs(t.db, admin).organisation.updateDepartment({ ...newDepartment, id, version: before!.version, creditCode: "91350100MA2Y4TK47L" }),
    );
    expect(wrongCheck.code).toBe("BAD_REQUEST");
    expect(wrongCheck.message).toContain("校验位不正确");

    const saved = await callerAs(t.db, admin).organisation.updateDepartment({ ...newDepartment, id, version: before!.version, creditCode: code.toLowerCase() });
    expect(saved.creditCode).toBe(code);
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "department.update")))
      .orderBy(desc(auditEvents.seq))
      .limit(1);
    expect(audit?.summary).toContain("统一社会信用代码");

    const rsj = await callerAs(t.db, admin).organisation.department({ id: publisher.departmentId });
    const taken = await refusal(
      callerAs(t.db, admin).organisation.updateDepartment({ ...rsj.department, id: rsj.department.id, creditCode: code }),
    );
    expect(taken.code).toBe("CONFLICT");
    expect(taken.message).toContain("已属于另一个部门");

    const own = await refusal(
      callerAs(t.db, publisher).organisation.updateDepartment({ ...rsj.department, id: rsj.department.id, creditCode: `11370200000000000${creditCodeCheckChar("11370200000000000")}` }),
    );
    expect(own.code).toBe("FORBIDDEN");
    const [after] = await t.db.select().from(departments).where(eq(departments.id, publisher.departmentId));
    expect(after?.creditCode).toBe(rsj.department.creditCode);
  });
});

describe("people", () => {
  const base = { displayName: "孙海燕", title: "科员", phone: "" };

  it("the system administrator creates a publisher; the password is stored only as a hash", async () => {
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

  it("only the system administrator changes people; the security officer may look them up", async () => {
    for (const actor of [publisher, reviewer, auditor, organiser, security]) {
      const c = callerAs(t.db, actor);
      expect((await refusal(c.organisation.resetPassword({ id: admin.id, password: "Takeover2024x" }))).code).toBe("FORBIDDEN");
      expect((await refusal(c.organisation.setPersonActive({ id: admin.id, active: false }))).code).toBe("FORBIDDEN");
    }
    for (const actor of [publisher, reviewer, auditor, organiser]) expect((await refusal(callerAs(t.db, actor).organisation.people({}))).code).toBe("FORBIDDEN");
    for (const actor of [admin, security]) {
      const list = await callerAs(t.db, actor).organisation.people({ role: "judge" });
      expect(list.rows.length).toBeGreaterThan(0);
      expect(list.rows.every((p) => p.roles.includes("judge"))).toBe(true);
    }
  });
});

describe("三权分立", () => {
  const deptId = () => departmentId(t.db, "QD-DSJ");
  const current = async (id: string) => (await t.db.select().from(people).where(eq(people.id, id)))[0]!;
  /** Saves a person with new roles, everything else as it is. */
  const setRoles = async (actor: Actor, id: string, roles: Role[]) => {
    const p = await current(id);
    return callerAs(t.db, actor).organisation.updatePerson({ id, version: p.version, displayName: p.displayName, departmentId: p.departmentId, roles, title: p.title, phone: p.phone });
  };

  it("nobody changes their own roles or deactivates themselves", async () => {
    expect((await refusal(callerAs(t.db, admin).organisation.setPersonActive({ id: admin.id, active: false }))).message).toBe("不能停用自己的账号");
    for (const roles of [["security_officer"], ["auditor"], ["sysadmin", "organiser"], ["organiser"], []] satisfies Role[][]) {
      const refused = await refusal(setRoles(admin, admin.id, roles));
      expect({ roles, code: refused.code, message: refused.message }).toEqual({ roles, code: "BAD_REQUEST", message: "不能修改自己的角色，请由另一位系统管理员修改" });
    }
    expect((await current(admin.id)).roles).toEqual(["sysadmin"]);
    // Saving one's own name with the roles unchanged is still fine.
    expect(await setRoles(admin, admin.id, ["sysadmin"])).toMatchObject({ roles: ["sysadmin"] });
  });

  it("nobody holds two of the three administrators' roles, and the security officer and the auditor hold no other", async () => {
    const input = { username: "ops.wang", password: "Jiaotong2024x", displayName: "王运维", departmentId: await deptId(), title: "", phone: "" };
    for (const [roles, message] of [
      [["sysadmin", "auditor"], "系统管理员、安全管理员和审计管理员须由三个不同的人担任"],
      [["security_officer", "auditor"], "系统管理员、安全管理员和审计管理员须由三个不同的人担任"],
      [["auditor", "publisher"], "安全管理员和审计管理员不能兼任其他角色"],
      [["security_officer", "organiser"], "安全管理员和审计管理员不能兼任其他角色"],
    ] satisfies [Role[], string][]) {
      const refused = await refusal(callerAs(t.db, admin).organisation.createPerson({ ...input, roles }));
      expect({ roles, message: refused.message }).toEqual({ roles, message });
    }
    // 系统管理员 and 大赛组织者 may be one person, as the migration from 管理员 made them.
    const both = await callerAs(t.db, admin).organisation.createPerson({ ...input, roles: ["sysadmin", "organiser"] });
    expect(both.roles).toEqual(["sysadmin", "organiser"]);
    // Whatever the service is given, the database keeps the three apart too.
    await expect(t.db.update(people).set({ roles: ["sysadmin", "security_officer"] }).where(eq(people.id, both.id))).rejects.toThrow();
  });

  it("the one a person holds is given up before another of the three is received, and each change is audited from and to", async () => {
    const created = await callerAs(t.db, admin).organisation.createPerson({ username: "sec.zhou", password: "Jiaotong2024x", displayName: "周安全", departmentId: await deptId(), roles: ["security_officer"], title: "", phone: "" });
    const swap = await refusal(setRoles(admin, created.id, ["auditor"]));
    expect(swap.message).toBe("该人员是安全管理员，不能再担任审计管理员；须先取消其安全管理员角色并保存");
    // The seeded auditor cannot become the system administrator's colleague either.
    expect((await refusal(setRoles(admin, auditor.id, ["sysadmin"]))).message).toBe("该人员是审计管理员，不能再担任系统管理员；须先取消其审计管理员角色并保存");

    await setRoles(admin, created.id, []);
    await setRoles(admin, created.id, ["auditor"]);
    const changes = await t.db
      .select({ summary: auditEvents.summary, changes: auditEvents.changes, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, created.id), eq(auditEvents.action, "person.update")))
      .orderBy(auditEvents.seq);
    expect(changes).toEqual([
      { actorId: admin.id, summary: "修改人员「周安全」：角色（安全管理员 → 无角色）", changes: { roles: { from: ["security_officer"], to: [] } } },
      { actorId: admin.id, summary: "修改人员「周安全」：角色（无角色 → 审计管理员）", changes: { roles: { from: [], to: ["auditor"] } } },
    ]);
  });
});

describe("upgrading a database from the one 管理员", () => {
  it("makes each 管理员 系统管理员 and 大赛组织者, keeps their other roles, and records each change in the audit trail", async () => {
    const old = await createEmptyDatabase();
    try {
      // Written in SQL: the schema no longer knows the role 'admin'.
      await migrateAcross(old.db, "people_one_administrator_role", async () => {
        await old.db.execute(sql`insert into departments (code, name, short_name, kind) values ('QD-DSJ', '青岛市大数据发展管理局', '市大数据局', 'municipal')`);
        await old.db.execute(sql`
          insert into people (username, display_name, department_id, roles, password_hash)
          select v.username, v.name, d.id, v.roles::role[], 'scrypt$x' from departments d,
            (values ('wang', '王海峰', '{admin}'), ('li', '李思雨', '{admin,reviewer}'), ('zhang', '张晓明', '{publisher}')) as v(username, name, roles)`);
      });
      const rows = await old.db.select({ username: people.username, roles: people.roles, version: people.version }).from(people).orderBy(asc(people.username));
      expect(rows).toEqual([
        { username: "li", roles: ["reviewer", "sysadmin", "organiser"], version: 2 },
        { username: "wang", roles: ["sysadmin", "organiser"], version: 2 },
        { username: "zhang", roles: ["publisher"], version: 1 },
      ]);
      const audit = await old.db.select({ actorName: auditEvents.actorName, action: auditEvents.action, summary: auditEvents.summary, changes: auditEvents.changes }).from(auditEvents).orderBy(asc(auditEvents.seq));
      expect(audit).toEqual([
        { actorName: "数据库迁移", action: "person.update", summary: "修改人员「李思雨」：角色（管理员、审核员 → 审核员、系统管理员、大赛组织者）", changes: { roles: { from: ["admin", "reviewer"], to: ["reviewer", "sysadmin", "organiser"] } } },
        { actorName: "数据库迁移", action: "person.update", summary: "修改人员「王海峰」：角色（管理员 → 系统管理员、大赛组织者）", changes: { roles: { from: ["admin"], to: ["sysadmin", "organiser"] } } },
      ]);
      expect(await verifyAuditChain(old.db)).toMatchObject({ rows: 2, firstBroken: null });
    } finally {
      await old.close();
    }
  });
});

describe("audit trail", () => {
  it("the auditor browses and filters it; the other administrators and everyone else are refused", async () => {
    const page = await callerAs(t.db, auditor).audit.list({ entityType: "department" });
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.entityType === "department")).toBe(true);
    const search = await callerAs(t.db, auditor).audit.list({ q: "海洋" });
    expect(search.rows.some((r) => r.summary.includes("海洋"))).toBe(true);
    // Reading the trail is itself recorded, filter and all, once the read is done.
    const [read] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "audit.view")).orderBy(desc(auditEvents.seq)).limit(1);
    expect(read).toMatchObject({ actorId: auditor.id, entityType: "audit", summary: "查看审计日志（筛选条件：q=海洋）" });
    expect(search.rows.map((r) => r.id)).not.toContain(read!.id);
    for (const actor of [admin, security, organiser, publisher]) expect((await refusal(callerAs(t.db, actor).audit.list({}))).code).toBe("FORBIDDEN");
    expect((await refusal(callerAs(t.db, null).audit.list({}))).code).toBe("UNAUTHORIZED");
  });
});
