import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateCycleDocument,
  EvaluationDocument,
  FrameworkDocument,
  LatestFrameworkDocument,
  OpenEvaluationDocument,
  RateCompetencyDocument,
  RecordEmployeeDocument,
  SignAsEvaluatorDocument,
  type EmployeeInput,
} from "./generated/graphql";
import {
  errorCodeOf,
  expectData,
  sendOperation,
} from "./support/graphql-client";
import { startTestService, type TestService } from "./support/test-service";

const frameworkKey = "classified-performance-framework";

const director: EmployeeInput = {
  employeeId: "D100",
  name: "Dana Director",
  jobClassification: "Director of Operations",
  unitId: "district-office",
  supervises: true,
  reportsTo: null,
};
const supervisor: EmployeeInput = {
  employeeId: "S200",
  name: "Sam Supervisor",
  jobClassification: "Custodial Supervisor",
  unitId: "north-high",
  supervises: true,
  reportsTo: "D100",
};
const custodian: EmployeeInput = {
  employeeId: "E300",
  name: "Eli Custodian",
  jobClassification: "Custodian",
  unitId: "north-high",
  supervises: false,
  reportsTo: "S200",
};

let service: TestService;
let hrToken: string;
let supervisorToken: string;
let directorToken: string;
let custodianToken: string;
let cycleId: string;
let ordinaryKeys: string[];

beforeAll(async () => {
  service = await startTestService();
  hrToken = await service.tokenFor({ userId: "hr-1", roles: ["HR"] });
  supervisorToken = await service.tokenFor({
    userId: "u-s200",
    employeeId: "S200",
  });
  directorToken = await service.tokenFor({
    userId: "u-d100",
    employeeId: "D100",
  });
  custodianToken = await service.tokenFor({
    userId: "u-e300",
    employeeId: "E300",
  });

  for (const input of [director, supervisor, custodian]) {
    expectData(
      await sendOperation(
        service.url,
        RecordEmployeeDocument,
        { input },
        hrToken,
      ),
    );
  }
  const cycle = expectData(
    await sendOperation(
      service.url,
      CreateCycleDocument,
      {
        input: {
          name: "2025-26 annual",
          startsOn: "2025-07-01",
          endsOn: "2026-06-30",
          responseWindowDays: 14,
        },
      },
      hrToken,
    ),
  );
  cycleId = cycle.createCycle.cycleId;

  const framework = expectData(
    await sendOperation(
      service.url,
      FrameworkDocument,
      { key: frameworkKey },
      null,
    ),
  );
  ordinaryKeys = framework.framework.clusters
    .filter((cluster) => cluster.appliesTo === "ALL_EMPLOYEES")
    .flatMap((cluster) => cluster.competencies.map((item) => item.key));
});

afterAll(async () => {
  await service?.close();
});

async function openFor(employeeId: string) {
  const opened = expectData(
    await sendOperation(
      service.url,
      OpenEvaluationDocument,
      { input: { employeeId, cycleId } },
      hrToken,
    ),
  );
  return opened.openEvaluation;
}

