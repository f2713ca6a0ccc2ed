/**
 * Headers of an answer given on the raw request, before Next (a refused search, a malformed router
 * header): without next.config.js's headers, so the same defences are set here, for a plain answer.
 */
export function plainAnswerHeaders(requestId: string): Record<string, string> {
  return {
    "x-request-id": requestId,
    "cache-control": "no-store",
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
  };
}
