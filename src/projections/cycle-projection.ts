import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import { jsonb } from "../database/jsonb";
import type { CycleDefinition } from "../domain/cycle/cycle-definition";
import type { CycleStatus } from "../domain/cycle/cycle-lifecycle";
import type { RecordedEvent } from "../event-store/event-envelope";
import { isUuid } from "../domain/ids";
import { toDateString } from "./date-column";

/** A cycle as the read model stores it. */
export interface CycleRecord extends CycleDefinition {
  status: CycleStatus;
  version: number;
  /** Number of times HR launched the cycle. */
  launchCount: number;
  lastLaunchedAt: Date | null;
  closedAt: Date | null;
}

/**
 * Applies a cycle event to the `cycles` read model. Events of other types
 * are ignored.
 */
export async function projectCycleEvent(
  db: Kysely<DatabaseSchema>,
  event: RecordedEvent,
): Promise<void> {
  switch (event.type) {
    case "CycleCreated": {
      const cycle = event.data as CycleDefinition;
      await db
        .insertInto("cycles")
        .values({
          cycle_id: cycle.cycleId,
          name: cycle.name,
          starts_on: cycle.startsOn,
          ends_on: cycle.endsOn,
          response_window_days: cycle.responseWindowDays,
          unit_ids: jsonb(cycle.unitIds),
          job_classifications: jsonb(cycle.jobClassifications),
          framework_key: cycle.framework.key,
          framework_version: cycle.framework.version,
          status: "OPEN",
          version: event.streamVersion,
          updated_at: event.recordedAt,
        })
        .execute();
      return;
    }
    case "CycleLaunched":
      await db
        .updateTable("cycles")
        .set((eb) => ({
          launch_count: eb("launch_count", "+", 1),
          last_launched_at: event.metadata.effectiveAt,
          version: event.streamVersion,
          updated_at: event.recordedAt,
        }))
        .where("cycle_id", "=", cycleIdOf(event))
        .execute();
      return;
    case "CycleClosed":
      await db
        .updateTable("cycles")
        .set({
          status: "CLOSED",
          closed_at: event.metadata.effectiveAt,
          version: event.streamVersion,
          updated_at: event.recordedAt,
        })
        .where("cycle_id", "=", cycleIdOf(event))
        .execute();
      return;
  }
}

/** Options of `findCycle`. */
export interface FindCycleOptions {
  /**
   * Locks the row until the caller's transaction ends: `share` while
   * opening evaluations in the cycle, `update` while launching or closing
   * it. A close waits for openings in progress, and an opening that waits
   * for a close finds the cycle closed.
   */
  lock?: "share" | "update";
}

/** Reads a cycle from the read model, or null when unknown. */
export async function findCycle(
  db: Kysely<DatabaseSchema>,
  cycleId: string,
  options: FindCycleOptions = {},
): Promise<CycleRecord | null> {
  if (!isUuid(cycleId)) return null;
  let query = db
    .selectFrom("cycles")
    .selectAll()
    .where("cycle_id", "=", cycleId);
  if (options.lock === "share") query = query.forShare();
  if (options.lock === "update") query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (row === undefined) return null;
  return {
    cycleId: row.cycle_id,
    name: row.name,
    startsOn: toDateString(row.starts_on),
    endsOn: toDateString(row.ends_on),
    responseWindowDays: row.response_window_days,
    framework: { key: row.framework_key, version: row.framework_version },
    unitIds: row.unit_ids,
    jobClassifications: row.job_classifications,
    status: row.status as CycleStatus,
    version: Number(row.version),
    launchCount: row.launch_count,
    lastLaunchedAt: row.last_launched_at,
    closedAt: row.closed_at,
  };
}

// Cycle streams are named `cycle-<cycle id>`.
function cycleIdOf(event: RecordedEvent): string {
  return event.streamId.slice("cycle-".length);
}
