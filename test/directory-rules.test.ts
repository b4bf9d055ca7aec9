import { describe, expect, it } from "vitest";
import {
  planLaunch,
  unitsWithDescendants,
} from "../src/domain/cycle/plan-launch";
import { changeInForce } from "../src/domain/directory/directory-as-of";
import type { EmployeeEntry } from "../src/domain/directory/employee-entry";
import { InvalidInputError } from "../src/domain/errors";
import {
  validateDirectoryLoad,
  type DirectoryLoad,
} from "../src/domain/directory/validate-directory-load";
import type { UnitEntry } from "../src/domain/directory/unit-entry";

const district: UnitEntry = {
  unitId: "d",
  name: "District",
  kind: "DISTRICT",
  parentId: null,
};

function employee(
  employeeId: string,
  reportsTo: string | null,
  unitId = "d",
): EmployeeEntry {
  return {
    employeeId,
    name: employeeId,
    jobClassification: "Clerk",
    unitId,
    supervises: false,
    reportsTo,
  };
}

const empty = { units: new Map(), employees: new Map() };

function problemsOf(load: Partial<DirectoryLoad>, current = empty) {
  try {
    validateDirectoryLoad({ units: [], employees: [], ...load }, current);
  } catch (error) {
    if (error instanceof InvalidInputError) {
      return error.details.problems as Array<{ code: string; row: number }>;
    }
    throw error;
  }
  return [];
}

function rows<Entry>(source: string, entries: Entry[]) {
  return entries.map((entry, index) => ({ source, row: index + 1, entry }));
}

describe("validateDirectoryLoad", () => {
  it("accepts a supervisor defined later in the load", () => {
    const problems = problemsOf({
      units: rows("units", [district]),
      employees: rows("employees", [employee("a", "b"), employee("b", null)]),
    });

    expect(problems).toEqual([]);
  });

  it("finds a loop through the current directory", () => {
    const current = {
      units: new Map([["d", district]]),
      employees: new Map([
        ["a", employee("a", "b")],
        ["b", employee("b", null)],
      ]),
    };

    const problems = problemsOf(
      { employees: rows("employees", [employee("b", "a")]) },
      current,
    );

    expect(problems).toMatchObject([{ code: "REPORTING_LOOP", row: 1 }]);
  });

  it("rejects a district with a parent and an office without one", () => {
    const problems = problemsOf({
      units: rows("units", [
        district,
        { ...district, unitId: "d2", parentId: "d" },
        { unitId: "o", name: "Office", kind: "OFFICE", parentId: null },
      ]),
    });

    expect(problems.map((problem) => [problem.row, problem.code])).toEqual([
      [2, "INVALID_FIELD"],
      [3, "INVALID_FIELD"],
    ]);
  });

  it("reports a row that refers to a bad row only once", () => {
    const problems = problemsOf({
      units: rows("units", [district]),
      employees: rows("employees", [
        { ...employee("b", null), name: " " },
        employee("a", "b"),
      ]),
    });

    expect(problems).toMatchObject([{ code: "INVALID_FIELD", row: 1 }]);
  });
});

describe("changeInForce", () => {
  const changes = [
    { entry: "first", effectiveOn: "2025-07-01", version: 1 },
    { entry: "transfer", effectiveOn: "2025-09-15", version: 2 },
    { entry: "backdated fix", effectiveOn: "2025-08-01", version: 3 },
    { entry: "same-day fix", effectiveOn: "2025-09-15", version: 4 },
  ];

  it.each([
    ["2025-06-30", null],
    ["2025-07-01", "first"],
    ["2025-08-15", "backdated fix"],
    ["2025-09-15", "same-day fix"],
    ["2030-01-01", "same-day fix"],
  ])("on %s is %s", (day, expected) => {
    expect(changeInForce(changes, day)?.entry ?? null).toBe(expected);
  });
});

describe("planLaunch", () => {
  const parentOf = new Map<string, string | null>([
    ["d", null],
    ["ops", "d"],
    ["north", "ops"],
    ["finance", "d"],
  ]);

  it("covers every unit below a scope unit", () => {
    expect(unitsWithDescendants(["ops"], parentOf)).toEqual(["north", "ops"]);
    expect(unitsWithDescendants([], parentOf)).toEqual([]);
  });

  it("skips with a reason whom it cannot open", () => {
    const employees = new Map(
      [
        employee("boss", null, "ops"),
        employee("a", "boss", "north"),
        employee("b", "gone", "north"),
        employee("c", "boss", "finance"),
      ].map((entry) => [entry.employeeId, entry]),
    );

    const plan = planLaunch({
      scope: { unitIds: ["ops"], jobClassifications: ["CLERK"] },
      parentOf,
      employees,
      liveEvaluations: new Map(),
    });

    expect(plan.toOpen).toEqual([
      { employeeId: "a", evaluatorId: "boss", reviewerId: null },
    ]);
    expect(plan.skipped.map((skip) => [skip.employeeId, skip.reason])).toEqual([
      ["b", "SUPERVISOR_NOT_IN_DIRECTORY"],
      ["boss", "NO_SUPERVISOR"],
    ]);
    expect(plan.inScopeCount).toBe(3);
  });
});
