import { InvalidInputError, LedgerError } from "../errors";
import type { DirectoryProblem } from "./directory-problem";
import { describeDirectoryProblems } from "./directory-problem";
import { normaliseEmployeeEntry, type EmployeeEntry } from "./employee-entry";
import { normaliseUnitEntry, type UnitEntry } from "./unit-entry";

/** One row of a load, with where it came from for error reports. */
export interface LoadRow<Entry> {
  /** Such as `units`, `employees` or a file name. */
  source: string;
  /** A list position from 1, or a file line number. */
  row: number;
  entry: Entry;
}

/** Units and employees to bring into the directory together. */
export interface DirectoryLoad {
  units: LoadRow<UnitEntry>[];
  employees: LoadRow<EmployeeEntry>[];
}

/** The whole directory as it is before the load. */
export interface CurrentDirectory {
  units: ReadonlyMap<string, UnitEntry>;
  employees: ReadonlyMap<string, EmployeeEntry>;
}

/** The load's entries, normalised and checked against each other. */
export interface ValidatedDirectoryLoad {
  units: UnitEntry[];
  employees: EmployeeEntry[];
}

/**
 * Checks every row of a load against the others and against the current
 * directory, and returns the normalised entries. Supervisors and parent
 * units may be defined anywhere in the same load.
 *
 * Throws InvalidInputError listing every problem found, each with its
 * source, row and code (`DirectoryProblemCode`), in `details.problems`.
 * `rowLabel` names row numbers in the message, such as "row" or "line".
 */
export function validateDirectoryLoad(
  load: DirectoryLoad,
  current: CurrentDirectory,
  rowLabel = "row",
): ValidatedDirectoryLoad {
  const problems: DirectoryProblem[] = [];
  const units = checkUnits(load.units, current, problems, rowLabel);
  const employees = checkEmployees(load, units, current, problems, rowLabel);
  if (problems.length > 0) {
    problems.sort(compareLocations);
    throw new InvalidInputError(describeDirectoryProblems(problems, rowLabel), {
      problems,
    });
  }
  return {
    units: units.map((checked) => checked.entry),
    employees: employees.map((checked) => checked.entry),
  };
}

type Checked<Entry> = LoadRow<Entry>;

function checkUnits(
  rows: LoadRow<UnitEntry>[],
  current: CurrentDirectory,
  problems: DirectoryProblem[],
  rowLabel: string,
): Checked<UnitEntry>[] {
  const valid = normaliseRows(rows, normaliseUnitEntry, problems);
  const unique = dropDuplicates(
    valid,
    (entry) => entry.unitId,
    problems,
    rowLabel,
  );

  const parentOf = new Map<string, string | null>();
  for (const [unitId, unit] of current.units) {
    parentOf.set(unitId, unit.parentId);
  }
  for (const { entry } of unique) parentOf.set(entry.unitId, entry.parentId);
  const known = knownIds(rows, (entry) => entry.unitId, parentOf);

  for (const checked of unique) {
    const { entry } = checked;
    if (entry.parentId === null) continue;
    if (!known.has(entry.parentId)) {
      problems.push(
        problemOf(
          checked,
          entry.unitId,
          "parentId",
          "UNKNOWN_PARENT_UNIT",
          `Parent unit ${entry.parentId} of unit ${entry.unitId} is neither in the directory nor in this load. Add the parent unit, or correct the id.`,
        ),
      );
      continue;
    }
    const loop = findLoop(entry.unitId, parentOf);
    if (loop !== null) {
      problems.push(
        problemOf(
          checked,
          entry.unitId,
          "parentId",
          "UNIT_TREE_CYCLE",
          `Unit ${entry.unitId} would sit inside itself: ${loop.join(" is in ")}. Give one of these units a parent outside this loop.`,
        ),
      );
    }
  }
  return unique;
}

