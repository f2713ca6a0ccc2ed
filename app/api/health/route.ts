import { getDatabase } from "@/db/client";
import { log } from "@/server/log";
import { migrationStatus } from "@/server/startup";

export const dynamic = "force-dynamic";

/** For a load balancer: 200 when the database answers and every migration is applied, 503 otherwise. */
export async function GET() {
  try {
    const handle = await getDatabase();
    const migrations = await migrationStatus(handle.db);
    const ok = migrations.applied >= migrations.expected;
    return Response.json(
      { status: ok ? "ok" : "migrations_pending", database: handle.engine, migrations },
      { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    log("error", "health check failed", { error });
    return Response.json({ status: "database_unreachable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
