import { getDatabase } from "@/db/client";
import { handler } from "@/server/api/route-handler";
import { createBackup } from "@/server/backup/backup";

/** 「立即备份」: the running app dumps its embedded database (the one process that may open it) with the uploads. */
export const POST = handler({ auth: "required" }, async ({ actor }) => {
  const backup = await createBackup(await getDatabase(), actor);
  return Response.json(backup, { status: 201 });
});
