import type { Actor } from "../actor";
import { ForbiddenError, InvalidInputError } from "../errors";

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

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const maxNameLength = 200;

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
  const entry = normaliseEntry(input);
  if (current === null) return [{ type: "EmployeeRegistered", data: entry }];
  if (sameEntry(current, entry)) return [];
  return [{ type: "EmployeeUpdated", data: entry }];
}

function normaliseEntry(input: EmployeeEntry): EmployeeEntry {
  const entry: EmployeeEntry = {
    employeeId: requireId(input.employeeId, "employeeId"),
    name: requireText(input.name, "name"),
    jobClassification: requireText(
      input.jobClassification,
      "jobClassification",
    ),
    unitId: requireId(input.unitId, "unitId"),
    supervises: input.supervises,
    reportsTo:
      input.reportsTo === null || input.reportsTo.trim() === ""
        ? null
        : requireId(input.reportsTo, "reportsTo"),
  };
  if (entry.reportsTo === entry.employeeId) {
    throw new InvalidInputError(
      `Employee ${entry.employeeId} cannot report to themselves. Give their supervisor's id, or none at the top of the district.`,
      { field: "reportsTo" },
    );
  }
  return entry;
}

function requireId(value: string, field: string): string {
  const trimmed = value.trim();
  if (!idPattern.test(trimmed)) {
    throw new InvalidInputError(
      `The ${field} "${value}" is not a valid id: use 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.`,
      { field },
    );
  }
  return trimmed;
}

function requireText(value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.length > maxNameLength) {
    throw new InvalidInputError(
      `The ${field} must be 1 to ${maxNameLength} characters.`,
      { field },
    );
  }
  return trimmed;
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
