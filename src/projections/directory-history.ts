import { sql, type Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import {
  changeInForce,
  toDirectoryChange,
} from "../domain/directory/directory-as-of";
import { utcDayOf } from "../domain/directory/effective-date";
import type { EmployeeEntry } from "../domain/directory/employee-entry";
import type { UnitEntry } from "../domain/directory/unit-entry";
import { readStream } from "../event-store/read-stream";
import type { EmployeeRecord } from "./employee-projection";
import type { UnitRecord } from "./unit-projection";

/** Stream id of an employee's directory entry. */
export function employeeStreamId(employeeId: string): string {
  return `employee-${employeeId}`;
}

/** Stream id of an organisational unit. */
export function unitStreamId(unitId: string): string {
  return `unit-${unitId}`;
}

/**
 * Folds an employee's stream into the entry in force at the end of `day`
 * (`YYYY-MM-DD`, UTC), as `changeInForce` chooses it. Returns null when the
 * employee is unknown or no change had taken effect by then.
 */
export async function findEmployeeAsOf(
  db: Kysely<DatabaseSchema>,
  employeeId: string,
  day: string,
): Promise<EmployeeRecord | null> {
  const events = await readStream(db, employeeStreamId(employeeId));
  const change = changeInForce(
    events.map((event) => toDirectoryChange<EmployeeEntry>(event)),
    day,
  );
  if (change === null) return null;
  return {
    ...change.entry,
    version: change.version,
    effectiveOn: change.effectiveOn,
  };
}

/**
 * Folds a unit's stream into the entry in force at the end of `day`, or
 * null when the unit is unknown or had not taken effect by then.
 */
export async function findUnitAsOf(
  db: Kysely<DatabaseSchema>,
  unitId: string,
  day: string,
): Promise<UnitRecord | null> {
  const events = await readStream(db, unitStreamId(unitId));
  const change = changeInForce(
    events.map((event) => toDirectoryChange<UnitEntry>(event)),
    day,
  );
  if (change === null) return null;
  return {
    ...change.entry,
    version: change.version,
    effectiveOn: change.effectiveOn,
  };
}

/** Filter and page of `listEmployeesAsOf`. */
export interface EmployeesAsOfQuery {
  /** `YYYY-MM-DD`, UTC. */
  day: string;
  /** Only employees whose entry placed them in one of these units. */
  unitIds: string[];
  /** Only employee ids after this one. */
  afterEmployeeId: string | null;
  limit: number;
}

/**
 * Lists the entries in force at the end of a day, of employees in the
 * given units, ordered by employee id. Chooses each employee's entry by
 * the rule of `changeInForce`, in SQL over the employees' events.
 */
export async function listEmployeesAsOf(
  db: Kysely<DatabaseSchema>,
  query: EmployeesAsOfQuery,
): Promise<EmployeeRecord[]> {
  if (query.unitIds.length === 0) return [];
  const rows = await sql<InForceRow>`
    select data, stream_version, effective_at
    from (${inForceEvents("employees", "employee_id", "employee-", query.day)})
      as in_force
    where data->>'unitId' in (${sql.join(query.unitIds)})
      and id > ${query.afterEmployeeId ?? ""}
    order by id
    limit ${query.limit}
  `.execute(db);
  return rows.rows.map((row) => ({
    ...(row.data as EmployeeEntry),
    version: Number(row.stream_version),
    effectiveOn: utcDayOf(row.effective_at),
  }));
}

/** Lists every unit's entry in force at the end of a day, ordered by id. */
export async function listUnitsAsOf(
  db: Kysely<DatabaseSchema>,
  day: string,
): Promise<UnitRecord[]> {
  const rows = await sql<InForceRow>`
    select data, stream_version, effective_at
    from (${inForceEvents("units", "unit_id", "unit-", day)}) as in_force
    order by id
  `.execute(db);
  return rows.rows.map((row) => ({
    ...(row.data as UnitEntry),
    version: Number(row.stream_version),
    effectiveOn: utcDayOf(row.effective_at),
  }));
}

interface InForceRow {
  data: unknown;
  stream_version: string;
  effective_at: Date | string;
}

// One row per entry of the read model: its latest event by effective UTC day
// that took effect on or before `day`, and of those the last recorded. The
// read model lists every id ever recorded, because no entry is deleted.
function inForceEvents(
  table: "employees" | "units",
  idColumn: "employee_id" | "unit_id",
  streamPrefix: string,
  day: string,
) {
  return sql`
    select distinct on (e.stream_id)
      r.${sql.ref(idColumn)} as id, e.data, e.stream_version, e.effective_at
    from ${sql.table(table)} r
    join events e on e.stream_id = ${streamPrefix} || r.${sql.ref(idColumn)}
    where e.effective_at < ${nextDayStart(day)}
    order by e.stream_id,
      (e.effective_at at time zone 'UTC')::date desc,
      e.stream_version desc
  `;
}

function nextDayStart(day: string): Date {
  const start = new Date(`${day}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() + 1);
  return start;
}
