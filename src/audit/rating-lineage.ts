import type { Kysely } from "kysely";
import { evaluationStreamId } from "../application/execute-evaluation-command";
import type { DatabaseSchema } from "../database/database-schema";
import type {
  CompetencyRated,
  RatingRevised,
} from "../domain/evaluation/evaluation-events";
import type { RecordedEvent } from "../event-store/event-envelope";
import { readStream } from "../event-store/read-stream";

/** A rating value without its history. */
export interface RatingValue {
  level: string;
  plus: boolean;
  comment: string | null;
}

/** One value a competency's rating took, and who set it, when and why. */
export interface RatingLineageEntry extends RatingValue {
  competencyKey: string;
  /** `CompetencyRated` for the first value, `RatingRevised` after it. */
  eventType: "CompetencyRated" | "RatingRevised";
  eventId: string;
  streamVersion: number;
  globalPosition: string;
  /** The value this one replaced; null for the first rating. */
  previous: RatingValue | null;
  /** User id of the user who set the value. */
  actorId: string;
  recordedAt: string;
  effectiveAt: string;
  /** The reason given for a revision; null where none was asked for. */
  reason: string | null;
  /** The request the value came from. */
  correlationId: string;
  /** The event's link in the hash chain. */
  hash: string;
}

/**
 * Lists every value a competency's rating had in an evaluation's events,
 * oldest first: the first rating, then each revision. Reopening keeps the
 * values, so the list spans every round. Returns an empty list for a
 * competency that was never rated.
 */
export function ratingLineage(
  events: readonly RecordedEvent[],
  competencyKey: string,
): RatingLineageEntry[] {
  const entries: RatingLineageEntry[] = [];
  for (const event of events) {
    if (event.type !== "CompetencyRated" && event.type !== "RatingRevised") {
      continue;
    }
    const data = event.data as (CompetencyRated | RatingRevised)["data"];
    if (data.competencyKey !== competencyKey) continue;

    const previous =
      "previous" in data
        ? {
            level: data.previous.level,
            plus: data.previous.plus,
            comment: data.previous.comment,
          }
        : null;
    entries.push({
      competencyKey,
      eventType: event.type,
      eventId: event.eventId,
      streamVersion: event.streamVersion,
      globalPosition: event.globalPosition,
      level: data.level,
      plus: data.plus,
      comment: data.comment,
      previous,
      actorId: event.metadata.actorId,
      recordedAt: event.recordedAt,
      effectiveAt: event.metadata.effectiveAt,
      reason: event.metadata.reason ?? ("reason" in data ? data.reason : null),
      correlationId: event.metadata.correlationId,
      hash: event.hash,
    });
  }
  return entries;
}

/** Reads an evaluation's events and returns a competency's rating lineage. */
export async function readRatingLineage(
  db: Kysely<DatabaseSchema>,
  evaluationId: string,
  competencyKey: string,
): Promise<RatingLineageEntry[]> {
  const events = await readStream(db, evaluationStreamId(evaluationId));
  return ratingLineage(events, competencyKey);
}
