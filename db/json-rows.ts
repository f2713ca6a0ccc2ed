import { getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./client";

/** Extra fields of the rows, by name and SQL type, and the columns computed from them (`x."field"`). */
export interface ComputedColumns<T extends PgTable> {
  fields: Record<string, string>;
  columns: Partial<Record<keyof T["$inferInsert"] & string, SQL>>;
}

/**
 * Inserts rows sent as one JSON parameter (`json_to_recordset`), the same SQL on PostgreSQL and
 * PGlite. Drizzle's multi-row VALUES binds one parameter per cell: at 500 rows of a wide table
 * that is thousands of parameters to build, send and plan (`npm run bench`: committing 10,000
 * imported resources on PostgreSQL took 7.9 s that way, 4.9 s this way). Each row holds the same
 * fields: the table's columns by property name, as JSON gives them (dates as ISO text), and the
 * computed columns' fields; columns left out take their default.
 */
export async function insertJsonRows<T extends PgTable>(
  db: Db,
  table: T,
  rows: Record<string, unknown>[],
  computed: ComputedColumns<T> = { fields: {}, columns: {} },
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const column = (key: string) => {
    const found = columns[key];
    if (!found) throw new Error(`${getTableName(table)} has no column ${key}`);
    return found;
  };
  const given = Object.keys(rows[0]!).filter((key) => !(key in computed.fields));
  const fields = [
    ...given.map((key) => `"${key}" ${column(key).getSQLType()}`),
    ...Object.entries(computed.fields).map(([name, type]) => `"${name}" ${type}`),
  ];
  const targets = [...given, ...Object.keys(computed.columns)].map((key) => `"${column(key).name}"`);
  const values = [...given.map((key) => sql.raw(`x."${key}"`)), ...Object.values(computed.columns as Record<string, SQL>)];
  await db.execute(sql`
    insert into ${sql.raw(`"${getTableName(table)}"`)} (${sql.raw(targets.join(", "))})
    select ${sql.join(values, sql`, `)} from json_to_recordset(${JSON.stringify(rows)}::json) as x(${sql.raw(fields.join(", "))})`);
}
