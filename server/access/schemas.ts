import { pageInput } from "@/server/pagination";
import { optionalText, requiredText, z } from "@/server/validation";

export const ACCESS_STATUS_LABELS = {
  pending: "待答复",
  approved: "已同意",
  rejected: "已拒绝",
  granted: "已开通",
} as const;

export const requestAccessInput = z.object({
  resourceId: z.uuid(),
  purpose: requiredText("用途说明", 500, 5),
});

export const decideAccessInput = z
  .object({
    id: z.uuid(),
    version: z.number().int().positive(),
    decision: z.enum(["approve", "reject"]),
    reason: optionalText("理由", 500),
    conditions: optionalText("使用条件", 500),
    /** A date picker's value ("2027-06-30"): the grant ends at the end of that day in Qingdao. */
    expiresOn: z
      .string()
      .regex(/^$|^\d{4}-\d{2}-\d{2}$/, "有效期格式应为 年-月-日")
      .default(""),
  })
  .superRefine((d, ctx) => {
    if (d.decision === "reject" && d.reason.length === 0)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "拒绝申请须说明理由" });
  });

export const inboxSchema = z.object({
  box: z.enum(["received", "sent", "overdue"]).catch("received"),
  status: z.enum(["pending", "approved", "rejected", "granted"]).optional().catch(undefined),
  page: pageInput,
});
