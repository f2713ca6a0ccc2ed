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
}
