import { SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from "./public-pages.mjs";

/**
 * Headers of an answer given on the raw request, before Next (a refusal, a redirect to sign in): without
 * next.config.js's headers, so the same defences are set here, with a policy that allows no script.
 */
export function plainAnswerHeaders(requestId: string, https = false): Record<string, string> {
  return {
    ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value])),
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    ...(https ? { "strict-transport-security": STRICT_TRANSPORT_SECURITY } : {}),
    "x-request-id": requestId,
    "cache-control": "no-store",
  };
}
