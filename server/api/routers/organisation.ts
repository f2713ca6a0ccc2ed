import { z } from "zod";
import { can } from "@/server/auth/permissions";
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
import { authedProcedure, createTRPCRouter, withPermission } from "../trpc";

const admin = withPermission(can.manageOrganisation);

export const organisationRouter = createTRPCRouter({
  departments: authedProcedure.input(departmentFilterSchema).query(({ ctx, input }) =>
    listDepartments(ctx.db, ctx.actor, input),
  ),
  allDepartments: authedProcedure.query(({ ctx }) => allDepartments(ctx.db)),
  people: admin.input(peopleFilterSchema).query(({ ctx, input }) => listPeople(ctx.db, ctx.actor, input)),
  person: admin.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => getPerson(ctx.db, ctx.actor, input.id)),
  department: authedProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) =>
    getDepartment(ctx.db, ctx.actor, input.id),
  ),
  createDepartment: admin.input(createDepartmentInput).mutation(({ ctx, input }) =>
    createDepartment(ctx.db, ctx.actor, input),
  ),
  updateDepartment: admin.input(updateDepartmentInput).mutation(({ ctx, input }) =>
    updateDepartment(ctx.db, ctx.actor, input),
  ),
  createPerson: admin.input(createPersonInput).mutation(({ ctx, input }) => createPerson(ctx.db, ctx.actor, input)),
  updatePerson: admin.input(updatePersonInput).mutation(({ ctx, input }) => updatePerson(ctx.db, ctx.actor, input)),
  resetPassword: admin.input(resetPasswordInput).mutation(({ ctx, input }) => resetPassword(ctx.db, ctx.actor, input)),
  setPersonActive: admin.input(setPersonActiveInput).mutation(({ ctx, input }) =>
    setPersonActive(ctx.db, ctx.actor, input),
  ),
});
