import { sql, type RawBuilder } from "kysely";
import { InvalidInputError } from "../domain/errors";

/**
 * Filters of the audit log. Every given filter must match, and an absent or
 * null filter matches every event.
 */
export interface AuditLogFilter {
  /** Events of this evaluation's stream. */
  evaluationId?: string | null;
  /** Events of evaluations of this employee, and of their directory entry. */
  employeeId?: string | null;
  /** Events of evaluations in this cycle, and of the cycle itself. */
  cycleId?: string | null;
  /**
   * Events of evaluations whose employee was in this unit when the
   * evaluation opened, and directory events that place someone in it.
   */
  unitId?: string | null;
  /** User id of the actor. */
  actorId?: string | null;
  /** Any of these event types. */
  eventTypes?: string[] | null;
  /** Events of one request. */
  correlationId?: string | null;
  streamId?: string | null;
  /** Recorded at or after this time. */
  from?: Date | null;
  /** Recorded before this time. */
  to?: Date | null;
}

/** The SQL conditions of a filter, by the table they test. */
export interface FilterConditions {
  /** Conditions on `events`, under the alias `e`. */
  onEvents: RawBuilder<unknown>[];
  /** Conditions on `event_subjects`, under the alias `s`. */
  onSubjects: RawBuilder<unknown>[];
}

/**
 * Returns the SQL conditions of a filter. Throws InvalidInputError for an
 * empty list of event types, which no event could match.
 */
export function filterConditions(filter: AuditLogFilter): FilterConditions {
  const onEvents: RawBuilder<unknown>[] = [];
  const onSubjects: RawBuilder<unknown>[] = [];

  if (filter.employeeId != null) {
    onSubjects.push(sql`s.employee_id = ${filter.employeeId}`);
  }
  if (filter.cycleId != null) {
    onSubjects.push(sql`s.cycle_id = ${filter.cycleId}`);
  }
  if (filter.unitId != null) {
    onSubjects.push(sql`s.unit_id = ${filter.unitId}`);
  }

  if (filter.evaluationId != null) {
    onEvents.push(sql`e.stream_id = ${`evaluation-${filter.evaluationId}`}`);
  }
  if (filter.streamId != null) {
    onEvents.push(sql`e.stream_id = ${filter.streamId}`);
  }
  if (filter.actorId != null) {
    onEvents.push(sql`e.actor_id = ${filter.actorId}`);
  }
  if (filter.eventTypes != null) {
    if (filter.eventTypes.length === 0) {
      throw new InvalidInputError(
        "eventTypes is empty, so no event could match. Name at least one type, or leave the filter out.",
        { argument: "eventTypes" },
      );
    }
    const types = filter.eventTypes.map((type) => sql`${type}`);
    onEvents.push(sql`e.type in (${sql.join(types)})`);
  }
  if (filter.correlationId != null) {
    onEvents.push(sql`e.correlation_id = ${filter.correlationId}`);
  }
  if (filter.from != null) {
    onEvents.push(
      sql`e.recorded_at >= ${filter.from.toISOString()}::timestamptz`,
    );
  }
  if (filter.to != null) {
    onEvents.push(sql`e.recorded_at < ${filter.to.toISOString()}::timestamptz`);
  }
  return { onEvents, onSubjects };
}
