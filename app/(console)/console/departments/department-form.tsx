"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";
import { DEPARTMENT_KIND_LABELS } from "@/server/organisation/labels";

interface DepartmentValues {
  id: string;
  version: number;
  code: string;
  name: string;
  shortName: string;
  kind: "municipal" | "district";
  description: string;
  creditCode: string;
}

export function DepartmentForm({ department }: { department?: DepartmentValues }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [version, setVersion] = useState(department?.version ?? 1);
  const [saved, setSaved] = useState(false);
  const create = useMutation(trpc.organisation.createDepartment.mutationOptions());
  const update = useSaving(trpc.organisation.updateDepartment.mutationOptions());
  const mutation = department ? update : create;
  const errors = formErrors(mutation.error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const f = new FormData(event.currentTarget);
    const values = {
      code: String(f.get("code") ?? ""),
      name: String(f.get("name") ?? ""),
      shortName: String(f.get("shortName") ?? ""),
      kind: String(f.get("kind") ?? "") as DepartmentValues["kind"],
      description: String(f.get("description") ?? ""),
      creditCode: String(f.get("creditCode") ?? ""),
    };
    if (department) {
      const updated = await update.mutateAsync({ ...values, id: department.id, version }).catch(() => null);
      if (updated) {
        setVersion(updated.version);
        setSaved(true);
      }
    } else {
      const created = await create.mutateAsync(values).catch(() => null);
      if (created) router.push(`/console/departments/${created.id}?created=1`);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      {saved && <Notice tone="success">已保存</Notice>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="name" label="部门名称" required error={errors.fields.name}>
          <Input {...describedBy("name", errors.fields.name)} defaultValue={department?.name} maxLength={60} />
        </Field>
        <Field id="shortName" label="简称" required error={errors.fields.shortName} hint="如：市大数据局">
          <Input {...describedBy("shortName", errors.fields.shortName)} defaultValue={department?.shortName} />
        </Field>
        <Field id="code" label="部门编码" required error={errors.fields.code} hint="大写字母、数字或连字符，如 QD-DSJ；区市用行政区划代码">
          <Input {...describedBy("code", errors.fields.code)} defaultValue={department?.code} autoCapitalize="characters" />
        </Field>
        <Field id="kind" label="类型" required error={errors.fields.kind}>
          <Select {...describedBy("kind", errors.fields.kind)} defaultValue={department?.kind ?? ""}>
            <option value="" disabled>
              请选择
            </option>
            {Object.entries(DEPARTMENT_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id="creditCode"
          label="统一社会信用代码"
          error={errors.fields.creditCode}
          hint="18 位，机关单位以 11 开头；资源目录中作为信息资源提供方代码"
        >
          <Input
            {...describedBy("creditCode", errors.fields.creditCode)}
            defaultValue={department?.creditCode}
            maxLength={18}
            autoCapitalize="characters"
            className="font-mono"
          />
        </Field>
      </div>
      <Field id="description" label="职责说明" error={errors.fields.description}>
        <Textarea {...describedBy("description", errors.fields.description)} defaultValue={department?.description} />
      </Field>
      <Button type="submit" disabled={create.isPending || update.busy}>
        {mutation.isPending ? "正在保存…" : department ? "保存修改" : "创建部门"}
      </Button>
    </form>
  );
}
