"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { Notice } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";

interface Row {
  rows: number[];
  itemCode: string;
  name: string;
  action: "create" | "update";
  errors: string[];
  saved: boolean;
}

/** Check a filled sheet, then import the use cases that pass; the file stays chosen between the two. */
export function CaseImport() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [submit, setSubmit] = useState(false);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [committed, setCommitted] = useState(false);
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);

  async function send(commit: boolean) {
    if (!file) return setError("请选择要导入的 .xlsx 或 .csv 文件");
    setPending(true);
    setError("");
    const body = new FormData();
    body.set("file", file);
    body.set("commit", commit ? "1" : "0");
    body.set("submit", submit ? "1" : "0");
    try {
      const response = await fetch("/api/no-proof/import", { method: "POST", body });
      const data = await response.json();
      if (!response.ok) {
        setRows(null);
        setError(data.message ?? "导入失败，请稍后重试");
        return;
      }
      setRows(data);
      setCommitted(commit);
      if (commit) router.refresh();
    } catch {
      setError("网络连接失败，请检查网络后重试");
    } finally {
      setPending(false);
    }
  }

  const ready = rows?.filter((r) => r.errors.length === 0).length ?? 0;
  return (
    <div className="space-y-4">
      <form
        className="space-y-3"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void send(false);
        }}
      >
        <div className="space-y-1">
          <label htmlFor="file" className="block text-sm font-medium">
            填好的清单（.xlsx 或 .csv）
          </label>
          <input
            id="file"
            type="file"
            accept=".xlsx,.csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setRows(null);
            }}
            className="block text-sm"
          />
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="h-4 w-4" checked={submit} onChange={(e) => setSubmit(e.target.checked)} />
          导入后直接提交审核（否则保存为草稿）
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "正在处理…" : "检查"}
        </Button>
      </form>
      {error && <Notice tone="error">{error}</Notice>}
      {rows && (
        <>
          <Notice tone={committed ? "success" : ready === rows.length ? "info" : "warning"}>
            {committed
              ? `已导入 ${rows.filter((r) => r.saved).length} 项${rows.some((r) => !r.saved) ? `，${rows.filter((r) => !r.saved).length} 项未导入，见下表` : ""}`
              : `共 ${rows.length} 项，${ready} 项可以导入${ready < rows.length ? `，${rows.length - ready} 项有问题，改正后重新上传` : ""}`}
          </Notice>
          <Table
            caption="导入检查结果"
            rows={rows}
            rowKey={(r) => r.itemCode}
            columns={[
              { header: "行", cell: (r) => r.rows.join("、") },
              { header: "事项编码", cell: (r) => <span className="font-mono">{r.itemCode}</span> },
              { header: "事项名称", cell: (r) => r.name },
              { header: "操作", cell: (r) => (r.action === "create" ? "新增" : "修改") },
              {
                header: "结果",
                wrap: true,
                cell: (r) =>
                  r.errors.length ? <span className="text-red-800">{r.errors.join("；")}</span> : r.saved ? "已导入" : "可以导入",
              },
            ]}
          />
          {!committed && ready > 0 && (
            <Button onClick={() => void send(true)} disabled={pending}>
              导入 {ready} 项
            </Button>
          )}
        </>
      )}
    </div>
  );
}
