import { and, asc, count, eq, gt, isNull, lt, min, ne, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Db } from "@/db/client";
import { DEPARTMENT, NOW, PERSON, prepared } from "@/db/prepared";
import {
  accessRequests,
  competitionAssignments,
  competitionConflicts,
  competitionJudges,
  competitions,
  competitionScoreSheets,
  competitionStages,
  noProofCases,
  noProofCaseVersions,
  noProofFeedback,
  noProofPlaces,
  noProofPlaceVersions,
  resources,
  resourceVersions,
  scenarioAdoptions,
  scenarios,
  scenarioVersions,
} from "@/db/schema";
import { can, type Actor } from "@/server/auth/permissions";
import { sheetOfAssignment } from "@/server/competition/records";
import { unreadNotificationsQuery } from "@/server/notifications/centre";
import { REVIEW_KINDS, REVIEW_PATHS, type ReviewKind } from "@/server/versioning/review-kinds";

/** The kinds of work a person can be waiting on. */
export type TodoKind =
  | "access.answer"
  | "access.read"
  | "access.overdue"
  | "adoption.confirm"
  | `returned.${ReviewKind}`
  | `review.${ReviewKind}`
  | "feedback.answer"
  | "judging.invitation"
  | "judging.sheets"
  | "competition.conflicts"
  | "competition.stage";

export interface Todo {
  /** Unique in one person's list (a kind may appear once per competition or stage). */
  key: string;
  kind: TodoKind;
  /** What to do, with the count: 「2 条申请待答复（1 条已逾期）」. */
  label: string;
  count: number;
  /** How many of them are past their deadline. */
  overdue: number;
  /** How many were escalated (督办) and are still waiting. */
  escalated: number;
  /** Since when the oldest of them has waited. */
  oldestAt: Date | null;
  /** The nearest deadline among them. */
  dueAt: Date | null;
  /** The scoring window, for score sheets. */
  window: { opensAt: Date; closesAt: Date } | null;
  /** Where the work is done. */
  href: string;
  /** The navigation item whose count this adds to (null: only on 工作台). */
  nav: string | null;
  /** The items themselves, when there are few and each is handled on its own page. */
  items: { name: string; href: string }[];
}

const todo = (t: Pick<Todo, "key" | "kind" | "label" | "count" | "href" | "nav"> & Partial<Todo>): Todo => ({
  overdue: 0,
  escalated: 0,
  oldestAt: null,
  dueAt: null,
  window: null,
  items: [],
  ...t,
});

const noun: Record<ReviewKind, string> = { resource: "资源", scenario: "场景", noProof: "无证明场景", place: "亮证场所" };
const ownNav: Record<ReviewKind, string | null> = { resource: null, scenario: "/console/scenarios", noProof: "/console/no-proof", place: "/console/no-proof" };
/** How many returned entries 工作台 names one by one. */
const NAMED_ITEMS = 5;

/** 「（1 条已逾期，1 条督办）」, or nothing when neither. */
function remark(overdue: number, escalated: number, unit: string) {
  const parts = [overdue && `${overdue} ${unit}已逾期`, escalated && `${escalated} ${unit}督办`].filter(Boolean);
  return parts.length ? `（${parts.join("，")}）` : "";
}

/**
 * One kind of to-do as part of the single statement that reads them all: whom it is for, a query
 * whose rows are each one JSON value (timestamps arrive as ISO strings), and how those rows become
 * to-dos. Queries name the person, their department and the time by shared placeholders, so that
 * one prepared statement serves everybody with the same kinds (db/prepared.ts).
 */
interface Source<Row> {
  appliesTo(actor: Actor): boolean;
  query(db: Db): SQLWrapper;
  read(rows: Row[]): Todo[];
}
const source = <Row>(s: Source<Row>): Source<unknown> => s as Source<unknown>;
/** A kind read as one counted row: one to-do when there is any. */
const counted = <Row extends { n: number }>(s: Omit<Source<Row>, "read"> & { make(row: Row): Todo }) =>
  source<Row>({ appliesTo: s.appliesTo, query: s.query, read: ([row]) => (row?.n ? [s.make(row)] : []) });

