import type { ReactNode } from "react";

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  className?: string;
  /** Long text (a summary) wraps; everything else stays on one line and the table scrolls. */
  wrap?: boolean;
  /** What the row is (a name): the heading of its card on a phone. */
  primary?: boolean;
  /** The figure the table exists to show: beside the name on a phone, never scrolled out of sight. */
  metric?: boolean;
}

interface TableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty?: string;
}

/**
 * A table. On a phone, a table with a `primary` column becomes a list of cards — the name with its
 * `metric` beside it, the other columns as labelled lines — so no number hides behind a sideways
 * scroll; any other table scrolls sideways, with a shadow at the edge and a line saying so.
 */
export function Table<T>(props: TableProps<T>) {
  const stacked = props.columns.some((c) => c.primary);
  return (
    <>
      <div className={stacked ? "hidden sm:block" : undefined}>
        <ScrollingTable {...props} />
      </div>
      {stacked && (
        <div className="sm:hidden">
          <StackedRows {...props} />
        </div>
      )}
    </>
  );
}

function ScrollingTable<T>({ caption, columns, rows, rowKey, empty = "暂无数据" }: TableProps<T>) {
  return (
    <>
      {/* Focusable, so keyboard users can scroll a wide table sideways on a phone. */}
      <div className="scroll-shadows relative overflow-x-auto rounded-lg border border-slate-200" tabIndex={0} role="region" aria-label={caption}>
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50">
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col" className={`px-3 py-2 text-left font-medium whitespace-nowrap text-slate-700 ${c.className ?? ""}`}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-3 py-8 text-center text-slate-500">
                  {empty}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={rowKey(row)} className="hover:bg-slate-50/80">
                  {columns.map((c) => (
                    <td key={c.header} className={`px-3 py-2 align-top ${c.wrap ? "min-w-64" : "whitespace-nowrap"} ${c.className ?? ""}`}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {columns.length > 3 && (
        <p className="mt-1 text-xs text-slate-600 sm:hidden" aria-hidden="true">
          ← 表格较宽，可左右滑动查看 →
        </p>
      )}
    </>
  );
}

function StackedRows<T>({ caption, columns, rows, rowKey, empty = "暂无数据" }: TableProps<T>) {
  const primary = columns.find((c) => c.primary)!;
  const metric = columns.find((c) => c.metric);
  const rest = columns.filter((c) => c !== primary && c !== metric);
  if (rows.length === 0) return <p className="rounded-lg border border-slate-200 bg-white px-3 py-8 text-center text-sm text-slate-500">{empty}</p>;
  return (
    <ul aria-label={caption} className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
      {rows.map((row) => (
        <li key={rowKey(row)} className="px-3 py-2">
          <div className="flex items-baseline justify-between gap-3">
            <span className="min-w-0 font-medium text-slate-900">{primary.cell(row)}</span>
            {metric && (
              <span className="shrink-0 text-right">
                <span className="sr-only">{metric.header}：</span>
                <span className="text-base font-semibold text-brand-700">{metric.cell(row)}</span>
                <span className="block text-xs text-slate-600" aria-hidden="true">
                  {metric.header}
                </span>
              </span>
            )}
          </div>
          {rest.length > 0 && (
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-slate-700">
              {rest.map((c) => (
                <div key={c.header} className="contents">
                  <dt className="text-slate-600">{c.header}</dt>
                  <dd className="min-w-0">{c.cell(row)}</dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}
