import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { AwardQuota, RubricCriterion } from "@/server/competition/schemas";
import { departments, people } from "./organisation";
import { scenarios } from "./scenarios";

export const competitionStatus = pgEnum("competition_status", ["draft", "running", "closed"]);
export const aggregationMethod = pgEnum("aggregation_method", ["mean", "trimmed_mean", "normalised"]);
export const stageKind = pgEnum("competition_stage_kind", ["registration", "review"]);
export const stageStatus = pgEnum("competition_stage_status", ["pending", "open", "closed"]);
export const entryStatus = pgEnum("competition_entry_status", ["submitted", "withdrawn"]);
export const attachmentKind = pgEnum("competition_attachment_kind", ["pdf", "pptx", "video_link"]);
export const judgeStatus = pgEnum("competition_judge_status", ["invited", "accepted", "declined"]);
export const conflictType = pgEnum("conflict_type", ["same_unit", "recent_collaboration", "relative", "other"]);
export const conflictDeclarer = pgEnum("conflict_declarer", ["judge", "entrant"]);
export const conflictStatus = pgEnum("conflict_status", ["declared", "confirmed", "dismissed"]);
export const sheetStatus = pgEnum("score_sheet_status", ["draft", "submitted", "reopened"]);
export const award = pgEnum("award", ["first", "second", "third", "merit"]);

/** 创新大赛: one edition (e.g. 2023), its tracks, how scores are combined and how many awards each track gets. */
export const competitions = pgTable("competitions", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  year: integer("year").notNull(),
  /** 赛道 names, in display order. */
  tracks: jsonb("tracks").$type<string[]>().notNull(),
  status: competitionStatus("status").notNull().default("draft"),
  aggregationMethod: aggregationMethod("aggregation_method").notNull().default("trimmed_mean"),
  awardQuota: jsonb("award_quota").$type<AwardQuota>().notNull(),
  resultsPublishedAt: timestamp("results_published_at", { withTimezone: true }),
  resultsPublishedBy: uuid("results_published_by").references(() => people.id),
  createdBy: uuid("created_by").references(() => people.id),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** 阶段: 报名 first, then the scored rounds (初赛网评, 复赛, 决赛路演) in order. */
export const competitionStages = pgTable(
  "competition_stages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    kind: stageKind("kind").notNull(),
    opensAt: timestamp("opens_at", { withTimezone: true }).notNull(),
    closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
    /** 评分细则; empty for 报名. */
    rubric: jsonb("rubric").$type<RubricCriterion[]>().notNull().default([]),
    judgesPerEntry: integer("judges_per_entry"),
    /** How many entries of each track go on to the next stage; null for 报名 and the last stage. */
    advancePerTrack: integer("advance_per_track"),
    status: stageStatus("status").notNull().default("pending"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("competition_stages_position_unique").on(t.competitionId, t.position),
    uniqueIndex("competition_stages_registration_unique").on(t.competitionId).where(sql`kind = 'registration'`),
  ],
);

/** 参赛作品: a published scenario of the entrant's department, entered in one track. */
export const competitionEntries = pgTable(
  "competition_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    track: text("track").notNull(),
    scenarioId: uuid("scenario_id")
      .notNull()
      .references(() => scenarios.id),
    /** The scenario's lead department, whose publishers may edit the entry. */
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id),
    team: text("team").notNull(),
    summary: text("summary").notNull(),
    status: entryStatus("status").notNull().default("submitted"),
    /** The furthest stage the entry was advanced to; null while it is only in the first scored stage. */
    advancedStageId: uuid("advanced_stage_id").references(() => competitionStages.id),
    submittedBy: uuid("submitted_by")
      .notNull()
      .references(() => people.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One live entry per scenario and competition; a withdrawn one can be entered again.
    uniqueIndex("competition_entries_scenario_unique").on(t.competitionId, t.scenarioId).where(sql`status <> 'withdrawn'`),
    index("competition_entries_department_idx").on(t.departmentId),
  ],
);

/** An entry's PDF or PPTX (kept in file storage under `storageKey`) or video link. */
export const competitionAttachments = pgTable(
  "competition_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => competitionEntries.id, { onDelete: "cascade" }),
    kind: attachmentKind("kind").notNull(),
    /** The uploaded file's name, or the video's title. */
    originalName: text("original_name").notNull(),
    /** Detected from the content, not taken from the browser. */
    mimeType: text("mime_type"),
    size: integer("size"),
    storageKey: text("storage_key"),
    url: text("url"),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => people.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("competition_attachments_entry_idx").on(t.entryId)],
);

