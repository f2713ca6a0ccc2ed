import { Readable } from "node:stream";
import { getDb } from "@/db/client";
import { handler } from "@/server/api/route-handler";
import { openBackup } from "@/server/backup/backup";

/** Download a backup (系统管理员), streamed from the backups folder; its name is all ASCII. */
export const GET = handler<{ name: string }>({ auth: "required" }, async ({ actor, params: { name } }) => {
  const backup = await openBackup(await getDb(), actor, name);
  return new Response(Readable.toWeb(backup.body) as ReadableStream, {
    headers: {
      "Content-Type": "application/gzip",
      "Content-Length": String(backup.size),
      "Content-Disposition": `attachment; filename="${backup.name}"`,
      "Cache-Control": "no-store",
    },
  });
});
