"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { Field, Input } from "@/app/_components/ui/field";
import { Badge, Notice } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";

interface Preview {
  id: string;
  fileName: string;
  rowCount: number;
  validCount: number;
  rows: { rowNumber: number; code?: string; name: string; action: "create" | "update"; errors: { column: string; message: string }[] }[];
}

export function ImportWizard({ departmentId }: { departmentId: string }) {
  const trpc = useTRPC();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [submit, setSubmit] = useState(false);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const commit = useMutation(trpc.resource.commitImport.mutationOptions());
  const commitErrors = formErrors(commit.error);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setUploadError(null);
    setPreview(null);
    commit.reset();
    setUploading(true);
    try {
      const response = await fetch("/api/resources/import", { method: "POST", body: new FormData(event.currentTarget) });
      const body = (await response.json().catch(() => ({ message: "服务器返回了无法识别的结果，请稍后重试" }))) as Preview & { message?: string };
      if (!response.ok) setUploadError(body.message ?? "上传失败，请重试");
      else setPreview(body);
    } catch {
      setUploadError("网络连接失败，请检查网络后重试");
    } finally {
      setUploading(false);
    }
  }

  const invalid = preview ? preview.rowCount - preview.validCount : 0;
  const rows = preview ? (onlyErrors ? preview.rows.filter((r) => r.errors.length) : preview.rows) : [];
  return (
    <div className="space-y-6">
      <form onSubmit={upload} className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Field id="file" label="选择文件（.xlsx 或 .csv，不超过 10 MB）" error={uploadError ?? undefined}>
            <Input id="file" name="file" type="file" accept=".xlsx,.csv" required aria-invalid={uploadError ? true : undefined} aria-describedby={uploadError ? "file-error" : undefined} />
          </Field>
        </div>
        <Button type="submit" disabled={uploading}>
          {uploading ? "正在检查…" : "上传并预览"}
        </Button>
      </form>

      {preview && (
        <section aria-labelledby="preview-heading" className="space-y-3">
          <h2 id="preview-heading" className="text-lg font-semibold">
            预览：{preview.fileName}
          </h2>
          <p className="text-sm" role="status">
            共 {preview.rowCount} 行：<strong className="text-green-800">{preview.validCount} 行可导入</strong>
            {invalid > 0 && (
              <>
                ，<strong className="text-red-800">{invalid} 行有误</strong>（有误的行不会导入，请修改文件后重新上传）
              </>
            )}
          </p>
          {invalid > 0 && (
            <label className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" className="h-4 w-4" checked={onlyErrors} onChange={(e) => setOnlyErrors(e.target.checked)} />
              只看有误的行
            </label>
          )}
          <Table
            caption="导入预览"
            rows={rows.slice(0, 500)}
            rowKey={(r) => String(r.rowNumber)}
            columns={[
              { header: "行号", cell: (r) => r.rowNumber },
              { header: "资源名称", cell: (r) => r.name || "—" },
              { header: "操作", cell: (r) => (r.action === "update" ? <Badge tone="warning">更新 {r.code}</Badge> : <Badge tone="brand">新增</Badge>) },
              {
                header: "检查结果",
                wrap: true,
                cell: (r) =>
                  r.errors.length === 0 ? (
                    <span className="text-green-800">✓ 无误</span>
                  ) : (
                    <ul className="space-y-0.5 text-red-800">
                      {r.errors.map((e, i) => (
                        <li key={i}>
                          <strong>{e.column}</strong>：{e.message}
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
          {rows.length > 500 && <p className="text-sm text-slate-600">仅显示前 500 行。</p>}
          {commit.data ? (
            <Notice tone="success">
              导入完成：新增 {commit.data.created} 项，更新 {commit.data.updated} 项，跳过 {commit.data.skipped} 行。
              {commit.data.notSubmitted > 0 && <>其中 {commit.data.notSubmitted} 项未满足提交审核的条件（如缺少标签、联系人或数据项说明），已存为草稿，补全后再提交。</>}
              <Link className="ml-2 underline" href={`/resources?departmentId=${departmentId}&sort=updated`}>
                查看本部门资源
              </Link>
            </Notice>
          ) : (
            <div className="flex flex-wrap items-center gap-4">
              {commitErrors.form && <Notice tone="error">{commitErrors.form}</Notice>}
              <label className="inline-flex items-center gap-2 text-sm">
                <input type="checkbox" className="h-4 w-4" checked={submit} onChange={(e) => setSubmit(e.target.checked)} />
                导入后直接提交审核
              </label>
              <Button disabled={preview.validCount === 0 || commit.isPending} onClick={() => commit.mutate({ id: preview.id, submit })}>
                {commit.isPending ? "正在导入…" : `导入 ${preview.validCount} 行有效数据`}
              </Button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
