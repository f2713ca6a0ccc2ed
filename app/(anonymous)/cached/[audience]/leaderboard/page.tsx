import { anonymousApi } from "@/server/api/server";
import { LeaderboardView } from "@/app/(public)/_views/leaderboard";

export { metadata } from "@/app/(public)/_views/leaderboard";
export const revalidate = 3600;

export default async function AnonymousLeaderboardPage() {
  return <LeaderboardView caller={await anonymousApi()} />;
}
