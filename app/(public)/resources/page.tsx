import { api } from "@/server/api/server";
import { getActor } from "@/server/auth/session";
import type { SearchParams } from "@/server/validation";
import { ResourcesView } from "../_views/resources";

export { metadata } from "../_views/resources";

/** Signed in; anonymous visitors get the cached rendering (proxy.ts). */
export default async function ResourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [caller, actor, params] = await Promise.all([api(), getActor(), searchParams]);
  return <ResourcesView caller={caller} actor={actor} searchParams={params} />;
}
