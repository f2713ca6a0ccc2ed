import { getDb } from "@/db/client";
import { getActor } from "@/server/auth/session";
import { createHandler } from "./http";

/** The wrapper of every route handler outside tRPC and Auth.js (see createHandler). */
export const handler = createHandler(getActor, getDb);
