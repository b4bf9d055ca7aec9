import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import type { Actor } from "../domain/actor";
import {
  InvalidInputError,
  NotFoundError,
  RuleViolationError,
  VersionConflictError,
} from "../domain/errors";
import {
  evaluationEventSchemaVersion,
  type EvaluationEvent,
} from "../domain/evaluation/evaluation-events";
import {
  foldEvaluation,
  type EvaluationState,
  type FoldableEvent,
} from "../domain/evaluation/evaluation-state";
import { appendToStream } from "../event-store/append-to-stream";
import type { RecordedEvent } from "../event-store/event-envelope";
import { genesisHash } from "../event-store/event-hash";
import { readStream } from "../event-store/read-stream";
import { saveEvaluationProjection } from "../projections/evaluation-projection";
import { toNewEvents } from "./command-metadata";
import { requireActor, type CommandEnvironment } from "./command-environment";
import { isEvaluationVisible } from "./evaluation-visibility";
import { findEarlierRequest, recordRequest } from "./idempotency";

/** One command on one evaluation, as a client sent it. */
export interface EvaluationCommandRequest {
  evaluationId: string;
  /** Command name, such as `rateCompetency`, kept with idempotency keys. */
  command: string;
  /** The client's input, compared when an idempotency key is reused. */
  input: unknown;
  /** The version the client last read, or null to act on the latest. */
  expectedVersion: number | null;
  idempotencyKey: string | null;
  /** When a backdated sign-off took effect. Absent means now. */
  effectiveAt?: Date;
  /** Id of the event that caused this command, such as a cycle's launch. */
  causationId?: string | null;
}

/** Inputs of a decision besides the evaluation itself. */
export interface DecisionInput {
  actor: Actor;
  now: Date;
  /** Hash of the stream's last event, which a signature records. */
  streamHash: string;
  db: Kysely<DatabaseSchema>;
}

export type EvaluationDecider = (
  state: EvaluationState | null,
  input: DecisionInput,
) => Promise<EvaluationEvent[]> | EvaluationEvent[];

const maxAttempts = 3;

/**
 * Loads an evaluation from its stream, lets `decide` turn the command into
 * events, appends them and updates the read model, all in one transaction,
 * and returns the updated evaluation. A rejected command leaves the database
 * as it was.
 *
 * A request with `expectedVersion` fails with VersionConflictError when the
 * evaluation has moved on. Without it, a concurrent writer makes the command
 * run again on the newer state, for at most three attempts in all. A request with an
 * idempotency key seen before returns the evaluation as that first request
 * left it and appends nothing.
 *
 * When `environment.db` is already a transaction, the command runs once in
 * it, without retries, and a failure leaves that transaction to the caller.
 */
export async function executeEvaluationCommand(
  environment: CommandEnvironment,
  request: EvaluationCommandRequest,
  decide: EvaluationDecider,
): Promise<EvaluationState> {
  const actor = requireActor(environment);
  if (request.expectedVersion !== null && request.expectedVersion < 1) {
    throw new InvalidInputError(
      `expectedVersion must be 1 or more, the version of the evaluation as last read, not ${request.expectedVersion}.`,
      { field: "expectedVersion" },
    );
  }
  if (environment.db.isTransaction) {
    try {
      return await runOnce(environment.db, environment, actor, request, decide);
    } catch (error) {
      throw translateDatabaseError(error, request);
    }
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await environment.db
        .transaction()
        .execute((trx) => runOnce(trx, environment, actor, request, decide));
    } catch (error) {
      if (attempt >= maxAttempts || !isRetryable(error, request)) {
        throw translateDatabaseError(error, request);
      }
    }
  }
}

// A concurrent request won a race this one lost. Running again decides on
// the newer state, and finds the winner's result when both carry the same
// idempotency key. A stale expectedVersion without a key is the client's to
// resolve, so it is not retried.
function isRetryable(
  error: unknown,
  request: EvaluationCommandRequest,
): boolean {
  if (error instanceof VersionConflictError) {
    return request.expectedVersion === null || request.idempotencyKey !== null;
  }
  const constraint = constraintOf(error);
  return (
    constraint === "command_requests_pkey" ||
    (constraint === "evaluations_one_live_per_cycle" &&
      request.idempotencyKey !== null)
  );
}

/** Stream id of an evaluation. */
export function evaluationStreamId(evaluationId: string): string {
  return `evaluation-${evaluationId}`;
}

