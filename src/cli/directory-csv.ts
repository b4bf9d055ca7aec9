import type { DirectoryProblem } from "../domain/directory/directory-problem";
import type { EmployeeEntry } from "../domain/directory/employee-entry";
import type { UnitEntry, UnitKind } from "../domain/directory/unit-entry";
import type { LoadRow } from "../domain/directory/validate-directory-load";
import { parseCsv, CsvSyntaxError } from "./parse-csv";

/** Columns of a units file, in the order the usage lists them. */
export const unitColumns = ["unit_id", "name", "kind", "parent_unit_id"];

/** Columns of an employees file, in the order the usage lists them. */
export const employeeColumns = [
  "employee_id",
  "name",
  "job_classification",
  "unit_id",
  "supervises",
  "reports_to",
];

/** The rows of one directory CSV file, or what is wrong with it. */
export type DirectoryCsv =
  | { kind: "units"; rows: LoadRow<UnitEntry>[]; problems: DirectoryProblem[] }
  | {
      kind: "employees";
      rows: LoadRow<EmployeeEntry>[];
      problems: DirectoryProblem[];
    }
  | { kind: "invalid"; problems: DirectoryProblem[] };

const yes = new Set(["yes", "y", "true", "1"]);
const no = new Set(["no", "n", "false", "0"]);

/**
 * Reads a directory CSV file's text. The header row decides the kind: a
 * file with an employee_id column lists employees, one with a kind column
 * lists units. Header names ignore case, spaces and dashes, and columns may
 * come in any order. Each row is numbered by the file line it starts on.
 *
 * Returns, rather than throws, every problem found: a CSV syntax error, an
 * unknown, missing or repeated column, a row with the wrong number of
 * fields, or a `supervises` value that is not yes or no. `source` names the
 * file in the problems.
 */
export function readDirectoryCsv(source: string, text: string): DirectoryCsv {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return invalid(
      source,
      error.line,
      null,
      error.message.replace(/^Line \d+: /, ""),
    );
  }
  const [header, ...body] = records;
  if (header === undefined) {
    return invalid(
      source,
      1,
      null,
      "The file is empty. Give a header row, then one row per unit or employee.",
    );
  }

  const names = header.fields.map(normaliseColumn);
  const kind = names.includes("employee_id")
    ? "employees"
    : names.includes("kind")
      ? "units"
      : null;
  if (kind === null) {
    return invalid(
      source,
      header.line,
      null,
      `The header names neither an employees file (${employeeColumns.join(", ")}) nor a units file (${unitColumns.join(", ")}).`,
    );
  }
  const expected = kind === "employees" ? employeeColumns : unitColumns;
  const problems = checkHeader(source, header.line, names, expected);
  if (problems.length > 0) return { kind: "invalid", problems };

  const rowProblems: DirectoryProblem[] = [];
  const values = body.flatMap((record) => {
    if (record.fields.length !== names.length) {
      rowProblems.push(
        problem(
          source,
          record.line,
          null,
          `The row has ${record.fields.length} fields, but the header has ${names.length}. Put a field that holds a comma in double quotes.`,
        ),
      );
      return [];
    }
    const byColumn = new Map(
      names.map((name, index) => [name, record.fields[index]!]),
    );
    return [
      {
        line: record.line,
        get: (column: string) => byColumn.get(column) ?? "",
      },
    ];
  });

  if (kind === "units") {
    const rows = values.map(({ line, get }) => ({
      source,
      row: line,
      entry: {
        unitId: get("unit_id"),
        name: get("name"),
        kind: get("kind").trim().toUpperCase() as UnitKind,
        parentId: get("parent_unit_id"),
      },
    }));
    return { kind, rows, problems: rowProblems };
  }

  const rows = values.flatMap(({ line, get }) => {
    const supervises = get("supervises").trim().toLowerCase();
    if (!yes.has(supervises) && !no.has(supervises)) {
      rowProblems.push(
        problem(
          source,
          line,
          "supervises",
          `The supervises value "${get("supervises")}" is not yes or no (y/n, true/false and 1/0 are also accepted).`,
        ),
      );
      return [];
    }
    return [
      {
        source,
        row: line,
        entry: {
          employeeId: get("employee_id"),
          name: get("name"),
          jobClassification: get("job_classification"),
          unitId: get("unit_id"),
          supervises: yes.has(supervises),
          reportsTo: get("reports_to"),
        },
      },
    ];
  });
  return { kind, rows, problems: rowProblems };
}

function checkHeader(
  source: string,
  line: number,
  names: string[],
  expected: string[],
): DirectoryProblem[] {
  const problems: DirectoryProblem[] = [];
  const unknown = names.filter((name) => !expected.includes(name));
  const missing = expected.filter((name) => !names.includes(name));
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (unknown.length > 0) {
    problems.push(
      problem(
        source,
        line,
        null,
        `Unknown column ${unknown.join(", ")}. The columns are ${expected.join(", ")}.`,
      ),
    );
  }
  if (missing.length > 0) {
    problems.push(
      problem(
        source,
        line,
        null,
        `Missing column ${missing.join(", ")}. The columns are ${expected.join(", ")}.`,
      ),
    );
  }
  if (repeated.length > 0) {
    problems.push(
      problem(
        source,
        line,
        null,
        `Column ${[...new Set(repeated)].join(", ")} appears more than once.`,
      ),
    );
  }
  return problems;
}

// "Employee ID", "employee-id" and "EMPLOYEE_ID" all name employee_id, and
// "parent_id" names parent_unit_id.
function normaliseColumn(name: string): string {
  const normalised = name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  return normalised === "parent_id" ? "parent_unit_id" : normalised;
}

function problem(
  source: string,
  line: number,
  field: string | null,
  message: string,
): DirectoryProblem {
  const code = field === null ? "INVALID_CSV" : "INVALID_FIELD";
  return { source, row: line, id: null, field, code, message };
}

function invalid(
  source: string,
  line: number,
  field: string | null,
  message: string,
): DirectoryCsv {
  return { kind: "invalid", problems: [problem(source, line, field, message)] };
}
