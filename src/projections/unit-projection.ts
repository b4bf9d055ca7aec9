import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import { utcDayOf } from "../domain/directory/effective-date";
import type { UnitEntry, UnitKind } from "../domain/directory/unit-entry";
import type { RecordedEvent } from "../event-store/event-envelope";
import { toDateString } from "./date-column";

/** A unit as the read model stores it. */
export interface UnitRecord extends UnitEntry {
  /** Number of changes recorded for the unit. */
  version: number;
  /** UTC day the current entry took effect. */
  effectiveOn: string;
}

/**
 * Applies a unit event to the `units` read model: the row becomes the entry
 * the event carries. Events of other types are ignored.
 */
export async function projectUnitEvent(
  db: Kysely<DatabaseSchema>,
  event: RecordedEvent,
): Promise<void> {
  if (event.type !== "UnitRegistered" && event.type !== "UnitUpdated") return;
  const entry = event.data as UnitEntry;
  const row = {
    unit_id: entry.unitId,
    name: entry.name,
    kind: entry.kind,
    parent_id: entry.parentId,
    version: event.streamVersion,
    effective_on: utcDayOf(event.metadata.effectiveAt),
    updated_at: event.recordedAt,
  };
  await db
    .insertInto("units")
    .values(row)
    .onConflict((conflict) => conflict.column("unit_id").doUpdateSet(row))
    .execute();
}

/** Reads a unit from the read model, or null when unknown. */
export async function findUnit(
  db: Kysely<DatabaseSchema>,
  unitId: string,
): Promise<UnitRecord | null> {
  const row = await db
    .selectFrom("units")
    .selectAll()
    .where("unit_id", "=", unitId)
    .executeTakeFirst();
  return row === undefined ? null : toUnitRecord(row);
}

/** Reads every unit, ordered by id. */
export async function listUnits(
  db: Kysely<DatabaseSchema>,
): Promise<UnitRecord[]> {
  const rows = await db
    .selectFrom("units")
    .selectAll()
    .orderBy("unit_id")
    .execute();
  return rows.map(toUnitRecord);
}

function toUnitRecord(row: {
  unit_id: string;
  name: string;
  kind: string;
  parent_id: string | null;
  version: string;
  effective_on: unknown;
}): UnitRecord {
  return {
    unitId: row.unit_id,
    name: row.name,
    kind: row.kind as UnitKind,
    parentId: row.parent_id,
    version: Number(row.version),
    effectiveOn: toDateString(row.effective_on),
  };
}
