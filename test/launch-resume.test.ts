import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCycle } from "../src/application/create-cycle";
import {
  launchCycle,
  type LaunchEnvironment,
} from "../src/application/launch-cycle";
import { loadDirectory } from "../src/application/load-directory";
import { publishBundledFrameworks } from "../src/application/publish-bundled-frameworks";
import type { EmployeeEntry } from "../src/domain/directory/employee-entry";
import { createLogger } from "../src/server/logger";
import { openTestDatabase, type TestDatabase } from "./support/test-database";

const staffCount = 7;

let database: TestDatabase;
let hr: LaunchEnvironment;

beforeAll(async () => {
  database = await openTestDatabase();
  const logger = createLogger("silent");
  await publishBundledFrameworks(database.db, logger);
  hr = {
    db: database.db,
    actor: { userId: "hr-1", employeeId: null, roles: ["HR"] },
    correlationId: randomUUID(),
    now: () => new Date(),
    logger,
  };
  const employees: EmployeeEntry[] = [
    entry("R001", null, true),
    entry("R010", "R001", true),
    ...Array.from({ length: staffCount }, (_, index) =>
      entry(`R1${String(index).padStart(2, "0")}`, "R010"),
    ),
  ];
  await loadDirectory(hr, {
    units: [
      {
        source: "units",
        row: 1,
        entry: {
          unitId: "rd",
          name: "River District",
          kind: "DISTRICT",
          parentId: null,
        },
      },
    ],
    employees: employees.map((employee, index) => ({
      source: "employees",
      row: index + 1,
      entry: employee,
    })),
  });
});

afterAll(async () => {
  await database?.close();
});

function entry(
  employeeId: string,
  reportsTo: string | null,
  supervises = false,
): EmployeeEntry {
  return {
    employeeId,
    name: `Person ${employeeId}`,
    jobClassification: "Custodian",
    unitId: "rd",
    supervises,
    reportsTo,
  };
}

async function evaluationCount(cycleId: string): Promise<number> {
  const row = await database.db
    .selectFrom("evaluations")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("cycle_id", "=", cycleId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

describe("a launch cut short", () => {
  it("keeps committed batches and completes on relaunch", async () => {
    const cycle = await createCycle(hr, {
      name: "2025-26 annual",
      startsOn: "2025-07-01",
      endsOn: "2026-06-30",
      responseWindowDays: 14,
      unitIds: [],
      jobClassifications: [],
    });
    const crash = new Error("the process stopped after the first batch");

    const cut = launchCycle(hr, cycle.cycleId, {
      batchSize: 3,
      onBatchOpened: () => {
        throw crash;
      },
    });
    await expect(cut).rejects.toBe(crash);
    const afterCrash = await evaluationCount(cycle.cycleId);

    const resumed = await launchCycle(hr, cycle.cycleId, { batchSize: 3 });

    // R010 and the staff are opened; R001 has no supervisor.
    expect(afterCrash).toBe(3);
    expect(resumed.alreadyOpen).toHaveLength(3);
    expect(resumed.opened).toHaveLength(staffCount + 1 - 3);
    expect(resumed.skipped.map((skip) => skip.employeeId)).toEqual(["R001"]);
    expect(await evaluationCount(cycle.cycleId)).toBe(staffCount + 1);
    expect(resumed.cycle.launchCount).toBe(2);
  });
});
