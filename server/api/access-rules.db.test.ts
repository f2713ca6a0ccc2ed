import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import { createDepartmentInput } from "@/server/organisation/schemas";
import { ROLES, type Actor } from "@/server/auth/permissions";
import type { Role } from "@/db/schema";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";

/**
 * The server's access rules seen from outside: each procedure through the tRPC caller, as people
 * would reach it. The permission itself is checked once, in the service; these tests make sure
 * every procedure reaches such a check.
 */
let t: TestDatabase;
/** The README's demo account of each role, each holding that role alone. */
const DEMO_USERNAMES: Record<Role, string> = {
  sysadmin: "admin",
  security_officer: "security",
  auditor: "auditor",
  organiser: "organiser",
  reviewer: "reviewer",
  publisher: "publisher",
  judge: "judge",
};
const actors = {} as Record<Role, Actor>;

beforeAll(async () => {
  t = await createSeededTestDatabase();
  for (const role of ROLES) actors[role] = await actorFor(t.db, DEMO_USERNAMES[role]);
});
afterAll(() => t.close());

/** What anyone may call without signing in: the public catalogue, competitions and targets. */
const PUBLIC = new Set([
  "competition.list",
  "competition.get",
  "competition.results",
  "noProof.get",
  "resource.search",
  "resource.get",
  "resource.compare",
  "scenario.list",
  "scenario.get",
  "scenario.reformSheet",
  "scenario.coverage",
  "scenario.leaderboard",
  "site.departments",
  "site.targets",
  "site.hasDemoData",
]);

async function call(actor: Actor | null, path: string, input: unknown): Promise<unknown> {
  const caller = callerAs(t.db, actor) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  const [router, procedure] = path.split(".") as [string, string];
  return caller[router]![procedure]!(input);
}

