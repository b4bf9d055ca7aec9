import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CloseCycleDocument,
  CreateCycleDocument,
  CycleEvaluationsDocument,
  LaunchCycleDocument,
  LoadDirectoryDocument,
  OpenEvaluationDocument,
  RateInBriefDocument,
  RecordEmployeeDocument,
  type CreateCycleInput,
  type EmployeeInput,
  type UnitInput,
} from "./generated/graphql";
import { countEvents } from "./support/count-events";
import {
  errorCodeOf,
  expectData,
  sendOperation,
} from "./support/graphql-client";
import { startTestService, type TestService } from "./support/test-service";

const units: UnitInput[] = [
  { unitId: "hill", name: "Hill District", kind: "DISTRICT" },
  {
    unitId: "facilities",
    name: "Facilities",
    kind: "DIVISION",
    parentId: "hill",
  },
  {
    unitId: "grounds",
    name: "Grounds",
    kind: "OFFICE",
    parentId: "facilities",
  },
  { unitId: "finance", name: "Finance", kind: "DIVISION", parentId: "hill" },
];

const employees: EmployeeInput[] = [
  person("H001", "Chief Business Officer", "hill", null, true),
  person("H010", "Facilities Director", "facilities", "H001", true),
  person("H020", "Grounds Supervisor", "grounds", "H010", true),
  person("H101", "Groundskeeper", "grounds", "H020"),
  person("H102", "Groundskeeper", "grounds", "H020"),
  person("H103", "Custodian", "grounds", "H020"),
  // This new hire has no supervisor recorded yet.
  person("H104", "Groundskeeper", "grounds", null),
  person("H201", "Accountant", "finance", "H001"),
];

function person(
  employeeId: string,
  jobClassification: string,
  unitId: string,
  reportsTo: string | null,
  supervises = false,
): EmployeeInput {
  return {
    employeeId,
    name: `Person ${employeeId}`,
    jobClassification,
    unitId,
    supervises,
    reportsTo,
  };
}

const annual: CreateCycleInput = {
  name: "2025-26 annual",
  startsOn: "2025-07-01",
  endsOn: "2026-06-30",
  responseWindowDays: 14,
};

let service: TestService;
let hrToken: string;
let supervisorToken: string;

beforeAll(async () => {
  service = await startTestService();
  hrToken = await service.tokenFor({ userId: "hr-1", roles: ["HR"] });
  supervisorToken = await service.tokenFor({
    userId: "u-h020",
    employeeId: "H020",
  });
  expectData(
    await sendOperation(
      service.url,
      LoadDirectoryDocument,
      { input: { units, employees, effectiveOn: "2025-07-01" } },
      hrToken,
    ),
  );
});

afterAll(async () => {
  await service?.close();
});

async function createCycle(scope: Partial<CreateCycleInput> = {}) {
  return expectData(
    await sendOperation(
      service.url,
      CreateCycleDocument,
      { input: { ...annual, ...scope } },
      hrToken,
    ),
  ).createCycle.cycleId;
}

function launch(cycleId: string, token = hrToken) {
  return sendOperation(service.url, LaunchCycleDocument, { cycleId }, token);
}

