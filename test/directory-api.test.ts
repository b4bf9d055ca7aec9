import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EmployeeDocument,
  LoadDirectoryDocument,
  UnitDocument,
  UnitEmployeesDocument,
  UnitsDocument,
  type DirectoryLoadInput,
  type EmployeeInput,
  type UnitInput,
} from "./generated/graphql";
import { countEvents } from "./support/count-events";
import {
  errorCodeOf,
  expectData,
  sendOperation,
  type GraphQLResponse,
} from "./support/graphql-client";
import { startTestService, type TestService } from "./support/test-service";

const units: UnitInput[] = [
  { unitId: "d1", name: "Lakeside District", kind: "DISTRICT" },
  { unitId: "ops", name: "Operations", kind: "DIVISION", parentId: "d1" },
  {
    unitId: "east-elem",
    name: "East Elementary",
    kind: "SCHOOL",
    parentId: "ops",
  },
  {
    unitId: "west-elem",
    name: "West Elementary",
    kind: "SCHOOL",
    parentId: "ops",
  },
];

// Staff come before their supervisors: a load may refer ahead.
const employees: EmployeeInput[] = [
  staff("L100", "east-elem", "L010"),
  staff("L101", "east-elem", "L010"),
  staff("L102", "west-elem", "L011"),
  { ...staff("L010", "east-elem", "L001"), supervises: true },
  { ...staff("L011", "west-elem", "L001"), supervises: true },
  { ...staff("L001", "ops", null), supervises: true },
];

function staff(
  employeeId: string,
  unitId: string,
  reportsTo: string | null,
): EmployeeInput {
  return {
    employeeId,
    name: `Person ${employeeId}`,
    jobClassification: "Custodian",
    unitId,
    supervises: false,
    reportsTo,
  };
}

// Each case: what is wrong, the bad rows, the problem code, the field.
const rejectedLoads: Array<
  [
    string,
    { units?: UnitInput[]; employees?: EmployeeInput[] },
    string,
    string | null,
  ]
> = [
  [
    "an invalid id",
    { employees: [staff("bad id!", "east-elem", "L010")] },
    "INVALID_FIELD",
    "employeeId",
  ],
  [
    "a duplicate id",
    {
      employees: [
        staff("N200", "east-elem", "L010"),
        staff("N200", "west-elem", "L011"),
      ],
    },
    "DUPLICATE_ID",
    null,
  ],
  [
    "an unknown parent unit",
    {
      units: [
        {
          unitId: "north",
          name: "North",
          kind: "SCHOOL",
          parentId: "nowhere",
        },
      ],
    },
    "UNKNOWN_PARENT_UNIT",
    "parentId",
  ],
  [
    "a cycle in the unit tree",
    {
      units: [
        {
          unitId: "loop-a",
          name: "A",
          kind: "DIVISION",
          parentId: "loop-b",
        },
        {
          unitId: "loop-b",
          name: "B",
          kind: "DIVISION",
          parentId: "loop-a",
        },
      ],
    },
    "UNIT_TREE_CYCLE",
    "parentId",
  ],
  [
    "an unknown unit",
    { employees: [staff("N201", "nowhere", "L010")] },
    "UNKNOWN_UNIT",
    "unitId",
  ],
  [
    "an unknown supervisor",
    { employees: [staff("N202", "east-elem", "N999")] },
    "UNKNOWN_SUPERVISOR",
    "reportsTo",
  ],
  [
    "a reporting loop",
    {
      employees: [{ ...staff("L001", "ops", "L010"), supervises: true }],
    },
    "REPORTING_LOOP",
    "reportsTo",
  ],
];

let service: TestService;
let hrToken: string;
let auditorToken: string;
let staffToken: string;

beforeAll(async () => {
  service = await startTestService();
  hrToken = await service.tokenFor({ userId: "hr-1", roles: ["HR"] });
  auditorToken = await service.tokenFor({ userId: "au-1", roles: ["AUDITOR"] });
  staffToken = await service.tokenFor({ userId: "u-l100", employeeId: "L100" });
  expectData(await load({ units, employees, effectiveOn: "2025-07-01" }));
});

