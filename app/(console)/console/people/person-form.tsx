"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Input, Select } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";
import { ROLE_LABELS, ROLES } from "@/server/auth/permissions";
import { PASSWORD_RULES_HINT } from "@/server/auth/password-rules";
import type { Role } from "@/db/schema";

interface PersonValues {
  id: string;
  version: number;
  username: string;
  displayName: string;
  departmentId: string;
  roles: Role[];
  title: string;
  phone: string;
}

interface DepartmentOption {
  id: string;
  name: string;
}

export function PersonForm({
  person,
  departments,
  defaultDepartmentId,
  ownAccount = false,
}: {
  person?: PersonValues;
  departments: DepartmentOption[];
  defaultDepartmentId?: string;
  /** The administrator's own account: nobody changes their own roles, so they are shown, not offered. */
  ownAccount?: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [version, setVersion] = useState(person?.version ?? 1);
  const [saved, setSaved] = useState(false);
  const create = useMutation(trpc.organisation.createPerson.mutationOptions());
  const update = useSaving(trpc.organisation.updatePerson.mutationOptions());
  const mutation = person ? update : create;
  const errors = formErrors(mutation.error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const f = new FormData(event.currentTarget);
    const values = {
      displayName: String(f.get("displayName") ?? ""),
      departmentId: String(f.get("departmentId") ?? ""),
      roles: ownAccount && person ? person.roles : (f.getAll("roles").map(String) as Role[]),
      title: String(f.get("title") ?? ""),
      phone: String(f.get("phone") ?? ""),
    };
    if (person) {
      const updated = await update.mutateAsync({ ...values, id: person.id, version }).catch(() => null);
      if (updated) {
        setVersion(updated.version);
        setSaved(true);
      }
    } else {
      const created = await create
        .mutateAsync({ ...values, username: String(f.get("username") ?? ""), password: String(f.get("password") ?? "") })
        .catch(() => null);
      if (created) router.push(`/console/people/${created.id}?created=1`);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      {saved && <Notice tone="success">已保存</Notice>}
      <div className="grid gap-4 sm:grid-cols-2">
        {!person && (
          <>
            <Field id="username" label="用户名" required error={errors.fields.username} hint="登录用，3–32 位小写字母、数字、点或下划线，创建后不可修改">
              <Input {...describedBy("username", errors.fields.username)} autoComplete="off" />
            </Field>
            <Field id="password" label="初始密码" required error={errors.fields.password} hint={PASSWORD_RULES_HINT}>
              <Input {...describedBy("password", errors.fields.password)} type="password" autoComplete="new-password" />
            </Field>
          </>
        )}
        <Field id="displayName" label="姓名" required error={errors.fields.displayName}>
          <Input {...describedBy("displayName", errors.fields.displayName)} defaultValue={person?.displayName} />
        </Field>
        <Field id="departmentId" label="所属部门" required error={errors.fields.departmentId}>
          <Select {...describedBy("departmentId", errors.fields.departmentId)} defaultValue={person?.departmentId ?? defaultDepartmentId ?? ""}>
            <option value="" disabled>
              请选择
            </option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="title" label="职务" error={errors.fields.title}>
          <Input {...describedBy("title", errors.fields.title)} defaultValue={person?.title} />
        </Field>
        <Field id="phone" label="联系电话" error={errors.fields.phone}>
          <Input {...describedBy("phone", errors.fields.phone)} type="tel" defaultValue={person?.phone} />
        </Field>
      </div>
      <fieldset aria-describedby={errors.fields.roles ? "roles-error" : undefined} disabled={ownAccount}>
        <legend className="mb-1 text-sm font-medium text-slate-800">角色</legend>
        <div className="flex flex-wrap gap-4">
          {ROLES.map((r) => (
            <label key={r} className="inline-flex min-h-10 items-center gap-2">
              <input type="checkbox" name="roles" value={r} defaultChecked={person?.roles.includes(r)} className="h-4 w-4" />
              {ROLE_LABELS[r]}
            </label>
          ))}
        </div>
        {errors.fields.roles && (
          <p id="roles-error" className="mt-1 text-sm text-red-700" role="alert">
            {errors.fields.roles}
          </p>
        )}
        <p className="mt-1 text-xs text-slate-600">
          {ownAccount
            ? "不能修改自己的角色，须由另一位系统管理员修改。"
            : "审核员须为市大数据局人员。系统管理员、安全管理员、审计管理员须由三个不同的人担任，安全管理员和审计管理员不兼任其他角色；已担任其中之一的人员，须先取消该角色并保存，才能改任另一个。"}
        </p>
      </fieldset>
      <Button type="submit" disabled={create.isPending || update.busy}>
        {mutation.isPending ? "正在保存…" : person ? "保存修改" : "创建人员"}
      </Button>
    </form>
  );
}
