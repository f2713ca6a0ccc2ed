import type { Metadata } from "next";
import { z } from "zod";
import { api } from "@/server/api/server";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { BackLink, Notice, PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";

export const metadata: Metadata = { title: "版本对比" };

const versionParam = z.coerce.number().int().positive().catch(1);

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const from = versionParam.parse(sp.from);
  const to = versionParam.parse(sp.to);
  const diff = await (await api()).resource.compare({ id, from, to }).catch(rethrowAsPage);
  return (
    <>
      <DemoDataNotice />
      <BackLink href={`/resources/${id}`}>返回资源</BackLink>
      <PageHeader title={`版本对比：${diff.name}`} description={`第 ${from} 版 → 第 ${to} 版`} />
      {diff.changes.length === 0 ? (
        <Notice>两个版本内容相同。</Notice>
      ) : (
        <Table
          caption={`第 ${from} 版与第 ${to} 版的差异`}
          rows={diff.changes}
          rowKey={(c) => c.label}
          columns={[
            { header: "字段", cell: (c) => c.label },
            { header: `第 ${from} 版`, cell: (c) => <del className="text-red-800 no-underline">{c.before}</del>, wrap: true },
            { header: `第 ${to} 版`, cell: (c) => <ins className="text-green-800 no-underline">{c.after}</ins>, wrap: true },
          ]}
        />
      )}
    </>
  );
}
