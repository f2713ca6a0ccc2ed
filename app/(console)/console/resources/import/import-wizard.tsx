"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "@/app/_components/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { Field, Input, Select } from "@/app/_components/ui/field";
import { Badge, Notice } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import type { LikelyDuplicate } from "@/server/duplicates/schemas";

type Choices = Record<string, string>;

interface MappingStep {
  stage: "mapping";
  fileName: string;
  headerRow: number;
  recognised: { written: string; header: string }[];
  unmatched: { header: string; samples: string[] }[];
  missing: { header: string; options: string[] | null }[];
  defaults: Choices;
}

interface Preview {
  stage: "preview";
  id: string;
  fileName: string;
  departmentName: string;
  headerRow: number;
  defaults: Choices;
  rowCount: number;
  validCount: number;
  counts: { create: number; update: number; unchanged: number; invalid: number; blank: number };
  /** New or changed rows beyond those compared for 「已有同类」. */
  uncompared: number;
  rows: {
    rowNumber: number;
    code?: string;
    name: string;
    action: "create" | "update" | "unchanged";
    errors: { column: string; message: string }[];
    likelyDuplicates?: LikelyDuplicate[];
  }[];
}

/** The select's value for 「忽略此列」: "" means not chosen yet. */
const IGNORE = "__ignore";

const ACTION_BADGES = {
  create: <Badge tone="brand">新增</Badge>,
  unchanged: <Badge tone="neutral">无变化</Badge>,
} as const;

/**
 * Upload → (map the columns the app does not know, pick defaults for missing ones) → preview →
 * import. The file stays in the browser; each step sends it again with the clerk's choices.
 */
