import type { Kysely, Transaction } from "kysely";
import { jsonb } from "../database/jsonb";
import type { DatabaseSchema } from "../database/database-schema";
import { InvalidInputError, VersionConflictError } from "../domain/errors";
import type { NewEvent, RecordedEvent } from "./event-envelope";
import { canonicalJson, computeEventHash, genesisHash } from "./event-hash";
import { eventColumns, toRecordedEvent, type EventRow } from "./event-row";
import {
  describeExpectation,
  meetsExpectation,
  type ExpectedVersion,
} from "./expected-version";
import { isUuid } from "../domain/ids";

export interface AppendRequest {
  streamId: string;
  /** Kind of aggregate, such as `evaluation`; fixed when the stream starts. */
  streamType: string;
  expectedVersion: ExpectedVersion;
  events: NewEvent[];
}

export interface AppendResult {
  /** Version of the stream's last event after the append. */
  streamVersion: number;
  /** The events as stored, in stream order. */
  events: RecordedEvent[];
  /**
   * True when every event id was already stored by an earlier identical
   * append: nothing new was written and `events` are the earlier ones.
   */
  duplicate: boolean;
}

/**
 * Appends events to a stream under an optimistic version check and extends
 * the stream's hash chain. Runs in the caller's transaction when given one,
 * so read models can be updated atomically with the append.
 *
 * Throws VersionConflictError when the stream is not at the expected version,
 * and InvalidInputError when an event id was used before for other content.
 * A retry with the same event ids and content returns the first result.
 */
export async function appendToStream(
  db: Kysely<DatabaseSchema>,
  request: AppendRequest,
): Promise<AppendResult> {
  if (request.events.length === 0) {
    throw new InvalidInputError("An append needs at least one event.");
  }
  const badId = request.events.find((event) => !isUuid(event.eventId));
  if (badId !== undefined) {
    throw new InvalidInputError(
      `Event id "${badId.eventId}" is not a UUID; give each event a UUID.`,
    );
  }
  if (db.isTransaction) {
    return appendInTransaction(db as Transaction<DatabaseSchema>, request);
  }
  return db.transaction().execute((trx) => appendInTransaction(trx, request));
}

async function appendInTransaction(
  trx: Transaction<DatabaseSchema>,
  request: AppendRequest,
): Promise<AppendResult> {
  const { streamId, streamType, expectedVersion, events } = request;

  // Creating the row first means concurrent appends to a new stream queue on
  // this one row lock instead of racing to insert its first event.
  await trx
    .insertInto("streams")
    .values({
      stream_id: streamId,
      stream_type: streamType,
      version: 0,
      last_hash: genesisHash,
    })
    .onConflict((conflict) => conflict.column("stream_id").doNothing())
    .execute();

  const stream = await trx
    .selectFrom("streams")
    .select(["version", "last_hash", "stream_type"])
    .where("stream_id", "=", streamId)
    .forUpdate()
    .executeTakeFirstOrThrow();

  if (stream.stream_type !== streamType) {
    throw new InvalidInputError(
      `Stream ${streamId} contains ${stream.stream_type} events, so ${streamType} events cannot be appended to it.`,
    );
  }

  const earlier = await findEarlierAppend(trx, request);
  if (earlier !== null) {
    return {
      streamVersion: Number(stream.version),
      events: earlier,
      duplicate: true,
    };
  }

  const actualVersion = Number(stream.version);
  if (!meetsExpectation(expectedVersion, actualVersion)) {
    throw new VersionConflictError(
      `Stream ${streamId} is at version ${actualVersion}, but the request expected ${describeExpectation(expectedVersion)}. Reload it and try again.`,
      { streamId, expectedVersion, actualVersion },
    );
  }

  const recordedAt = new Date();
  let previousHash = stream.last_hash;
  const rows = events.map((event, index) => {
    const streamVersion = actualVersion + index + 1;
    const effectiveAt = new Date(event.metadata.effectiveAt);
    const hash = computeEventHash(previousHash, {
      streamId,
      streamVersion,
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      actorId: event.metadata.actorId,
      recordedAt: recordedAt.toISOString(),
      effectiveAt: effectiveAt.toISOString(),
      correlationId: event.metadata.correlationId,
      causationId: event.metadata.causationId,
      reason: event.metadata.reason,
    });
    const row = {
      event_id: event.eventId,
      stream_id: streamId,
      stream_version: streamVersion,
      type: event.type,
      schema_version: event.schemaVersion,
      data: jsonb(event.data),
      actor_id: event.metadata.actorId,
      recorded_at: recordedAt,
      effective_at: effectiveAt,
      correlation_id: event.metadata.correlationId,
      causation_id: event.metadata.causationId,
      reason: event.metadata.reason,
      previous_hash: previousHash,
      hash,
    };
    previousHash = hash;
    return row;
  });

  const stored = await trx
    .insertInto("events")
    .values(rows)
    .returning(eventColumns)
    .execute();

  const streamVersion = actualVersion + events.length;
  await trx
    .updateTable("streams")
    .set({
      version: streamVersion,
      last_hash: previousHash,
      updated_at: recordedAt,
    })
    .where("stream_id", "=", streamId)
    .execute();

  return {
    streamVersion,
    events: (stored as EventRow[]).map(toRecordedEvent),
    duplicate: false,
  };
}

/**
 * Returns the stored events when this exact append happened before, null when
 * none of its event ids is stored, and throws when only some are or when the
 * content differs.
 */
async function findEarlierAppend(
  trx: Transaction<DatabaseSchema>,
  request: AppendRequest,
): Promise<RecordedEvent[] | null> {
  const ids = request.events.map((event) => event.eventId);
  const found = (await trx
    .selectFrom("events")
    .select(eventColumns)
    .where("event_id", "in", ids)
    .orderBy("global_position")
    .execute()) as EventRow[];
  if (found.length === 0) return null;

  const byId = new Map(found.map((row) => [row.event_id, row]));
  const firstVersion = Number(byId.get(ids[0]!)?.stream_version ?? 0);
  const sameAppend = request.events.every((event, index) => {
    const row = byId.get(event.eventId);
    return (
      row !== undefined &&
      row.stream_id === request.streamId &&
      Number(row.stream_version) === firstVersion + index &&
      row.type === event.type &&
      canonicalJson(row.data) === canonicalJson(event.data)
    );
  });
  if (!sameAppend) {
    throw new InvalidInputError(
      `Event id ${found[0]!.event_id} was already used for a different event. Use a new id for new content.`,
      { eventId: found[0]!.event_id },
    );
  }
  return request.events.map((event) =>
    toRecordedEvent(byId.get(event.eventId)!),
  );
}
