import http from "node:http";
import { log } from "@/server/log";
import { answerFromCache } from "./cached-answers";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from "./client-address";
import { prepareForNext } from "./page-request";
import { malformedRouterState } from "./router-state";
import { publicSearchUrl, searchRefusal } from "./search-quota";

/**
 * `next start` hides the socket: it only fills X-Forwarded-For when the client sent none, so a
 * forged header would pass for the client's address. Every request of this process is stamped
 * here, before Next sees it, with the address taken from the socket and the trusted proxies only;
 * whatever the client sent under that header name is overwritten. Public searches are then counted
 * against that address (search-quota.ts) and, past the limit, answered here; a router header Next
 * would fail on is refused (router-state.ts). Pages everyone gets alike may then be answered from
 * the page cache without Next (cached-answers.ts); the others are framed for Next (page-request.ts:
 * request id, CSP nonce, the way to sign in).
 */
export function installClientAddress(): void {
  const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  log("info", "client address", { trustedProxies: process.env.TRUSTED_PROXIES ?? "" });
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      const forwarded = req.headers["x-forwarded-for"];
      req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
        req.socket.remoteAddress ?? "",
        Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
        trusted,
      );
      const res = args[1] as http.ServerResponse;
      const malformed = malformedRouterState(req.headers);
      if (malformed) {
        res.writeHead(malformed.status, malformed.headers).end(malformed.body);
        return true;
      }
      const answer = () => answerFromCache(req, res, () => prepareForNext(req, res) && emit.call(this, event, ...args));
      const search = publicSearchUrl(req);
      if (search) {
        // Only a search waits for its count; it is answered once it is allowed.
        searchRefusal(req, search)
          .then((refusal) => {
            if (!refusal) return answer();
            res.writeHead(refusal.status, refusal.headers).end(refusal.body);
          })
          .catch((error: unknown) => log("error", "request failed before the app", { error }));
        return true;
      }
      answer();
      return true;
    }
    return emit.call(this, event, ...args);
  };
}
