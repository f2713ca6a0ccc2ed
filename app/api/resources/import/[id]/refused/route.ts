import { z } from "zod";
import { getDb } from "@/db/client";
import { attachment } from "@/server/api/http";
import { handler } from "@/server/api/route-handler";
import { notFound } from "@/server/errors";
import { refusedRowsXlsx } from "@/server/resources/import";

/** The rows an import refused, with the reason beside each, as .xlsx to fix and import again. */
export const GET = handler<{ id: string }>({ auth: "required" }, async ({ actor, params }) => {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) throw notFound("导入记录");
  const { fileName, bytes } = await refusedRowsXlsx(await getDb(), actor, id.data);
  return attachment(fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
});
