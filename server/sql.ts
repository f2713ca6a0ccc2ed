import { getTableName, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/** `%term%` for ILIKE, with the pattern's own wildcards escaped so a user's `%` or `_` matches literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, "\\$&")}%`;
}

/**
 * A column of the outer row inside a correlated subquery, always with its table's name. Drizzle
 * leaves the table off in the select list of a query without joins, and an unqualified `id` in
 * `(select count(*) from entries e where e.competition_id = id)` is the inner table's own id: the
 * count silently becomes 0.
 */
export function outer(column: AnyPgColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
