"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorSummary, ReadinessPanel, RequiredLegend, useEntryForm } from "@/app/_components/entry-form";
import { useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { CheckboxGroup, describedBy, Field, Input, Options, SaveButtons, Section, Select, Textarea } from "@/app/_components/ui/field";
import { placeChecklist } from "@/server/no-proof/checklist";
import { E_LICENCE_LABELS, PLACE_KIND_LABELS, placeContentSchema, type PlaceContentInput, type Venue } from "@/server/no-proof/schemas";

const EMPTY_VENUE: Venue = { name: "", districtCode: "", address: "" };
const labelled = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

interface Props {
  districts: { code: string; name: string }[];
  entry?: { id: string; version: number; content: PlaceContentInput };
}

/** A kind of 一码亮证 place: which e-licences it takes and example venues, kept by one department. */
export function PlaceForm({ districts, entry }: Props) {
  const trpc = useTRPC();
  const [kind, setKind] = useState<string>(entry?.content.kind ?? "");
  const [licences, setLicences] = useState<string[]>([...(entry?.content.acceptedLicences ?? [])]);
  const [description, setDescription] = useState(entry?.content.description ?? "");
  const [venues, setVenues] = useState<Venue[]>(entry?.content.venues?.map((v) => ({ ...v })) ?? [{ ...EMPTY_VENUE }]);
  const create = useMutation(trpc.place.create.mutationOptions());
  const update = useMutation(trpc.place.update.mutationOptions());
  const form = useEntryForm({
    schema: placeContentSchema,
    checklist: placeChecklist,
    save: (content, submit) =>
      entry
        ? update.mutateAsync({ id: entry.id, version: entry.version, content: content as PlaceContentInput, submit })
        : create.mutateAsync({ content: content as PlaceContentInput, submit }),
    savedHref: (id, submitted) => `/console/no-proof/places/${id}?saved=${submitted ? "submitted" : "draft"}`,
  });
  const { errors } = form;
  const content = { kind, acceptedLicences: licences, description, venues };
  const setVenue = (i: number, key: keyof Venue, value: string) => setVenues(venues.map((v, j) => (j === i ? { ...v, [key]: value } : v)));

  return (
    <form onSubmit={(e) => form.onSubmit(e, content)} className="space-y-6" noValidate>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <RequiredLegend />
      <Section title="场所">
        <Field id="kind" label="场所类型" required error={errors.kind} hint="每类场所全市登记一次；已由其他部门登记的类型请联系该部门修改">
          <Select {...describedBy("kind", errors.kind)} value={kind} onChange={(e) => setKind(e.target.value)} disabled={!!entry}>
            <Options labels={PLACE_KIND_LABELS} />
          </Select>
        </Field>
        <Field id="description" label="场所说明" required error={errors.description} hint="用市民听得懂的话说：在这里怎么亮证、扫什么码">
          <Textarea {...describedBy("description", errors.description)} rows={3} maxLength={300} value={description} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        <fieldset id="acceptedLicences" tabIndex={-1} className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">
            可出示的电子证照<span className="ml-0.5 text-red-700" aria-hidden="true">*</span>
          </legend>
          {errors.acceptedLicences && <p className="text-sm text-red-700">{errors.acceptedLicences}</p>}
          <CheckboxGroup name="acceptedLicences" options={labelled(E_LICENCE_LABELS)} value={licences} onChange={setLicences} />
        </fieldset>
      </Section>
      <Section title="示例场所" id="venues">
        <p className="text-sm text-slate-600">列出各区市可以亮证的代表性场所，公众页面按区市展示。</p>
        {errors.venues && <p className="text-sm text-red-700">{errors.venues}</p>}
        <ol className="space-y-3">
          {venues.map((v, i) => {
            const id = (key: keyof Venue) => `venues.${i}.${key}`;
            return (
              <li key={i} className="grid gap-2 rounded-md bg-slate-50 p-3 sm:grid-cols-[2fr_1fr_2fr_auto] sm:items-end">
                <Field id={id("name")} label={`场所 ${i + 1} 名称`} error={errors[id("name")]}>
                  <Input {...describedBy(id("name"), errors[id("name")])} value={v.name} onChange={(e) => setVenue(i, "name", e.target.value)} />
                </Field>
                <Field id={id("districtCode")} label="区市" error={errors[id("districtCode")]}>
                  <Select {...describedBy(id("districtCode"), errors[id("districtCode")])} value={v.districtCode} onChange={(e) => setVenue(i, "districtCode", e.target.value)}>
                    <Options labels={Object.fromEntries(districts.map((d) => [d.code, d.name]))} />
                  </Select>
                </Field>
                <Field id={id("address")} label="地址" error={errors[id("address")]}>
                  <Input {...describedBy(id("address"), errors[id("address")])} value={v.address} onChange={(e) => setVenue(i, "address", e.target.value)} />
                </Field>
                <Button variant="secondary" onClick={() => setVenues(venues.filter((_, j) => j !== i))} aria-label={`删除场所 ${i + 1}`}>
                  删除
                </Button>
              </li>
            );
          })}
        </ol>
        <Button variant="secondary" onClick={() => setVenues([...venues, { ...EMPTY_VENUE }])}>
          添加示例场所
        </Button>
      </Section>
      <ReadinessPanel items={form.live(content)} />
      <SaveButtons pending={form.pending} />
    </form>
  );
}
