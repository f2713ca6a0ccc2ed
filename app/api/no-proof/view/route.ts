import { NextResponse, type NextRequest } from "next/server";
import { VIEW_COOKIE } from "@/server/no-proof/views";

/**
 * Switches the citizen pages between the standard view and 长辈版, remembers the choice for a
 * year, and goes back to the page the visitor was on. A plain link: works without JavaScript.
 */
export function GET(request: NextRequest) {
  const elder = request.nextUrl.searchParams.get("mode") === "elder";
  const referer = request.headers.get("referer");
  let back = "/no-proof";
  if (referer) {
    const from = new URL(referer);
    // The Host header, not nextUrl: Next may name this server differently (localhost for 127.0.0.1).
    if (from.host === request.headers.get("host") && (from.pathname === "/no-proof" || from.pathname.startsWith("/no-proof/"))) back = from.pathname + from.search;
  }
  // A relative Location keeps the visitor on the address they used, where the cookie was set.
  const response = new NextResponse(null, { status: 303, headers: { location: back } });
  response.cookies.set(VIEW_COOKIE, elder ? "elder" : "standard", { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
  return response;
}
