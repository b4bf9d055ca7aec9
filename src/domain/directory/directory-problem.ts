/**
 * Stable codes of what can be wrong with one row of a directory load:
 * - INVALID_FIELD: a malformed id, a blank name, an unknown unit kind, or
 *   another field that cannot be used as given.
 * - DUPLICATE_ID: the id appears on an earlier row of the same load.
 * - UNKNOWN_PARENT_UNIT: the parent unit is neither in the directory nor in
 *   the load.
 * - UNIT_TREE_CYCLE: following the parent units leads back to this unit.
 * - UNKNOWN_UNIT: the employee's unit is neither in the directory nor in the
 *   load.
 * - UNKNOWN_SUPERVISOR: the supervisor is neither in the directory nor in
 *   the load.
 * - REPORTING_LOOP: following the supervisors leads back to this employee.
 * - INVALID_CSV: a file's header, syntax or number of fields on a row is
 *   not what a directory file needs.
 */
export type DirectoryProblemCode =
  | "INVALID_FIELD"
  | "DUPLICATE_ID"
  | "UNKNOWN_PARENT_UNIT"
  | "UNIT_TREE_CYCLE"
  | "UNKNOWN_UNIT"
  | "UNKNOWN_SUPERVISOR"
  | "REPORTING_LOOP"
  | "INVALID_CSV";

/** One thing wrong with one row of a directory load. */
export interface DirectoryProblem {
  /** Source of the row, such as `employees` or `staff.csv`. */
  source: string;
  /** Row number within the source: a list position from 1, or a file line. */
  row: number;
  /** The id on the row as given, trimmed, or null when it has none. */
  id: string | null;
  /** The field at fault, or null when the row as a whole is. */
  field: string | null;
  code: DirectoryProblemCode;
  /** Description of the fault and its fix, without the row's location. */
  message: string;
}

const problemsInMessage = 5;

/**
 * Describes a rejected load in one message: the number of problems and the
 * first few with their locations. `rowLabel` names a row number, such as
 * "row" for list positions or "line" for file lines.
 */
export function describeDirectoryProblems(
  problems: DirectoryProblem[],
  rowLabel: string,
): string {
  const shown = problems
    .slice(0, problemsInMessage)
    .map(
      (problem) => `${locateProblem(problem, rowLabel)}: ${problem.message}`,
    );
  const more = problems.length - shown.length;
  const count =
    problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return [
    `The directory load has ${count}, so nothing was applied.`,
    ...shown,
    ...(more > 0 ? [`... and ${more} more, listed in the error details.`] : []),
    "Fix the rows and send the whole load again.",
  ].join("\n");
}

/** Returns where a problem sits, such as `employees row 3`. */
export function locateProblem(
  problem: DirectoryProblem,
  rowLabel: string,
): string {
  return `${problem.source} ${rowLabel} ${problem.row}`;
}
