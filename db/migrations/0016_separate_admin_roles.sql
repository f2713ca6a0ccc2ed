-- 三权分立 (等保 8.1.5): the one all-powerful 管理员 is split. Its holders keep the two parts of its work
-- that one person may do together, 系统管理员 (departments, people) and 大赛组织者 (competitions, 标杆场景,
-- the targets dashboard); a 系统管理员 then names other people 安全管理员 and 审计管理员. Written by hand:
-- drizzle-kit's text for an enum array losing a value casts the array to plain text and fails.
ALTER TABLE "people" ALTER COLUMN "roles" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "people" ALTER COLUMN "roles" SET DATA TYPE text[] USING "roles"::text[];--> statement-breakpoint
WITH "converted" AS (
  SELECT "id", "username", "display_name", "roles" AS "before", array_remove("roles", 'admin') || ARRAY['sysadmin', 'organiser'] AS "after"
  FROM "people" WHERE 'admin' = ANY("roles")
), "label" ("role", "text") AS (
  VALUES ('admin', '管理员'), ('sysadmin', '系统管理员'), ('organiser', '大赛组织者'), ('reviewer', '审核员'), ('publisher', '发布员'), ('judge', '评委')
)
INSERT INTO "audit_events" ("actor_name", "action", "entity_type", "entity_id", "summary", "changes")
SELECT '数据库迁移', 'person.update', 'person', c."id"::text,
  '修改人员「' || c."display_name" || '」：角色（'
    || (SELECT string_agg(l."text", '、' ORDER BY r."n") FROM unnest(c."before") WITH ORDINALITY r("role", "n") JOIN "label" l ON l."role" = r."role")
    || ' → '
    || (SELECT string_agg(l."text", '、' ORDER BY r."n") FROM unnest(c."after") WITH ORDINALITY r("role", "n") JOIN "label" l ON l."role" = r."role")
    || '）',
  jsonb_build_object('roles', jsonb_build_object('from', to_jsonb(c."before"), 'to', to_jsonb(c."after")))
FROM "converted" c ORDER BY c."username";--> statement-breakpoint
UPDATE "people" SET "roles" = array_remove("roles", 'admin') || ARRAY['sysadmin', 'organiser'], "version" = "version" + 1, "updated_at" = now() WHERE 'admin' = ANY("roles");--> statement-breakpoint
DROP TYPE "public"."role";--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('sysadmin', 'security_officer', 'auditor', 'organiser', 'reviewer', 'publisher', 'judge');--> statement-breakpoint
ALTER TABLE "people" ALTER COLUMN "roles" SET DATA TYPE "public"."role"[] USING "roles"::"public"."role"[];--> statement-breakpoint
ALTER TABLE "people" ALTER COLUMN "roles" SET DEFAULT '{}'::role[];--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_one_administrator_role" CHECK (("people"."roles" @> '{sysadmin}')::int + ("people"."roles" @> '{security_officer}')::int + ("people"."roles" @> '{auditor}')::int <= 1);
