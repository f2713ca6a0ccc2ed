import { pageInput } from "@/server/pagination";
import { requiredText, z } from "@/server/validation";

export const notificationListInput = z.object({
  show: z.enum(["unread", "all"]).catch("all").default("all"),
  page: pageInput,
});

export const webhookUrl = z
  .string()
  .trim()
  .min(1, "请填写推送地址")
  .max(2000, "推送地址不能超过 2000 个字符");

export const registerWebhookInput = z.object({
  departmentId: z.uuid(),
  name: requiredText("名称", 50),
  url: webhookUrl,
});

export const webhookRefInput = z.object({ id: z.uuid(), version: z.number().int().positive() });

export const setWebhookActiveInput = webhookRefInput.extend({ active: z.boolean() });

export const deliveryLogInput = z.object({ webhookId: z.uuid(), page: pageInput });
