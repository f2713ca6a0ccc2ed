import { getDb } from "@/db/client";
import { hasDemoData } from "@/server/demo/demo";

/**
 * Public pages say plainly when what they show is generated demo data, not an official list.
 * Reads no request data, so cached citizen pages can show it too.
 */
export async function DemoDataNotice() {
  if (!(await hasDemoData(await getDb()))) return null;
  return (
    <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <strong className="mr-1 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold">示例数据</strong>
      本页内容为演示用的示例数据，由模板生成，不是政府部门发布的正式清单。
    </p>
  );
}
