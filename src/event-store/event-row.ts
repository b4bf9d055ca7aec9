import type { Selectable } from "kysely";
import type { EventsTable } from "../database/database-schema";
import type { RecordedEvent } from "./event-envelope";
import type { HashedContent } from "./event-hash";

/** Columns read whenever an event is loaded. */
export const eventColumns = [
  "global_position",
  "transaction_id",
  "event_id",
  "stream_id",
  "stream_version",
  "type",
  "schema_version",
  "data",
  "actor_id",
  "recorded_at",
  "effective_at",
  "correlation_id",
  "causation_id",
  "reason",
  "previous_hash",
  "hash",
] as const;

export type EventRow = Selectable<EventsTable>;

/** Converts a stored row to the event shape the rest of the code uses. */
export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    globalPosition: row.global_position,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: {
      actorId: row.actor_id,
      effectiveAt: toIso(row.effective_at),
      correlationId: row.correlation_id,
      causationId: row.causation_id,
      reason: row.reason,
    },
    recordedAt: toIso(row.recorded_at),
    hash: row.hash,
  };
}

/** The fields of a stored row that its hash covers. */
export function hashedContentOf(row: EventRow): HashedContent {
  return {
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    actorId: row.actor_id,
    recordedAt: toIso(row.recorded_at),
    effectiveAt: toIso(row.effective_at),
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    reason: row.reason,
  };
}

function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
