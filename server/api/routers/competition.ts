import { z } from "zod";
import { addVideoLink, removeAttachment } from "@/server/competition/attachments";
import { addStage, closeStage, createCompetition, getCompetition, listCompetitions, openStage, updateCompetition, updateStage } from "@/server/competition/competitions";
import { declarationsToMatch, declareConflict, decideConflict, listConflicts, matchConflict } from "@/server/competition/conflicts";
import { eligibleScenarios, enterCompetition, getEntry, listEntries, updateEntry, withdrawEntry } from "@/server/competition/entries";
import { inviteJudges, judgeCandidates, judgePanel, myInvitations, respondToInvitation } from "@/server/competition/invitations";
import { assignStage, stageAssignments, swapAssignment } from "@/server/competition/judge-assignment";
import { advanceStage, stageRanking } from "@/server/competition/ranking";
import { promoteWinners, publicResults, publishResults } from "@/server/competition/results";
import {
  addStageInput,
  competitionIdInput,
  conflictListInput,
  createCompetitionInput,
  declareConflictInput,
  decideConflictInput,
  enterInput,
  entryListInput,
  entryRefInput,
  inviteJudgesInput,
  matchConflictInput,
  promoteInput,
  publishInput,
  reopenSheetInput,
  respondInvitationInput,
  saveSheetInput,
  sheetRefInput,
  stageIdInput,
  stageRefInput,
  swapInput,
  updateCompetitionInput,
  updateEntryInput,
  updateStageInput,
  videoLinkInput,
} from "@/server/competition/schemas";
import { getSheet, myAssignments, reopenSheet, saveSheet } from "@/server/competition/scoring";
import { fileStorage } from "@/server/storage";
import { authedProcedure, createTRPCRouter, publicProcedure } from "../trpc";

const byId = z.object({ id: z.uuid() });

export const competitionRouter = createTRPCRouter({
  // Set-up and stages (organisers)
  list: publicProcedure.query(({ ctx }) => listCompetitions(ctx.db, ctx.actor)),
  get: publicProcedure.input(byId).query(({ ctx, input }) => getCompetition(ctx.db, ctx.actor, input.id)),
  create: authedProcedure.input(createCompetitionInput).mutation(({ ctx, input }) => createCompetition(ctx.db, ctx.actor, input)),
  update: authedProcedure.input(updateCompetitionInput).mutation(({ ctx, input }) => updateCompetition(ctx.db, ctx.actor, input)),
  addStage: authedProcedure.input(addStageInput).mutation(({ ctx, input }) => addStage(ctx.db, ctx.actor, input)),
  updateStage: authedProcedure.input(updateStageInput).mutation(({ ctx, input }) => updateStage(ctx.db, ctx.actor, input)),
  openStage: authedProcedure.input(stageRefInput).mutation(({ ctx, input }) => openStage(ctx.db, ctx.actor, input)),
  closeStage: authedProcedure.input(stageRefInput).mutation(({ ctx, input }) => closeStage(ctx.db, ctx.actor, input)),

  // Entries (publishers of the scenario's department)
  eligibleScenarios: authedProcedure.input(competitionIdInput).query(({ ctx, input }) => eligibleScenarios(ctx.db, ctx.actor, input.competitionId)),
  enter: authedProcedure.input(enterInput).mutation(({ ctx, input }) => enterCompetition(ctx.db, ctx.actor, input)),
  updateEntry: authedProcedure.input(updateEntryInput).mutation(({ ctx, input }) => updateEntry(ctx.db, ctx.actor, input)),
  withdrawEntry: authedProcedure.input(entryRefInput).mutation(({ ctx, input }) => withdrawEntry(ctx.db, ctx.actor, input)),
  entries: authedProcedure.input(entryListInput).query(({ ctx, input }) => listEntries(ctx.db, ctx.actor, input)),
  entry: authedProcedure.input(byId).query(({ ctx, input }) => getEntry(ctx.db, ctx.actor, input.id)),
  addVideoLink: authedProcedure.input(videoLinkInput).mutation(({ ctx, input }) => addVideoLink(ctx.db, ctx.actor, input)),
  removeAttachment: authedProcedure.input(byId).mutation(({ ctx, input }) => removeAttachment(ctx.db, ctx.actor, fileStorage(ctx.db), input.id)),

  // Judges and conflicts of interest
  judgePanel: authedProcedure.input(competitionIdInput).query(({ ctx, input }) => judgePanel(ctx.db, ctx.actor, input)),
  judgeCandidates: authedProcedure.input(competitionIdInput).query(({ ctx, input }) => judgeCandidates(ctx.db, ctx.actor, input)),
  inviteJudges: authedProcedure.input(inviteJudgesInput).mutation(({ ctx, input }) => inviteJudges(ctx.db, ctx.actor, input)),
  myInvitations: authedProcedure.query(({ ctx }) => myInvitations(ctx.db, ctx.actor)),
  respondToInvitation: authedProcedure.input(respondInvitationInput).mutation(({ ctx, input }) => respondToInvitation(ctx.db, ctx.actor, input)),
  declareConflict: authedProcedure.input(declareConflictInput).mutation(({ ctx, input }) => declareConflict(ctx.db, ctx.actor, input)),
  decideConflict: authedProcedure.input(decideConflictInput).mutation(({ ctx, input }) => decideConflict(ctx.db, ctx.actor, input)),
  matchConflict: authedProcedure.input(matchConflictInput).mutation(({ ctx, input }) => matchConflict(ctx.db, ctx.actor, input)),
  declarationsToMatch: authedProcedure.input(competitionIdInput).query(({ ctx, input }) => declarationsToMatch(ctx.db, ctx.actor, input)),
  conflicts: authedProcedure.input(conflictListInput).query(({ ctx, input }) => listConflicts(ctx.db, ctx.actor, input)),
  assign: authedProcedure.input(stageIdInput).mutation(({ ctx, input }) => assignStage(ctx.db, ctx.actor, input.stageId)),
  swapJudge: authedProcedure.input(swapInput).mutation(({ ctx, input }) => swapAssignment(ctx.db, ctx.actor, input)),
  assignments: authedProcedure.input(stageIdInput).query(({ ctx, input }) => stageAssignments(ctx.db, ctx.actor, input.stageId)),

  // Scoring (judges, on their assigned entries only)
  myAssignments: authedProcedure.query(({ ctx }) => myAssignments(ctx.db, ctx.actor)),
  sheet: authedProcedure.input(sheetRefInput).query(({ ctx, input }) => getSheet(ctx.db, ctx.actor, input)),
  saveSheet: authedProcedure.input(saveSheetInput).mutation(({ ctx, input }) => saveSheet(ctx.db, ctx.actor, input)),
  reopenSheet: authedProcedure.input(reopenSheetInput).mutation(({ ctx, input }) => reopenSheet(ctx.db, ctx.actor, input)),

  // Rankings, advancement and results
  ranking: authedProcedure.input(stageIdInput).query(({ ctx, input }) => stageRanking(ctx.db, ctx.actor, input.stageId)),
  advance: authedProcedure.input(stageIdInput).mutation(({ ctx, input }) => advanceStage(ctx.db, ctx.actor, input.stageId)),
  publish: authedProcedure.input(publishInput).mutation(({ ctx, input }) => publishResults(ctx.db, ctx.actor, input)),
  promote: authedProcedure.input(promoteInput).mutation(({ ctx, input }) => promoteWinners(ctx.db, ctx.actor, input)),
  results: publicProcedure.input(byId).query(({ ctx, input }) => publicResults(ctx.db, ctx.actor, input.id)),
});
