import { createCallerFactory, createTRPCRouter } from "./trpc";
import { accessRouter } from "./routers/access";
import { accountRouter } from "./routers/account";
import { auditRouter } from "./routers/audit";
import { competitionRouter } from "./routers/competition";
import { noProofRouter } from "./routers/no-proof";
import { organisationRouter } from "./routers/organisation";
import { placeRouter } from "./routers/place";
import { resourceRouter } from "./routers/resource";
import { reviewRouter } from "./routers/review";
import { scenarioRouter } from "./routers/scenario";
import { siteRouter } from "./routers/site";

export const appRouter = createTRPCRouter({
  access: accessRouter,
  account: accountRouter,
  audit: auditRouter,
  competition: competitionRouter,
  noProof: noProofRouter,
  organisation: organisationRouter,
  place: placeRouter,
  resource: resourceRouter,
  review: reviewRouter,
  scenario: scenarioRouter,
  site: siteRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
