import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import type { EmployeeEntry } from "../domain/directory/employee-entry";
import type { RecordedEvent } from "../event-store/event-envelope";

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
): Promise<(EmployeeEntry & { version: number }) | null> {
  const row = await db
    .selectFrom("employees")
    .selectAll()
    .where("employee_id", "=", employeeId)
    .executeTakeFirst();
  if (row === undefined) return null;
  return {
    employeeId: row.employee_id,
    name: row.name,
    jobClassification: row.job_classification,
    unitId: row.unit_id,
    supervises: row.supervises,
    reportsTo: row.reports_to,
    version: Number(row.version),
  };
}
