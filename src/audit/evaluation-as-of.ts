import type { Kysely } from "kysely";
import {
  evaluationStreamId,
  foldStoredEvaluation,
} from "../application/execute-evaluation-command";
import type { DatabaseSchema } from "../database/database-schema";
import { InvalidInputError, NotFoundError } from "../domain/errors";
import type { EvaluationState } from "../domain/evaluation/evaluation-state";
import type { RecordedEvent } from "../event-store/event-envelope";
import { readStream } from "../event-store/read-stream";

/** A moment in an evaluation's history: a recorded time or a stream version. */
export type HistoryPoint = { at: Date } | { version: number };

/** An evaluation as it stood at a point in its history. */
export interface EvaluationAsOf {
  /** The evaluation then, or null when it had not been opened yet. */
  state: EvaluationState | null;
  /** Stream version of the last event folded; 0 before the first. */
  version: number;
  /** When the last event folded was recorded; null before the first. */
  recordedAt: string | null;
  /** The reason `state` is null, or null when it is not. */
  explanation: string | null;
}

/**
 * Folds an evaluation's events up to a point: every event recorded at or
 * before `at`, or every event up to stream `version`. The result is what the
 * record held then: ratings, comments, status and signatures as they were.
 * A time before the evaluation was opened returns a null state with an
 * explanation that names when it was opened.
 *
 * Throws NotFoundError when the evaluation has no events, and
 * InvalidInputError for a version below 1 or beyond the last event.
 */
export async function readEvaluationAsOf(
  db: Kysely<DatabaseSchema>,
  evaluationId: string,
  point: HistoryPoint,
): Promise<EvaluationAsOf> {
  const events = await readStream(db, evaluationStreamId(evaluationId));
  if (events.length === 0) {
    throw new NotFoundError(`No evaluation ${evaluationId}.`, {
      evaluationId,
    });
  }
  const prefix = historyPrefix(evaluationId, events, point);
  const last = prefix.at(-1);
  if (last === undefined) {
    const openedAt = events[0]!.recordedAt;
    return {
      state: null,
      version: 0,
      recordedAt: null,
      explanation: `Evaluation ${evaluationId} did not exist yet at ${(point as { at: Date }).at.toISOString()}. It was opened at ${openedAt}.`,
    };
  }
  return {
    state: foldStoredEvaluation(prefix),
    version: last.streamVersion,
    recordedAt: last.recordedAt,
    explanation: null,
  };
}

function historyPrefix(
  evaluationId: string,
  events: RecordedEvent[],
  point: HistoryPoint,
): RecordedEvent[] {
  if ("version" in point) {
    const lastVersion = events.length;
    if (
      !Number.isInteger(point.version) ||
      point.version < 1 ||
      point.version > lastVersion
    ) {
      throw new InvalidInputError(
        `Evaluation ${evaluationId} has versions 1 to ${lastVersion}, so version ${point.version} does not exist. Ask for a version in that range.`,
        { argument: "version", lastVersion },
      );
    }
    return events.slice(0, point.version);
  }

  // The prefix ends at the first event recorded after the moment, so it is
  // always a whole prefix of the stream even if clocks once went backwards.
  const cutoff = point.at.getTime();
  const end = events.findIndex(
    (event) => new Date(event.recordedAt).getTime() > cutoff,
  );
  return end === -1 ? events : events.slice(0, end);
}
