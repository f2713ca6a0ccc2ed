import { getDatabase } from "@/db/client";
import { log } from "@/server/log";
import { migrationStatus, rootCause } from "@/server/startup";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store" };

/**
 * For a load balancer: 200 when the database answers and every migration is applied; otherwise 503
 * with `status: "unavailable"` and the reason, a code rather than the error, which stays in the logs.
 */
export async function GET() {
  try {
    const handle = await getDatabase();
    const migrations = await migrationStatus(handle.db);
    if (migrations.applied < migrations.expected)
      return Response.json({ status: "unavailable", reason: "migrations_pending", database: handle.engine, migrations }, { status: 503, headers });
    return Response.json({ status: "ok", database: handle.engine, migrations }, { headers });
  } catch (error) {
    log("error", "health check failed", { error: rootCause(error) });
    return Response.json({ status: "unavailable", reason: "database_unreachable" }, { status: 503, headers });
  }
}
