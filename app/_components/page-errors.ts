import "server-only";
import { TRPCError } from "@trpc/server";
import { forbidden, notFound } from "next/navigation";

/** For a page's server-side call: a refusal shows the 403 page, a missing or malformed id the 404 page. */
export function rethrowAsPage(error: unknown): never {
  if (error instanceof TRPCError) {
    if (error.code === "FORBIDDEN") forbidden();
    if (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST") notFound();
  }
  throw error;
}
