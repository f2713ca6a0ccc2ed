"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { Notice } from "@/app/_components/ui/layout";

/** 「签发」: keeps the figures as they are now and opens the issued report. */
export function IssueButton({ month, label, correcting }: { month: string; label: string; correcting?: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const issue = useMutation(trpc.report.issue.mutationOptions({ onSuccess: (r) => router.push(`/console/reports/${r.id}`) }));
  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 print:hidden">
      <p className="text-sm text-slate-700">
        {correcting
          ? `${label}的通报已签发为${correcting}。再次签发将以新的期号发布更正通报，原通报保留并标为已更正。`
          : `签发后，通报按此刻的数据保存，不随之后的数据变化。`}
      </p>
      <Button type="button" onClick={() => issue.mutate({ month })} disabled={issue.isPending || issue.isSuccess}>
        {issue.isPending || issue.isSuccess ? "正在签发…" : correcting ? `签发${label}更正通报` : `签发${label}通报`}
      </Button>
      {issue.error && <Notice tone="error">{formErrors(issue.error).form}</Notice>}
    </div>
  );
}
