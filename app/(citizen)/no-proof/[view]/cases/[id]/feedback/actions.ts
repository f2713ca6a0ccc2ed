"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { NOPROOF_PAGES } from "@/server/api/server";
import { getAuthSecret } from "@/server/auth/secret";
import { clientAddress } from "@/server/http/client-address";
import { DomainError } from "@/server/errors";
import { clientKeyFor, feedbackInput, submitFeedback } from "@/server/no-proof/feedback";
import { log } from "@/server/log";
import { fieldErrors } from "@/server/validation";

export interface FeedbackState {
  status: "idle" | "sent" | "error";
  message: string;
  fields: Record<string, string>;
  /** What was typed, shown again after a refusal so nothing is lost (also without JavaScript). */
  values: { text: string; contact: string };
}

export async function sendFeedback(_previous: FeedbackState, form: FormData): Promise<FeedbackState> {
  const raw = Object.fromEntries(["caseId", "text", "contact", "challengeToken", "challengeAnswer", "website"].map((k) => [k, String(form.get(k) ?? "")]));
  const values = { text: raw.text!, contact: raw.contact! };
  const parsed = feedbackInput.safeParse(raw);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return { status: "error", message: Object.values(fields)[0] ?? "请检查填写内容", fields, values };
  }
  const h = await headers();
  const secret = getAuthSecret();
  try {
    await submitFeedback(await getDb(), parsed.data, { key: clientKeyFor(secret, clientAddress(h)), secret, requestId: h.get("x-request-id") ?? undefined });
  } catch (error) {
    if (error instanceof DomainError) return { status: "error", message: error.message, fields: error.field ? { [error.field]: error.message } : {}, values };
    log("error", "feedback failed", { requestId: h.get("x-request-id"), error });
    return { status: "error", message: "提交失败，请稍后重试", fields: {}, values };
  }
  // The case page shows how many reports there are.
  revalidatePath(`${NOPROOF_PAGES}/cases/[id]`, "page");
  return { status: "sent", message: "已收到您的反映，负责部门会尽快核实处理。", fields: {}, values: { text: "", contact: "" } };
}