describe("launching a cycle", () => {
  let cycleId: string;
  let first: Awaited<ReturnType<typeof launchData>>;

  async function launchData(id: string) {
    return expectData(await launch(id)).launchCycle;
  }

  beforeAll(async () => {
    cycleId = await createCycle({ unitIds: ["facilities"] });
    first = await launchData(cycleId);
  });

  it("opens one draft per employee in the units below the scope", async () => {
    expect(first.opened.map((opened) => opened.employeeId)).toEqual([
      "H010",
      "H020",
      "H101",
      "H102",
      "H103",
    ]);
    expect(first.inScopeCount).toBe(6);
    expect(first.cycle.launchCount).toBe(1);
  });

  it("assigns the supervisor and the supervisor's supervisor", async () => {
    const groundskeeper = first.opened.find((o) => o.employeeId === "H101");
    const supervisor = first.opened.find((o) => o.employeeId === "H020");

    expect(groundskeeper).toMatchObject({
      evaluatorId: "H020",
      reviewerId: "H010",
    });
    expect(supervisor).toMatchObject({
      evaluatorId: "H010",
      reviewerId: "H001",
    });
  });

  it("opens without a reviewer when the evaluator has no supervisor", () => {
    expect(first.opened.find((o) => o.employeeId === "H010")).toMatchObject({
      evaluatorId: "H001",
      reviewerId: null,
    });
    expect(first.withoutReviewer).toEqual(["H010"]);
  });

  it("reports an employee without a supervisor", () => {
    expect(first.skipped).toEqual([
      {
        employeeId: "H104",
        reason: "NO_SUPERVISOR",
        message: expect.stringMatching(/no supervisor/),
      },
    ]);
  });

  it("applies Leadership to supervisors only", async () => {
    const { evaluations } = expectData(
      await sendOperation(
        service.url,
        CycleEvaluationsDocument,
        { cycleId },
        hrToken,
      ),
    ).cycleEvaluations;
    const leadership = Object.fromEntries(
      evaluations.map((evaluation) => [
        evaluation.employeeId,
        evaluation.leadershipApplies,
      ]),
    );

    expect(leadership).toMatchObject({ H010: true, H020: true, H101: false });
  });

  it("records the launch as the cause of each opening", async () => {
    const opened = await service.database.db
      .selectFrom("events")
      .select(["causation_id"])
      .where("type", "=", "EvaluationOpened")
      .where(
        "stream_id",
        "in",
        first.opened.map((o) => `evaluation-${o.evaluationId}`),
      )
      .execute();
    const launched = await service.database.db
      .selectFrom("events")
      .select(["event_id"])
      .where("stream_id", "=", `cycle-${cycleId}`)
      .where("type", "=", "CycleLaunched")
      .execute();

    expect(launched.map((event) => event.event_id)).toEqual([
      first.launchEventId,
    ]);
    expect(opened).toHaveLength(first.opened.length);
    for (const event of opened) {
      expect(event.causation_id).toBe(first.launchEventId);
    }
  });

  it("opens nothing twice when launched again", async () => {
    const before = await countEvents(service.database.db, "evaluation-");

    const again = await launchData(cycleId);

    expect(again.opened).toEqual([]);
    expect(again.alreadyOpen.map((entry) => entry.employeeId)).toEqual(
      first.opened.map((opened) => opened.employeeId),
    );
    expect(again.skipped.map((skip) => skip.employeeId)).toEqual(["H104"]);
    expect(again.cycle.launchCount).toBe(2);
    expect(await countEvents(service.database.db, "evaluation-")).toBe(before);
  });

  it("opens the rest once a supervisor is recorded", async () => {
    expectData(
      await sendOperation(
        service.url,
        RecordEmployeeDocument,
        { input: person("H104", "Groundskeeper", "grounds", "H020") },
        hrToken,
      ),
    );

    const again = await launchData(cycleId);

    expect(again.opened.map((opened) => opened.employeeId)).toEqual(["H104"]);
    expect(again.skipped).toEqual([]);
  });

  it("keeps to the job classifications in scope", async () => {
    const custodians = await createCycle({
      unitIds: ["hill"],
      jobClassifications: ["custodian"],
    });

    const result = await launchData(custodians);

    expect(result.opened.map((opened) => opened.employeeId)).toEqual(["H103"]);
  });

  it("is forbidden to anyone but HR", async () => {
    const other = await createCycle({ unitIds: ["finance"] });
    const before = await countEvents(service.database.db);

    const response = await launch(other, supervisorToken);

    expect(errorCodeOf(response)).toBe("FORBIDDEN");
    expect(await countEvents(service.database.db)).toBe(before);
  });
});

describe("creating a cycle", () => {
  it("rejects a unit that is not in the directory", async () => {
    const before = await countEvents(service.database.db, "cycle-");

    const response = await sendOperation(
      service.url,
      CreateCycleDocument,
      { input: { ...annual, unitIds: ["atlantis"] } },
      hrToken,
    );

    expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
    expect(response.errors![0]!.message).toMatch(/atlantis/);
    expect(await countEvents(service.database.db, "cycle-")).toBe(before);
  });
});

