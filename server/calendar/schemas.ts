import { optionalText, requiredText, z } from "@/server/validation";

/** Said beside a deadline counted without its year's 放假安排. */
export const PROVISIONAL_DEADLINE = "次年放假安排未发布，按周一至周五计算";

const year = z.coerce
  .number({ error: "请填写年份" })
  .int("年份须为整数")
  .min(2000, "年份须在 2000 至 2100 之间")
  .max(2100, "年份须在 2000 至 2100 之间");

/** The State Council's 放假和调休 notice, pasted as published. */
export const enterNoticeInput = z.object({
  year,
  notice: requiredText("通知文号", 100),
  text: requiredText("通知正文", 5000),
  /** The year's version when shown, to correct an entered year; absent for a new one. */
  version: z.number().int().positive().optional(),
});

/** A year file in the holiday-cn format (2027.json), read in the browser and sent as text. */
export const importYearFileInput = z.object({
  text: requiredText("文件内容", 200_000),
  notice: optionalText("通知文号", 100),
  version: z.number().int().positive().optional(),
});

export const yearInput = z.object({ year });

/** 「答复期限试算」: when a request filed at this moment would be due. */
export const deadlineInput = z.object({
  filedOn: z.iso.date({ error: "请选择有效的申请日期" }),
});
