import ExcelJS from "exceljs";
import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, departments, resourceVersions } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { DomainError } from "@/server/errors";
import { actorFor, callerAs, createEmptyDatabase, createSeededTestDatabase, migrateAcross, type TestDatabase } from "@/server/testing/database";
import { refusal } from "@/server/testing/refusals";
import { exportResources } from "./export";
import { NATIONAL_COLUMNS, NATIONAL_SHEET } from "./national-catalogue";
import { resourceSearchSchema, type ResourceContentInput } from "./schemas";

let t: TestDatabase;
let publisher: Actor; // 市人社局
let otherPublisher: Actor; // 市公安局
let reviewer: Actor;

beforeAll(async () => {
  t = await createSeededTestDatabase();
  [publisher, otherPublisher, reviewer] = (await Promise.all(["publisher", "pub.gaj", "reviewer"].map((u) => actorFor(t.db, u)))) as [
    Actor,
    Actor,
    Actor,
  ];
});
afterAll(() => t.close());

const dataset = (name: string, over: Partial<ResourceContentInput> = {}): ResourceContentInput => ({
  name,
  summary: "全市职工和城乡居民社会保险参保登记、缴费状态信息，按日更新，用于社保参保一件事核验。",
  kind: "dataset",
  domain: "social_security",
  sharingClass: "unconditional",
  openClass: "open",
  updateFrequency: "daily",
  deliveryMethod: "database_table",
  tags: ["社保"],
  contactName: "张晓明",
  contactPhone: "0532-85912345",
  dataItems: [{ name: "公民身份号码", type: "字符串", length: 18, description: "参保人身份证号" }],
  ...over,
});

describe("关联资源代码", () => {
  it("must name registered resources, not the resource itself, and shows as links on its page", async () => {
    const api = callerAs(t.db, publisher);
    const target = await callerAs(t.db, otherPublisher).resource.create({ content: dataset("户籍人口信息", { tags: ["户籍"] }) });

    const unknown = await refusal(api.resource.create({ content: dataset("社保参保信息", { linkedCodes: [target.code, "QDZY-SJ-999999"] }) }));
    expect(unknown.code).toBe("BAD_REQUEST");
    expect(unknown.message).toBe("关联资源代码不存在：QDZY-SJ-999999，请核对资源编码");
    expect((unknown.cause as DomainError).field).toBe("linkedCodes");

    const created = await api.resource.create({ content: dataset("社保参保信息", { linkedCodes: [target.code.toLowerCase()] }) });
    const self = await refusal(
      api.resource.update({ id: created.id, version: created.version, content: dataset("社保参保信息", { linkedCodes: [created.code] }) }),
    );
    expect(self.message).toBe("关联资源代码不能是本资源自己的编码");

    // The publisher sees the other department's draft as a code only; once published, as a link.
    const before = await api.resource.get({ id: created.id });
    expect(before.linked).toEqual([{ code: target.code, id: null, name: null }]);
    const submitted = await callerAs(t.db, otherPublisher).resource.submit({ id: target.id, version: target.version });
    await callerAs(t.db, reviewer).resource.approve({ id: target.id, version: submitted.version });
    const after = await api.resource.get({ id: created.id });
    expect(after.linked).toEqual([{ code: target.code, id: target.id, name: "户籍人口信息" }]);
    expect(after.resource.departmentCreditCode).toMatch(/^11370200/);
  });
});

describe("export in the national catalogue's layout", () => {
  it("lists a department's resources with its 统一社会信用代码, 信息资源代码 and 发布日期, and is audited", async () => {
    const api = callerAs(t.db, publisher);
    const draft = await api.resource.create({
      content: dataset("就业登记信息", { catalogueClass: "theme", catalogueItem: "社会保障", informationSystem: "市就业服务信息系统" }),
      submit: true,
    });
    await callerAs(t.db, reviewer).resource.approve({ id: draft.id, version: draft.version });
    const [rsj] = await t.db.select().from(departments).where(eq(departments.id, publisher.departmentId));

    const filter = resourceSearchSchema.parse({ departmentId: publisher.departmentId, q: "就业登记" });
    const { body, rowCount } = await exportResources(t.db, publisher, filter, "xlsx", "national");
    expect(rowCount).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(NATIONAL_SHEET)!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual([...NATIONAL_COLUMNS]);
    const cell = (header: string) => String(sheet.getRow(2).getCell(headers.indexOf(header) + 1).value ?? "");
    expect(cell("信息资源名称")).toBe("就业登记信息");
    expect(cell("信息资源分类")).toBe("主题信息资源 › 社会保障");
    expect(cell("信息资源代码")).toBe(`203/${draft.code.slice(-6)}`);
    expect(cell("信息资源提供方")).toBe("青岛市人力资源和社会保障局");
    expect(cell("信息资源提供方代码")).toBe(rsj!.creditCode);
    expect(cell("发布日期")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(cell("所属信息系统")).toBe("市就业服务信息系统");
    expect(cell("资源编码")).toBe(draft.code);

    const [audit] = await t.db
      .select({ summary: auditEvents.summary })
      .from(auditEvents)
      .where(eq(auditEvents.action, "resource.export"))
      .orderBy(desc(auditEvents.seq))
      .limit(1);
    expect(audit?.summary).toMatch(/^导出资源目录 1 条（国家政务信息资源目录格式，XLSX/);

    const csv = await exportResources(t.db, publisher, filter, "csv", "national");
    expect(csv.body.toString("utf8").split("\r\n")[0]).toBe(`\uFEFF${NATIONAL_COLUMNS.join(",")}`);
  });
});

describe("upgrading", () => {
  it("gives versions stored before the catalogue fields their defaults and keeps what they had", async () => {
    const { db, close } = await createEmptyDatabase();
    try {
      await migrateAcross(db, "'catalogueClass', 'department'", async () => {
        await db.execute(sql`insert into departments (code, name, short_name, kind) values ('QD-X', '青岛市某局', '市某局', 'municipal')`);
        await db.execute(sql`
          insert into resources (code, department_id, name, summary, kind, domain, sharing_class, open_class, search_vector)
          select 'QDZY-SJ-000001', id, '旧资源', '旧摘要', 'dataset', 'government', 'unconditional', 'open', ''::tsvector from departments`);
        await db.execute(sql`
          insert into resource_versions (resource_id, number, content)
          select id, 1, '{"name": "旧资源", "informationSystem": "旧系统"}'::jsonb from resources`);
      });
      const [version] = await db.select({ content: resourceVersions.content }).from(resourceVersions);
      expect(version!.content).toEqual({
        name: "旧资源",
        informationSystem: "旧系统",
        catalogueClass: "department",
        catalogueItem: "",
        catalogueSubject: "",
        catalogueDetail: "",
        sharingChannel: "platform",
        updateFrequencyNote: "",
        linkedCodes: [],
      });
    } finally {
      await close();
    }
  });
});
