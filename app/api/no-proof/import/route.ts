import { getDb } from "@/db/client";
import { readUpload } from "@/server/api/http";
import { handler } from "@/server/api/route-handler";
import { importCases, MAX_NOPROOF_IMPORT_BYTES } from "@/server/no-proof/import-export";

/** Upload the department's no-proof sheet: checked row by row; saved only with commit=1. */
export const POST = handler({ auth: "required" }, async ({ request, actor }) => {
  const { fileName, bytes, form } = await readUpload(request, {
    missing: "请选择要导入的 .xlsx 或 .csv 文件",
    maxBytes: MAX_NOPROOF_IMPORT_BYTES,
    tooLarge: "文件超过 5 MB，请拆分后分批导入",
  });
  const options = { commit: form.get("commit") === "1", submit: form.get("submit") === "1" };
  return Response.json(await importCases(await getDb(), actor, { fileName, bytes }, options));
});
