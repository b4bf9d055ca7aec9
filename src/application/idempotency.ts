import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import { IdempotencyKeyReusedError, InvalidInputError } from "../domain/errors";
import { canonicalJson } from "../event-store/event-hash";

/** A command request sent with an idempotency key. */
export interface KeyedRequest {
  actorId: string;
  idempotencyKey: string;
  /** Name of the command, such as `rateCompetency`. */
  command: string;
  /** The request's input, compared on a retry. */
  input: unknown;
}

const maxKeyLength = 200;

/**
 * Returns the stream and version that an earlier request with the same key
 * left, or null when the key is new. Keys are scoped to the actor.
 *
 * Throws IdempotencyKeyReusedError when the key was used for another command
 * or other input, and InvalidInputError for an empty or overlong key.
 */
export async function findEarlierRequest(
  db: Kysely<DatabaseSchema>,
  request: KeyedRequest,
): Promise<{ streamId: string; streamVersion: number } | null> {
  const key = request.idempotencyKey;
  if (key.trim() === "" || key.length > maxKeyLength) {
    throw new InvalidInputError(
      `An idempotency key must be 1 to ${maxKeyLength} characters.`,
      { field: "idempotencyKey" },
    );
  }
  const row = await db
    .selectFrom("command_requests")
    .select(["command", "request_hash", "stream_id", "stream_version"])
    .where("actor_id", "=", request.actorId)
    .where("idempotency_key", "=", key)
    .executeTakeFirst();
  if (row === undefined) return null;
  if (
    row.command !== request.command ||
    row.request_hash !== hashInput(request)
  ) {
    throw new IdempotencyKeyReusedError(
      `Idempotency key "${key}" was already used for a different ${row.command} request. Send a new key for a new request.`,
      { idempotencyKey: key },
    );
  }
  return { streamId: row.stream_id, streamVersion: Number(row.stream_version) };
}

/** Records a handled request under its key, in the caller's transaction. */
export async function recordRequest(
  db: Kysely<DatabaseSchema>,
  request: KeyedRequest,
  result: { streamId: string; streamVersion: number },
  now: Date,
): Promise<void> {
  await db
    .insertInto("command_requests")
    .values({
      actor_id: request.actorId,
      idempotency_key: request.idempotencyKey,
      command: request.command,
      request_hash: hashInput(request),
      stream_id: result.streamId,
      stream_version: result.streamVersion,
      created_at: now,
    })
    .execute();
}

function hashInput(request: KeyedRequest): string {
  return createHash("sha256")
    .update(canonicalJson(request.input))
    .digest("hex");
}
