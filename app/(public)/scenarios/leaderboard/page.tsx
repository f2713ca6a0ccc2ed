import { api } from "@/server/api/server";
import { LeaderboardView } from "../../_views/leaderboard";

export { metadata } from "../../_views/leaderboard";

/** Signed in; anonymous visitors get the cached rendering (proxy.ts). */
export default async function LeaderboardPage() {
  return <LeaderboardView caller={await api()} />;
}
