import { z } from "zod";
import type { Db } from "@/db/client";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { findLookalikes } from "./lookup";
import type { LikelyDuplicate } from "./schemas";

export const lookalikesInput = z.object({
  entryType: z.enum(["resource", "scenario"]),
  name: z.string().trim().max(100),
  summary: z.string().max(3000).default(""),
  kind: z.string().max(30).default(""),
  /** The resources a scenario uses. */
  parts: z.array(z.uuid()).max(50).default([]),
  /** The entry being edited, which is not its own duplicate. */
  excludeId: z.uuid().optional(),
});

/**
 * 「已有同类」 while a publisher types: the lookalikes of what the form holds now, compared as the
 * actor's department registering it. Reviewers may ask too (the checklist shows the same list).
 */
export async function lookalikesWhileTyping(db: Db, actor: Actor, input: z.output<typeof lookalikesInput>): Promise<LikelyDuplicate[]> {
  authorize(can.registerResources(actor) || can.reviewResources(actor), "只有发布员和审核员可以查看已有同类");
  if ([...input.name].length < 2) return [];
  return findLookalikes(
    db,
    input.entryType,
    { name: input.name, summary: input.summary, kind: input.kind, parts: input.entryType === "scenario" ? input.parts : [] },
    { excludeIds: input.excludeId ? [input.excludeId] : [], departmentId: actor.departmentId },
  );
}