/** `json_build_object('key', value, …)`: a row as one JSON value, so that any number of rows fits in one column. */
function jsonRow(fields: Record<string, SQLWrapper>): SQL {
  return sql`json_build_object(${sql.join(
    Object.entries(fields).map(([key, value]) => sql`${sql.raw(`'${key}'`)}, ${value}`),
    sql`, `,
  )})`;
}

type Stamp = string | null;
const date = (stamp: Stamp) => (stamp === null ? null : new Date(stamp));

/** Requests to the actor's department waiting for its answer. */
const requestsToAnswer = counted<{ n: number; overdue: number; escalated: number; oldestAt: Stamp; dueAt: Stamp }>({
  appliesTo: (actor) => can.decideAccess(actor, actor.departmentId),
  query: (db) =>
    db
      .select({
        row: jsonRow({
          n: count(),
          overdue: sql`count(*) filter (where ${accessRequests.dueAt} < ${NOW})::int`,
          escalated: sql`count(*) filter (where ${accessRequests.escalatedAt} is not null)::int`,
          oldestAt: min(accessRequests.createdAt),
          dueAt: min(accessRequests.dueAt),
        }),
      })
      .from(accessRequests)
      .where(and(eq(accessRequests.ownerDepartmentId, DEPARTMENT), eq(accessRequests.status, "pending"))),
  make: (row) =>
    todo({
      key: "access.answer",
      kind: "access.answer",
      label: `${row.n} 条申请待答复${remark(row.overdue, row.escalated, "条")}`,
      count: row.n,
      overdue: row.overdue,
      escalated: row.escalated,
      oldestAt: date(row.oldestAt),
      dueAt: date(row.dueAt),
      href: "/console/requests?box=received&status=pending",
      nav: "/console/requests",
    }),
});

/** Answers to the actor's department's requests that nobody there has read yet. */
const answersToRead = counted<{ n: number; oldestAt: Stamp }>({
  appliesTo: (actor) => can.requestAccess(actor),
  query: (db) =>
    db
      .select({ row: jsonRow({ n: count(), oldestAt: min(accessRequests.decidedAt) }) })
      .from(accessRequests)
      .where(and(eq(accessRequests.requesterDepartmentId, DEPARTMENT), ne(accessRequests.status, "pending"), isNull(accessRequests.requesterReadAt))),
  make: (row) =>
    todo({
      key: "access.read",
      kind: "access.read",
      label: `${row.n} 条申请已有答复待查看`,
      count: row.n,
      oldestAt: date(row.oldestAt),
      href: "/console/requests?box=sent",
      nav: "/console/requests",
    }),
});

/** For reviewers, who supervise every department's replies: requests past their deadline citywide. */
const overdueCitywide = counted<{ n: number; escalated: number; oldestAt: Stamp; dueAt: Stamp }>({
  appliesTo: (actor) => can.superviseAccess(actor),
  query: (db) =>
    db
      .select({
        row: jsonRow({
          n: count(),
          escalated: sql`count(*) filter (where ${accessRequests.escalatedAt} is not null)::int`,
          oldestAt: min(accessRequests.createdAt),
          dueAt: min(accessRequests.dueAt),
        }),
      })
      .from(accessRequests)
      .where(and(eq(accessRequests.status, "pending"), lt(accessRequests.dueAt, NOW))),
  make: (row) =>
    todo({
      key: "access.overdue",
      kind: "access.overdue",
      label: `全市 ${row.n} 条申请逾期未答复${row.escalated ? `（${row.escalated} 条已督办）` : ""}`,
      count: row.n,
      overdue: row.n,
      escalated: row.escalated,
      oldestAt: date(row.oldestAt),
      dueAt: date(row.dueAt),
      href: "/console/requests?box=overdue",
      nav: "/console/requests",
    }),
});

