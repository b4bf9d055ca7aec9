import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { carryDemoEvaluation } from "../src/application/carry-demo-evaluation";
import { closeCycle } from "../src/application/close-cycle";
import type { CommandEnvironment } from "../src/application/command-environment";
import { createCycle } from "../src/application/create-cycle";
import { launchCycle } from "../src/application/launch-cycle";
import { publishBundledFrameworks } from "../src/application/publish-bundled-frameworks";
import { computeRatingDistribution } from "../src/application/rating-distribution";
import { loadDirectory } from "../src/application/load-directory";
import type { Actor } from "../src/domain/actor";
import { LedgerError } from "../src/domain/errors";
import { createLogger } from "../src/server/logger";
import { openTestDatabase, type TestDatabase } from "./support/test-database";

// Fourteen staff under one supervisor: twelve custodians and two clerks.
// Fourteen clears the minimum group size of 10; the clerks alone do not,
// and neither do the custodians, because all staff minus the custodians
// would leave the two clerks.
const custodians = Array.from({ length: 12 }, (_, index) => `C${index + 1}`);
const clerks = ["K1", "K2"];

const hr: Actor = { userId: "u-hr", employeeId: null, roles: ["HR"] };
const analyst: Actor = { userId: "u-an", employeeId: null, roles: ["ANALYST"] };
const supervisorActor: Actor = { userId: "u-s", employeeId: "S", roles: [] };

let database: TestDatabase;
let cycleId: string;
const logger = createLogger("silent");

function environment(
  actor: Actor,
): CommandEnvironment & { logger: typeof logger } {
  return {
    db: database.db,
    actor,
    correlationId: randomUUID(),
    now: () => new Date(),
    logger,
  };
}

function employeeActor(employeeId: string): Actor {
  if (employeeId === "S") return supervisorActor;
  if (employeeId === "D") return { userId: "u-d", employeeId: "D", roles: [] };
  return { userId: `u-${employeeId}`, employeeId, roles: [] };
}

async function codeOf(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
  } catch (error) {
    if (error instanceof LedgerError) return error.code;
    throw error;
  }
  throw new Error("expected the action to fail");
}

beforeAll(async () => {
  database = await openTestDatabase();
  await publishBundledFrameworks(database.db, logger);
  const people = [
    {
      employeeId: "D",
      jobClassification: "Director",
      supervises: true,
      reportsTo: null,
    },
    {
      employeeId: "S",
      jobClassification: "Plant Manager",
      supervises: true,
      reportsTo: "D",
    },
    ...custodians.map((employeeId) => ({
      employeeId,
      jobClassification: "Custodian",
      supervises: false,
      reportsTo: "S",
    })),
    ...clerks.map((employeeId) => ({
      employeeId,
      jobClassification: "Clerk",
      supervises: false,
      reportsTo: "S",
    })),
  ];
  await loadDirectory(environment(hr), {
    units: [
      {
        source: "units",
        row: 1,
        entry: {
          unitId: "district",
          name: "District",
          kind: "DISTRICT",
          parentId: null,
        },
      },
      {
        source: "units",
        row: 2,
        entry: {
          unitId: "north-high",
          name: "North High",
          kind: "SCHOOL",
          parentId: "district",
        },
      },
    ],
    employees: people.map((person, index) => ({
      source: "employees",
      row: index + 1,
      entry: {
        ...person,
        name: `Person ${person.employeeId}`,
        unitId: person.employeeId === "D" ? "district" : "north-high",
      },
    })),
  });
  const cycle = await createCycle(environment(hr), {
    name: "2025-26 annual",
    startsOn: "2025-07-01",
    endsOn: "2026-06-30",
    responseWindowDays: 14,
    unitIds: ["north-high"],
    jobClassifications: ["Custodian", "Clerk"],
  });
  cycleId = cycle.cycleId;
  const launch = await launchCycle(environment(hr), cycleId);
  for (const [index, opened] of launch.opened.entries()) {
    await carryDemoEvaluation(
      (id) => environment(employeeActor(id)),
      environment(hr),
      opened,
      "FINAL",
      index,
    );
  }
});

afterAll(async () => {
  await database?.close();
});

describe("rating distribution", () => {
  it("waits for the cycle to close for analysts", async () => {
    const code = await codeOf(() =>
      computeRatingDistribution(
        database.db,
        analyst,
        { cycleId, unitId: null, jobClassification: null },
        "CLUSTER",
      ),
    );

    expect(code).toBe("CYCLE_OPEN");
  });

  it("is forbidden to evaluators", async () => {
    const code = await codeOf(() =>
      computeRatingDistribution(
        database.db,
        supervisorActor,
        { cycleId, unitId: null, jobClassification: null },
        "CLUSTER",
      ),
    );

    expect(code).toBe("FORBIDDEN");
  });

  describe("after the cycle closes", () => {
    beforeAll(async () => {
      await closeCycle(environment(hr), { cycleId });
    });

    it("counts every final rating by cluster", async () => {
      const distribution = await computeRatingDistribution(
        database.db,
        analyst,
        { cycleId, unitId: null, jobClassification: null },
        "CLUSTER",
      );

      expect(distribution.suppressed).toBe(false);
      expect(distribution.evaluatedEmployees).toBe(14);
      const ratings = distribution.groups.reduce(
        (sum, group) => sum + group.ratingCount,
        0,
      );
      expect(ratings).toBe(14 * 21);
      const leadership = distribution.groups.find(
        (group) => group.key === "leadership",
      );
      expect(leadership?.ratingCount).toBe(0);
      const behavior = distribution.groups.find(
        (group) => group.key === "behavior-conduct",
      )!;
      expect(behavior.levels.reduce((sum, level) => sum + level.count, 0)).toBe(
        14 * 3,
      );
      expect(behavior.averagePoints).toBeGreaterThanOrEqual(1);
    });

    it("suppresses a group under the minimum size", async () => {
      const distribution = await computeRatingDistribution(
        database.db,
        analyst,
        { cycleId, unitId: null, jobClassification: "Clerk" },
        "COMPETENCY",
      );

      expect(distribution.suppressed).toBe(true);
      expect(distribution.evaluatedEmployees).toBeNull();
      expect(distribution.groups).toEqual([]);
    });

    it("suppresses a group that subtraction would reveal", async () => {
      const distribution = await computeRatingDistribution(
        database.db,
        analyst,
        { cycleId, unitId: null, jobClassification: "Custodian" },
        "CLUSTER",
      );

      expect(distribution.suppressed).toBe(true);
      expect(distribution.suppressionReason).toMatch(/wider group/);
    });

    it("rejects an unknown cycle", async () => {
      const code = await codeOf(() =>
        computeRatingDistribution(
          database.db,
          analyst,
          { cycleId: randomUUID(), unitId: null, jobClassification: null },
          "CLUSTER",
        ),
      );

      expect(code).toBe("NOT_FOUND");
    });
  });
});