afterAll(async () => {
  await service?.close();
});

function load(input: DirectoryLoadInput, token = hrToken) {
  return sendOperation(service.url, LoadDirectoryDocument, { input }, token);
}

interface Problem {
  source: string;
  row: number;
  id: string | null;
  field: string | null;
  code: string;
  message: string;
}

function problemsOf(response: GraphQLResponse<unknown>): Problem[] {
  return (response.errors?.[0]?.extensions?.problems ?? []) as Problem[];
}

function employeeAsOf(
  employeeId: string,
  asOf: string | null,
  token = hrToken,
) {
  return sendOperation(
    service.url,
    EmployeeDocument,
    { employeeId, asOf },
    token,
  );
}

describe("directory load", () => {
  it("appends nothing for unchanged entries", async () => {
    const before = await countEvents(service.database.db);

    const { loadDirectory } = expectData(
      await load({ units, employees, effectiveOn: "2025-07-01" }),
    );

    expect(loadDirectory.units.unchanged).toBe(units.length);
    expect(loadDirectory.employees.unchanged).toBe(employees.length);
    expect(loadDirectory.employees.registered).toEqual([]);
    expect(await countEvents(service.database.db)).toBe(before);
  });

  it("records only the changed entry", async () => {
    const before = await countEvents(service.database.db, "employee-");

    const { loadDirectory } = expectData(
      await load({
        employees: [{ ...employees[0]!, name: "Person L100 Renamed" }],
        effectiveOn: "2025-07-02",
      }),
    );

    expect(loadDirectory.employees.updated).toEqual(["L100"]);
    expect(await countEvents(service.database.db, "employee-")).toBe(
      before + 1,
    );
  });

  it.each(rejectedLoads)(
    "rejects %s and applies nothing",
    async (_case, input, code, field) => {
      const before = await countEvents(service.database.db);

      const response = await load({
        // A valid row rides along and must not be applied either.
        employees: [
          staff("N300", "east-elem", "L010"),
          ...(input.employees ?? []),
        ],
        units: input.units ?? [],
      });

      expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
      const problem = problemsOf(response)[0]!;
      expect(problem.code).toBe(code);
      expect(problem.field).toBe(field);
      expect(problem.row).toBeGreaterThanOrEqual(1);
      expect(await countEvents(service.database.db)).toBe(before);
      expect(errorCodeOf(await employeeAsOf("N300", null))).toBe("NOT_FOUND");
    },
  );

  it("reports every bad row by list and row number", async () => {
    const response = await load({
      units: [
        units[0]!,
        { unitId: "south", name: "South", kind: "SCHOOL", parentId: "nowhere" },
      ],
      employees: [
        staff("N400", "east-elem", "L010"),
        staff("N401", "nowhere", "L010"),
        staff("N402", "east-elem", "N999"),
        staff("N400", "east-elem", "L010"),
      ],
    });

    expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
    expect(
      problemsOf(response).map((problem) => [
        problem.source,
        problem.row,
        problem.code,
      ]),
    ).toEqual([
      ["employees", 2, "UNKNOWN_UNIT"],
      ["employees", 3, "UNKNOWN_SUPERVISOR"],
      ["employees", 4, "DUPLICATE_ID"],
      ["units", 2, "UNKNOWN_PARENT_UNIT"],
    ]);
    expect(response.errors![0]!.message).toMatch(/employees row 2/);
  });

  it("rejects a date after today", async () => {
    const response = await load({
      employees: [staff("N500", "east-elem", "L010")],
      effectiveOn: "2999-01-01",
    });

    expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
    expect(response.errors![0]!.extensions?.field).toBe("effectiveOn");
  });

  it("is forbidden to anyone but HR", async () => {
    const before = await countEvents(service.database.db);

    const response = await load(
      { employees: [staff("N600", "east-elem", "L010")] },
      auditorToken,
    );

    expect(errorCodeOf(response)).toBe("FORBIDDEN");
    expect(await countEvents(service.database.db)).toBe(before);
  });
});