async function runOnce(
  trx: Kysely<DatabaseSchema>,
  environment: CommandEnvironment,
  actor: Actor,
  request: EvaluationCommandRequest,
  decide: EvaluationDecider,
): Promise<EvaluationState> {
  const streamId = evaluationStreamId(request.evaluationId);
  const keyed =
    request.idempotencyKey === null
      ? null
      : {
          actorId: actor.userId,
          idempotencyKey: request.idempotencyKey,
          command: request.command,
          input: request.input,
        };

  // Commands on one evaluation queue on its stream row, so they see each
  // other's events instead of failing on a version conflict.
  await trx
    .selectFrom("streams")
    .select("version")
    .where("stream_id", "=", streamId)
    .forUpdate()
    .execute();

  if (keyed !== null) {
    const earlier = await findEarlierRequest(trx, keyed);
    if (earlier !== null) {
      const events = await readStream(trx, earlier.streamId, {
        toVersion: earlier.streamVersion,
      });
      return foldStoredEvaluation(events);
    }
  }

  const history = await readStream(trx, streamId);
  const state =
    history.length === 0 ? null : foldEvaluation(history.map(toFoldable));
  const currentVersion = state?.version ?? 0;
  // Someone who may not read the evaluation learns nothing from a command
  // on it, not even its version.
  if (state !== null && !(await isEvaluationVisible(trx, actor, state))) {
    throw new NotFoundError(`No evaluation ${request.evaluationId}.`, {
      evaluationId: request.evaluationId,
    });
  }
  if (
    request.expectedVersion !== null &&
    request.expectedVersion !== currentVersion
  ) {
    throw new VersionConflictError(
      `Evaluation ${request.evaluationId} is at version ${currentVersion}, but the request expected version ${request.expectedVersion}. Reload it to see what changed, then try again.`,
      {
        streamId,
        expectedVersion: request.expectedVersion,
        actualVersion: currentVersion,
      },
    );
  }

  const now = environment.now();
  const decided = await decide(state, {
    actor,
    now,
    streamHash: history.at(-1)?.hash ?? genesisHash,
    db: trx,
  });
  const appended = await appendToStream(trx, {
    streamId,
    streamType: "evaluation",
    expectedVersion: state === null ? "no-stream" : currentVersion,
    events: toNewEvents(
      decided,
      {
        actorId: actor.userId,
        correlationId: environment.correlationId,
        causationId: request.causationId ?? null,
        now,
      },
      evaluationEventSchemaVersion,
      request.effectiveAt ?? now,
    ),
  });

  const updated = foldStoredEvaluation([...history, ...appended.events]);
  await saveEvaluationProjection(trx, updated, now);
  if (keyed !== null) {
    await recordRequest(
      trx,
      keyed,
      { streamId, streamVersion: updated.version },
      now,
    );
  }
  return updated;
}

/**
 * Folds stored events of one evaluation into its state. Throws when there
 * are no events, because every caller has just read or written some.
 */
export function foldStoredEvaluation(events: RecordedEvent[]): EvaluationState {
  const state = foldEvaluation(events.map(toFoldable));
  if (state === null) {
    throw new Error("An evaluation stream cannot be folded without events");
  }
  return state;
}

/** Converts a stored evaluation event to the shape the fold expects. */
export function toFoldable(event: RecordedEvent): FoldableEvent {
  return {
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    streamVersion: event.streamVersion,
    recordedAt: event.recordedAt,
  } as FoldableEvent;
}

// pg names the violated constraint; PGlite names it in the message only.
function constraintOf(error: unknown): string | null {
  const constraint = (error as { constraint?: unknown } | null)?.constraint;
  if (typeof constraint === "string") return constraint;
  const message = error instanceof Error ? error.message : "";
  const named = /constraint "([a-z_]+)"/.exec(message);
  return named === null ? null : named[1]!;
}

function translateDatabaseError(
  error: unknown,
  request: EvaluationCommandRequest,
): unknown {
  if (constraintOf(error) === "evaluations_one_live_per_cycle") {
    return new RuleViolationError(
      "EVALUATION_ALREADY_OPEN",
      "This employee already has a live evaluation in this cycle, opened by a request that ran at the same time. Work on that evaluation, or void it first if it was opened in error.",
      { attemptedEvaluationId: request.evaluationId },
    );
  }
  return error;
}
