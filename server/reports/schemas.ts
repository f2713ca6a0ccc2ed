import { z } from "@/server/validation";

export const monthInput = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "请选择月份，例如 2026-11") });
export const reportIdInput = z.object({ id: z.string().uuid("通报编号无效") });