export function ImportWizard({ fields, departments }: { fields: string[]; departments: { id: string; name: string }[] | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [departmentId, setDepartmentId] = useState("");
  const [step, setStep] = useState<MappingStep | null>(null);
  const [mapping, setMapping] = useState<Choices>({});
  const [defaults, setDefaults] = useState<Choices>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [submit, setSubmit] = useState(false);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const commit = useMutation(trpc.resource.commitImport.mutationOptions({ onSuccess: () => router.refresh() }));
  const commitErrors = formErrors(commit.error);

  async function send(chosen: File, choices: { mapping: Choices; defaults: Choices }) {
    setUploadError(null);
    setPreview(null);
    commit.reset();
    setUploading(true);
    const body = new FormData();
    body.set("file", chosen);
    body.set("mapping", JSON.stringify(Object.fromEntries(Object.entries(choices.mapping).map(([k, v]) => [k, v === IGNORE ? "" : v]))));
    body.set("defaults", JSON.stringify(choices.defaults));
    if (departmentId) body.set("departmentId", departmentId);
    try {
      const response = await fetch("/api/resources/import", { method: "POST", body });
      const answer = (await response.json().catch(() => ({ message: "服务器返回了无法识别的结果，请稍后重试" }))) as (MappingStep | Preview) & { message?: string };
      if (!response.ok) {
        setUploadError(answer.message ?? "上传失败，请重试");
      } else if (answer.stage === "mapping") {
        setStep(answer);
        setDefaults(answer.defaults);
      } else {
        setStep(null);
        setPreview(answer);
      }
    } catch {
      setUploadError("网络连接失败，请检查网络后重试");
    } finally {
      setUploading(false);
    }
  }

  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).get("file");
    if (!(chosen instanceof File) || chosen.size === 0) {
      setUploadError("请选择要导入的 .xlsx 或 .csv 文件");
      return;
    }
    setFile(chosen);
    setMapping({});
    setStep(null);
    void send(chosen, { mapping: {}, defaults: {} });
  }

  const unchosen = step ? step.unmatched.filter((u) => !mapping[u.header]).length : 0;
  // A required column the clerk has just mapped a column to is no longer missing.
  const missing = step ? step.missing.filter((m) => !Object.values(mapping).includes(m.header)) : [];
  const rows = preview ? (onlyErrors ? preview.rows.filter((r) => r.errors.length) : preview.rows) : [];
  return (
    <div className="space-y-6">
      <form onSubmit={upload} className="flex flex-wrap items-end gap-3">
        {departments && (
          <div className="min-w-56">
            <Field id="departmentId" label="代为导入的部门（市大数据局）" hint="默认为本部门">
              <Select id="departmentId" value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
                <option value="">本部门</option>
                {departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        )}
        <div className="min-w-64 flex-1">
          <Field id="file" label="选择文件（.xlsx 或 .csv，不超过 10 MB）" error={uploadError ?? undefined}>
            <Input id="file" name="file" type="file" accept=".xlsx,.csv" required aria-invalid={uploadError ? true : undefined} aria-describedby={uploadError ? "file-error" : undefined} />
          </Field>
        </div>
        <Button type="submit" disabled={uploading}>
          {uploading ? "正在检查…" : "上传并预览"}
        </Button>
      </form>

      {step && file && (
        <section aria-labelledby="mapping-heading" className="space-y-4">
          <h2 id="mapping-heading" className="text-lg font-semibold">
            对应列：{step.fileName}
          </h2>
          <p className="text-sm" role="status">
            已将第 {step.headerRow} 行作为表头。
            {step.unmatched.length > 0 && <>有 {step.unmatched.length} 列未能识别，请选择每列对应的字段，或选择「忽略此列」。</>}
            本部门的选择会被记住，下次导入时自动套用。
          </p>
          {step.recognised.length > 0 && (
            <details className="text-sm">
              <summary className="cursor-pointer text-brand-700">已识别的 {step.recognised.length} 列</summary>
              <ul className="mt-2 grid gap-1 sm:grid-cols-2">
                {step.recognised.map((r) => (
                  <li key={r.written}>
                    {r.written === r.header ? r.header : `${r.written} → ${r.header}`}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {step.unmatched.length > 0 && (
            <Table
              caption="未能识别的列"
              rows={step.unmatched}
              rowKey={(u) => u.header}
              columns={[
                { header: "文件中的列", primary: true, cell: (u) => u.header },
                { header: "前几行的内容", wrap: true, cell: (u) => (u.samples.length ? u.samples.join("；") : "（空）") },
                {
                  header: "对应字段",
                  cell: (u) => (
                    <Select className="min-w-36" aria-label={`「${u.header}」对应的字段`} value={mapping[u.header] ?? ""} onChange={(e) => setMapping({ ...mapping, [u.header]: e.target.value })}>
                      <option value="">请选择…</option>
                      {fields.map((f) => (
                        <option key={f} value={f}>
                          {f}
                        </option>
                      ))}
                      <option value={IGNORE}>忽略此列</option>
                    </Select>
                  ),
                },
                {
                  header: "将导入为",
                  wrap: true,
                  cell: (u) =>
                    !mapping[u.header] ? "—" : mapping[u.header] === IGNORE ? "不导入" : `${mapping[u.header]}：${u.samples[0] ?? "（空）"}`,
                },
              ]}
            />
          )}
          {missing.length > 0 && (
            <div className="space-y-3">
              <h3 className="font-medium">文件中缺少的必填列</h3>
              {missing.map((m) =>
                m.options ? (
                  <Field key={m.header} id={`default-${m.header}`} label={`所有行的「${m.header}」取默认值`}>
                    <Select id={`default-${m.header}`} value={defaults[m.header] ?? ""} onChange={(e) => setDefaults({ ...defaults, [m.header]: e.target.value })}>
                      <option value="">请选择…</option>
                      {m.options.map((o) => (
                        <option key={o}>{o}</option>
                      ))}
                    </Select>
                  </Field>
                ) : (
                  <p key={m.header} className="text-sm text-red-800">
                    文件中没有「{m.header}」列：请在上表中把对应的列选为「{m.header}」。
                  </p>
                ),
              )}
            </div>
          )}
          <Button disabled={uploading || unchosen > 0} onClick={() => void send(file, { mapping, defaults })}>
            {uploading ? "正在检查…" : unchosen > 0 ? `还有 ${unchosen} 列未选择` : "按此对应预览"}
          </Button>
        </section>
      )}

      {preview && (
        <section aria-labelledby="preview-heading" className="space-y-3">
          <h2 id="preview-heading" className="text-lg font-semibold">
            预览：{preview.fileName}
          </h2>
          <p className="text-sm" role="status">
            已将第 {preview.headerRow} 行作为表头，共 {preview.rowCount} 行：
            <strong className="text-green-800">{preview.validCount} 行可导入</strong>
            {`（新增 ${preview.counts.create}，更新 ${preview.counts.update}），无变化 ${preview.counts.unchanged} 行`}
            {preview.counts.invalid > 0 && (
              <>
                ，<strong className="text-red-800">{preview.counts.invalid} 行有误</strong>（不会导入，导入后可下载有误的行修改后重新上传）
              </>
            )}
            {preview.counts.blank > 0 && <>，空行 {preview.counts.blank} 行（已跳过）</>}。
          </p>
          {preview.uncompared > 0 && (
            <p className="text-sm">已有同类：已比对前 {(preview.validCount - preview.uncompared).toLocaleString("zh-CN")} 行新增或更新的资源，其余 {preview.uncompared.toLocaleString("zh-CN")} 行未比对：这些行导入后存为草稿，逐项提交审核时再检查。</p>
          )}
          {Object.keys(preview.defaults).length > 0 && (
            <p className="text-sm">
              默认值：
              {Object.entries(preview.defaults)
                .map(([h, v]) => `${h} = ${v}`)
                .join("，")}
              （文件中没有这些列，所有行取此值）
            </p>
          )}
          {preview.counts.invalid > 0 && (
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
              { header: "资源名称", primary: true, cell: (r) => r.name || "—" },
              { header: "操作", cell: (r) => (r.action === "update" ? <Badge tone="warning">更新 {r.code}</Badge> : ACTION_BADGES[r.action]) },
              {
                header: "已有同类",
                wrap: true,
                cell: (r) =>
                  r.likelyDuplicates?.length ? (
                    <ul className="space-y-0.5">
                      {r.likelyDuplicates.map((d) => (
                        <li key={d.id}>
                          {d.departmentName}「
                          {d.status === "published" ? (
                            <Link className="text-brand-700 underline" href={`/resources/${d.id}`}>
                              {d.name}
                            </Link>
                          ) : (
                            d.name
                          )}
                          」{Math.round(d.score * 100)}%
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  ),
              },
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
              导入完成：新增 {commit.data.created} 项，更新 {commit.data.updated} 项，无变化 {commit.data.unchanged} 行，跳过有误的 {commit.data.skipped} 行。
              {commit.data.notSubmitted > 0 && (
                <>
                  其中 {commit.data.notSubmitted} 项未满足提交审核的条件（如缺少标签、联系人或数据项说明
                  {commit.data.duplicatesHeld > 0 && `，或 ${commit.data.duplicatesHeld} 项疑似已有同类却未填写「与已有同类的区别」`}），已存为草稿，补全后再提交。
                </>
              )}
              {commit.data.skipped > 0 && (
                <a className="ml-2 underline" href={`/api/resources/import/${preview.id}/refused`}>
                  下载有误的行
                </a>
              )}
              <Link className="ml-2 underline" href="/resources?sort=updated">
                查看资源目录
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
                {commit.isPending ? "正在导入…" : preview.validCount === 0 ? "没有需要导入的行" : `导入 ${preview.validCount} 行有效数据`}
              </Button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
