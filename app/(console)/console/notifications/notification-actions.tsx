"use client";

import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { Notice } from "@/app/_components/ui/layout";

export function MarkAllRead({ count }: { count: number }) {
  const trpc = useTRPC();
  const mark = useSaving(trpc.notification.markAllRead.mutationOptions());
  return (
    <Button variant="secondary" disabled={mark.busy} onClick={() => mark.mutate()}>
      {mark.busy ? "正在标记…" : `全部标为已读（${count}）`}
    </Button>
  );
}

/** 每日摘要: one message a working day on the department's messenger instead of one per notification. */
export function DigestToggle({ dailyDigest }: { dailyDigest: boolean }) {
  const trpc = useTRPC();
  const save = useSaving(trpc.notification.setDailyDigest.mutationOptions());
  const errors = formErrors(save.error);
  return (
    <div className="mt-3 space-y-2">
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-5"
          checked={save.isPending ? !dailyDigest : dailyDigest}
          disabled={save.busy}
          onChange={(event) => save.mutate({ dailyDigest: event.currentTarget.checked })}
        />
        每日摘要：不逐条推送我的通知，每个工作日 8:30 推送一条摘要
      </label>
      {save.isSuccess && !save.busy && <p className="text-sm text-green-800" role="status">已保存</p>}
    </div>
  );
}
