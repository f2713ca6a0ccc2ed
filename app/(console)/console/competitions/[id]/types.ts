import type { getCompetition } from "@/server/competition/competitions";
import type { declarationsToMatch, listConflicts } from "@/server/competition/conflicts";
import type { listEntries } from "@/server/competition/entries";
import type { judgeCandidates, judgePanel } from "@/server/competition/invitations";
import type { stageAssignments } from "@/server/competition/judge-assignment";
import type { stageRanking } from "@/server/competition/ranking";

/** What competition.get returns: the competition, its stages and what this person may do. */
export type CompetitionDetail = Awaited<ReturnType<typeof getCompetition>>;
export type Stage = CompetitionDetail["stages"][number];
export type SearchParams = Record<string, string | undefined>;

/** What the organiser's cards show, as the procedures they come from return it. */
export type EntryPage = Awaited<ReturnType<typeof listEntries>>;
export type JudgePanel = Awaited<ReturnType<typeof judgePanel>>;
export type JudgeCandidates = Awaited<ReturnType<typeof judgeCandidates>>;
export type Conflicts = Awaited<ReturnType<typeof listConflicts>>;
export type DeclarationsToMatch = Awaited<ReturnType<typeof declarationsToMatch>>;
export type StageAssignments = Awaited<ReturnType<typeof stageAssignments>>;
export type StageRanking = Awaited<ReturnType<typeof stageRanking>>;
