"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";

const EXAMPLE = "一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：……放假调休，共9天。2月20日（周六）上班。";

/**
 * The State Council's notice pasted as published, or its year file in the holiday-cn format. The
 * server reads it into days and says which line it could not read.
 */
export function NoticeForm({ year }: { year: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const enter = useMutation(trpc.calendar.enterNotice.mutationOptions());
  const importFile = useMutation(trpc.calendar.importYearFile.mutationOptions());
  const errors = formErrors(enter.error ?? importFile.error);
  const pending = enter.isPending || importFile.isPending;

  function done(result: { year: number; recounted: number } | null) {
    if (!result) return;
    setSaved(`已录入 ${result.year} 年放假安排，重新计算了 ${result.recounted} 条申请的答复期限。`);
    router.refresh();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    importFile.reset();
    const f = new FormData(event.currentTarget);
    done(await enter.mutateAsync({ year: Number(f.get("year")), notice: String(f.get("notice") ?? ""), text: String(f.get("text") ?? "") }).catch(() => null));
  }

  async function onFile(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    enter.reset();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return;
    done(await importFile.mutateAsync({ text: await file.text(), notice: "" }).catch(() => null));
  }

  return (
    <div className="space-y-6">
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      {saved && <Notice tone="success">{saved}</Notice>}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="year" label="年份" required error={errors.fields.year}>
            <Input {...describedBy("year", errors.fields.year)} name="year" type="number" defaultValue={year} min={2000} max={2100} />
          </Field>
          <Field id="notice" label="通知文号" required error={errors.fields.notice} hint="如：国办发明电〔2025〕7号">
            <Input {...describedBy("notice", errors.fields.notice)} name="notice" maxLength={100} />
          </Field>
        </div>
        <Field id="text" label="通知正文" required error={errors.fields.text} hint="从中国政府网复制「一、元旦：……」起的各条，每个节日一行；括号中的星期和农历可保留。">
          <Textarea {...describedBy("text", errors.fields.text)} name="text" rows={8} placeholder={EXAMPLE} />
        </Field>
        <Button type="submit" disabled={pending}>
          {enter.isPending ? "正在保存…" : "保存放假安排"}
        </Button>
      </form>
      <form onSubmit={onFile} className="flex flex-wrap items-end gap-3 border-t border-slate-200 pt-4" noValidate>
        <Field id="file" label="或导入年度文件" error={errors.fields.file} hint="holiday-cn 格式的 JSON 文件，如 2027.json">
          <Input {...describedBy("file", errors.fields.file)} name="file" type="file" accept=".json,application/json" />
        </Field>
        <Button type="submit" variant="secondary" disabled={pending}>
          {importFile.isPending ? "正在导入…" : "导入文件"}
        </Button>
      </form>
    </div>
  );
}
