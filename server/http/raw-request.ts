import type { IncomingHttpHeaders } from "node:http";

/** A request as the raw-request hook sees it, before Next (server/http/install-client-address.ts). */
export type RawRequest = { method?: string; url?: string; headers: IncomingHttpHeaders };

/** A header's first value: Node gives an array for some repeated headers. */
export function firstHeader(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
