import { z } from "zod";
import {
  allDepartments,
  createDepartment,
  getDepartment,
  listDepartments,
  updateDepartment,
} from "@/server/organisation/departments";
import {
  createPerson,
  getPerson,
  listPeople,
  resetPassword,
  setPersonActive,
  updatePerson,
} from "@/server/organisation/people";
import {
  createDepartmentInput,
  createPersonInput,
  departmentFilterSchema,
  peopleFilterSchema,
  resetPasswordInput,
  setPersonActiveInput,
  updateDepartmentInput,
  updatePersonInput,
} from "@/server/organisation/schemas";
import { getSignInPolicy, updateSignInPolicy, updateSignInPolicyInput } from "@/server/auth/sign-in-policy";
import { authedProcedure, createTRPCRouter } from "../trpc";

export const organisationRouter = createTRPCRouter({
  departments: authedProcedure.input(departmentFilterSchema).query(({ ctx, input }) =>
    listDepartments(ctx.db, ctx.actor, input),
  ),
  allDepartments: authedProcedure.query(({ ctx }) => allDepartments(ctx.db)),
  people: authedProcedure.input(peopleFilterSchema).query(({ ctx, input }) => listPeople(ctx.db, ctx.actor, input)),
  person: authedProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => getPerson(ctx.db, ctx.actor, input.id)),
  department: authedProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) =>
    getDepartment(ctx.db, ctx.actor, input.id),
  ),
  createDepartment: authedProcedure.input(createDepartmentInput).mutation(({ ctx, input }) =>
    createDepartment(ctx.db, ctx.actor, input),
  ),
  updateDepartment: authedProcedure.input(updateDepartmentInput).mutation(({ ctx, input }) =>
    updateDepartment(ctx.db, ctx.actor, input),
  ),
  createPerson: authedProcedure.input(createPersonInput).mutation(({ ctx, input }) => createPerson(ctx.db, ctx.actor, input)),
  updatePerson: authedProcedure.input(updatePersonInput).mutation(({ ctx, input }) => updatePerson(ctx.db, ctx.actor, input)),
  resetPassword: authedProcedure.input(resetPasswordInput).mutation(({ ctx, input }) => resetPassword(ctx.db, ctx.actor, input)),
  setPersonActive: authedProcedure.input(setPersonActiveInput).mutation(({ ctx, input }) =>
    setPersonActive(ctx.db, ctx.actor, input),
  ),
  signInPolicy: authedProcedure.query(({ ctx }) => getSignInPolicy(ctx.db, ctx.actor)),
  updateSignInPolicy: authedProcedure.input(updateSignInPolicyInput).mutation(({ ctx, input }) => updateSignInPolicy(ctx.db, ctx.actor, input)),
});
