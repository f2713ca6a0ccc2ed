import { todosFor } from "@/server/todos/todos";
import { authedProcedure, createTRPCRouter } from "../trpc";

/** 待办: what needs the signed-in person's action now. */
export const todoRouter = createTRPCRouter({
  list: authedProcedure.query(({ ctx }) => todosFor(ctx.db, ctx.actor)),
});
