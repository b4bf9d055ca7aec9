import { sql, type Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import {
  changeInForce,
  toDirectoryChange,
  type DirectoryChange,
} from "../domain/directory/directory-as-of";
import type { EmployeeEntry } from "../domain/directory/employee-entry";
import type { UnitEntry } from "../domain/directory/unit-entry";

/** A directory entry in force on a day, with the change that set it. */
export type InForce<Entry> = Entry & {
  /** UTC day the entry in force took effect, `YYYY-MM-DD`. */
  effectiveOn: string;
  /** Stream version of the event that recorded it. */
  version: number;
};

export interface DirectoryOnDay {
  /** Employees in employee id order. */
  employees: InForce<EmployeeEntry>[];
  /** Units in unit id order. */
  units: InForce<UnitEntry>[];
}

export interface DirectoryOnDayOptions {
  /** Only this employee. */
  employeeId?: string | null;
  /** Only employees in this unit on the day. */
  unitId?: string | null;
}

const employeeEventTypes = ["EmployeeRegistered", "EmployeeUpdated"];
const unitEventTypes = ["UnitRegistered", "UnitUpdated"];

/**
 * Returns the directory as it stood at the end of a UTC day: for each
 * employee and unit, the entry of the change in force then, as
 * `changeInForce` decides. An employee or unit registered later is left
 * out. `day` is `YYYY-MM-DD` and must already be a valid date.
 */
export async function readDirectoryOnDay(
  db: Kysely<DatabaseSchema>,
  day: string,
  options: DirectoryOnDayOptions = {},
): Promise<DirectoryOnDay> {
  const types = [...employeeEventTypes, ...unitEventTypes];
  const endOfDay = new Date(`${day}T00:00:00Z`);
  endOfDay.setUTCDate(endOfDay.getUTCDate() + 1);
  const rows = (
    await sql<{
      stream_id: string;
      type: string;
      data: unknown;
      stream_version: string;
      effective_at: Date | string;
    }>`
      select stream_id, type, data, stream_version, effective_at
      from events
      where type in (${sql.join(types.map((type) => sql`${type}`))})
        and effective_at < ${endOfDay.toISOString()}::timestamptz
      order by stream_id, stream_version
    `.execute(db)
  ).rows;

  const employeeChanges = new Map<string, DirectoryChange<EmployeeEntry>[]>();
  const unitChanges = new Map<string, DirectoryChange<UnitEntry>[]>();
  for (const row of rows) {
    const event = {
      data: row.data,
      streamVersion: Number(row.stream_version),
      metadata: { effectiveAt: new Date(row.effective_at).toISOString() },
    };
    if (employeeEventTypes.includes(row.type)) {
      addChange(employeeChanges, row.stream_id, toDirectoryChange(event));
    } else {
      addChange(unitChanges, row.stream_id, toDirectoryChange(event));
    }
  }

  const employees = inForceOn(employeeChanges, day).filter(
    (employee) =>
      (options.employeeId == null ||
        employee.employeeId === options.employeeId) &&
      (options.unitId == null || employee.unitId === options.unitId),
  );
  return {
    employees: employees.sort(byKey((employee) => employee.employeeId)),
    units: inForceOn(unitChanges, day).sort(byKey((unit) => unit.unitId)),
  };
}

function addChange<Entry>(
  changesByStream: Map<string, DirectoryChange<Entry>[]>,
  streamId: string,
  change: DirectoryChange<Entry>,
): void {
  const changes = changesByStream.get(streamId) ?? [];
  changes.push(change);
  changesByStream.set(streamId, changes);
}

function inForceOn<Entry>(
  changesByStream: Map<string, DirectoryChange<Entry>[]>,
  day: string,
): InForce<Entry>[] {
  const entries: InForce<Entry>[] = [];
  for (const changes of changesByStream.values()) {
    const change = changeInForce(changes, day);
    if (change === null) continue;
    entries.push({
      ...change.entry,
      effectiveOn: change.effectiveOn,
      version: change.version,
    });
  }
  return entries;
}

function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