async function countEvents(evaluationId: string): Promise<number> {
  const row = await service.database.db
    .selectFrom("events")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("stream_id", "=", `evaluation-${evaluationId}`)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

function rate(
  evaluationId: string,
  competencyKey: string,
  level: string,
  extra: {
    plus?: boolean;
    comment?: string;
    expectedVersion?: number;
    idempotencyKey?: string;
  } = {},
  token = supervisorToken,
) {
  return sendOperation(
    service.url,
    RateCompetencyDocument,
    { input: { evaluationId, competencyKey, level, ...extra } },
    token,
  );
}

describe("framework query", () => {
  it("serves the bundled framework without a token", async () => {
    const response = await sendOperation(
      service.url,
      FrameworkDocument,
      { key: frameworkKey, version: 1 },
      null,
    );
    const { framework } = expectData(response);

    expect(framework.version).toBe(1);
    expect(framework.clusters).toHaveLength(7);
    expect(framework.clusters.flatMap((c) => c.competencies)).toHaveLength(24);
    expect(framework.scale.levels.map((level) => level.key)).toEqual([
      "DEVELOPING",
      "EFFECTIVE",
      "HIGHLY_EFFECTIVE",
    ]);
    expect(framework.scale.levels.map((level) => level.points)).toEqual([
      1, 2, 3,
    ]);
    expect(framework.scale.plus.allowedOn).toEqual([
      "EFFECTIVE",
      "HIGHLY_EFFECTIVE",
    ]);
    const leadership = framework.clusters.filter(
      (cluster) => cluster.appliesTo === "SUPERVISORS",
    );
    expect(leadership.map((cluster) => cluster.name)).toEqual(["Leadership"]);
    const ethics = framework.clusters[0]!.competencies.find(
      (competency) => competency.key === "ethics-and-values",
    );
    expect(ethics?.alignedWith).toEqual(["Integrity"]);
    expect(ethics?.indicators.length).toBeGreaterThan(5);
  });

  it("defaults to the latest version", async () => {
    const { framework } = expectData(
      await sendOperation(service.url, LatestFrameworkDocument, {}, null),
    );

    expect(framework).toEqual({ key: frameworkKey, version: 1 });
  });

  it("answers NOT_FOUND for an unpublished version", async () => {
    const response = await sendOperation(
      service.url,
      FrameworkDocument,
      { key: frameworkKey, version: 99 },
      null,
    );

    expect(errorCodeOf(response)).toBe("NOT_FOUND");
  });
});

describe("values the database cannot store", () => {
  it("answer BAD_USER_INPUT, not an internal error", async () => {
    const response = await sendOperation(
      service.url,
      FrameworkDocument,
      { key: "classified\u0000framework" },
      null,
    );

    expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
    expect(response.errors![0]!.message).toMatch(/NUL/);
  });
});

describe("opening an evaluation", () => {
  it("pins the framework and assigns the supervisors", async () => {
    const evaluation = await openFor("E300");

    expect(evaluation.status).toBe("DRAFT");
    expect(evaluation.version).toBe(1);
    expect(evaluation.evaluatorId).toBe("S200");
    expect(evaluation.reviewerId).toBe("D100");
    expect(evaluation.leadershipApplies).toBe(false);
    expect(evaluation.framework.version).toBe(1);
    expect(evaluation.employee.unitId).toBe("north-high");
    expect(evaluation.unratedCompetencies).toHaveLength(21);
    expect(evaluation.nextAction).toEqual({
      party: "EVALUATOR",
      employeeId: "S200",
    });
  });

  it("rejects a second live evaluation in the cycle", async () => {
    const response = await sendOperation(
      service.url,
      OpenEvaluationDocument,
      { input: { employeeId: "E300", cycleId } },
      hrToken,
    );

    expect(errorCodeOf(response)).toBe("EVALUATION_ALREADY_OPEN");
  });

  it("is forbidden to a supervisor", async () => {
    const response = await sendOperation(
      service.url,
      OpenEvaluationDocument,
      { input: { employeeId: "S200", cycleId } },
      supervisorToken,
    );

    expect(errorCodeOf(response)).toBe("FORBIDDEN");
  });
});

describe("rating rules", () => {
  let evaluationId: string;

  beforeAll(async () => {
    expectData(
      await sendOperation(
        service.url,
        RecordEmployeeDocument,
        { input: { ...custodian, employeeId: "E301", name: "Rae Rules" } },
        hrToken,
      ),
    );
    evaluationId = (await openFor("E301")).id;
  });

  it.each([
    [
      "a + on Developing",
      "ethics-and-values",
      "DEVELOPING",
      true,
      "PLUS_NOT_ALLOWED",
    ],
    ["an unknown level", "ethics-and-values", "SUPERB", false, "UNKNOWN_LEVEL"],
    [
      "a competency of no framework",
      "juggling",
      "EFFECTIVE",
      false,
      "COMPETENCY_NOT_IN_FRAMEWORK",
    ],
    [
      "Leadership for a non-supervisor",
      "people-management",
      "EFFECTIVE",
      false,
      "LEADERSHIP_NOT_APPLICABLE",
    ],
  ])(
    "rejects %s and appends nothing",
    async (_case, key, level, plus, code) => {
      const before = await countEvents(evaluationId);

      const response = await rate(evaluationId, key, level, { plus });

      expect(errorCodeOf(response)).toBe(code);
      expect(response.errors![0]!.message.length).toBeGreaterThan(20);
      expect(await countEvents(evaluationId)).toBe(before);
    },
  );

  it("explains the + rule in the evaluator's words", async () => {
    const response = await rate(evaluationId, "flexibility", "DEVELOPING", {
      plus: true,
    });

    expect(response.errors![0]!.message).toMatch(/Developing/);
    expect(response.errors![0]!.message).toMatch(/Effective/);
  });

  it("rejects a rating from someone not the evaluator", async () => {
    const before = await countEvents(evaluationId);

    const response = await rate(
      evaluationId,
      "ethics-and-values",
      "EFFECTIVE",
      {},
      directorToken,
    );

    expect(errorCodeOf(response)).toBe("FORBIDDEN");
    expect(await countEvents(evaluationId)).toBe(before);
  });

  it("rejects a wrong expected version", async () => {
    const before = await countEvents(evaluationId);

    const response = await rate(evaluationId, "dependability", "EFFECTIVE", {
      expectedVersion: before + 1,
    });

    expect(errorCodeOf(response)).toBe("VERSION_CONFLICT");
    expect(response.errors![0]!.extensions).toMatchObject({
      actualVersion: before,
    });
    expect(await countEvents(evaluationId)).toBe(before);
  });

  it("returns the new rating in the mutation's own result", async () => {
    const response = await rate(
      evaluationId,
      "safety-focus",
      "HIGHLY_EFFECTIVE",
      {
        plus: true,
        comment: "Leads the weekly safety walk.",
      },
    );
    const evaluation = expectData(response).rateCompetency;

    const rating = evaluation.ratings.find(
      (item) => item.competencyKey === "safety-focus",
    );
    expect(rating).toMatchObject({
      level: "HIGHLY_EFFECTIVE",
      levelName: "Highly Effective",
      plus: true,
      points: 3.5,
      comment: "Leads the weekly safety walk.",
      ratedBy: "u-s200",
    });
    expect(evaluation.version).toBe(await countEvents(evaluationId));
  });

  it("acknowledges a retried request once", async () => {
    const before = await countEvents(evaluationId);
    const request = { idempotencyKey: "rate-flexibility-1" };

    const first = expectData(
      await rate(evaluationId, "flexibility", "EFFECTIVE", request),
    );
    const retry = expectData(
      await rate(evaluationId, "flexibility", "EFFECTIVE", request),
    );
    const reused = await rate(
      evaluationId,
      "flexibility",
      "DEVELOPING",
      request,
    );

    expect(retry.rateCompetency.version).toBe(first.rateCompetency.version);
    expect(await countEvents(evaluationId)).toBe(before + 1);
    expect(errorCodeOf(reused)).toBe("IDEMPOTENCY_KEY_REUSED");
  });
});

describe("evaluator signature", () => {
  let evaluationId: string;

  beforeAll(async () => {
    expectData(
      await sendOperation(
        service.url,
        RecordEmployeeDocument,
        { input: { ...custodian, employeeId: "E302", name: "Sol Signed" } },
        hrToken,
      ),
    );
    evaluationId = (await openFor("E302")).id;
  });

  it("is rejected until every competency is rated", async () => {
    await rate(evaluationId, ordinaryKeys[0]!, "EFFECTIVE");
    const before = await countEvents(evaluationId);

    const response = await sendOperation(
      service.url,
      SignAsEvaluatorDocument,
      { input: { evaluationId } },
      supervisorToken,
    );

    expect(errorCodeOf(response)).toBe("RATINGS_INCOMPLETE");
    expect(await countEvents(evaluationId)).toBe(before);
  });

  it("moves the evaluation to the employee", async () => {
    for (const key of ordinaryKeys.slice(1)) {
      expectData(await rate(evaluationId, key, "EFFECTIVE"));
    }
    const lastHash = await service.database.db
      .selectFrom("streams")
      .select("last_hash")
      .where("stream_id", "=", `evaluation-${evaluationId}`)
      .executeTakeFirstOrThrow();

    const signed = expectData(
      await sendOperation(
        service.url,
        SignAsEvaluatorDocument,
        { input: { evaluationId } },
        supervisorToken,
      ),
    ).signAsEvaluator;

    expect(signed.status).toBe("AWAITING_EMPLOYEE");
    expect(signed.signatures.evaluator?.signatoryId).toBe("S200");
    expect(signed.signatures.evaluator?.signedHash).toBe(lastHash.last_hash);
    expect(signed.nextAction).toEqual({
      party: "EMPLOYEE",
      employeeId: "E302",
    });
  });

  it("locks the ratings", async () => {
    const before = await countEvents(evaluationId);

    const response = await rate(evaluationId, ordinaryKeys[0]!, "EFFECTIVE");

    expect(errorCodeOf(response)).toBe("EVALUATION_SIGNED");
    expect(await countEvents(evaluationId)).toBe(before);
  });
});

describe("reading evaluations", () => {
  it("asks an anonymous reader to sign in", async () => {
    const opened = await openFor("S200");

    const response = await sendOperation(
      service.url,
      EvaluationDocument,
      { id: opened.id },
      null,
    );

    expect(errorCodeOf(response)).toBe("UNAUTHENTICATED");
  });

  it("hides a supervisor's own draft from them", async () => {
    const { evaluation } = expectData(
      await sendOperation(
        service.url,
        EvaluationDocument,
        { id: (await findEvaluationOf("S200"))! },
        directorToken,
      ),
    );
    expect(evaluation.leadershipApplies).toBe(true);
    expect(evaluation.unratedCompetencies).toHaveLength(24);

    const own = await sendOperation(
      service.url,
      EvaluationDocument,
      { id: evaluation.id },
      supervisorToken,
    );

    expect(errorCodeOf(own)).toBe("NOT_FOUND");
  });

  it("hides a draft from the employee", async () => {
    const id = (await findEvaluationOf("E300"))!;

    const response = await sendOperation(
      service.url,
      EvaluationDocument,
      { id },
      custodianToken,
    );

    expect(errorCodeOf(response)).toBe("NOT_FOUND");
  });
});

describe("recording the directory", () => {
  it("rejects a reporting loop", async () => {
    const response = await sendOperation(
      service.url,
      RecordEmployeeDocument,
      { input: { ...director, reportsTo: "E300" } },
      hrToken,
    );

    expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
    expect(response.errors![0]!.message).toContain("already reports to");
  });
});

describe("managers above the evaluator", () => {
  it("read evaluations down their reporting chain", async () => {
    const chief = { ...director, employeeId: "C1", name: "Chris Chief" };
    const peer = { ...supervisor, employeeId: "S201", name: "Pat Peer" };
    for (const input of [chief, { ...director, reportsTo: "C1" }, peer]) {
      expectData(
        await sendOperation(
          service.url,
          RecordEmployeeDocument,
          { input },
          hrToken,
        ),
      );
    }
    const id = (await findEvaluationOf("E300"))!;
    const chiefToken = await service.tokenFor({
      userId: "u-c1",
      employeeId: "C1",
    });
    const peerToken = await service.tokenFor({
      userId: "u-s201",
      employeeId: "S201",
    });

    const byChief = await sendOperation(
      service.url,
      EvaluationDocument,
      { id },
      chiefToken,
    );
    const byPeer = await sendOperation(
      service.url,
      EvaluationDocument,
      { id },
      peerToken,
    );

    expect(expectData(byChief).evaluation.employeeId).toBe("E300");
    expect(errorCodeOf(byPeer)).toBe("NOT_FOUND");
  });
});

async function findEvaluationOf(employeeId: string): Promise<string | null> {
  const row = await service.database.db
    .selectFrom("evaluations")
    .select("evaluation_id")
    .where("employee_id", "=", employeeId)
    .executeTakeFirst();
  return row?.evaluation_id ?? null;
}
