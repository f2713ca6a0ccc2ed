import { z } from "zod";
import { getDb } from "@/db/client";
import { readUpload } from "@/server/api/http";
import { handler } from "@/server/api/route-handler";
import { DomainError } from "@/server/errors";
import { MAX_IMPORT_BYTES, previewImport } from "@/server/resources/import";

/** The clerk's choices sent beside the file: a header as written → a template header ("" = 忽略). */
const choicesSchema = z.object({
  mapping: z.record(z.string().max(200), z.string().max(50)).optional(),
  defaults: z.record(z.string().max(50), z.string().max(50)).optional(),
  departmentId: z.uuid().optional(),
});

function choicesOf(form: FormData) {
  const field = (name: string) => {
    const value = form.get(name);
    if (typeof value !== "string" || value === "") return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw new DomainError("BAD_REQUEST", "列对应关系格式不正确，请重新上传");
    }
  };
  const departmentId = form.get("departmentId");
  const parsed = choicesSchema.safeParse({
    mapping: field("mapping"),
    defaults: field("defaults"),
    departmentId: typeof departmentId === "string" && departmentId !== "" ? departmentId : undefined,
  });
  if (!parsed.success) throw new DomainError("BAD_REQUEST", "列对应关系或默认值格式不正确，请重新上传");
  return parsed.data;
}

/**
 * Upload a spreadsheet, with the clerk's column mapping and defaults when they have chosen them;
 * answers with the mapping step or the per-row preview. Nothing reaches the catalogue yet.
 */
export const POST = handler({ auth: "required" }, async ({ request, actor }) => {
  const { fileName, bytes, form } = await readUpload(request, {
    missing: "请选择要导入的 .xlsx 或 .csv 文件",
    maxBytes: MAX_IMPORT_BYTES,
    tooLarge: "文件超过 10 MB，请拆分后分批导入",
  });
  return Response.json(await previewImport(await getDb(), actor, { fileName, bytes }, choicesOf(form)));
});