/** Reuse other departments recorded of the scenarios the actor's department leads. */
const adoptionsToConfirm = counted<{ n: number; oldestAt: Stamp }>({
  appliesTo: (actor) => can.editScenario(actor, actor.departmentId),
  query: (db) =>
    db
      .select({ row: jsonRow({ n: count(), oldestAt: min(scenarioAdoptions.createdAt) }) })
      .from(scenarioAdoptions)
      .innerJoin(scenarios, eq(scenarios.id, scenarioAdoptions.scenarioId))
      .where(and(eq(scenarioAdoptions.status, "pending"), eq(scenarios.departmentId, DEPARTMENT))),
  make: (row) =>
    todo({
      key: "adoption.confirm",
      kind: "adoption.confirm",
      label: `${row.n} 项复用待确认`,
      count: row.n,
      oldestAt: date(row.oldestAt),
      href: "/console/scenarios",
      nav: "/console/scenarios",
    }),
});

const LIFECYCLE_TABLES = {
  resource: { entries: resources, versions: resourceVersions },
  scenario: { entries: scenarios, versions: scenarioVersions },
  noProof: { entries: noProofCases, versions: noProofCaseVersions },
  place: { entries: noProofPlaces, versions: noProofPlaceVersions },
} as const;

/** The department's entries of one kind that a reviewer sent back for changes, oldest first. */
function returnedEntries(kind: ReviewKind) {
  const { entries, versions } = LIFECYCLE_TABLES[kind] as (typeof LIFECYCLE_TABLES)["resource"];
  return source<{ id: string; name: string; returnedAt: Stamp; total: number }>({
    appliesTo: (actor) => can.editResource(actor, actor.departmentId),
    query: (db) =>
      db
        .select({ row: jsonRow({ id: entries.id, name: entries.name, returnedAt: versions.reviewedAt, total: sql`(count(*) over ())::int` }) })
        .from(entries)
        .innerJoin(versions, eq(versions.id, entries.workingVersionId))
        .where(and(eq(entries.departmentId, DEPARTMENT), eq(versions.status, "returned")))
        .orderBy(asc(versions.reviewedAt), asc(entries.id))
        .limit(NAMED_ITEMS),
    read: (rows) => {
      const first = rows[0];
      if (!first) return [];
      return [
        todo({
          key: `returned.${kind}`,
          kind: `returned.${kind}`,
          label: `${first.total} 项${noun[kind]}被退回待修改`,
          count: first.total,
          oldestAt: date(first.returnedAt),
          href: REVIEW_PATHS[kind].entry(first.id),
          nav: ownNav[kind],
          items: rows.map((r) => ({ name: r.name, href: REVIEW_PATHS[kind].entry(r.id) })),
        }),
      ];
    },
  });
}

/** For reviewers: each review queue, with how long its oldest item has waited. */
function reviewQueue(kind: ReviewKind) {
  const { versions } = LIFECYCLE_TABLES[kind] as (typeof LIFECYCLE_TABLES)["resource"];
  return counted<{ n: number; oldestAt: Stamp }>({
    appliesTo: (actor) => can.reviewResources(actor),
    query: (db) => db.select({ row: jsonRow({ n: count(), oldestAt: min(versions.submittedAt) }) }).from(versions).where(eq(versions.status, "submitted")),
    make: (row) =>
      todo({
        key: `review.${kind}`,
        kind: `review.${kind}`,
        label: `${row.n} 项${noun[kind]}待审核`,
        count: row.n,
        oldestAt: date(row.oldestAt),
        href: REVIEW_PATHS[kind].queue,
        nav: "/console/review",
      }),
  });
}

/** Citizens' reports about the department's use cases that have no answer yet. */
const feedbackToAnswer = counted<{ n: number; oldestAt: Stamp }>({
  appliesTo: (actor) => can.handleFeedback(actor, actor.departmentId),
  query: (db) =>
    db
      .select({ row: jsonRow({ n: count(), oldestAt: min(noProofFeedback.createdAt) }) })
      .from(noProofFeedback)
      .innerJoin(noProofCases, eq(noProofCases.id, noProofFeedback.caseId))
      .where(and(eq(noProofCases.departmentId, DEPARTMENT), eq(noProofFeedback.status, "open"))),
  make: (row) =>
    todo({
      key: "feedback.answer",
      kind: "feedback.answer",
      label: `${row.n} 条公众反映待答复`,
      count: row.n,
      oldestAt: date(row.oldestAt),
      href: "/console/no-proof/feedback?status=open",
      nav: "/console/no-proof",
    }),
});

