import { createCallerFactory, createTRPCRouter } from "./trpc";
import { auditRouter } from "./routers/audit";
import { organisationRouter } from "./routers/organisation";
import { targetsRouter } from "./routers/targets";

export const appRouter = createTRPCRouter({
  audit: auditRouter,
  organisation: organisationRouter,
  targets: targetsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
