import { z } from "zod";
import { getDb } from "@/db/client";
import { attachment } from "@/server/api/http";
import { handler } from "@/server/api/route-handler";
import { notFound } from "@/server/errors";
import { reformSheetDocx } from "@/server/reform/docx";
import { getReformSheet } from "@/server/reform/sheet";

/** 改革清单、流程图与对比表 as .docx: a published scenario's for everyone, a draft's for its department and reviewers. */
export const GET = handler<{ id: string }>({ auth: "optional" }, async ({ actor, params: { id } }) => {
  if (!z.uuid().safeParse(id).success) throw notFound("场景");
  const view = await getReformSheet(await getDb(), actor, id);
  return attachment(`${view.name}改革清单.docx`, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", await reformSheetDocx(view));
});
