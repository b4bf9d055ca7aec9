import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import { InvalidInputError } from "../domain/errors";
import { toAuditEvent, type AuditEvent } from "./audit-event";
import { decodeAuditCursor } from "./audit-cursor";
import type { AuditLogFilter } from "./audit-log-filter";
import {
  findTimeRangePositions,
  selectAuditEvents,
  type PositionBound,
} from "./select-audit-events";

export type AuditLogOrder = "NEWEST_FIRST" | "OLDEST_FIRST";

/**
 * One page request in the Relay connection style: `first` events after the
 * `after` cursor, or the `last` events before the `before` cursor, in
 * `order`. Exactly one of `first` and `last` is given.
 */
export interface AuditLogRequest {
  filter: AuditLogFilter;
  order: AuditLogOrder;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface AuditLogPage {
  /** The page's events in the requested order. */
  events: AuditEvent[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * Reads one page of the audit log. Pages are cut on global log positions,
 * so following cursors never repeats or skips an event that existed when
 * the first page was read, even while new events arrive.
 *
 * Throws InvalidInputError when both or neither of `first` and `last` are
 * given, when the count is below 1, or for a cursor this log did not hand
 * out. The count has no upper limit here; callers facing users cap it.
 */
export async function readAuditLog(
  db: Kysely<DatabaseSchema>,
  request: AuditLogRequest,
): Promise<AuditLogPage> {
  const { count, forward } = pageSize(request);
  const after =
    request.after == null ? null : decodeAuditCursor(request.after, "after");
  const before =
    request.before == null ? null : decodeAuditCursor(request.before, "before");
  const newestFirst = request.order === "NEWEST_FIRST";

  // In list order, "after" means older when the newest come first.
  const cursorBounds: PositionBound[] = [];
  if (after !== null)
    cursorBounds.push({ position: after, older: newestFirst });
  if (before !== null) {
    cursorBounds.push({ position: before, older: !newestFirst });
  }
  const rangeBounds: PositionBound[] = [];
  if (request.filter.from != null || request.filter.to != null) {
    const range = await findTimeRangePositions(db, request.filter);
    if (range === null) {
      return { events: [], hasNextPage: false, hasPreviousPage: false };
    }
    rangeBounds.push(
      { position: range.lowest, older: false, inclusive: true },
      { position: range.highest, older: true, inclusive: true },
    );
  }

  const descending = forward === newestFirst;
  const rows = await selectAuditEvents(
    db,
    request.filter,
    [...cursorBounds, ...rangeBounds],
    { descending, limit: count + 1 },
  );
  const hasMore = rows.length > count;
  const pageRows = rows.slice(0, count);
  if (!forward) pageRows.reverse();

  // Whether events lie on the far side of the cursor the page started from.
  const startCursor = forward ? after : before;
  const beyondStart =
    startCursor !== null &&
    (
      await selectAuditEvents(
        db,
        request.filter,
        [
          ...rangeBounds,
          { position: startCursor, older: !descending, inclusive: true },
        ],
        { descending: !descending, limit: 1 },
      )
    ).length > 0;

  return {
    events: pageRows.map(toAuditEvent),
    hasNextPage: forward ? hasMore : beyondStart,
    hasPreviousPage: forward ? beyondStart : hasMore,
  };
}

function pageSize(request: AuditLogRequest): {
  count: number;
  forward: boolean;
} {
  const { first, last } = request;
  if ((first == null) === (last == null)) {
    throw new InvalidInputError(
      "Give exactly one of first and last: first pages forward from after, last pages back from before.",
    );
  }
  const count = (first ?? last)!;
  if (!Number.isInteger(count) || count < 1) {
    throw new InvalidInputError(
      `${first == null ? "last" : "first"} must be a whole number of at least 1, not ${count}.`,
      { argument: first == null ? "last" : "first" },
    );
  }
  return { count, forward: first != null };
}
