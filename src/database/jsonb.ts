import { sql, type RawBuilder } from "kysely";

/**
 * Wraps a value for a jsonb column. The JSON text is sent as a text parameter
 * and cast in SQL, so pg and PGlite store the same value.
 */
export function jsonb(value: unknown): RawBuilder<string> {
  return sql<string>`cast(${JSON.stringify(value)}::text as jsonb)`;
}
