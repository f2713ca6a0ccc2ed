import { getDb } from "@/db/client";
import { readUpload } from "@/server/api/http";
import { handler } from "@/server/api/route-handler";
import { MAX_IMPORT_BYTES, previewImport } from "@/server/resources/import";

/** Upload a spreadsheet; answers with the per-row preview. Nothing reaches the catalogue yet. */
export const POST = handler({ auth: "required" }, async ({ request, actor }) => {
  const { fileName, bytes } = await readUpload(request, {
    missing: "请选择要导入的 .xlsx 或 .csv 文件",
    maxBytes: MAX_IMPORT_BYTES,
    tooLarge: "文件超过 10 MB，请拆分后分批导入",
  });
  return Response.json(await previewImport(await getDb(), actor, { fileName, bytes }));
});
