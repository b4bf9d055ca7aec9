import { sql, type Kysely, type RawBuilder } from "kysely";
import type { DatabaseSchema } from "../../src/database/database-schema";
import { computeEventHash } from "../../src/event-store/event-hash";
import {
  eventColumns,
  hashedContentOf,
  type EventRow,
} from "../../src/event-store/event-row";

/**
 * Runs a statement against the events table with the append-only guard
 * off, as a superuser could, and turns the guard back on afterwards.
 */
export async function tamperWithEvents(
  db: Kysely<DatabaseSchema>,
  statement: RawBuilder<unknown>,
): Promise<void> {
  await sql`alter table events disable trigger events_append_only`.execute(db);
  try {
    await statement.execute(db);
  } finally {
    await sql`alter table events enable trigger events_append_only`.execute(db);
  }
}

/**
 * Recomputes the hash chain of a stream from `fromVersion` on and stores
 * the new hashes and head, as a forger covering an edit would. Data is left
 * as it is, so signatures keep the hash they signed.
 */
export async function rewriteChainFrom(
  db: Kysely<DatabaseSchema>,
  streamId: string,
  fromVersion: number,
): Promise<void> {
  const rows = (await db
    .selectFrom("events")
    .select(eventColumns)
    .where("stream_id", "=", streamId)
    .orderBy("stream_version")
    .execute()) as EventRow[];
  let previousHash = rows[fromVersion - 2]!.hash;
  for (const row of rows.slice(fromVersion - 1)) {
    const hash = computeEventHash(previousHash, hashedContentOf(row));
    await tamperWithEvents(
      db,
      sql`update events set previous_hash = ${previousHash}, hash = ${hash}
          where event_id = ${row.event_id}`,
    );
    previousHash = hash;
  }
  await db
    .updateTable("streams")
    .set({ last_hash: previousHash })
    .where("stream_id", "=", streamId)
    .execute();
}
