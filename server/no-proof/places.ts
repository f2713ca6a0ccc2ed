import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { departments, noProofPlaces, noProofPlaceVersions, type NoProofPlace, type NoProofPlaceVersion } from "@/db/schema";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, isUniqueViolation, notFound } from "@/server/errors";
import { versionedLifecycle } from "@/server/versioning/lifecycle";
import { submittedVersions } from "@/server/versioning/queue";
import { REVIEW_PATHS } from "@/server/versioning/review-kinds";
import { placeChecklist } from "./checklist";
import { DISTRICT_CODE_PATTERN, PLACE_KINDS, type createPlaceInput, type PlaceContent, type updatePlaceInput } from "./schemas";

const LABELS: [keyof PlaceContent, string][] = [
  ["kind", "场所类型"],
  ["acceptedLicences", "可亮证照"],
  ["description", "场所说明"],
  ["venues", "示例场所"],
];

/** A kind of place is kept once citywide; districts are Qingdao's. */
async function checkPlace(tx: Db, c: PlaceContent, exceptId?: string) {
  if (!c.venues.every((v) => DISTRICT_CODE_PATTERN.test(v.districtCode))) throw new DomainError("BAD_REQUEST", "示例场所须选择青岛市的区市", "venues");
  const [clash] = await tx
    .select({ name: noProofPlaces.name, department: departments.name })
    .from(noProofPlaces)
    .innerJoin(departments, eq(departments.id, noProofPlaces.departmentId))
    .where(and(eq(noProofPlaces.kind, c.kind), exceptId ? ne(noProofPlaces.id, exceptId) : undefined));
  if (clash) throw new DomainError("CONFLICT", `「${clash.name}」已由${clash.department}登记，请联系该部门修改`, "kind");
}

export const placeLifecycle = versionedLifecycle<NoProofPlace, NoProofPlaceVersion, PlaceContent>({
  noun: "亮证场所",
  entryLink: REVIEW_PATHS.place.entry,
  auditType: "noproof_place",
  entries: noProofPlaces,
  versions: noProofPlaceVersions,
  versionOwner: noProofPlaceVersions.placeId,
  uniqueNameConstraint: "noproof_places_department_name_unique",
  canEdit: can.editNoProofCase,
  canReview: can.reviewResources,
  catalogueFields: (c) => ({ name: c.name, kind: c.kind }),
  changedLabels: (before, after) => LABELS.filter(([k]) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map(([, l]) => l).join("、") || "无变化",
  checkPublishable: (tx, e, c) => checkPlace(tx, c, e.id),
  checklist: placeChecklist,
});

/** Two departments adding the same kind at once still meet the unique index: same message. */
async function withKindCheck<R>(work: () => Promise<R>): Promise<R> {
  try {
    return await placeLifecycle.withNameCheck(work);
  } catch (error) {
    if (isUniqueViolation(error, "noproof_places_kind_unique")) throw new DomainError("CONFLICT", "这类场所已有部门登记，请刷新后查看", "kind");
    throw error;
  }
}

export async function createPlace(db: Db, actor: Actor, input: z.output<typeof createPlaceInput>) {
  authorize(can.editNoProofCase(actor, actor.departmentId), "只有发布员可以登记亮证场所");
  const { content } = input;
  return withKindCheck(() =>
    db.transaction(async (tx) => {
      await checkPlace(tx, content);
      return placeLifecycle.create(tx, actor, { departmentId: actor.departmentId, content, summary: `登记一码亮证场所「${content.name}」`, submit: input.submit });
    }),
  );
}

export async function updatePlace(db: Db, actor: Actor, input: z.output<typeof updatePlaceInput>) {
  return withKindCheck(() =>
    db.transaction(async (tx) => {
      const e = await placeLifecycle.loadForChange(tx, input);
      authorize(can.editNoProofCase(actor, e.departmentId), "只能修改本部门登记的亮证场所");
      await checkPlace(tx, input.content, e.id);
      return placeLifecycle.revise(tx, actor, e, input.content, input.submit);
    }),
  );
}

/** 一码亮证 on the public page: the published version of each kind, in the order of PLACE_KINDS. */
export async function publishedPlaces(db: Db) {
  const rows = await db
    .select({ id: noProofPlaces.id, kind: noProofPlaces.kind, content: noProofPlaceVersions.content, departmentName: departments.name })
    .from(noProofPlaces)
    .innerJoin(noProofPlaceVersions, eq(noProofPlaceVersions.id, noProofPlaces.currentVersionId))
    .innerJoin(departments, eq(departments.id, noProofPlaces.departmentId))
    .where(eq(noProofPlaces.status, "published"));
  return rows.sort((a, b) => PLACE_KINDS.indexOf(a.kind as never) - PLACE_KINDS.indexOf(b.kind as never));
}

/** The places the console lists: every department's, with the department that keeps each. */
export async function consolePlaces(db: Db, actor: Actor) {
  authorize(can.editNoProofCase(actor, actor.departmentId) || can.reviewResources(actor), "只有发布员和审核员可以维护亮证场所");
  const rows = await db
    .select({ entry: noProofPlaces, departmentName: departments.name })
    .from(noProofPlaces)
    .innerJoin(departments, eq(departments.id, noProofPlaces.departmentId))
    .orderBy(asc(noProofPlaces.name));
  return rows.map(({ entry, departmentName }) => ({ ...entry, departmentName, own: entry.departmentId === actor.departmentId }));
}

/** One place for the console: the version under work (to its department and reviewers) or the published one. */
export async function getPlace(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({ entry: noProofPlaces, departmentName: departments.name })
    .from(noProofPlaces)
    .innerJoin(departments, eq(departments.id, noProofPlaces.departmentId))
    .where(eq(noProofPlaces.id, id));
  const isOwner = !!row && can.editNoProofCase(actor, row.entry.departmentId);
  const insider = isOwner || can.reviewResources(actor);
  if (!row || (!insider && row.entry.status !== "published")) throw notFound("亮证场所");
  const { entry } = row;
  const ids = [entry.currentVersionId, insider ? entry.workingVersionId : null].filter((v): v is string => !!v);
  const versions = await db.select().from(noProofPlaceVersions).where(inArray(noProofPlaceVersions.id, ids));
  const working = versions.find((v) => v.id === entry.workingVersionId) ?? null;
  const shown = (working ?? versions.find((v) => v.id === entry.currentVersionId))!;
  return {
    entry,
    departmentName: row.departmentName,
    content: shown.content,
    working: working && { number: working.number, status: working.status, reviewComment: working.reviewComment, checklist: placeChecklist(working.content) },
    permissions: {
      edit: isOwner && entry.status !== "retired" && working?.status !== "submitted",
      submit: isOwner && (working?.status === "draft" || working?.status === "returned"),
      review: can.reviewResources(actor) && working?.status === "submitted",
      retire: isOwner && entry.status === "published",
    },
  };
}

/** Places waiting for review, oldest first, each with its checklist. */
export async function placeReviewQueue(db: Db, actor: Actor, f: { page: number }) {
  const page = await submittedVersions(db, actor, "place", f);
  return { ...page, rows: page.rows.map(({ content, ...r }) => ({ ...r, name: content.name, venueCount: content.venues.length, checklist: placeChecklist(content) })) };
}
