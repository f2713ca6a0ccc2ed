import type { Db } from "@/db/client";
import { recordAudit } from "@/server/audit/audit";
import type { Actor } from "@/server/auth/permissions";
import { hasDemoData } from "@/server/demo/demo";
import { writeCsv } from "@/server/spreadsheets/write";
import { openDataCases } from "./queries";
import { AUDIENCE_LABELS, DISPOSITION_LABELS, E_LICENCE_LABELS, LIFE_EVENT_LABELS, NOPROOF_DOMAIN_LABELS, PROOF_KIND_LABELS } from "./schemas";

/** Open data format version: bumped only when a field changes meaning or goes away. */
export const OPEN_DATA_VERSION = "1.0";

/** The catalogue as JSON: every published use case with its proofs, channels and basis. */
export async function openDataJson(db: Db, now = new Date()) {
  const [cases, demo] = await Promise.all([openDataCases(db), hasDemoData(db)]);
  return {
    title: "青岛市无证明城市场景清单",
    version: OPEN_DATA_VERSION,
    generatedAt: now.toISOString(),
    demoData: demo,
    count: cases.length,
    cases: cases.map(({ id, departmentName, publishedAt, updatedAt, content: c, districts }) => ({
      id,
      itemCode: c.itemCode,
      name: c.name,
      department: departmentName,
      domain: NOPROOF_DOMAIN_LABELS[c.domain],
      lifeEvents: c.lifeEvents.map((e) => LIFE_EVENT_LABELS[e]),
      audiences: c.audiences.map((a) => AUDIENCE_LABELS[a]),
      summary: c.summary,
      proofs: c.proofs.map((p) => ({
        name: p.name,
        kind: PROOF_KIND_LABELS[p.kind],
        issuer: p.issuer,
        disposition: DISPOSITION_LABELS[p.disposition],
        replacement: p.replacement,
        retainedReason: p.retainedReason,
        legalBasis: p.legalBasis,
        commitmentExclusions: p.commitmentExclusions,
      })),
      eLicences: c.eLicences.map((l) => E_LICENCE_LABELS[l]),
      channels: c.channels,
      steps: c.steps,
      timeLimit: c.timeLimit,
      fee: c.fee,
      legalBasis: c.legalBasis,
      effectiveDate: c.effectiveDate,
      districts: districts.length ? districts.map((d) => d.name) : ["全市"],
      countsTowardTarget: c.countsTowardTarget,
      publishedAt: publishedAt?.toISOString() ?? null,
      updatedAt: updatedAt.toISOString(),
    })),
  };
}

/** The same catalogue as CSV, one row per proof, for spreadsheets. */
export async function openDataCsv(db: Db): Promise<Buffer> {
  const { cases } = await openDataJson(db);
  return writeCsv(
    cases.flatMap((c) =>
      c.proofs.map((p) => ({
        事项编码: c.itemCode,
        事项名称: c.name,
        负责部门: c.department,
        所属领域: c.domain,
        人生事件: c.lifeEvents.join("、"),
        服务对象: c.audiences.join("、"),
        证明材料: p.name,
        证明类别: p.kind,
        原开具单位: p.issuer,
        处理方式: p.disposition,
        替代方式: p.replacement,
        保留原因: p.retainedReason,
        证明依据: p.legalBasis,
        不适用告知承诺情形: p.commitmentExclusions,
        可用电子证照: c.eLicences.join("、"),
        办理时限: c.timeLimit,
        收费标准: c.fee,
        实施日期: c.effectiveDate,
        适用区市: c.districts.join("、"),
        计入新增场景目标: c.countsTowardTarget ? "是" : "否",
        事项依据: c.legalBasis,
      })),
    ),
  );
}

/**
 * Staff who download the open data are recorded like any other export; anonymous downloads are
 * not (the data is public, and a row per visitor would bury the trail).
 */
export async function recordOpenDataDownload(db: Db, actor: Actor, file: string): Promise<void> {
  await recordAudit(db, actor, { action: "noproof_case.export", entityType: "noproof_case", entityId: "", summary: `下载开放数据 ${file}` });
}
