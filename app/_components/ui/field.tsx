import type { ComponentProps, FormEvent, ReactNode } from "react";
import { Button } from "./button";

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm aria-[invalid=true]:border-red-600 focus:border-brand-600";

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  children: ReactNode;
}

/** A labelled form field with its hint and its error beside it (linked by aria-describedby). */
export function Field({ id, label, error, hint, required, children }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required && <span className="ml-0.5 text-red-700" aria-hidden="true">*</span>}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Props that tie an input to its Field's error and hint. */
export const describedBy = (id: string, error?: string) => ({
  id,
  name: id,
  "aria-invalid": error ? true : undefined,
  "aria-describedby": error ? `${id}-error ${id}-hint` : `${id}-hint`,
});

export function Input(props: ComponentProps<"input">) {
  return <input {...props} className={`${inputClass} ${props.className ?? ""}`} />;
}

export function Select(props: ComponentProps<"select">) {
  return <select {...props} className={`${inputClass} ${props.className ?? ""}`} />;
}

export function Textarea(props: ComponentProps<"textarea">) {
  return <textarea rows={4} {...props} className={`${inputClass} ${props.className ?? ""}`} />;
}

/** A titled group of fields in a long form; `id` lets an error summary link to the group. */
export function Section({ title, id, children }: { title: string; id?: string; children: ReactNode }) {
  return (
    <fieldset id={id} tabIndex={id ? -1 : undefined} className="space-y-4 rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-base font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}

/** One line per choice of a select, saying what it means. */
export function ChoiceHints({ labels, hints }: { labels: Record<string, string>; hints: Record<string, string> }) {
  return (
    <span className="block space-y-0.5">
      {Object.entries(hints).map(([value, hint]) => (
        <span key={value} className="block">
          <strong className="font-medium text-slate-700">{labels[value]}</strong>：{hint}
        </span>
      ))}
    </span>
  );
}

/** A select's choices from a label map, after a disabled 「请选择」. */
export function Options({ labels }: { labels: Record<string, string> }) {
  return (
    <>
      <option value="" disabled>
        请选择
      </option>
      {Object.entries(labels).map(([v, l]) => (
        <option key={v} value={v}>
          {l}
        </option>
      ))}
    </>
  );
}

/** A set of checkboxes for a list value (departments, districts, life events…). */
export function CheckboxGroup({
  name,
  options,
  value,
  onChange,
}: {
  name: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (next: string[]) => void;
}) {
  return (
    <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
      {options.map((o) => (
        <label key={o.value} className="inline-flex min-h-9 items-center gap-2 text-sm">
          <input
            type="checkbox"
            name={name}
            className="h-4 w-4"
            checked={value.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}

/** 保存草稿 and 提交审核: the two ways to save an entry of the review lifecycle. */
export function SaveButtons({ pending }: { pending: boolean }) {
  return (
    <div className="flex flex-wrap gap-3">
      <Button type="submit" value="draft" variant="secondary" disabled={pending}>
        {pending ? "正在保存…" : "保存草稿"}
      </Button>
      <Button type="submit" value="submit" disabled={pending}>
        提交审核
      </Button>
    </div>
  );
}

/** True when the form was sent with SaveButtons' 提交审核. */
export const submittedForReview = (event: FormEvent<HTMLFormElement>) =>
  ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value === "submit";
