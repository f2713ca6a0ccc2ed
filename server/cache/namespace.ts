import { deploymentIdentity } from "@/db/schema";
import type { Db } from "@/db/client";

/** The id cached pages of this database are stored under (see deployment_identity). */
export async function cacheNamespace(db: Db): Promise<string> {
  const [row] = await db.select({ namespace: deploymentIdentity.cacheNamespace }).from(deploymentIdentity).limit(1);
  if (!row) throw new Error("deployment_identity has no row: migrations have not run");
  return row.namespace;
}

/**
 * Hands the page cache handler (a plain module Next loads itself, outside the app's bundle) a way to
 * learn the namespace. It is read once the database answers and then kept: a restore, which
 * changes it, is followed by a restart (docs/backup.md).
 */
export function publishCacheNamespace(read: () => Promise<string>): void {
  let known: Promise<string> | undefined;
  (globalThis as { __cityCacheNamespace?: () => Promise<string> }).__cityCacheNamespace = () => {
    known ??= read().catch((error: unknown) => {
      known = undefined;
      throw error;
    });
    return known;
  };
}
