import type { getCompetition } from "@/server/competition/competitions";

/** What competition.get returns: the competition, its stages and what this person may do. */
export type CompetitionDetail = Awaited<ReturnType<typeof getCompetition>>;
export type SearchParams = Record<string, string | undefined>;
