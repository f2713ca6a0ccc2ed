import "server-only";
import { cache } from "react";
import { api } from "@/server/api/server";

/** The signed-in person's 待办 and unread notifications, read once per request: the header's counts and 工作台 share it. */
export const myWork = cache(async () => (await api()).todo.work());
