import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { can, ROLE_LABELS, type Actor } from "@/server/auth/permissions";
import { getActor, requirePermission } from "@/server/auth/session";
import { peopleFilterSchema } from "@/server/organisation/schemas";
import { formatDateTime } from "@/server/time";
import { ButtonLink, buttonClass } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/field";
import { FilterSelect } from "@/app/_components/ui/filter-select";
import { Badge, Card, PageHeader } from "@/app/_components/ui/layout";
import { oidcSettings } from "@/server/auth/oidc";
import { SignInPolicyForm } from "./sign-in-policy-form";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table } from "@/app/_components/ui/table";
import { firstValues, readSearchParams, type SearchParams } from "@/server/validation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: peoplePageTitle(await getActor()) };
}

/** The system administrator keeps people; the security officer comes here for their sessions and locks. */
function peoplePageTitle(actor: Actor | null) {
  return actor && !can.manageOrganisation(actor) ? "人员与登录会话" : "人员管理";
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission(can.viewPeople);
  const manage = can.manageOrganisation(actor);
  const params = firstValues(await searchParams);
  const filter = readSearchParams(peopleFilterSchema, params);
  const caller = await api();
  const [result, departments, policy] = await Promise.all([
    caller.organisation.people(filter),
    caller.organisation.allDepartments(),
    manage ? caller.organisation.signInPolicy() : null,
  ]);
  return (
    <>
      <PageHeader
        title={peoplePageTitle(actor)}
        description={manage ? "账号、所属部门与角色" : "查看人员的登录会话、强制下线、解除账号锁定"}
        actions={manage && <ButtonLink href="/console/people/new">新建人员</ButtonLink>}
      />
      <form role="search" action="/console/people" className="mb-4 grid gap-2 sm:grid-cols-[1fr_auto_auto_auto_auto]">
        <div>
          <label htmlFor="q" className="sr-only">
            搜索人员
          </label>
          <Input id="q" name="q" type="search" placeholder="姓名或用户名" defaultValue={filter.q} />
        </div>
        <FilterSelect id="departmentId" label="所属部门" all="全部部门" options={departments} value={filter.departmentId} hideLabel />
        <FilterSelect id="role" label="角色" all="全部角色" options={ROLE_LABELS} value={filter.role} hideLabel />
        <FilterSelect id="status" label="状态" all="全部状态" options={{ active: "正常", inactive: "已停用" }} value={filter.status} hideLabel />
        <button type="submit" className={buttonClass("secondary")}>
          筛选
        </button>
      </form>
      <Table
        caption="人员列表"
        rows={result.rows}
        rowKey={(r) => r.id}
        empty="没有符合条件的人员"
        columns={[
          {
            header: "姓名",
            cell: (r) => (
              <Link className="text-brand-700 hover:underline" href={`/console/people/${r.id}`}>
                {r.displayName}
              </Link>
            ),
          },
          { header: "用户名", cell: (r) => <span className="font-mono">{r.username}</span> },
          { header: "所属部门", cell: (r) => r.departmentName },
          { header: "角色", cell: (r) => r.roles.map((x) => ROLE_LABELS[x]).join("、") || "—" },
          {
            header: "状态",
            cell: (r) =>
              !r.active ? (
                <Badge tone="danger">已停用</Badge>
              ) : r.lockedUntil && r.lockedUntil > new Date() ? (
                <Badge tone="warning">已锁定</Badge>
              ) : (
                <Badge tone="success">正常</Badge>
              ),
          },
          { header: "最近登录", cell: (r) => formatDateTime(r.lastSignInAt) },
        ]}
      />
      <Pagination basePath="/console/people" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
      {policy && (
        <Card title="登录方式" id="sign-in-policy" className="mt-8">
          <SignInPolicyForm policy={policy} unifiedName={oidcSettings()?.displayName ?? null} />
        </Card>
      )}
    </>
  );
}