async function refusal(actor: Actor | null, path: string, input: unknown): Promise<{ code: string; message: string } | null> {
  try {
    await call(actor, path, input);
    return null;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe("signing in", () => {
  // Derived from the router: a new procedure is refused to anonymous callers unless listed as public.
  const paths = Object.keys(appRouter._def.procedures);

  it("every procedure outside the public list refuses an anonymous caller, whatever the input", async () => {
    const allowed: string[] = [];
    for (const path of paths.filter((p) => !PUBLIC.has(p))) {
      const refused = await refusal(null, path, { id: randomUUID() });
      if (refused?.code !== "UNAUTHORIZED") allowed.push(`${path}: ${refused?.code ?? "allowed"}`);
    }
    expect(allowed).toEqual([]);
  });

  it("the public list names only procedures that exist", () => {
    expect([...PUBLIC].filter((p) => !paths.includes(p))).toEqual([]);
  });
});

const id = randomUUID();
const ref = { id, version: 1 };
const reason = { ...ref, reason: "内容需要补充" };
const batch = { items: [ref] };

/**
 * Procedures of a role's duty, with an input that passes validation, the service's own refusal, and
 * the roles whose duty it is. 三权分立: the system administrator, the security officer and the
 * auditor each reach their own procedures only, and none of them the business of the others.
 */
const ROLE_RULES: [path: string, input: unknown, message: string, allowed: Role[]][] = [
  ["site.dashboard", undefined, "只有大赛组织者和审核员可以查看目标看板", ["organiser", "reviewer"]],
  ["review.next", { kind: "resource", id }, "只有审核员可以查看审核队列", ["reviewer"]],
  ["resource.reviewQueue", { page: 1 }, "只有审核员可以查看审核队列", ["reviewer"]],
  ["resource.approve", ref, "只有审核员可以审核资源", ["reviewer"]],
  ["resource.return", reason, "只有审核员可以审核资源", ["reviewer"]],
  ["resource.batchApprove", batch, "只有审核员可以审核资源", ["reviewer"]],
  ["scenario.reviewQueue", { page: 1 }, "只有审核员可以查看审核队列", ["reviewer"]],
  ["scenario.approve", ref, "只有审核员可以审核场景", ["reviewer"]],
  ["scenario.return", reason, "只有审核员可以审核场景", ["reviewer"]],
  ["scenario.batchApprove", batch, "只有审核员可以审核场景", ["reviewer"]],
  ["duplicate.clusters", { entryType: "resource", page: 1 }, "只有审核员可以查看集约建设报告", ["reviewer"]],
  ["duplicate.recheck", undefined, "只有审核员可以查看集约建设报告", ["reviewer"]],
  ["duplicate.merge", { keepId: randomUUID(), entries: [ref] }, "只有审核员可以合并重复建设的资源或场景", ["reviewer"]],
  ["scenario.setBenchmark", { id, benchmark: true }, "只有大赛组织者可以设定标杆场景", ["organiser"]],
  ["noProof.reviewQueue", { page: 1 }, "只有审核员可以查看审核队列", ["reviewer"]],
  ["noProof.approve", ref, "只有审核员可以审核无证明场景", ["reviewer"]],
  ["noProof.return", reason, "只有审核员可以审核无证明场景", ["reviewer"]],
  ["noProof.batchApprove", batch, "只有审核员可以审核无证明场景", ["reviewer"]],
  ["noProof.mine", { page: 1 }, "只有发布员可以维护无证明场景", ["publisher"]],
  ["place.reviewQueue", { page: 1 }, "只有审核员可以查看审核队列", ["reviewer"]],
  ["place.approve", ref, "只有审核员可以审核亮证场所", ["reviewer"]],
  ["place.return", reason, "只有审核员可以审核亮证场所", ["reviewer"]],
  ["place.batchApprove", batch, "只有审核员可以审核亮证场所", ["reviewer"]],
  ["calendar.overview", undefined, "只有系统管理员可以维护工作日历", ["sysadmin"]],
  ["calendar.year", { year: 2026 }, "只有系统管理员可以维护工作日历", ["sysadmin"]],
  ["calendar.enterNotice", { year: 2099, notice: "国办发明电〔2098〕1号", text: "一、元旦：1月1日放假，共1天。" }, "只有系统管理员可以维护工作日历", ["sysadmin"]],
  ["calendar.importYearFile", { text: '{"year":2099,"days":[]}' }, "只有系统管理员可以维护工作日历", ["sysadmin"]],
  ["audit.list", {}, "只有审计管理员可以查看审计日志", ["auditor"]],
  ["audit.verify", undefined, "只有审计管理员可以查看审计日志", ["auditor"]],
  ["account.sessions", { personId: id }, "只能查看自己的登录会话", ["security_officer"]],
  ["account.endAllSessions", { personId: id }, "只有安全管理员可以强制他人下线", ["security_officer"]],
  ["account.unlock", { personId: id }, "只有安全管理员可以解除账号锁定", ["security_officer"]],
  ["account.resetTwoFactor", { personId: id }, "只有安全管理员可以重置他人的动态口令", ["security_officer"]],
  ["organisation.people", { page: 1 }, "只有系统管理员和安全管理员可以查看人员", ["sysadmin", "security_officer"]],
  ["organisation.person", { id }, "只有系统管理员和安全管理员可以查看人员", ["sysadmin", "security_officer"]],
  ["organisation.department", { id }, "您只能查看本部门的信息", ["sysadmin"]],
  ["organisation.createDepartment", { code: "QD-XYZ", name: "测试部门", shortName: "测试", kind: "municipal" }, "只有系统管理员可以管理部门和人员", ["sysadmin"]],
  ["organisation.updateDepartment", { ...ref, code: "QD-XYZ", name: "测试部门", shortName: "测试", kind: "municipal" }, "只有系统管理员可以管理部门和人员", ["sysadmin"]],
  ["organisation.createPerson", { username: "new.clerk", password: "Qingdao2026ab", displayName: "新同事", departmentId: id, roles: ["auditor"] }, "只有系统管理员可以管理部门和人员", ["sysadmin"]],
  ["organisation.updatePerson", { ...ref, displayName: "新同事", departmentId: id, roles: ["security_officer"] }, "只有系统管理员可以管理部门和人员", ["sysadmin"]],
  ["organisation.resetPassword", { id, password: "Qingdao2026ab" }, "只有系统管理员可以管理部门和人员", ["sysadmin"]],
  ["organisation.setPersonActive", { id, active: false }, "只有系统管理员可以管理部门和人员", ["sysadmin"]],
  ["organisation.signInPolicy", undefined, "只有系统管理员可以设置登录方式", ["sysadmin"]],
  ["organisation.updateSignInPolicy", { requireUnified: false, breakGlass: [], version: 0 }, "只有系统管理员可以设置登录方式", ["sysadmin"]],
  ["competition.openStage", ref, "只有大赛组织者可以开放或结束阶段", ["organiser"]],
  ["competition.closeStage", ref, "只有大赛组织者可以开放或结束阶段", ["organiser"]],
  ["competition.judgePanel", { competitionId: id }, "只有大赛组织者可以查看评委名单", ["organiser"]],
  ["competition.judgeCandidates", { competitionId: id }, "只有大赛组织者可以邀请评委", ["organiser"]],
  ["competition.inviteJudges", { competitionId: id, personIds: [id] }, "只有大赛组织者可以邀请评委", ["organiser"]],
  ["competition.myInvitations", undefined, "只有评委可以查看评审邀请", ["judge"]],
  ["competition.respondToInvitation", { competitionId: id, accept: true }, "只有评委可以答复评审邀请", ["judge"]],
  ["competition.decideConflict", { ...ref, confirm: true }, "只有大赛组织者可以确认利益冲突", ["organiser"]],
  ["competition.matchConflict", { ...ref, judgeIds: [id] }, "只有大赛组织者可以确认利益冲突", ["organiser"]],
  ["competition.declarationsToMatch", { competitionId: id }, "只有大赛组织者可以确认利益冲突", ["organiser"]],
  ["competition.assign", { stageId: id }, "只有大赛组织者可以分配评委", ["organiser"]],
  ["competition.swapJudge", { stageId: id, entryId: id, fromJudgeId: id, toJudgeId: randomUUID() }, "只有大赛组织者可以调整评委分配", ["organiser"]],
  ["competition.assignments", { stageId: id }, "只有大赛组织者可以查看评委分配", ["organiser"]],
  ["competition.myAssignments", undefined, "只有评委可以查看评审任务", ["judge"]],
  ["competition.reopenSheet", reason, "只有大赛组织者可以退回评分", ["organiser"]],
  ["competition.ranking", { stageId: id }, "只有大赛组织者可以查看评审排名", ["organiser"]],
  ["competition.advance", { stageId: id }, "只有大赛组织者可以确定晋级作品", ["organiser"]],
  ["competition.publish", { competitionId: id, version: 1 }, "只有大赛组织者可以发布成绩", ["organiser"]],
  ["competition.promote", { competitionId: id, awards: ["first"] }, "只有大赛组织者可以设定标杆场景", ["organiser"]],
];

describe("roles", () => {
  it.each(ROLE_RULES)("%s refuses every role but its own, each with the service's own message", async (path, input, message, allowed) => {
    const wronglyAnswered: string[] = [];
    for (const role of ROLES.filter((r) => !allowed.includes(r))) {
      const refused = await refusal(actors[role], path, input);
      if (refused?.code !== "FORBIDDEN" || refused.message !== message) wronglyAnswered.push(`${role}: ${refused ? `${refused.code} ${refused.message}` : "allowed"}`);
    }
    expect(wronglyAnswered).toEqual([]);
  });
});

describe("unreadable input", () => {
  // PostgreSQL cannot store NUL; half a surrogate pair is what is left of an emoji cut in two.
  it.each([
    ["a NUL in a name", "社保\u0000接口"],
    ["half a surrogate pair", "社保\ud83d接口"],
  ])("refuses %s with a Chinese message, not a server error", async (_what, name) => {
    const admin = actors.sysadmin;
    const department = { code: "QD-NUL", name, shortName: "测试", kind: "municipal" };
    expect(await refusal(admin, "organisation.createDepartment", department)).toEqual({
      code: "BAD_REQUEST",
      message: "输入含有无法识别的字符（如空字符或半个表情符号），请删除后重试",
    });
    // The form checks with the same schema first, and names the field.
    expect(createDepartmentInput.safeParse(department).error?.issues[0]?.message).toBe("部门名称含有无法识别的字符（如空字符或半个表情符号），请删除后重试");
    // In a field no schema refines, the procedure still refuses before the database sees it.
    expect(await refusal(admin, "review.next", { kind: "resource", id, [name]: 1 })).toMatchObject({ code: "BAD_REQUEST" });
  });

  it("keeps whole emoji, tabs and line breaks", async () => {
    const admin = actors.sysadmin;
    const created = (await call(admin, "organisation.createDepartment", { code: "QD-EMJ", name: "测试部门😀", shortName: "测试", kind: "municipal", description: "第一行\n第二行\t。" })) as { name: string };
    expect(created.name).toBe("测试部门😀");
  });
});
