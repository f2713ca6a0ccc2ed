import { attachment } from "@/server/api/http";
import { templateXlsx } from "@/server/resources/spreadsheet";

export const dynamic = "force-static";

/** The import template: the columns, allowed values as dropdowns, and a sheet of instructions. */
export async function GET() {
  return attachment("资源批量导入模板.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", await templateXlsx());
}
