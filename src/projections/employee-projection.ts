import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import type { EmployeeEntry } from "../domain/directory/employee-entry";
import { utcDayOf } from "../domain/directory/effective-date";
import type { RecordedEvent } from "../event-store/event-envelope";
import { toDateString } from "./date-column";

/** A directory entry as the read model stores it. */
export type EmployeeRecord = EmployeeEntry & {
  /** Number of changes recorded for the employee. */
  version: number;
  /** UTC day the current entry took effect, or null if not recorded. */
  effectiveOn: string | null;
};

/**
 * Applies a directory event to the `employees` read model: the row becomes
 * the entry the event carries. Events of other types are ignored.
 */
export async function projectEmployeeEvent(
  db: Kysely<DatabaseSchema>,
  event: RecordedEvent,
): Promise<void> {
  if (event.type !== "EmployeeRegistered" && event.type !== "EmployeeUpdated") {
    return;
  }
  const entry = event.data as EmployeeEntry;
  const row = {
    employee_id: entry.employeeId,
    name: entry.name,
    job_classification: entry.jobClassification,
    unit_id: entry.unitId,
    supervises: entry.supervises,
    reports_to: entry.reportsTo,
    version: event.streamVersion,
    effective_on: utcDayOf(event.metadata.effectiveAt),
    updated_at: event.recordedAt,
  };
  await db
    .insertInto("employees")
    .values(row)
    .onConflict((conflict) => conflict.column("employee_id").doUpdateSet(row))
    .execute();
}

/** Reads a directory entry from the read model, or null when unknown. */
export async function findEmployee(
  db: Kysely<DatabaseSchema>,
  employeeId: string,
): Promise<EmployeeRecord | null> {
  const row = await db
    .selectFrom("employees")
    .selectAll()
    .where("employee_id", "=", employeeId)
    .executeTakeFirst();
  return row === undefined ? null : toEmployeeRecord(row);
}

/** Reads every directory entry, ordered by employee id. */
export async function listEmployees(
  db: Kysely<DatabaseSchema>,
): Promise<EmployeeRecord[]> {
  const rows = await db
    .selectFrom("employees")
    .selectAll()
    .orderBy("employee_id")
    .execute();
  return rows.map(toEmployeeRecord);
}

function toEmployeeRecord(row: {
  employee_id: string;
  name: string;
  job_classification: string;
  unit_id: string;
  supervises: boolean;
  reports_to: string | null;
  version: string;
  effective_on: unknown;
}): EmployeeRecord {
  return {
    employeeId: row.employee_id,
    name: row.name,
    jobClassification: row.job_classification,
    unitId: row.unit_id,
    supervises: row.supervises,
    reportsTo: row.reports_to,
    version: Number(row.version),
    effectiveOn:
      row.effective_on === null ? null : toDateString(row.effective_on),
  };
}

/**
 * Lists the current entries of employees in the given units, ordered by
 * employee id, starting after `afterEmployeeId` when given.
 */
export async function listEmployeesInUnits(
  db: Kysely<DatabaseSchema>,
  unitIds: string[],
  afterEmployeeId: string | null,
  limit: number,
): Promise<EmployeeRecord[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom("employees")
    .selectAll()
    .where("unit_id", "in", unitIds)
    .where("employee_id", ">", afterEmployeeId ?? "")
    .orderBy("employee_id")
    .limit(limit)
    .execute();
  return rows.map(toEmployeeRecord);
}