/** A judge's invitations not yet accepted or declined. */
const invitationsToAnswer = counted<{ n: number; oldestAt: Stamp }>({
  appliesTo: (actor) => can.scoreEntries(actor),
  query: (db) =>
    db
      .select({ row: jsonRow({ n: count(), oldestAt: min(competitionJudges.invitedAt) }) })
      .from(competitionJudges)
      .where(and(eq(competitionJudges.personId, PERSON), eq(competitionJudges.status, "invited"))),
  make: (row) =>
    todo({
      key: "judging.invitation",
      kind: "judging.invitation",
      label: `${row.n} 个评审邀请待答复`,
      count: row.n,
      oldestAt: date(row.oldestAt),
      href: "/console/judging",
      nav: "/console/judging",
    }),
});

/** A judge's sheets not yet submitted, per stage still open for scoring, with its window. */
const sheetsToScore = source<{ stageId: string; stageName: string; competitionName: string; opensAt: string; closesAt: string; n: number }>({
  appliesTo: (actor) => can.scoreEntries(actor),
  query: (db) =>
    db
      .select({
        row: jsonRow({
          stageId: competitionStages.id,
          stageName: competitionStages.name,
          competitionName: competitions.name,
          opensAt: competitionStages.opensAt,
          closesAt: competitionStages.closesAt,
          n: count(),
        }),
      })
      .from(competitionAssignments)
      .innerJoin(competitionStages, eq(competitionStages.id, competitionAssignments.stageId))
      .innerJoin(competitions, eq(competitions.id, competitionStages.competitionId))
      .leftJoin(competitionScoreSheets, sheetOfAssignment)
      .where(
        and(
          eq(competitionAssignments.judgeId, PERSON),
          eq(competitionStages.status, "open"),
          gt(competitionStages.closesAt, NOW),
          or(isNull(competitionScoreSheets.id), ne(competitionScoreSheets.status, "submitted")),
        ),
      )
      .groupBy(competitionStages.id, competitions.name)
      .orderBy(asc(competitionStages.closesAt)),
  read: (rows) =>
    rows.map((r) => {
      const window = { opensAt: new Date(r.opensAt), closesAt: new Date(r.closesAt) };
      return todo({
        key: `judging.sheets.${r.stageId}`,
        kind: "judging.sheets",
        label: `${r.competitionName} · ${r.stageName}：${r.n} 份评分待提交`,
        count: r.n,
        dueAt: window.closesAt,
        window,
        href: "/console/judging",
        nav: "/console/judging",
      });
    }),
});

/** Conflict-of-interest declarations an organiser has not ruled on, per competition. */
const conflictsToRule = source<{ id: string; name: string; n: number; oldestAt: Stamp }>({
  appliesTo: (actor) => can.manageCompetitions(actor),
  query: (db) =>
    db
      .select({ row: jsonRow({ id: competitions.id, name: competitions.name, n: count(), oldestAt: min(competitionConflicts.createdAt) }) })
      .from(competitionConflicts)
      .innerJoin(competitions, eq(competitions.id, competitionConflicts.competitionId))
      .where(eq(competitionConflicts.status, "declared"))
      .groupBy(competitions.id)
      .orderBy(asc(min(competitionConflicts.createdAt))),
  read: (rows) =>
    rows.map((r) =>
      todo({
        key: `competition.conflicts.${r.id}`,
        kind: "competition.conflicts",
        label: `${r.name}：${r.n} 项利益冲突申报待裁定`,
        count: r.n,
        oldestAt: date(r.oldestAt),
        href: `/console/competitions/${r.id}#conflicts`,
        nav: "/console/competitions",
      }),
    ),
});

