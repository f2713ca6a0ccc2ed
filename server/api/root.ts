import { createCallerFactory, createTRPCRouter } from "./trpc";
import { auditRouter } from "./routers/audit";
import { organisationRouter } from "./routers/organisation";
import { resourceRouter } from "./routers/resource";
import { targetsRouter } from "./routers/targets";

export const appRouter = createTRPCRouter({
  audit: auditRouter,
  organisation: organisationRouter,
  resource: resourceRouter,
  targets: targetsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
