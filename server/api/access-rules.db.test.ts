import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import { createDepartmentInput } from "@/server/organisation/schemas";
import type { Actor } from "@/server/auth/permissions";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";

/**
 * The server's access rules seen from outside: each procedure through the tRPC caller, as people
 * would reach it. The permission itself is checked once, in the service; these tests make sure
 * every procedure reaches such a check.
 */
let t: TestDatabase;
let publisher: Actor;

beforeAll(async () => {
  t = await createSeededTestDatabase();
  publisher = await actorFor(t.db, "publisher");
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

/** Procedures of other roles, with an input that passes validation, and the service's own refusal. */
const ROLE_RULES: [path: string, input: unknown, message: string][] = [
  ["site.dashboard", undefined, "只有管理员和审核员可以查看目标看板"],
  ["review.next", { kind: "resource", id }, "只有审核员可以查看审核队列"],
  ["resource.reviewQueue", { page: 1 }, "只有审核员可以查看审核队列"],
  ["resource.approve", ref, "只有审核员可以审核资源"],
  ["resource.return", reason, "只有审核员可以审核资源"],
  ["resource.batchApprove", batch, "只有审核员可以审核资源"],
  ["scenario.reviewQueue", { page: 1 }, "只有审核员可以查看审核队列"],
  ["scenario.approve", ref, "只有审核员可以审核场景"],
  ["scenario.return", reason, "只有审核员可以审核场景"],
  ["scenario.batchApprove", batch, "只有审核员可以审核场景"],
  ["scenario.setBenchmark", { id, benchmark: true }, "只有管理员可以设定标杆场景"],
  ["noProof.reviewQueue", { page: 1 }, "只有审核员可以查看审核队列"],
  ["noProof.approve", ref, "只有审核员可以审核无证明场景"],
  ["noProof.return", reason, "只有审核员可以审核无证明场景"],
  ["noProof.batchApprove", batch, "只有审核员可以审核无证明场景"],
  ["place.reviewQueue", { page: 1 }, "只有审核员可以查看审核队列"],
  ["place.approve", ref, "只有审核员可以审核亮证场所"],
  ["place.return", reason, "只有审核员可以审核亮证场所"],
  ["place.batchApprove", batch, "只有审核员可以审核亮证场所"],
  ["audit.list", {}, "只有管理员可以查看审计日志"],
  ["audit.verify", undefined, "只有管理员可以查看审计日志"],
  ["organisation.people", { page: 1 }, "只有管理员可以管理部门和人员"],
  ["organisation.person", { id }, "只有管理员可以管理部门和人员"],
  ["organisation.createDepartment", { code: "QD-XYZ", name: "测试部门", shortName: "测试", kind: "municipal" }, "只有管理员可以管理部门和人员"],
  ["organisation.updateDepartment", { ...ref, code: "QD-XYZ", name: "测试部门", shortName: "测试", kind: "municipal" }, "只有管理员可以管理部门和人员"],
  ["organisation.resetPassword", { id, password: "Qingdao2026ab" }, "只有管理员可以管理部门和人员"],
  ["organisation.setPersonActive", { id, active: false }, "只有管理员可以管理部门和人员"],
  ["competition.openStage", ref, "只有大赛组织者可以开放或结束阶段"],
  ["competition.closeStage", ref, "只有大赛组织者可以开放或结束阶段"],
  ["competition.judgePanel", { competitionId: id }, "只有大赛组织者可以查看评委名单"],
  ["competition.judgeCandidates", { competitionId: id }, "只有大赛组织者可以邀请评委"],
  ["competition.inviteJudges", { competitionId: id, personIds: [id] }, "只有大赛组织者可以邀请评委"],
  ["competition.myInvitations", undefined, "只有评委可以查看评审邀请"],
  ["competition.respondToInvitation", { competitionId: id, accept: true }, "只有评委可以答复评审邀请"],
  ["competition.decideConflict", { ...ref, confirm: true }, "只有大赛组织者可以确认利益冲突"],
  ["competition.assign", { stageId: id }, "只有大赛组织者可以分配评委"],
  ["competition.swapJudge", { stageId: id, entryId: id, fromJudgeId: id, toJudgeId: randomUUID() }, "只有大赛组织者可以调整评委分配"],
  ["competition.assignments", { stageId: id }, "只有大赛组织者可以查看评委分配"],
  ["competition.myAssignments", undefined, "只有评委可以查看评审任务"],
  ["competition.reopenSheet", reason, "只有大赛组织者可以退回评分"],
  ["competition.ranking", { stageId: id }, "只有大赛组织者可以查看评审排名"],
  ["competition.advance", { stageId: id }, "只有大赛组织者可以确定晋级作品"],
  ["competition.publish", { competitionId: id, version: 1 }, "只有大赛组织者可以发布成绩"],
  ["competition.promote", { competitionId: id, awards: ["first"] }, "只有大赛组织者可以设定标杆场景"],
];

describe("roles", () => {
  it.each(ROLE_RULES)("%s refuses a publisher with the service's own message", async (path, input, message) => {
    expect(await refusal(publisher, path, input)).toEqual({ code: "FORBIDDEN", message });
  });
});

describe("unreadable input", () => {
  // PostgreSQL cannot store NUL; half a surrogate pair is what is left of an emoji cut in two.
  it.each([
    ["a NUL in a name", "社保\u0000接口"],
    ["half a surrogate pair", "社保\ud83d接口"],
  ])("refuses %s with a Chinese message, not a server error", async (_what, name) => {
    const admin = await actorFor(t.db, "admin");
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
    const admin = await actorFor(t.db, "admin");
    const created = (await call(admin, "organisation.createDepartment", { code: "QD-EMJ", name: "测试部门😀", shortName: "测试", kind: "municipal", description: "第一行\n第二行\t。" })) as { name: string };
    expect(created.name).toBe("测试部门😀");
  });
});
