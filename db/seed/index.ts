import { count, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, people } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { hashPassword } from "@/server/auth/password";
import { fillDuplicateTerms, refreshAllPairs } from "@/server/duplicates/lookup";
import { seedResources } from "./catalogue";
import { seedCompetitions } from "./competition";
import { seedNoProof } from "./no-proof";
import { seedReports } from "./reports";
import { seedScenarios } from "./scenario-catalogue";
import { enrolDemoTwoFactor } from "./two-factor";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEPARTMENTS, generatedPeople } from "./organisation";

const SEED_ACTOR = { system: "示例数据初始化" };

/**
 * Inserts what is missing; running it again changes nothing. `catalogue: false` seeds only the
 * organisation, for tests that bring their own resources.
 */
export async function seed(
  db: Db,
  { catalogue = true } = {},
): Promise<{ departments: number; people: number; resources: number; scenarios: number; noProofCases: number; competitions: number }> {
  // One hash for every demo account: they share the README's password, and scrypt is slow on purpose.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const insertedDepartments = await tx
      .insert(departments)
      .values(DEPARTMENTS)
      .onConflictDoNothing({ target: departments.code })
      .returning({ id: departments.id });
    const codes = await tx
      .select({ id: departments.id, code: departments.code })
      .from(departments)
      .where(inArray(departments.code, DEPARTMENTS.map((d) => d.code)));
    const idByCode = new Map(codes.map((d) => [d.code, d.id]));
    const insertedPeople = await tx
      .insert(people)
      .values(
        [...DEMO_ACCOUNTS, ...generatedPeople()].map(({ departmentCode, ...p }) => ({
          ...p,
          departmentId: idByCode.get(departmentCode)!,
          passwordHash,
        })),
      )
      .onConflictDoNothing({ target: people.username })
      .returning({ id: people.id });
    await enrolDemoTwoFactor(tx);
    const insertedResources = catalogue ? await seedResources(tx) : 0;
    const insertedScenarios = catalogue ? await seedScenarios(tx) : 0;
    const insertedCompetitions = catalogue ? await seedCompetitions(tx) : 0;
    const insertedNoProof = catalogue ? await seedNoProof(tx) : 0;
    // Seeds that insert rows directly (the competition's scenarios) leave their terms to this; the
    // 集约建设 report reads pairs found as entries go to review, which seeded entries never did.
    if (insertedResources || insertedScenarios || insertedCompetitions) {
      await fillDuplicateTerms(tx);
      await refreshAllPairs(tx);
    }
    // After everything the 通报 count: its figures are the rest of the demo data's.
    if (catalogue) await seedReports(tx);
    if (insertedDepartments.length || insertedPeople.length || insertedResources || insertedScenarios || insertedNoProof || insertedCompetitions)
      await recordAudit(tx, SEED_ACTOR, {
        action: "seed.demo",
        entityType: "seed",
        entityId: "demo",
        summary: `写入示例数据：${insertedDepartments.length} 个部门与区市，${insertedPeople.length} 名人员，${insertedResources} 项资源，${insertedScenarios} 个场景，${insertedNoProof} 个无证明场景，${insertedCompetitions} 届创新大赛`,
      });
    return {
      departments: insertedDepartments.length,
      people: insertedPeople.length,
      resources: insertedResources,
      scenarios: insertedScenarios,
      noProofCases: insertedNoProof,
      competitions: insertedCompetitions,
    };
  });
}

/** Seeds an empty database (first start); leaves one that already has departments alone. */
export async function seedIfEmpty(db: Db) {
  const [row] = await db.select({ n: count() }).from(departments);
  if ((row?.n ?? 0) > 0) return null;
  return seed(db);
}
