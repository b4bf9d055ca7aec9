import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPeople } from "../src/application/demo-district";
import { demoIdentities } from "../src/application/demo-identities";
import { seedDemoDistrict } from "../src/application/seed-demo-district";
import { buildDemoDistrict } from "../src/application/demo-district";
import { demoHrActor } from "../src/application/demo-identities";
import { loadDirectory } from "../src/application/load-directory";
import { publishBundledFrameworks } from "../src/application/publish-bundled-frameworks";
import { createLogger } from "../src/server/logger";
import {
  AcknowledgeInBriefDocument,
  CycleEvaluationsDocument,
  EmployeeDocument,
  type EvaluationStatus,
} from "./generated/graphql";
import { countEvents } from "./support/count-events";
import { expectData, sendOperation } from "./support/graphql-client";
import { openTestDatabase } from "./support/test-database";
import { startTestService, type TestService } from "./support/test-service";

let service: TestService;
let cycleId: string;
const tokens = new Map<string, string>();

beforeAll(async () => {
  service = await startTestService({ LEDGER_MODE: "demo" });
  for (const identity of demoIdentities()) {
    tokens.set(identity.userId, await service.tokenFor(identity));
  }
  const cycle = await service.database.db
    .selectFrom("cycles")
    .select("cycle_id")
    .executeTakeFirstOrThrow();
  cycleId = cycle.cycle_id;
}, 120_000);

afterAll(async () => {
  await service?.close();
});

function tokenOf(userId: string): string {
  return tokens.get(userId)!;
}

async function listAs(userId: string, status: EvaluationStatus | null = null) {
  return expectData(
    await sendOperation(
      service.url,
      CycleEvaluationsDocument,
      { cycleId, status },
      tokenOf(userId),
    ),
  ).cycleEvaluations.evaluations;
}

describe("the demo district", () => {
  it.each([
    ["DRAFT"],
    ["AWAITING_EMPLOYEE"],
    ["AWAITING_REVIEWER"],
    ["FINAL"],
    ["REOPENED"],
    ["VOIDED"],
  ] as const)("has evaluations in %s", async (status) => {
    expect((await listAs("demo-hr", status)).length).toBeGreaterThan(0);
  });

  it("gives the evaluator a team in every status", async () => {
    const team = await listAs("demo-evaluator");

    expect(new Set(team.map((evaluation) => evaluation.status)).size).toBe(6);
    for (const evaluation of team) {
      expect(evaluation.evaluatorId).toBe(demoPeople.maintenanceSupervisor);
    }
  });

  it("lets the demo employee acknowledge their evaluation", async () => {
    const [own] = await listAs("demo-employee");

    const acknowledged = expectData(
      await sendOperation(
        service.url,
        AcknowledgeInBriefDocument,
        { input: { evaluationId: own!.id } },
        tokenOf("demo-employee"),
      ),
    ).acknowledgeEvaluation;

    expect(own!.employeeId).toBe(demoPeople.signedEmployee);
    expect(acknowledged.status).toBe("AWAITING_REVIEWER");
  });

  it("gives the reviewer evaluations to sign", async () => {
    const waiting = await listAs("demo-reviewer", "AWAITING_REVIEWER");

    expect(waiting.length).toBeGreaterThan(0);
    for (const evaluation of waiting) {
      expect(evaluation.reviewerId).toBe(demoPeople.operationsDirector);
    }
  });

  it("hides the supervisor's own draft from them", async () => {
    const visible = await listAs("demo-supervisor");

    expect(visible.length).toBeGreaterThan(0);
    expect(
      visible.some(
        (evaluation) =>
          evaluation.employeeId === demoPeople.transportationSupervisor,
      ),
    ).toBe(false);
  });

  it("keeps the transfer in the directory's history", async () => {
    const employeeOn = async (asOf: string | null) =>
      expectData(
        await sendOperation(
          service.url,
          EmployeeDocument,
          { employeeId: demoPeople.transferred, asOf },
          tokenOf("demo-auditor"),
        ),
      ).employee.unitId;

    expect(await employeeOn("2025-08-01")).toBe("lincoln-elementary");
    expect(await employeeOn(null)).toBe("washington-elementary");
  });

  it("is not seeded a second time", async () => {
    const before = await countEvents(service.database.db);

    const seeded = await seedDemoDistrict(
      service.database.db,
      createLogger("silent"),
    );

    expect(seeded).toBe(false);
    expect(await countEvents(service.database.db)).toBe(before);
  });
});

describe("seeding the demo district", () => {
  const logger = createLogger("silent");

  async function freshDatabase() {
    const database = await openTestDatabase();
    await publishBundledFrameworks(database.db, logger);
    return database;
  }

  async function loadAsHr(
    database: Awaited<ReturnType<typeof freshDatabase>>,
    employees: ReturnType<typeof buildDemoDistrict>["employees"],
    units: ReturnType<typeof buildDemoDistrict>["units"],
  ) {
    await loadDirectory(
      {
        db: database.db,
        actor: demoHrActor,
        correlationId: randomUUID(),
        now: () => new Date(),
      },
      {
        units: units.map((entry, index) => ({
          source: "units",
          row: index + 1,
          entry,
        })),
        employees: employees.map((entry, index) => ({
          source: "employees",
          row: index + 1,
          entry,
        })),
      },
    );
  }

  it("finishes a seed cut short", async () => {
    const database = await freshDatabase();
    try {
      const district = buildDemoDistrict();
      await loadAsHr(database, district.employees, district.units);

      const seeded = await seedDemoDistrict(database.db, logger);
      const statuses = await database.db
        .selectFrom("evaluations")
        .select("status")
        .distinct()
        .execute();

      expect(seeded).toBe(true);
      expect(statuses.map((row) => row.status).sort()).toEqual([
        "AWAITING_EMPLOYEE",
        "AWAITING_REVIEWER",
        "DRAFT",
        "FINAL",
        "REOPENED",
        "VOIDED",
      ]);
    } finally {
      await database.close();
    }
  }, 120_000);

  it("leaves a database with its own directory alone", async () => {
    const database = await freshDatabase();
    try {
      await loadAsHr(
        database,
        [
          {
            employeeId: "X1",
            name: "Xena Own",
            jobClassification: "Clerk",
            unitId: "own",
            supervises: false,
            reportsTo: null,
          },
        ],
        [
          {
            unitId: "own",
            name: "Own District",
            kind: "DISTRICT",
            parentId: null,
          },
        ],
      );
      const before = await countEvents(database.db);

      const seeded = await seedDemoDistrict(database.db, logger);

      expect(seeded).toBe(false);
      expect(await countEvents(database.db)).toBe(before);
    } finally {
      await database.close();
    }
  });
});
