import type { IncomingHttpHeaders } from "node:http";
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import { requestIdOf } from "@/server/log";
import { plainAnswerHeaders } from "./plain-answer";
import { firstHeader } from "./raw-request";

const ROUTER_STATE_HEADER = "next-router-state-tree";

/**
 * The client router names the page it comes from in a header, which Next parses for every page
 * request; one it cannot parse (or two of them) makes Next throw, which answers 500. Such a header
 * comes from no browser: it is refused here with 400, by Next's own parser, so that whatever Next
 * accepts passes.
 */
export function malformedRouterState(headers: IncomingHttpHeaders): { status: 400; headers: Record<string, string>; body: string } | null {
  const value = headers[ROUTER_STATE_HEADER];
  if (value === undefined) return null;
  try {
    // Node joins repeated headers it does not know into one, which Next's parser then refuses.
    parseAndValidateFlightRouterState(value);
    return null;
  } catch {
    const requestId = requestIdOf(firstHeader(headers, "x-request-id"));
    return { status: 400, headers: { ...plainAnswerHeaders(requestId), "content-type": "text/plain; charset=utf-8" }, body: "请求头 Next-Router-State-Tree 无效" };
  }
}
