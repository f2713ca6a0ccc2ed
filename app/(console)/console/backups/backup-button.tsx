"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Notice } from "@/app/_components/ui/layout";
import { formatFileSize } from "@/server/format";

/** 「立即备份」: asks the server for a backup, then shows it at the top of the list. */
export function BackupButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  async function backUp() {
    setPending(true);
    setResult(null);
    try {
      const response = await fetch("/api/backups", { method: "POST" });
      const body = (await response.json().catch(() => ({ message: "服务器返回了无法识别的结果，请稍后重试" }))) as { name?: string; size?: number; message?: string };
      if (!response.ok) setResult({ tone: "error", text: body.message ?? "备份失败，请重试" });
      else {
        setResult({ tone: "success", text: `已生成备份 ${body.name}（${formatFileSize(body.size ?? 0)}）。请下载后另存到本机以外的地方。` });
        router.refresh();
      }
    } catch {
      setResult({ tone: "error", text: "网络连接失败，请检查网络后重试" });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-3">
      <Button type="button" onClick={backUp} disabled={pending}>
        {pending ? "正在备份…" : "立即备份"}
      </Button>
      {result && <Notice tone={result.tone}>{result.text}</Notice>}
    </div>
  );
}
