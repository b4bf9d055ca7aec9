import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import type { AuditEvent } from "./audit-event";
import { encodeAuditCursor } from "./audit-cursor";
import type { AuditLogFilter } from "./audit-log-filter";
import { readAuditLog, type AuditLogOrder } from "./read-audit-log";

/**
 * Yields every event the filter matches, in `order`, reading `pageSize`
 * events per query. Events appended while it runs are included when they
 * land beyond the last page read, which is always so for oldest-first
 * order. Throws what `readAuditLog` throws.
 */
export async function* iterateAuditLog(
  db: Kysely<DatabaseSchema>,
  filter: AuditLogFilter,
  order: AuditLogOrder,
  pageSize = 1000,
): AsyncGenerator<AuditEvent> {
  let after: string | null = null;
  for (;;) {
    const page = await readAuditLog(db, {
      filter,
      order,
      first: pageSize,
      after,
    });
    yield* page.events;
    const last = page.events.at(-1);
    if (!page.hasNextPage || last === undefined) return;
    after = encodeAuditCursor(last.globalPosition);
  }
}
