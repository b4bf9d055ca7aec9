import { sql, type Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import { InvalidInputError } from "../domain/errors";
import type { RecordedEvent } from "./event-envelope";
import { eventColumns, toRecordedEvent, type EventRow } from "./event-row";

/**
 * An opaque position in the global log. A reader stores the checkpoint of
 * the last page it handled and passes it back to read what follows.
 */
export type Checkpoint = string;

export interface ReadAllPage {
  events: RecordedEvent[];
  /** Position the next read starts after, unchanged when nothing was read. */
  checkpoint: Checkpoint | null;
}

/**
 * Reads the global log after a checkpoint, oldest first, at most `limit`
 * events. Events are ordered by the transaction that wrote them, and only
 * transactions older than every transaction still running are read. So an
 * event that a slow writer commits late is never placed before a checkpoint
 * already handed out: a reader that follows the checkpoints sees every
 * committed event exactly once.
 *
 * Any long-running transaction that has written, in any database of the
 * same PostgreSQL server, holds back every reader until it ends, because
 * transaction ids are shared across the server.
 */
export async function readAll(
  db: Kysely<DatabaseSchema>,
  after: Checkpoint | null,
  limit: number,
): Promise<ReadAllPage> {
  let query = db
    .selectFrom("events")
    .select(eventColumns)
    .where(
      "transaction_id",
      "<",
      sql<string>`pg_snapshot_xmin(pg_current_snapshot())`,
    );
  if (after !== null) {
    const { transactionId, position } = parseCheckpoint(after);
    query = query.where(
      sql<boolean>`(transaction_id, global_position) > (${transactionId}::text::xid8, ${position}::bigint)`,
    );
  }
  const rows = (await query
    .orderBy("transaction_id")
    .orderBy("global_position")
    .limit(limit)
    .execute()) as EventRow[];

  const last = rows.at(-1);
  return {
    events: rows.map(toRecordedEvent),
    checkpoint:
      last === undefined
        ? after
        : formatCheckpoint(last.transaction_id, last.global_position),
  };
}

function formatCheckpoint(transactionId: string, position: string): Checkpoint {
  return `${transactionId}:${position}`;
}

function parseCheckpoint(checkpoint: Checkpoint): {
  transactionId: string;
  position: string;
} {
  const match = /^(\d{1,20}):(\d{1,19})$/.exec(checkpoint);
  if (match === null) {
    throw new InvalidInputError(
      `Checkpoint "${checkpoint}" is not one this log handed out.`,
    );
  }
  return { transactionId: match[1]!, position: match[2]! };
}