function checkEmployees(
  load: DirectoryLoad,
  units: Checked<UnitEntry>[],
  current: CurrentDirectory,
  problems: DirectoryProblem[],
  rowLabel: string,
): Checked<EmployeeEntry>[] {
  const valid = normaliseRows(load.employees, normaliseEmployeeEntry, problems);
  const unique = dropDuplicates(
    valid,
    (entry) => entry.employeeId,
    problems,
    rowLabel,
  );

  const knownUnits = new Set(current.units.keys());
  for (const { entry } of load.units) knownUnits.add(trimmed(entry.unitId));
  for (const { entry } of units) knownUnits.add(entry.unitId);

  const supervisorOf = new Map<string, string | null>();
  for (const [employeeId, employee] of current.employees) {
    supervisorOf.set(employeeId, employee.reportsTo);
  }
  for (const { entry } of unique) {
    supervisorOf.set(entry.employeeId, entry.reportsTo);
  }
  const knownEmployees = knownIds(
    load.employees,
    (entry) => entry.employeeId,
    supervisorOf,
  );

  for (const checked of unique) {
    const { entry } = checked;
    if (!knownUnits.has(entry.unitId)) {
      problems.push(
        problemOf(
          checked,
          entry.employeeId,
          "unitId",
          "UNKNOWN_UNIT",
          `Unit ${entry.unitId} of employee ${entry.employeeId} is neither in the directory nor in this load. Add the unit, or correct the id.`,
        ),
      );
    }
    if (entry.reportsTo === null) continue;
    if (!knownEmployees.has(entry.reportsTo)) {
      problems.push(
        problemOf(
          checked,
          entry.employeeId,
          "reportsTo",
          "UNKNOWN_SUPERVISOR",
          `Supervisor ${entry.reportsTo} of employee ${entry.employeeId} is neither in the directory nor in this load. Add the supervisor, or correct the id.`,
        ),
      );
      continue;
    }
    const loop = findLoop(entry.employeeId, supervisorOf);
    if (loop !== null) {
      problems.push(
        problemOf(
          checked,
          entry.employeeId,
          "reportsTo",
          "REPORTING_LOOP",
          `Employee ${entry.employeeId} would report to themselves through ${loop.join(" reports to ")}. Give one of these employees a supervisor outside this loop.`,
        ),
      );
    }
  }
  return unique;
}

function normaliseRows<Entry>(
  rows: LoadRow<Entry>[],
  normalise: (entry: Entry) => Entry,
  problems: DirectoryProblem[],
): Checked<Entry>[] {
  const valid: Checked<Entry>[] = [];
  for (const row of rows) {
    try {
      valid.push({ ...row, entry: normalise(row.entry) });
    } catch (error) {
      if (!(error instanceof LedgerError)) throw error;
      const field = error.details.field;
      problems.push({
        source: row.source,
        row: row.row,
        id: idOf(row.entry),
        field: typeof field === "string" ? field : null,
        code: "INVALID_FIELD",
        message: error.message,
      });
    }
  }
  return valid;
}

function dropDuplicates<Entry>(
  rows: Checked<Entry>[],
  idOfEntry: (entry: Entry) => string,
  problems: DirectoryProblem[],
  rowLabel: string,
): Checked<Entry>[] {
  const firstRow = new Map<string, Checked<Entry>>();
  const unique: Checked<Entry>[] = [];
  for (const checked of rows) {
    const id = idOfEntry(checked.entry);
    const first = firstRow.get(id);
    if (first === undefined) {
      firstRow.set(id, checked);
      unique.push(checked);
      continue;
    }
    problems.push(
      problemOf(
        checked,
        id,
        null,
        "DUPLICATE_ID",
        `Id ${id} already appears on ${first.source} ${rowLabel} ${first.row} of this load. Keep one row per id.`,
      ),
    );
  }
  return unique;
}

/**
 * Follows `next` from `start` and returns the ids passed through when the
 * walk comes back to `start`, or null when it ends or enters another loop.
 */
function findLoop(
  start: string,
  next: ReadonlyMap<string, string | null>,
): string[] | null {
  const path = [start];
  const seen = new Set(path);
  let id = next.get(start) ?? null;
  while (id !== null) {
    path.push(id);
    if (id === start) return path;
    if (seen.has(id)) return null;
    seen.add(id);
    id = next.get(id) ?? null;
  }
  return null;
}

// Ids given on any row of the load count as known even when the row itself
// is invalid, so one bad row is reported once and not again by every row
// that refers to it.
function knownIds<Entry>(
  rows: LoadRow<Entry>[],
  idOfEntry: (entry: Entry) => string,
  final: ReadonlyMap<string, unknown>,
): Set<string> {
  const known = new Set(final.keys());
  for (const { entry } of rows) known.add(trimmed(idOfEntry(entry)));
  return known;
}

function problemOf<Entry>(
  row: LoadRow<Entry>,
  id: string,
  field: string | null,
  code: DirectoryProblem["code"],
  message: string,
): DirectoryProblem {
  return { source: row.source, row: row.row, id, field, code, message };
}

function idOf(entry: unknown): string | null {
  const record = entry as { unitId?: unknown; employeeId?: unknown };
  const id = record.employeeId ?? record.unitId;
  return typeof id === "string" && id.trim() !== "" ? id.trim() : null;
}

function trimmed(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

function compareLocations(a: DirectoryProblem, b: DirectoryProblem): number {
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  return a.row - b.row;
}
