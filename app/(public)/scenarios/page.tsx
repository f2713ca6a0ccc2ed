import { api } from "@/server/api/server";
import type { SearchParams } from "@/server/validation";
import { ScenariosView } from "../_views/scenarios";

export { metadata } from "../_views/scenarios";

/** Signed in; anonymous visitors get the cached rendering (proxy.ts). */
export default async function ScenariosPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <ScenariosView caller={await api()} searchParams={await searchParams} />;
}