/** 评委 of one competition: invited by organisers, accepted (or declined) by the judge. */
export const competitionJudges = pgTable(
  "competition_judges",
  {
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    status: judgeStatus("status").notNull().default("invited"),
    invitedBy: uuid("invited_by").references(() => people.id),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.competitionId, t.personId] }), index("competition_judges_person_idx").on(t.personId)],
);

/**
 * 利益冲突 declared by the judge or the entrant; only confirmed ones keep the judge off the entry. An entrant
 * does not see the panel before results are published, so they name a person or organisation and an
 * organiser matches it to a judge: until then (and when dismissed as matching nobody) there is no judge.
 */
export const competitionConflicts = pgTable(
  "competition_conflicts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => competitionEntries.id, { onDelete: "cascade" }),
    judgeId: uuid("judge_id").references(() => people.id),
    /** 姓名或单位 as the entrant wrote it; null on a judge's own declaration. */
    namedPerson: text("named_person"),
    type: conflictType("type").notNull(),
    declaredBy: conflictDeclarer("declared_by").notNull(),
    declaredByPerson: uuid("declared_by_person")
      .notNull()
      .references(() => people.id),
    note: text("note").notNull().default(""),
    status: conflictStatus("status").notNull().default("declared"),
    decidedBy: uuid("decided_by").references(() => people.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionNote: text("decision_note"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("competition_conflicts_pair_unique").on(t.entryId, t.judgeId).where(sql`status <> 'dismissed'`),
    index("competition_conflicts_competition_idx").on(t.competitionId, t.status),
    check("competition_conflicts_judge_or_named", sql`judge_id IS NOT NULL OR named_person IS NOT NULL`),
    check("competition_conflicts_confirmed_judge", sql`status <> 'confirmed' OR judge_id IS NOT NULL`),
  ],
);

/** Which judge scores which entry in a scored stage. */
export const competitionAssignments = pgTable(
  "competition_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    stageId: uuid("stage_id")
      .notNull()
      .references(() => competitionStages.id, { onDelete: "cascade" }),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => competitionEntries.id, { onDelete: "cascade" }),
    judgeId: uuid("judge_id")
      .notNull()
      .references(() => people.id),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("competition_assignments_unique").on(t.stageId, t.entryId, t.judgeId),
    index("competition_assignments_judge_idx").on(t.judgeId, t.stageId),
  ],
);

/** One judge's 评分 of one entry in one stage: raw marks and comments per criterion key. */
export const competitionScoreSheets = pgTable(
  "competition_score_sheets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    stageId: uuid("stage_id")
      .notNull()
      .references(() => competitionStages.id, { onDelete: "cascade" }),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => competitionEntries.id, { onDelete: "cascade" }),
    judgeId: uuid("judge_id")
      .notNull()
      .references(() => people.id),
    scores: jsonb("scores").$type<Record<string, number>>().notNull().default({}),
    comments: jsonb("comments").$type<Record<string, string>>().notNull().default({}),
    status: sheetStatus("status").notNull().default("draft"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("competition_score_sheets_unique").on(t.stageId, t.entryId, t.judgeId)],
);

/** The published result set: one row per awarded entry, with the score it was awarded on. */
export const competitionResults = pgTable(
  "competition_results",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    track: text("track").notNull(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => competitionEntries.id),
    award: award("award").notNull(),
    /** Place within the track: finalists by their final score first, then those out in earlier stages. */
    rank: integer("rank").notNull(),
    /** The stage whose score placed the entry, and that score. */
    stageId: uuid("stage_id")
      .notNull()
      .references(() => competitionStages.id),
    score: doublePrecision("score").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    // A second result set for the same competition cannot be written: every entry and place once.
    uniqueIndex("competition_results_entry_unique").on(t.competitionId, t.entryId),
    uniqueIndex("competition_results_rank_unique").on(t.competitionId, t.track, t.rank),
  ],
);

export type Competition = typeof competitions.$inferSelect;
export type CompetitionStage = typeof competitionStages.$inferSelect;
export type CompetitionEntry = typeof competitionEntries.$inferSelect;
export type CompetitionAttachment = typeof competitionAttachments.$inferSelect;
export type CompetitionConflict = typeof competitionConflicts.$inferSelect;
export type CompetitionScoreSheet = typeof competitionScoreSheets.$inferSelect;
export type CompetitionResult = typeof competitionResults.$inferSelect;
