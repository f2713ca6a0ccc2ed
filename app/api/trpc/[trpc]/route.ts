import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createRequestContext } from "@/server/api/server";

/** Calls per batched request: the client sends at most this many, so one request cannot cost a hundred. */
const MAX_BATCH = 10;

const handler = (req: Request) =>
  fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: createRequestContext, maxBatchSize: MAX_BATCH });

export { handler as GET, handler as POST };
