import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import { jsonb } from "../database/jsonb";
import type { CycleDefinition } from "../domain/cycle/cycle-definition";
import type { RecordedEvent } from "../event-store/event-envelope";
import { isUuid } from "../domain/ids";

/** A cycle as the read model holds it. */
export interface CycleRecord extends CycleDefinition {
  status: string;
  version: number;
}

/**
 * Applies a cycle event to the `cycles` read model. Events of other types
 * are ignored.
 */
export async function projectCycleEvent(
  db: Kysely<DatabaseSchema>,
  event: RecordedEvent,
): Promise<void> {
  if (event.type !== "CycleCreated") return;
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
}

/** Reads a cycle from the read model, or null when unknown. */
export async function findCycle(
  db: Kysely<DatabaseSchema>,
  cycleId: string,
): Promise<CycleRecord | null> {
  if (!isUuid(cycleId)) return null;
  const row = await db
    .selectFrom("cycles")
    .selectAll()
    .where("cycle_id", "=", cycleId)
    .executeTakeFirst();
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
    status: row.status,
    version: Number(row.version),
  };
}

// pg returns a date column as a Date at local midnight; PGlite may return text.
function toDateString(value: unknown): string {
  if (value instanceof Date) {
    const month = String(value.getMonth() + 1).padStart(2, "0");
    const day = String(value.getDate()).padStart(2, "0");
    return `${value.getFullYear()}-${month}-${day}`;
  }
  return String(value).slice(0, 10);
}
