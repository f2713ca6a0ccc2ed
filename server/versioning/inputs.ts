import { z } from "@/server/validation";

/** An entry as the caller last saw it: its id and version (optimistic locking). */
export const entryRefInput = z.object({ id: z.uuid(), version: z.number().int().positive() });

/** 批量通过 in a review queue, for any of the three kinds. */
export const batchApproveInput = z.object({
  items: z.array(entryRefInput).min(1, "请至少选择一项").max(200, "一次最多批量通过 200 项"),
});
