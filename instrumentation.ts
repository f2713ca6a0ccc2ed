// Runs once when the server starts, before it answers requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logConsoleAsJson } = await import("./server/log");
  logConsoleAsJson();
  const { installClientAddress } = await import("./server/http/install-client-address");
  installClientAddress();
  const [{ cacheNamespace, publishCacheNamespace }, { getDb }] = await Promise.all([import("./server/cache/namespace"), import("./db/client")]);
  publishCacheNamespace(async () => cacheNamespace(await getDb()));
  const { prepareDatabase } = await import("./server/startup");
  await prepareDatabase();
  // Reminders, 督办, the daily digest and webhook messages: every instance ticks, each job runs once per tick.
  const [{ startScheduler }, { getAuthSecret }] = await Promise.all([import("./server/scheduler/scheduler"), import("./server/auth/secret")]);
  startScheduler(getDb, getAuthSecret);
}
