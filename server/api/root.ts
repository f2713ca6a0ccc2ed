import { createCallerFactory, createTRPCRouter } from "./trpc";
import { accessRouter } from "./routers/access";
import { accountRouter } from "./routers/account";
import { auditRouter } from "./routers/audit";
import { calendarRouter } from "./routers/calendar";
import { competitionRouter } from "./routers/competition";
import { duplicateRouter } from "./routers/duplicate";
import { noProofRouter } from "./routers/no-proof";
import { notificationRouter } from "./routers/notification";
import { organisationRouter } from "./routers/organisation";
import { placeRouter } from "./routers/place";
import { reportRouter } from "./routers/report";
import { resourceRouter } from "./routers/resource";
import { reviewRouter } from "./routers/review";
import { scenarioRouter } from "./routers/scenario";
import { siteRouter } from "./routers/site";
import { todoRouter } from "./routers/todo";

export const appRouter = createTRPCRouter({
  access: accessRouter,
  account: accountRouter,
  audit: auditRouter,
  calendar: calendarRouter,
  competition: competitionRouter,
  duplicate: duplicateRouter,
  noProof: noProofRouter,
  notification: notificationRouter,
  organisation: organisationRouter,
  place: placeRouter,
  report: reportRouter,
  resource: resourceRouter,
  review: reviewRouter,
  scenario: scenarioRouter,
  site: siteRouter,
  todo: todoRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