/** Stages still open past their closing time: an organiser ends them (nothing ends by itself). */
const stagesToClose = source<{ id: string; name: string; closesAt: string; competitionId: string; competitionName: string }>({
  appliesTo: (actor) => can.manageCompetitions(actor),
  query: (db) =>
    db
      .select({
        row: jsonRow({
          id: competitionStages.id,
          name: competitionStages.name,
          closesAt: competitionStages.closesAt,
          competitionId: competitions.id,
          competitionName: competitions.name,
        }),
      })
      .from(competitionStages)
      .innerJoin(competitions, eq(competitions.id, competitionStages.competitionId))
      .where(and(eq(competitionStages.status, "open"), lt(competitionStages.closesAt, NOW)))
      .orderBy(asc(competitionStages.closesAt)),
  read: (rows) =>
    rows.map((r) =>
      todo({
        key: `competition.stage.${r.id}`,
        kind: "competition.stage",
        label: `${r.competitionName} · ${r.name}：已到结束时间，待结束阶段`,
        count: 1,
        overdue: 1,
        dueAt: new Date(r.closesAt),
        href: `/console/competitions/${r.competitionId}#stages`,
        nav: "/console/competitions",
      }),
    ),
});

/** Overdue work first, then by the nearest deadline, then by what has waited longest. */
function byUrgency(a: Todo, b: Todo) {
  const time = (d: Date | null) => d?.getTime() ?? Number.POSITIVE_INFINITY;
  return Number(b.overdue > 0) - Number(a.overdue > 0) || time(a.dueAt) - time(b.dueAt) || time(a.oldestAt) - time(b.oldestAt);
}

/**
 * 待办: what needs this person's action now, by their roles and department, overdue first. Every
 * rule is a permission of `can`, so a person sees only work they are allowed to do; the navigation's
 * counts come from this same list. Beside it, how many of their notifications are unread: the
 * console header shows both on every page, read in one statement (a round trip costs a page more
 * than either count).
 */
export async function workFor(db: Db, actor: Actor, now = new Date()): Promise<{ todos: Todo[]; unreadNotifications: number }> {
  const kinds = SOURCES.flatMap((s, i) => (s.appliesTo(actor) ? [i] : []));
  const [result] = await statementFor(db, kinds).execute({ personId: actor.id, departmentId: actor.departmentId, now: now.toISOString() });
  return {
    todos: kinds.flatMap((k, i) => SOURCES[k]!.read(result!.lists[i]!)).sort(byUrgency),
    unreadNotifications: result!.unreadNotifications,
  };
}

const SOURCES = [
  requestsToAnswer,
  answersToRead,
  overdueCitywide,
  adoptionsToConfirm,
  ...REVIEW_KINDS.map(returnedEntries),
  ...REVIEW_KINDS.map(reviewQueue),
  feedbackToAnswer,
  invitationsToAnswer,
  sheetsToScore,
  conflictsToRule,
  stagesToClose,
];

/**
 * One statement rather than one per kind: the header reads these on every console page, and a
 * round trip each (up to 15) cost more than the counting itself. Prepared once per set of kinds
 * (people of the same roles share it), with the unread notifications' count beside them.
 */
function statementFor(db: Db, kinds: number[]) {
  return prepared(db, `todos_${kinds.join("_")}`, (name) => {
    const lists = kinds.map((k) => sql`coalesce((select json_agg(x.j) from (${SOURCES[k]!.query(db)}) as x(j)), '[]'::json)`);
    return db
      .select({
        lists: sql<unknown[][]>`json_build_array(${sql.join(lists, sql`, `)})`,
        unreadNotifications: sql<number>`(${unreadNotificationsQuery(db)})::int`.mapWith(Number),
      })
      .from(sql`(values (1)) as one (x)`)
      .prepare(name);
  });
}

/** The navigation's counts: each item's to-dos added up, by the item's href. */
export function navigationCounts(todos: readonly Todo[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of todos) if (t.nav) counts[t.nav] = (counts[t.nav] ?? 0) + t.count;
  return counts;
}
