import { workFor } from "@/server/todos/todos";
import { authedProcedure, createTRPCRouter } from "../trpc";

/** 待办: what needs the signed-in person's action now, and how many notifications are unread (the header's counts). */
export const todoRouter = createTRPCRouter({
  work: authedProcedure.query(({ ctx }) => workFor(ctx.db, ctx.actor)),
});
