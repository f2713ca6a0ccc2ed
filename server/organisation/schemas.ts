import { passwordProblem } from "@/server/auth/password-policy";
import { ROLES, SEPARATED_ROLES } from "@/server/auth/permissions";
import { pageInput } from "@/server/pagination";
import { optionalText, requiredText, searchText, z } from "@/server/validation";
import { creditCodeProblem } from "./credit-code";


const departmentCode = z
  .string({ error: "请填写部门编码" })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,23}$/, "部门编码为 2–24 位大写字母、数字或连字符，如 QD-DSJ");

export const departmentFields = z.object({
  code: departmentCode,
  name: requiredText("部门名称", 50, 2),
  shortName: requiredText("简称", 20),
  kind: z.enum(["municipal", "district"], { error: "请选择部门类型" }),
  description: optionalText("职责说明", 500),
  /** 信息资源提供方代码 in the national catalogue; optional until the department's is known. */
  creditCode: z
    .string()
    .trim()
    .toUpperCase()
    .default("")
    .superRefine((code, ctx) => {
      const problem = code === "" ? undefined : creditCodeProblem(code);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});
export const createDepartmentInput = departmentFields;
export const updateDepartmentInput = departmentFields.extend({
  id: z.uuid(),
  version: z.number().int().positive(),
});

/** The 等保 rules that need no username; the services add 「不能包含用户名」. */
export const passwordSchema = z.string({ error: "请填写密码" }).superRefine((password, ctx) => {
  const problem = passwordProblem(password, "");
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/**
 * 三权分立: 系统管理员, 安全管理员 and 审计管理员 are three people, and the two who oversee the others
 * do no other work, so that nobody audits or polices their own actions.
 */
const rolesField = z
  .array(z.enum(ROLES))
  .max(ROLES.length)
  .superRefine((roles, ctx) => {
    if (SEPARATED_ROLES.filter((r) => roles.includes(r)).length > 1)
      ctx.addIssue({ code: "custom", message: "系统管理员、安全管理员和审计管理员须由三个不同的人担任" });
    else if (roles.length > 1 && (roles.includes("security_officer") || roles.includes("auditor")))
      ctx.addIssue({ code: "custom", message: "安全管理员和审计管理员不能兼任其他角色" });
  });

const personFields = z.object({
  displayName: requiredText("姓名", 30),
  departmentId: z.uuid("请选择所属部门"),
  roles: rolesField.default([]),
  title: optionalText("职务", 30),
  phone: z
    .string()
    .trim()
    .regex(/^$|^[0-9+\-\s]{5,20}$/, "电话号码格式不正确")
    .default(""),
});

export const createPersonInput = personFields
  .extend({
    username: z
      .string({ error: "请填写用户名" })
      .trim()
      .toLowerCase()
      .regex(/^[a-z][a-z0-9._-]{2,31}$/, "用户名为 3–32 位小写字母、数字、点、下划线或连字符，以字母开头"),
    password: passwordSchema,
  })
  .superRefine((p, ctx) => {
    const problem = passwordProblem(p.password, p.username);
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["password"] });
  });

export const updatePersonInput = personFields.extend({
  id: z.uuid(),
  version: z.number().int().positive(),
});

export const resetPasswordInput = z.object({ id: z.uuid(), password: passwordSchema });

/** Not versioned: it sets one state, so two admins doing it at once agree rather than conflict. */
export const setPersonActiveInput = z.object({ id: z.uuid(), active: z.boolean() });

export type CreateDepartmentInput = z.input<typeof createDepartmentInput>;
export type UpdateDepartmentInput = z.input<typeof updateDepartmentInput>;
export type CreatePersonInput = z.input<typeof createPersonInput>;
export type UpdatePersonInput = z.input<typeof updatePersonInput>;


export const departmentFilterSchema = z.object({
  q: searchText(100),
  kind: z.enum(["municipal", "district"]).optional().catch(undefined),
  page: pageInput,
});

export const peopleFilterSchema = z.object({
  q: searchText(100),
  departmentId: z.uuid().optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(["active", "inactive"]).optional().catch(undefined),
  page: pageInput,
});