describe("directory as of a date", () => {
  beforeAll(async () => {
    expectData(
      await load({
        units: [{ ...units[3]!, name: "West Elementary School" }],
        employees: [
          { ...employees[1]!, unitId: "west-elem", reportsTo: "L011" },
        ],
        effectiveOn: "2025-09-15",
      }),
    );
  });

  it("shows an employee before and after a transfer", async () => {
    const before = expectData(
      await employeeAsOf("L101", "2025-08-01"),
    ).employee;
    const after = expectData(await employeeAsOf("L101", "2025-09-15")).employee;
    const now = expectData(await employeeAsOf("L101", null)).employee;

    expect(before).toMatchObject({
      unitId: "east-elem",
      reportsTo: "L010",
      effectiveOn: "2025-07-01",
      version: 1,
    });
    expect(after).toMatchObject({
      unitId: "west-elem",
      reportsTo: "L011",
      effectiveOn: "2025-09-15",
      version: 2,
    });
    expect(now).toEqual(after);
  });

  it("lists a unit's employees as they stood", async () => {
    const list = async (unitId: string, asOf: string | null) =>
      expectData(
        await sendOperation(
          service.url,
          UnitEmployeesDocument,
          { unitId, asOf },
          auditorToken,
        ),
      ).unitEmployees.employees.map((employee) => employee.employeeId);

    expect(await list("east-elem", "2025-08-01")).toEqual([
      "L010",
      "L100",
      "L101",
    ]);
    expect(await list("east-elem", null)).toEqual(["L010", "L100"]);
    expect(await list("west-elem", "2025-08-01")).toEqual(["L011", "L102"]);
    expect(await list("west-elem", "2025-10-01")).toEqual([
      "L011",
      "L101",
      "L102",
    ]);
  });

  it("includes subunits and pages on request", async () => {
    const first = expectData(
      await sendOperation(
        service.url,
        UnitEmployeesDocument,
        { unitId: "ops", includeSubunits: true, first: 4 },
        hrToken,
      ),
    ).unitEmployees;
    const rest = expectData(
      await sendOperation(
        service.url,
        UnitEmployeesDocument,
        {
          unitId: "ops",
          includeSubunits: true,
          first: 4,
          afterEmployeeId: first.nextAfterEmployeeId,
        },
        hrToken,
      ),
    ).unitEmployees;

    expect(first.employees.map((employee) => employee.employeeId)).toEqual([
      "L001",
      "L010",
      "L011",
      "L100",
    ]);
    expect(rest.employees.map((employee) => employee.employeeId)).toEqual([
      "L101",
      "L102",
    ]);
    expect(rest.nextAfterEmployeeId).toBeNull();
  });

  it("shows units as they stood", async () => {
    const earlier = expectData(
      await sendOperation(
        service.url,
        UnitDocument,
        { unitId: "west-elem", asOf: "2025-08-01" },
        staffToken,
      ),
    ).unit;
    const tree = expectData(
      await sendOperation(
        service.url,
        UnitsDocument,
        { asOf: "2025-10-01" },
        staffToken,
      ),
    ).units;

    expect(earlier.name).toBe("West Elementary");
    expect(tree.find((unit) => unit.unitId === "west-elem")?.name).toBe(
      "West Elementary School",
    );
    expect(tree).toHaveLength(units.length);
  });

  it("answers NOT_FOUND before an employee existed", async () => {
    const response = await employeeAsOf("L101", "2025-06-30");

    expect(errorCodeOf(response)).toBe("NOT_FOUND");
    expect(response.errors![0]!.message).toMatch(/2025-06-30/);
  });

  it("rejects a malformed date", async () => {
    const response = await employeeAsOf("L101", "2025-02-30");

    expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
  });

  it("hides other people from staff", async () => {
    const own = await employeeAsOf("L100", "2025-08-01", staffToken);
    const other = await employeeAsOf("L101", "2025-08-01", staffToken);
    const list = await sendOperation(
      service.url,
      UnitEmployeesDocument,
      { unitId: "east-elem" },
      staffToken,
    );

    expect(expectData(own).employee.employeeId).toBe("L100");
    expect(errorCodeOf(other)).toBe("NOT_FOUND");
    expect(errorCodeOf(list)).toBe("FORBIDDEN");
  });
});
