import { sql, type Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import type { AuditEventRow } from "./audit-event";
import { filterConditions, type AuditLogFilter } from "./audit-log-filter";

/** A limit on global positions, on one side of `position`. */
export interface PositionBound {
  position: string;
  /** True to keep positions below `position`, false to keep those above. */
  older: boolean;
  /** Keeps `position` itself too. */
  inclusive?: boolean;
}

/**
 * Selects up to `scan.limit` events that match the filter and every bound,
 * in global position order, each joined with its subject.
 *
 * The inner query finds the page's positions by walking one index in
 * position order and stopping at the limit: the subject index for a subject
 * filter, else the events index that PostgreSQL picks. It reads no column
 * beyond the filters, so the walk can stay inside the index. The outer
 * query then fetches each event and subject by position. Every join is a
 * lateral subquery with a LIMIT, which keeps PostgreSQL from flattening it
 * into a merge join that would walk the other table from its end and take
 * seconds on a large log.
 */
export async function selectAuditEvents(
  db: Kysely<DatabaseSchema>,
  filter: AuditLogFilter,
  bounds: PositionBound[],
  scan: { descending: boolean; limit: number },
): Promise<AuditEventRow[]> {
  const { onEvents, onSubjects } = filterConditions(filter);
  const bySubject = onSubjects.length > 0;
  const position = sql.ref(
    bySubject ? "s.global_position" : "e.global_position",
  );
  const source = !bySubject
    ? sql`events e`
    : onEvents.length === 0
      ? sql`event_subjects s`
      : sql`event_subjects s cross join lateral (
          select * from events where global_position = s.global_position
          limit 1
        ) e`;

  const conditions = [...onSubjects, ...onEvents];
  for (const bound of bounds) {
    conditions.push(
      sql`${position} ${operatorOf(bound)} ${bound.position}::bigint`,
    );
  }
  const where =
    conditions.length === 0
      ? sql``
      : sql`where ${sql.join(conditions, sql` and `)}`;
  const direction = scan.descending ? sql`desc` : sql`asc`;

  const result = await sql<AuditEventRow>`
    select e.global_position, e.transaction_id, e.event_id, e.stream_id,
      e.stream_version, e.type, e.schema_version, e.data, e.actor_id,
      e.recorded_at, e.effective_at, e.correlation_id, e.causation_id,
      e.reason, e.previous_hash, e.hash,
      s.evaluation_id as subject_evaluation_id,
      s.employee_id as subject_employee_id,
      s.cycle_id as subject_cycle_id,
      s.unit_id as subject_unit_id
    from (
      select ${position} as global_position
      from ${source}
      ${where}
      order by ${position} ${direction}
      limit ${scan.limit}
    ) page
    cross join lateral (
      select * from events where global_position = page.global_position
      limit 1
    ) e
    left join lateral (
      select * from event_subjects
      where global_position = page.global_position
      limit 1
    ) s on true
    order by page.global_position ${direction}
  `.execute(db);
  return result.rows;
}

/**
 * Returns the lowest and highest global position of the events recorded in
 * the filter's time range, or null when no event was recorded in it. Both
 * come from one walk of the range in the `events_recorded_at` index.
 * Bounding a scan by them lets it start and stop near the range instead of
 * walking from the end of the log, because recorded time grows with
 * position: both are set when an event is appended.
 *
 * The `+ 0` hides the column from PostgreSQL's min/max rewrite, which would
 * walk the primary key from one end until it met the range.
 */
export async function findTimeRangePositions(
  db: Kysely<DatabaseSchema>,
  filter: AuditLogFilter,
): Promise<{ lowest: string; highest: string } | null> {
  const conditions = [];
  if (filter.from != null) {
    conditions.push(
      sql`recorded_at >= ${filter.from.toISOString()}::timestamptz`,
    );
  }
  if (filter.to != null) {
    conditions.push(sql`recorded_at < ${filter.to.toISOString()}::timestamptz`);
  }
  const result = await sql<{ lowest: string | null; highest: string | null }>`
    select min(global_position + 0) as lowest,
      max(global_position + 0) as highest
    from events
    where ${sql.join(conditions, sql` and `)}
  `.execute(db);
  const { lowest, highest } = result.rows[0]!;
  return lowest === null || highest === null ? null : { lowest, highest };
}

function operatorOf(bound: PositionBound) {
  if (bound.older) return bound.inclusive ? sql`<=` : sql`<`;
  return bound.inclusive ? sql`>=` : sql`>`;
}
