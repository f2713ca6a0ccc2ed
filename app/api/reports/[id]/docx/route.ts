import { z } from "zod";
import { getDb } from "@/db/client";
import { attachment } from "@/server/api/http";
import { handler } from "@/server/api/route-handler";
import { notFound } from "@/server/errors";
import { reportDocx } from "@/server/reports/docx";
import { getReport } from "@/server/reports/reports";

/** An issued 月度通报 as Word (.docx), from its snapshot; for those who may read the reports. */
export const GET = handler<{ id: string }>({ auth: "required" }, async ({ actor, params: { id } }) => {
  if (!z.uuid().safeParse(id).success) throw notFound("通报");
  const report = await getReport(await getDb(), actor, id);
  return attachment(`${report.numberLabel}-${report.title}.docx`, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", await reportDocx(report));
});
