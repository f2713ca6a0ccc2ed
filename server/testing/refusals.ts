import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { DomainError, type DomainErrorCode } from "@/server/errors";

async function failure(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => null,
    (e: unknown) => e,
  );
}

/** The TRPCError a procedure call was refused with; the test fails if the call went through. */
export async function refusal(call: Promise<unknown>): Promise<TRPCError> {
  const error = await failure(call);
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** The DomainError a service refused with (of `code`, when given); the test fails if it went through. */
export async function refused(call: Promise<unknown>, code?: DomainErrorCode): Promise<DomainError> {
  const error = await failure(call);
  expect(error).toBeInstanceOf(DomainError);
  if (code) expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}

/** Either kind of refusal, through the caller or the service: its code and message. */
export async function anyRefusal(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await failure(call);
  expect(error instanceof TRPCError || error instanceof DomainError).toBe(true);
  return error as { code: string; message: string };
}
