import type pg from "pg";
import type { LogPhase } from "./district-log";

const rowsPerStatement = 5000;

/**
 * Inserts a phase's stream heads, then its events in recorded order, with
 * set-based statements of up to 5000 rows. The append-only triggers stay on:
 * inserting is what they allow, and the subject trigger fills
 * `event_subjects` as it would for any append.
 */
export async function insertPhase(client: pg.Client, phase: LogPhase) {
  for (let start = 0; start < phase.streams.length; start += rowsPerStatement) {
    const streams = phase.streams.slice(start, start + rowsPerStatement);
    await client.query(
      `insert into streams (stream_id, stream_type, version, last_hash)
       select * from unnest($1::text[], $2::text[], $3::bigint[], $4::text[])`,
      [
        streams.map((stream) => stream.streamId),
        streams.map((stream) => stream.streamType),
        streams.map((stream) => stream.version),
        streams.map((stream) => stream.lastHash),
      ],
    );
  }

  for (let start = 0; start < phase.events.length; start += rowsPerStatement) {
    const events = phase.events.slice(start, start + rowsPerStatement);
    await client.query(
      `insert into events (event_id, stream_id, stream_version, type,
         schema_version, data, actor_id, recorded_at, effective_at,
         correlation_id, causation_id, reason, previous_hash, hash)
       select event_id, stream_id, stream_version, type, 1, data::jsonb,
         actor_id, recorded_at, effective_at, correlation_id, null, reason,
         previous_hash, hash
       from unnest($1::uuid[], $2::text[], $3::bigint[], $4::text[],
         $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[],
         $9::text[], $10::text[], $11::text[], $12::text[])
         as batch (event_id, stream_id, stream_version, type, data, actor_id,
           recorded_at, effective_at, correlation_id, reason, previous_hash,
           hash)`,
      [
        events.map((event) => event.eventId),
        events.map((event) => event.streamId),
        events.map((event) => event.streamVersion),
        events.map((event) => event.type),
        events.map((event) => JSON.stringify(event.data)),
        events.map((event) => event.actorId),
        events.map((event) => event.recordedAt.toISOString()),
        events.map((event) => event.effectiveAt.toISOString()),
        events.map((event) => event.correlationId),
        events.map((event) => event.reason),
        events.map((event) => event.previousHash),
        events.map((event) => event.hash),
      ],
    );
  }
}
