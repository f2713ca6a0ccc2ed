import type { NextRequest } from "next/server";
import { handlers } from "@/server/auth/config";

/**
 * Auth.js builds the platform's redirect_uri from the request's URL here, but from the Host header
 * in the sign-in action; Next hands route handlers "localhost" when it listens on every address, and
 * the platform then refuses the code (redirect_uri mismatch). Without AUTH_URL (which Auth.js applies
 * itself), the action's rule applies here too — on a plain Request, as a NextRequest would turn
 * 127.0.0.1 back into "localhost".
 */
function asAddressed(request: NextRequest): Request {
  if (process.env.AUTH_URL ?? process.env.NEXTAUTH_URL) return request;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return request;
  const protocol = (request.headers.get("x-forwarded-proto") ?? "https").replace(/:$/, "");
  const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, `${protocol}://${host}`);
  return new Request(url, { method: request.method, headers: request.headers, body: request.body, duplex: "half" } as RequestInit);
}

// Auth.js reads only the URL, method, headers and body of what it is handed.
export const GET = (request: NextRequest) => handlers.GET(asAddressed(request) as NextRequest);
export const POST = (request: NextRequest) => handlers.POST(asAddressed(request) as NextRequest);
