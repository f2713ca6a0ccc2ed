import { Select } from "./field";

type Options = Record<string, string> | readonly { id: string; name: string }[];

/**
 * A labelled <select> for a GET filter form: "all" first, then the options, preselected from the
 * URL. `hideLabel` keeps the label for screen readers only, where the layout speaks for itself.
 */
export function FilterSelect({ id, label, all, options, value, hideLabel = false }: {
  id: string;
  label: string;
  all: string;
  options: Options;
  value?: string;
  hideLabel?: boolean;
}) {
  const entries = Array.isArray(options)
    ? (options as readonly { id: string; name: string }[]).map((o) => [o.id, o.name] as const)
    : Object.entries(options as Record<string, string>);
  return (
    <div>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "mb-1 block text-xs text-slate-600"}>
        {label}
      </label>
      <Select id={id} name={id} defaultValue={value ?? ""}>
        <option value="">{all}</option>
        {entries.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </Select>
    </div>
  );
}
