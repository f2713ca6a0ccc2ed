import { randomUUID } from "node:crypto";
import { count } from "drizzle-orm";
import type { PgInsertValue } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { departments, people, resources, resourceVersions } from "@/db/schema";
import { catalogueFields, nextResourceCodes } from "@/server/resources/catalogue";
import { resourceContentSchema, type ResourceContent } from "@/server/resources/schemas";
import { generateResourceSeeds, type ResourceSeed } from "./resources";

export const DAY = 86_400_000;
const CHUNK = 300;

type VersionRow = typeof resourceVersions.$inferInsert;

/** A plausible earlier version of published content, so some resources have a history to compare. */
function earlierVersion(c: ResourceContent): ResourceContent {
  return { ...c, summary: c.summary.replace(/，[^，]*。?$/, "。"), tags: c.tags.slice(0, 1) };
}

export interface SeedVersion<C> {
  number: number;
  status: "draft" | "submitted" | "returned" | "published" | "superseded";
  content: C;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt?: Date;
  submittedBy?: string;
  reviewedAt?: Date;
  reviewedBy?: string;
  reviewComment?: string;
}

/**
 * The versions one seeded entry (resource or scenario) has, by its status: drafts and submissions
 * one version, published ones sometimes a superseded first version, retired ones a published one.
 */
export function versionsOf<C>(
  seed: Pick<ResourceSeed, "status" | "ageDays" | "note">,
  index: number,
  content: C,
  earlier: (c: C) => C,
  ids: { creator: string; reviewer: string },
  now: number,
): SeedVersion<C>[] {
  const created = new Date(now - seed.ageDays * DAY);
  const reviewed = new Date(Math.min(now, created.getTime() + 2 * DAY));
  const base = { createdBy: ids.creator, createdAt: created, updatedAt: created };
  const review = { submittedAt: created, submittedBy: ids.creator, reviewedAt: reviewed, reviewedBy: ids.reviewer, updatedAt: reviewed };
  switch (seed.status) {
    case "draft":
      return [{ ...base, number: 1, status: "draft", content }];
    case "submitted":
      return [{ ...base, number: 1, status: "submitted", content, submittedAt: created, submittedBy: ids.creator }];
    case "returned":
      return [{ ...base, ...review, number: 1, status: "returned", content, reviewComment: seed.note ?? "请补充完善后重新提交" }];
    default: {
      const history = index % 9 === 0 && seed.ageDays > 30;
      if (!history) return [{ ...base, ...review, number: 1, status: "published", content }];
      const revised = new Date(now - Math.floor(seed.ageDays / 3) * DAY);
      return [
        { ...base, ...review, number: 1, status: "superseded", content: earlier(content) },
        { ...base, ...review, createdAt: revised, submittedAt: revised, reviewedAt: revised, updatedAt: revised, number: 2, status: "published", content },
      ];
    }
  }
}

/** Who the demo data acts as: department ids by code, each department's publisher, the reviewer. */
export async function seededOrganisation(tx: Db) {
  const depts = await tx.select({ id: departments.id, code: departments.code }).from(departments);
  const staff = await tx.select({ id: people.id, username: people.username, departmentId: people.departmentId }).from(people);
  const publisherOf = new Map<string, string>();
  for (const p of staff) if (p.username.startsWith("pub.") || p.username === "publisher") publisherOf.set(p.departmentId, p.id);
  return {
    deptId: new Map(depts.map((d) => [d.code, d.id])),
    publisherOf,
    reviewer: staff.find((p) => p.username === "reviewer")!.id,
  };
}

/** Loads the generated catalogue (about 1,200 resources) into a database that has none. */
export async function seedResources(tx: Db, now = Date.now()): Promise<number> {
  const [existing] = await tx.select({ n: count() }).from(resources);
  if ((existing?.n ?? 0) > 0) return 0;
  const seeds = generateResourceSeeds();
  const { deptId, publisherOf, reviewer } = await seededOrganisation(tx);

  const contents = seeds.map((s) => resourceContentSchema.parse(s.content));
  const codes = await nextResourceCodes(tx, contents.map((c) => c.kind));
  // 关联资源代码 name resources by department and name until their codes are drawn.
  const codeOf = new Map(seeds.map((s, i) => [`${s.departmentCode}/${s.content.name}`, codes[i]!]));
  seeds.forEach((s, i) => {
    const linked = (s.linkedNames ?? []).flatMap((name) => codeOf.get(`${s.departmentCode}/${name}`) ?? []);
    if (linked.length) contents[i] = { ...contents[i]!, linkedCodes: linked };
  });
  for (let start = 0; start < seeds.length; start += CHUNK) {
    const resourceRows: PgInsertValue<typeof resources>[] = [];
    const versionRows: VersionRow[] = [];
    seeds.slice(start, start + CHUNK).forEach((seed, offset) => {
      const i = start + offset;
      const departmentId = deptId.get(seed.departmentCode)!;
      const id = randomUUID();
      const versions = versionsOf(seed, i, contents[i]!, earlierVersion, { creator: publisherOf.get(departmentId)!, reviewer }, now).map((v) => ({
        ...v,
        id: randomUUID(),
        resourceId: id,
      })) as (VersionRow & { id: string })[];
      const latest = versions[versions.length - 1]!;
      const published = seed.status === "published" || seed.status === "retired";
      resourceRows.push({
        id,
        code: codes[i]!,
        departmentId,
        status: seed.status,
        currentVersionId: published ? latest.id : null,
        workingVersionId: published ? null : latest.id,
        publishedAt: published ? versions[0]!.reviewedAt : null,
        retiredAt: seed.status === "retired" ? new Date(now - Math.floor(seed.ageDays / 4) * DAY) : null,
        retiredReason: seed.status === "retired" ? (seed.note ?? "资源停止更新") : null,
        createdBy: versions[0]!.createdBy,
        createdAt: versions[0]!.createdAt,
        updatedAt: latest.updatedAt,
        ...catalogueFields(contents[i]!),
      });
      versionRows.push(...versions);
    });
    await tx.insert(resources).values(resourceRows);
    await tx.insert(resourceVersions).values(versionRows);
  }
  return seeds.length;
}
