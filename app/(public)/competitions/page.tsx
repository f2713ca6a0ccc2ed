import { api } from "@/server/api/server";
import { CompetitionsView } from "../_views/competitions";

export { metadata } from "../_views/competitions";

/** Signed in; anonymous visitors get the cached rendering (proxy.ts). */
export default async function CompetitionsPage() {
  return <CompetitionsView caller={await api()} />;
}
