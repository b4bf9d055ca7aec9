import type { Actor } from "../actor";
import { ForbiddenError, InvalidInputError } from "../errors";
import {
  optionalDirectoryId,
  requireDirectoryId,
  requireDirectoryText,
} from "./directory-fields";

/** One person in the district directory. */
export interface EmployeeEntry {
  /** The district's employee number or another stable id. */
  employeeId: string;
  name: string;
  jobClassification: string;
  /** Id of the organisational unit the employee works in. */
  unitId: string;
  /** Whether the employee supervises staff, which makes Leadership apply. */
  supervises: boolean;
  /** Employee id of the supervisor, or null at the top of the district. */
  reportsTo: string | null;
}

/** A directory change: the whole entry as it stands from now on. */
export interface EmployeeRecorded {
  type: "EmployeeRegistered" | "EmployeeUpdated";
  data: EmployeeEntry;
}

/**
 * Decides the event that brings the directory entry to `entry`: registered
 * when the employee is new, updated when something changed, none when the
 * entry is already as given. Text is trimmed.
 *
 * Throws ForbiddenError unless the actor has the HR role, and
 * InvalidInputError naming the field for a malformed id, a blank text, or an
 * employee who reports to themselves.
 */
export function decideRecordEmployee(
  current: EmployeeEntry | null,
  input: EmployeeEntry,
  actor: Actor,
): EmployeeRecorded[] {
  if (!actor.roles.includes("HR")) {
    throw new ForbiddenError("Only HR can change the directory.");
  }
  return decideEmployeeChange(current, normaliseEmployeeEntry(input));
}

/**
 * Decides the event that brings a directory entry from `current` to an
 * entry already normalised by `normaliseEmployeeEntry`, without checking
 * the actor: registered, updated, or none when nothing changed.
 */
export function decideEmployeeChange(
  current: EmployeeEntry | null,
  entry: EmployeeEntry,
): EmployeeRecorded[] {
  if (current === null) return [{ type: "EmployeeRegistered", data: entry }];
  if (sameEntry(current, entry)) return [];
  return [{ type: "EmployeeUpdated", data: entry }];
}

/**
 * Returns the entry with its text trimmed and a blank `reportsTo` as null.
 * Throws InvalidInputError naming the field for a malformed id, a blank
 * text, or an employee who reports to themselves.
 */
export function normaliseEmployeeEntry(input: EmployeeEntry): EmployeeEntry {
  const entry: EmployeeEntry = {
    employeeId: requireDirectoryId(input.employeeId, "employeeId"),
    name: requireDirectoryText(input.name, "name"),
    jobClassification: requireDirectoryText(
      input.jobClassification,
      "jobClassification",
    ),
    unitId: requireDirectoryId(input.unitId, "unitId"),
    supervises: input.supervises,
    reportsTo: optionalDirectoryId(input.reportsTo, "reportsTo"),
  };
  if (entry.reportsTo === entry.employeeId) {
    throw new InvalidInputError(
      `Employee ${entry.employeeId} cannot report to themselves. Give their supervisor's id, or none at the top of the district.`,
      { field: "reportsTo" },
    );
  }
  return entry;
}

function sameEntry(a: EmployeeEntry, b: EmployeeEntry): boolean {
  return (
    a.employeeId === b.employeeId &&
    a.name === b.name &&
    a.jobClassification === b.jobClassification &&
    a.unitId === b.unitId &&
    a.supervises === b.supervises &&
    a.reportsTo === b.reportsTo
  );
}
