"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorSummary, ReadinessPanel, RequiredLegend, useEntryForm } from "@/app/_components/entry-form";
import { Lookalikes } from "@/app/_components/lookalikes";
import { useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { ChoiceHints, describedBy, Field, Input, Options, SaveButtons, Section, Select, Textarea } from "@/app/_components/ui/field";
import { reviewChecklist } from "@/server/resources/checklist";
import { classificationCode, sharingModeText } from "@/server/resources/classification";
import {
  API_METHODS,
  CATALOGUE_CLASS_LABELS,
  CATALOGUE_ITEMS,
  DATA_ITEM_LENGTH_LIMITS,
  DATA_ITEM_TYPES,
  DELIVERY_METHOD_LABELS,
  DOMAIN_LABELS,
  OPEN_CLASS_HINTS,
  OPEN_CLASS_LABELS,
  RESOURCE_KIND_LABELS,
  resourceContentSchema,
  SHARING_CHANNEL_LABELS,
  SHARING_CLASS_HINTS,
  SHARING_CLASS_LABELS,
  UPDATE_FREQUENCY_LABELS,
  type ResourceContentInput,
} from "@/server/resources/schemas";

type Content = Required<Omit<ResourceContentInput, "tags" | "dataItems" | "linkedCodes">> & {
  tags: string;
  linkedCodes: string;
  /** 数据长度 as typed: a number once sent. */
  dataItems: { name: string; type: string; length: string; description: string }[];
};

const EMPTY: Content = {
  name: "",
  summary: "",
  kind: "" as Content["kind"],
  domain: "" as Content["domain"],
  sharingClass: "" as Content["sharingClass"],
  sharingReason: "",
  openClass: "" as Content["openClass"],
  updateFrequency: "" as Content["updateFrequency"],
  updateFrequencyNote: "",
  deliveryMethod: "" as Content["deliveryMethod"],
  sharingChannel: "platform",
  catalogueClass: "department",
  catalogueItem: "",
  catalogueSubject: "",
  catalogueDetail: "",
  linkedCodes: "",
  informationSystem: "",
  accessUrl: "",
  docUrl: "",
  tags: "",
  contactName: "",
  contactPhone: "",
  contactEmail: "",
  dataItems: [],
  apiMethod: "",
  apiPath: "",
  apiAuth: "",
  apiRateLimit: "",
  modelInputs: "",
  modelOutputs: "",
  duplicateReason: "",
};

export function ResourceForm({
  resource,
  ownDepartmentId,
}: {
  resource?: { id: string; version: number; content: ResourceContentInput };
  /** The department registering it, whose own entries 「已有同类」 does not offer to request. */
  ownDepartmentId: string;
}) {
  const trpc = useTRPC();
  const [c, setC] = useState<Content>(() =>
    resource
      ? {
          ...EMPTY,
          ...(resource.content as unknown as Content),
          tags: (resource.content.tags ?? []).join("、"),
          linkedCodes: (resource.content.linkedCodes ?? []).join("、"),
          dataItems: (resource.content.dataItems ?? []).map((d) => ({ ...d, length: d.length ? String(d.length) : "", description: d.description ?? "" })),
        }
      : EMPTY,
  );
  const create = useMutation(trpc.resource.create.mutationOptions());
  const update = useMutation(trpc.resource.update.mutationOptions());
  const form = useEntryForm({
    schema: resourceContentSchema,
    checklist: reviewChecklist,
    save: (content, submit) =>
      resource
        ? update.mutateAsync({ id: resource.id, version: resource.version, content: content as ResourceContentInput, submit })
        : create.mutateAsync({ content: content as ResourceContentInput, submit }),
    savedHref: (id, submitted) => `/resources/${id}?saved=${submitted ? "submitted" : "draft"}`,
  });
  const { errors } = form;
  const set = <K extends keyof Content>(key: K, value: Content[K]) => setC((prev) => ({ ...prev, [key]: value }));
  const text = (key: keyof Content) => ({
    ...describedBy(key, errors[key]),
    value: c[key] as string,
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as never),
  });

  const content = {
    ...c,
    tags: c.tags.split(/[、,，;；\s]+/).filter(Boolean),
    linkedCodes: c.linkedCodes.split(/[、,，;；\s]+/).filter(Boolean),
    // A length kept from another type is dropped rather than refused: the field is hidden then.
    dataItems:
      c.kind === "dataset"
        ? c.dataItems.map(({ length, ...d }) =>
            length.trim() && DATA_ITEM_LENGTH_LIMITS[d.type as keyof typeof DATA_ITEM_LENGTH_LIMITS] ? { ...d, length: Number(length) } : d,
          )
        : [],
  };
  const classCode = classificationCode({ catalogueClass: c.catalogueClass, catalogueItem: c.catalogueItem });
  const classItems: readonly string[] = c.catalogueClass === "basic" || c.catalogueClass === "theme" ? CATALOGUE_ITEMS[c.catalogueClass] : [];

  const setItem = (i: number, key: "name" | "type" | "length" | "description", value: string) =>
    set("dataItems", c.dataItems.map((d, j) => (j === i ? { ...d, [key]: value } : d)));

  return (
    <form onSubmit={(e) => form.onSubmit(e, content)} className="space-y-6" noValidate>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <RequiredLegend />
      <Section title="基本信息">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="name" label="资源名称" required error={errors.name}>
            <Input {...text("name")} maxLength={100} />
          </Field>
          <Field id="kind" label="资源类型" required error={errors.kind}>
            <Select {...text("kind")}>
              <Options labels={RESOURCE_KIND_LABELS} />
            </Select>
          </Field>
          <Field id="domain" label="所属领域" required error={errors.domain}>
            <Select {...text("domain")}>
              <Options labels={DOMAIN_LABELS} />
            </Select>
          </Field>
          <Field id="updateFrequency" label="更新频率" required error={errors.updateFrequency} hint="即目录中的更新周期">
            <Select {...text("updateFrequency")}>
              <Options labels={UPDATE_FREQUENCY_LABELS} />
            </Select>
          </Field>
          {c.updateFrequency === "other" && (
            <Field id="updateFrequencyNote" label="更新周期说明" required error={errors.updateFrequencyNote} hint="如：每两年、随批复文件更新">
              <Input {...text("updateFrequencyNote")} maxLength={50} />
            </Field>
          )}
        </div>
        <Field id="summary" label="资源摘要" required error={errors.summary} hint="说明资源包含什么、来源和用途，不少于 20 字">
          <Textarea {...text("summary")} maxLength={1000} />
        </Field>
        <Field id="tags" label="标签" required error={errors.tags} hint="用顿号或逗号分隔，最多 10 个，如：社保、参保">
          <Input {...text("tags")} />
        </Field>
      </Section>
      <Lookalikes
        probe={{ entryType: "resource", name: c.name, summary: c.summary, kind: c.kind, excludeId: resource?.id }}
        ownDepartmentId={ownDepartmentId}
        reason={c.duplicateReason}
        onReason={(value) => set("duplicateReason", value)}
        error={errors.duplicateReason}
      />

      <Section title="共享与开放">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="sharingClass" label="共享属性" required error={errors.sharingClass} hint={<ChoiceHints labels={SHARING_CLASS_LABELS} hints={SHARING_CLASS_HINTS} />}>
            <Select {...text("sharingClass")}>
              <Options labels={SHARING_CLASS_LABELS} />
            </Select>
          </Field>
          <Field id="openClass" label="开放属性" required error={errors.openClass} hint={<ChoiceHints labels={OPEN_CLASS_LABELS} hints={OPEN_CLASS_HINTS} />}>
            <Select {...text("openClass")}>
              <Options labels={OPEN_CLASS_LABELS} />
            </Select>
          </Field>
        </div>
        {c.sharingClass && c.sharingClass !== "unconditional" && (
          <Field id="sharingReason" label={c.sharingClass === "none" ? "不予共享理由和依据" : "共享条件"} required error={errors.sharingReason}>
            <Textarea {...text("sharingReason")} rows={2} maxLength={500} />
          </Field>
        )}
      </Section>

      <Section title="目录分类">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="catalogueClass"
            label="信息资源分类"
            required
            error={errors.catalogueClass}
            hint="政务信息资源目录的资源属性：基础、主题信息资源同时列入全市基础库或主题库目录；其余为部门信息资源"
          >
            <Select
              {...describedBy("catalogueClass", errors.catalogueClass)}
              value={c.catalogueClass}
              onChange={(e) => setC((prev) => ({ ...prev, catalogueClass: e.target.value as Content["catalogueClass"], catalogueItem: "" }))}
            >
              <Options labels={CATALOGUE_CLASS_LABELS} />
            </Select>
          </Field>
          {classItems.length > 0 ? (
            <Field id="catalogueItem" label="分类项" required error={errors.catalogueItem}>
              <Select {...text("catalogueItem")}>
                <option value="" disabled>
                  请选择
                </option>
                {classItems.map((item) => (
                  <option key={item}>{item}</option>
                ))}
              </Select>
            </Field>
          ) : (
            <div className="space-y-1 text-sm">
              <p className="font-medium text-slate-800">分类项</p>
              <p className="py-2 text-slate-700">本部门（部门信息资源按提供部门分项）</p>
            </div>
          )}
          <Field id="catalogueSubject" label="分类目" error={errors.catalogueSubject} hint="选填，如：户籍人口">
            <Input {...text("catalogueSubject")} maxLength={50} />
          </Field>
          <Field id="catalogueDetail" label="分类细目" error={errors.catalogueDetail} hint="选填">
            <Input {...text("catalogueDetail")} maxLength={50} />
          </Field>
        </div>
        <p className="text-sm text-slate-700" aria-live="polite">
          分类码 <span className="font-mono">{classCode || "（选择分类项后生成）"}</span>；信息资源代码为「分类码/资源编码的顺序号」，保存后生成。
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="informationSystem" label="所属信息系统" error={errors.informationSystem} hint="存放该资源的业务信息系统，如：市社会保险信息系统">
            <Input {...text("informationSystem")} maxLength={100} />
          </Field>
          <Field id="linkedCodes" label="关联资源代码" error={errors.linkedCodes} hint="相关资源的资源编码，用顿号分隔，如：QDZY-SJ-000123">
            <Input {...text("linkedCodes")} className="font-mono" />
          </Field>
        </div>
      </Section>

      <Section title="交付方式">
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="deliveryMethod" label="交付方式" required error={errors.deliveryMethod}>
            <Select {...text("deliveryMethod")}>
              <Options labels={DELIVERY_METHOD_LABELS} />
            </Select>
          </Field>
          <Field
            id="sharingChannel"
            label="共享方式"
            required
            error={errors.sharingChannel}
            hint={c.deliveryMethod ? `目录中记为：${sharingModeText({ sharingChannel: c.sharingChannel, deliveryMethod: c.deliveryMethod })}` : "共享方式类型由交付方式确定"}
          >
            <Select {...text("sharingChannel")}>
              <Options labels={SHARING_CHANNEL_LABELS} />
            </Select>
          </Field>
          <Field id="accessUrl" label="访问地址" error={errors.accessUrl}>
            <Input {...text("accessUrl")} type="url" placeholder="https://" />
          </Field>
          <Field id="docUrl" label="文档链接" error={errors.docUrl}>
            <Input {...text("docUrl")} type="url" placeholder="https://" />
          </Field>
        </div>
      </Section>

      {c.kind === "dataset" && (
        <Section title="数据项" id="dataItems">
          {errors.dataItems && <p className="text-sm text-red-700">{errors.dataItems}</p>}
          {c.dataItems.length === 0 && <p className="text-sm text-slate-600">尚未添加数据项。数据资源应列出每个字段的名称、类型（字符串和数值写明长度）和含义。</p>}
          <ol className="space-y-3">
            {c.dataItems.map((d, i) => (
              <li key={i} className="grid gap-2 rounded-md bg-slate-50 p-3 sm:grid-cols-[1fr_8rem_6rem_2fr_auto] sm:items-end">
                <Field id={`dataItems.${i}.name`} label={`数据项 ${i + 1} 名称`} error={errors[`dataItems.${i}.name`]}>
                  <Input {...describedBy(`dataItems.${i}.name`, errors[`dataItems.${i}.name`])} value={d.name} onChange={(e) => setItem(i, "name", e.target.value)} />
                </Field>
                <Field id={`dataItems.${i}.type`} label="类型" error={errors[`dataItems.${i}.type`]}>
                  <Select {...describedBy(`dataItems.${i}.type`, errors[`dataItems.${i}.type`])} value={d.type} onChange={(e) => setItem(i, "type", e.target.value)}>
                    {DATA_ITEM_TYPES.map((t) => (
                      <option key={t}>{t}</option>
                    ))}
                  </Select>
                </Field>
                {DATA_ITEM_LENGTH_LIMITS[d.type as keyof typeof DATA_ITEM_LENGTH_LIMITS] ? (
                  <Field id={`dataItems.${i}.length`} label={d.type === "数值" ? "精度" : "长度"} error={errors[`dataItems.${i}.length`]}>
                    <Input
                      {...describedBy(`dataItems.${i}.length`, errors[`dataItems.${i}.length`])}
                      value={d.length}
                      onChange={(e) => setItem(i, "length", e.target.value)}
                      inputMode="numeric"
                      placeholder={d.type === "数值" ? "1–38" : "1–65535"}
                    />
                  </Field>
                ) : (
                  <span aria-hidden="true" className="hidden sm:block" />
                )}
                <Field id={`dataItems.${i}.description`} label="说明" error={errors[`dataItems.${i}.description`]}>
                  <Input {...describedBy(`dataItems.${i}.description`, errors[`dataItems.${i}.description`])} value={d.description} onChange={(e) => setItem(i, "description", e.target.value)} />
                </Field>
                <Button variant="secondary" onClick={() => set("dataItems", c.dataItems.filter((_, j) => j !== i))} aria-label={`删除数据项 ${i + 1}`}>
                  删除
                </Button>
              </li>
            ))}
          </ol>
          <Button variant="secondary" onClick={() => set("dataItems", [...c.dataItems, { name: "", type: DATA_ITEM_TYPES[0], length: "", description: "" }])}>
            添加数据项
          </Button>
        </Section>
      )}

      {c.kind === "api" && (
        <Section title="接口信息">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="apiMethod" label="请求方法" error={errors.apiMethod}>
              <Select {...text("apiMethod")}>
                <option value="">请选择</option>
                {API_METHODS.map((m) => (
                  <option key={m}>{m}</option>
                ))}
              </Select>
            </Field>
            <Field id="apiPath" label="接口路径" error={errors.apiPath}>
              <Input {...text("apiPath")} placeholder="/api/v1/…" />
            </Field>
            <Field id="apiAuth" label="认证方式" error={errors.apiAuth}>
              <Input {...text("apiAuth")} placeholder="如：AppKey + 签名" />
            </Field>
            <Field id="apiRateLimit" label="调用限制" error={errors.apiRateLimit}>
              <Input {...text("apiRateLimit")} placeholder="如：50次/秒" />
            </Field>
          </div>
        </Section>
      )}

      {c.kind === "algorithm" && (
        <Section title="模型输入输出">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="modelInputs" label="模型输入" error={errors.modelInputs}>
              <Textarea {...text("modelInputs")} rows={2} />
            </Field>
            <Field id="modelOutputs" label="模型输出" error={errors.modelOutputs}>
              <Textarea {...text("modelOutputs")} rows={2} />
            </Field>
          </div>
        </Section>
      )}

      <Section title="联系人">
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="contactName" label="联系人" required error={errors.contactName} hint="提交审核时必填">
            <Input {...text("contactName")} />
          </Field>
          <Field id="contactPhone" label="联系电话" required error={errors.contactPhone} hint="提交审核时必填">
            <Input {...text("contactPhone")} type="tel" />
          </Field>
          <Field id="contactEmail" label="电子邮箱" error={errors.contactEmail}>
            <Input {...text("contactEmail")} type="email" />
          </Field>
        </div>
      </Section>

      <ReadinessPanel items={form.live(content)} />
      <SaveButtons pending={form.pending} />
    </form>
  );
}
