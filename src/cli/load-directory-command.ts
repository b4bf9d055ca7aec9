import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { userInfo } from "node:os";
import { loadDirectory } from "../application/load-directory";
import {
  locateProblem,
  type DirectoryProblem,
} from "../domain/directory/directory-problem";
import type { EmployeeEntry } from "../domain/directory/employee-entry";
import type { UnitEntry } from "../domain/directory/unit-entry";
import {
  validateDirectoryLoad,
  type LoadRow,
} from "../domain/directory/validate-directory-load";
import { InvalidInputError, LedgerError } from "../domain/errors";
import { listEmployees } from "../projections/employee-projection";
import { listUnits } from "../projections/unit-projection";
import type { CliCommand, CliEnvironment } from "./cli-command";
import {
  employeeColumns,
  readDirectoryCsv,
  unitColumns,
} from "./directory-csv";

const usage = [
  "load-directory FILE.csv [FILE.csv ...] [--effective-on YYYY-MM-DD] [--actor USER-ID]",
  "      Each file has a header row naming its columns, in any order:",
  `        units file:     ${unitColumns.join(", ")}`,
  "          kind is DISTRICT, DIVISION, SCHOOL or OFFICE; parent_unit_id is empty only for a district",
  `        employees file: ${employeeColumns.join(", ")}`,
  "          supervises is yes or no; reports_to is empty for someone with no supervisor",
  "      Put a field holding a comma, a quote or a line break in double quotes, with quotes doubled.",
  "      --effective-on  UTC day the changes took effect, today or earlier (default: today)",
  "      --actor         user id recorded as the actor (default: cli:<login name>)",
].join("\n");

/**
 * `ledger load-directory`: loads units and employees from CSV files into
 * the directory in one all-or-nothing change. Prints every bad row with its
 * file and line and exits with 1, applying nothing, when any row is bad.
 */
export const loadDirectoryCommand: CliCommand = {
  name: "load-directory",
  usage,
  summary:
    "Loads units and employees from CSV files in one change: every row is checked first, and on any bad row nothing is applied and the exit code is 1.",
  run: runLoadDirectory,
};

async function runLoadDirectory(environment: CliEnvironment): Promise<number> {
  const options = parseArguments(environment.args);
  if (typeof options === "string") {
    environment.print(`${options}\nUsage: ${usage}`);
    return 2;
  }

  const units: LoadRow<UnitEntry>[] = [];
  const employees: LoadRow<EmployeeEntry>[] = [];
  const problems: DirectoryProblem[] = [];
  for (const path of options.files) {
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      environment.print(`Failed to read ${path}: ${reason}`);
      return 1;
    }
    const file = readDirectoryCsv(basename(path), text);
    problems.push(...file.problems);
    if (file.kind === "units") units.push(...file.rows);
    if (file.kind === "employees") employees.push(...file.rows);
  }
  if (problems.length > 0) {
    // Check the rows that could be read too, so one run reports them all.
    problems.push(...(await findLoadProblems(environment, units, employees)));
    return reportProblems(environment, problems);
  }

  try {
    const result = await loadDirectory(
      {
        db: environment.database.db,
        actor: { userId: options.actor, employeeId: null, roles: ["HR"] },
        correlationId: randomUUID(),
        now: () => new Date(),
      },
      { units, employees, effectiveOn: options.effectiveOn, rowLabel: "line" },
    );
    const describe = (noun: string, counts: typeof result.units) =>
      `${noun}: ${counts.registered.length} added, ${counts.updated.length} changed, ${counts.unchanged} unchanged`;
    environment.print(
      `Loaded the directory, effective ${result.effectiveOn}. ${describe("Units", result.units)}. ${describe("Employees", result.employees)}.`,
    );
    return 0;
  } catch (error) {
    if (
      error instanceof InvalidInputError &&
      Array.isArray(error.details.problems)
    ) {
      return reportProblems(
        environment,
        error.details.problems as DirectoryProblem[],
      );
    }
    if (error instanceof LedgerError) {
      environment.print(error.message);
      return 1;
    }
    throw error;
  }
}

async function findLoadProblems(
  environment: CliEnvironment,
  units: LoadRow<UnitEntry>[],
  employees: LoadRow<EmployeeEntry>[],
): Promise<DirectoryProblem[]> {
  const db = environment.database.db;
  const current = {
    units: new Map((await listUnits(db)).map((unit) => [unit.unitId, unit])),
    employees: new Map(
      (await listEmployees(db)).map((entry) => [entry.employeeId, entry]),
    ),
  };
  try {
    validateDirectoryLoad({ units, employees }, current, "line");
    return [];
  } catch (error) {
    if (error instanceof InvalidInputError) {
      return error.details.problems as DirectoryProblem[];
    }
    throw error;
  }
}

function reportProblems(
  environment: CliEnvironment,
  problems: DirectoryProblem[],
): number {
  const sorted = [...problems].sort((a, b) => {
    if (a.source !== b.source) return a.source < b.source ? -1 : 1;
    return a.row - b.row;
  });
  for (const problem of sorted) {
    environment.print(`${locateProblem(problem, "line")}: ${problem.message}`);
  }
  const count =
    problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  environment.print(
    `Nothing was loaded: ${count}. Fix the rows and run the command again.`,
  );
  return 1;
}

interface LoadOptions {
  files: string[];
  effectiveOn: string | null;
  actor: string;
}

// Returns the options, or a message saying what is wrong with the arguments.
function parseArguments(args: string[]): LoadOptions | string {
  const options: LoadOptions = {
    files: [],
    effectiveOn: null,
    actor: `cli:${userInfo().username}`,
  };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === "--effective-on" || arg === "--actor") {
      const value = args[index + 1];
      if (value === undefined || value.startsWith("--")) {
        return `Missing value after ${arg}.`;
      }
      if (arg === "--effective-on") options.effectiveOn = value;
      else options.actor = value;
      index += 1;
    } else if (arg.startsWith("--")) {
      return `Unknown option ${arg}.`;
    } else {
      options.files.push(arg);
    }
  }
  if (options.files.length === 0) return "Name at least one CSV file.";
  return options;
}
