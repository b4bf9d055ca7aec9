import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import type { Actor } from "../domain/actor";
import { RuleViolationError, VersionConflictError } from "../domain/errors";
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
import { findEarlierRequest, recordRequest } from "./idempotency";

/** One command on one evaluation, as a client sent it. */
export interface EvaluationCommandRequest {
  evaluationId: string;
  /** Command name, such as `rateCompetency`, kept with idempotency keys. */
  command: string;
  /** The client's input, compared when an idempotency key is reused. */
  input: unknown;
  /** The version the client last saw; null to act on the latest. */
  expectedVersion: number | null;
  idempotencyKey: string | null;
  /** When the fact took effect, if earlier than now (signatures). */
  effectiveAt?: Date;
}

/** What a decision sees besides the evaluation itself. */
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
 * and returns the evaluation as it now stands. A rejected command leaves the
 * database as it was.
 *
 * A request with `expectedVersion` fails with VersionConflictError when the
 * evaluation has moved on. Without it, a concurrent writer makes the command
 * run again on the newer state, up to three times. A request with an
 * idempotency key seen before returns the evaluation as that first request
 * left it and appends nothing.
 */
export async function executeEvaluationCommand(
  environment: CommandEnvironment,
  request: EvaluationCommandRequest,
  decide: EvaluationDecider,
): Promise<EvaluationState> {
  const actor = requireActor(environment);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await environment.db
        .transaction()
        .execute((trx) => runOnce(trx, environment, actor, request, decide));
    } catch (error) {
      const retry =
        error instanceof VersionConflictError &&
        request.expectedVersion === null &&
        attempt < maxAttempts;
      if (!retry) throw translateDatabaseError(error, request);
    }
  }
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
      { actorId: actor.userId, correlationId: environment.correlationId, now },
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
  } as FoldableEvent;
}

function translateDatabaseError(
  error: unknown,
  request: EvaluationCommandRequest,
): unknown {
  const constraint = (error as { constraint?: string }).constraint;
  const message = error instanceof Error ? error.message : "";
  if (
    constraint === "evaluations_one_live_per_cycle" ||
    message.includes("evaluations_one_live_per_cycle")
  ) {
    return new RuleViolationError(
      "EVALUATION_ALREADY_OPEN",
      "This employee already has a live evaluation in this cycle. Work on that evaluation, or void it first if it was opened in error.",
      { evaluationId: request.evaluationId },
    );
  }
  return error;
}
