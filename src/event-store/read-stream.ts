import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import type { RecordedEvent } from "./event-envelope";
import { eventColumns, toRecordedEvent, type EventRow } from "./event-row";

export interface ReadStreamOptions {
  /** Last stream version to include; all events when absent. */
  toVersion?: number;
}

/**
 * Returns a stream's events in stream order, or an empty array for a stream
 * that does not exist.
 */
export async function readStream(
  db: Kysely<DatabaseSchema>,
  streamId: string,
  options: ReadStreamOptions = {},
): Promise<RecordedEvent[]> {
  let query = db
    .selectFrom("events")
    .select(eventColumns)
    .where("stream_id", "=", streamId);
  if (options.toVersion !== undefined) {
    query = query.where("stream_version", "<=", String(options.toVersion));
  }
  const rows = await query.orderBy("stream_version").execute();
  return (rows as EventRow[]).map(toRecordedEvent);
}