describe("closing a cycle", () => {
  let cycleId: string;
  let groundskeeperEvaluation: string;

  beforeAll(async () => {
    cycleId = await createCycle({ unitIds: ["grounds"] });
    const launched = expectData(await launch(cycleId)).launchCycle;
    groundskeeperEvaluation = launched.opened.find(
      (opened) => opened.employeeId === "H101",
    )!.evaluationId;
  });

  it("lists the evaluations not final", async () => {
    const closed = expectData(
      await sendOperation(
        service.url,
        CloseCycleDocument,
        { cycleId, reason: "Year closed." },
        hrToken,
      ),
    ).closeCycle;

    expect(closed.cycle.status).toBe("CLOSED");
    expect(closed.cycle.closedAt).not.toBeNull();
    expect(closed.notFinal.map((summary) => summary.employeeId)).toEqual([
      "H020",
      "H101",
      "H102",
      "H103",
      "H104",
    ]);
    expect(closed.notFinal[1]).toMatchObject({
      evaluationId: groundskeeperEvaluation,
      employeeName: "Person H101",
      status: "DRAFT",
      evaluatorId: "H020",
    });
  });

  it("blocks opening and appends nothing", async () => {
    expectData(
      await sendOperation(
        service.url,
        RecordEmployeeDocument,
        { input: person("H105", "Groundskeeper", "grounds", "H020") },
        hrToken,
      ),
    );
    const before = await countEvents(service.database.db);

    const opened = await sendOperation(
      service.url,
      OpenEvaluationDocument,
      { input: { employeeId: "H105", cycleId } },
      hrToken,
    );
    const launched = await launch(cycleId);
    const closedAgain = await sendOperation(
      service.url,
      CloseCycleDocument,
      { cycleId },
      hrToken,
    );

    expect(errorCodeOf(opened)).toBe("CYCLE_CLOSED");
    expect(errorCodeOf(launched)).toBe("CYCLE_CLOSED");
    expect(errorCodeOf(closedAgain)).toBe("CYCLE_CLOSED");
    expect(await countEvents(service.database.db)).toBe(before);
  });

  it("lets work on open evaluations go on", async () => {
    const rated = await sendOperation(
      service.url,
      RateInBriefDocument,
      {
        input: {
          evaluationId: groundskeeperEvaluation,
          competencyKey: "ethics-and-values",
          level: "EFFECTIVE",
        },
      },
      supervisorToken,
    );

    expect(expectData(rated).rateCompetency.version).toBe(2);
  });
});

describe("listing a cycle's evaluations", () => {
  let cycleId: string;

  beforeAll(async () => {
    cycleId = await createCycle({ unitIds: ["hill"] });
    expectData(await launch(cycleId));
  });

  it("shows an evaluator only their own team", async () => {
    const { evaluations } = expectData(
      await sendOperation(
        service.url,
        CycleEvaluationsDocument,
        { cycleId },
        supervisorToken,
      ),
    ).cycleEvaluations;

    expect(evaluations.map((evaluation) => evaluation.employeeId)).toEqual([
      "H101",
      "H102",
      "H103",
      "H104",
      "H105",
    ]);
  });

  it("pages in employee order", async () => {
    const page = (after: string | null) =>
      sendOperation(
        service.url,
        CycleEvaluationsDocument,
        { cycleId, first: 3, after },
        hrToken,
      );

    const first = expectData(await page(null)).cycleEvaluations;
    const second = expectData(
      await page(first.nextCursor ?? null),
    ).cycleEvaluations;

    expect(first.evaluations.map((e) => e.employeeId)).toEqual([
      "H010",
      "H020",
      "H101",
    ]);
    expect(second.evaluations.map((e) => e.employeeId)).toEqual([
      "H102",
      "H103",
      "H104",
    ]);
  });

  it("rejects a cursor it did not hand out", async () => {
    const response = await sendOperation(
      service.url,
      CycleEvaluationsDocument,
      { cycleId, after: "not-a-cursor" },
      hrToken,
    );

    expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
  });
});
