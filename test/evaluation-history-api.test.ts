import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendToStream } from "../src/event-store/append-to-stream";
import {
  AuditLogDocument,
  DirectoryAsOfDocument,
  EvaluationAsOfDocument,
  FrameworksAsOfDocument,
  RatingLineageDocument,
  ReopenEvaluationDocument,
  ReviseRatingDocument,
  type AuditEventFieldsFragment,
  type ReviseRatingInput,
} from "./generated/graphql";
import {
  completeAndSign,
  openEvaluationOf,
  rateAsSupervisor,
  seedDistrict,
  type SeededDistrict,
} from "./support/audit-seed";
import {
  errorCodeOf,
  expectData,
  sendOperation,
} from "./support/graphql-client";
import { startTestService, type TestService } from "./support/test-service";

let service: TestService;
let district: SeededDistrict;
let evaluationId: string;
let ratedKey: string;
/** The evaluation's events, oldest first, as the audit log shows them. */
let history: AuditEventFieldsFragment[];

beforeAll(async () => {
  service = await startTestService();
  district = await seedDistrict(service);
  ratedKey = district.ordinaryKeys[0]!;

  // Rated, revised, signed, reopened and revised again.
  evaluationId = await openEvaluationOf(district, "E1");
  await rateAsSupervisor(district, evaluationId, ratedKey, "EFFECTIVE", {
    comment: "Keeps the halls safe.",
  });
  await revise({
    level: "DEVELOPING",
    comment: "Missed two safety walks.",
    reason: "The March log shows missed walks.",
  });
  await completeAndSign(district, evaluationId, [ratedKey]);
  expectData(
    await sendOperation(
      service.url,
      ReopenEvaluationDocument,
      { input: { evaluationId, reason: "The March log was wrong." } },
      district.tokens.supervisor,
    ),
  );
  await revise({
    level: "HIGHLY_EFFECTIVE",
    plus: true,
    comment: "Trains new custodians on safety.",
    reason: "Corrected after the log was fixed.",
  });

  history = expectData(
    await sendOperation(
      service.url,
      AuditLogDocument,
      { filter: { evaluationId }, order: "OLDEST_FIRST", first: 100 },
      district.tokens.auditor,
    ),
  ).auditLog.edges.map((edge) => edge.node);
});

afterAll(async () => {
  await service?.close();
});

async function revise(
  change: Omit<ReviseRatingInput, "evaluationId" | "competencyKey">,
) {
  expectData(
    await sendOperation(
      service.url,
      ReviseRatingDocument,
      { input: { evaluationId, competencyKey: ratedKey, ...change } },
      district.tokens.supervisor,
    ),
  );
}

function versionOf(type: string): number {
  return history.find((event) => event.type === type)!.streamVersion;
}

async function asOf(
  variables: { at?: string; version?: number },
  token = district.tokens.auditor,
) {
  return sendOperation(
    service.url,
    EvaluationAsOfDocument,
    { id: evaluationId, ...variables },
    token,
  );
}

describe("rating lineage", () => {
  it("lists every value with who, when, why and which request", async () => {
    const { ratingLineage } = expectData(
      await sendOperation(
        service.url,
        RatingLineageDocument,
        { evaluationId, competencyKey: ratedKey },
        district.tokens.auditor,
      ),
    );

    expect(ratingLineage.map((entry) => entry.eventType)).toEqual([
      "CompetencyRated",
      "RatingRevised",
      "RatingRevised",
    ]);
    expect(
      ratingLineage.map((entry) => [entry.level, entry.plus, entry.comment]),
    ).toEqual([
      ["EFFECTIVE", false, "Keeps the halls safe."],
      ["DEVELOPING", false, "Missed two safety walks."],
      ["HIGHLY_EFFECTIVE", true, "Trains new custodians on safety."],
    ]);
    expect(ratingLineage.map((entry) => entry.previous)).toEqual([
      null,
      { level: "EFFECTIVE", plus: false, comment: "Keeps the halls safe." },
      {
        level: "DEVELOPING",
        plus: false,
        comment: "Missed two safety walks.",
      },
    ]);
    expect(ratingLineage.map((entry) => entry.reason)).toEqual([
      null,
      "The March log shows missed walks.",
      "Corrected after the log was fixed.",
    ]);
    expect(ratingLineage[2]!.levelName).toBe("Highly Effective");
    expect(ratingLineage.every((entry) => entry.actorId === "u-S1")).toBe(true);
  });

  it("matches the audit log event for event", async () => {
    const { ratingLineage } = expectData(
      await sendOperation(
        service.url,
        RatingLineageDocument,
        { evaluationId, competencyKey: ratedKey },
        district.tokens.supervisor,
      ),
    );

    for (const entry of ratingLineage) {
      const event = history.find((item) => item.eventId === entry.eventId)!;
      expect(entry.streamVersion).toBe(event.streamVersion);
      expect(entry.correlationId).toBe(event.correlationId);
      expect(entry.recordedAt).toBe(event.recordedAt);
      expect(entry.effectiveAt).toBe(event.effectiveAt);
      expect(entry.hash).toBe(event.hash);
    }
    const requests = new Set(ratingLineage.map((entry) => entry.correlationId));
    expect(requests.size).toBe(3);
  });

  it("is empty for a competency never rated", async () => {
    const { ratingLineage } = expectData(
      await sendOperation(
        service.url,
        RatingLineageDocument,
        { evaluationId, competencyKey: "people-management" },
        district.tokens.auditor,
      ),
    );

    expect(ratingLineage).toEqual([]);
  });

  it("rejects a competency outside the framework", async () => {
    const response = await sendOperation(
      service.url,
      RatingLineageDocument,
      { evaluationId, competencyKey: "juggling" },
      district.tokens.auditor,
    );

    expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
    expect(response.errors![0]!.message).toContain("juggling");
  });

  it.each([
    ["an anonymous caller", null, "UNAUTHENTICATED"],
    ["another supervisor", "otherSupervisor", "NOT_FOUND"],
    ["an analyst", "analyst", "NOT_FOUND"],
  ] as const)("hides the lineage from %s", async (_case, who, code) => {
    const token = who === null ? null : district.tokens[who];

    const response = await sendOperation(
      service.url,
      RatingLineageDocument,
      { evaluationId, competencyKey: ratedKey },
      token,
    );

    expect(errorCodeOf(response)).toBe(code);
  });

  it("answers NOT_FOUND for an unknown evaluation", async () => {
    const response = await sendOperation(
      service.url,
      RatingLineageDocument,
      { evaluationId: randomUUID(), competencyKey: ratedKey },
      district.tokens.auditor,
    );

    expect(errorCodeOf(response)).toBe("NOT_FOUND");
  });
});

describe("evaluation as of a version", () => {
  it("shows the draft as first opened", async () => {
    const { evaluationAsOf } = expectData(await asOf({ version: 1 }));

    expect(evaluationAsOf.version).toBe(1);
    expect(evaluationAsOf.explanation).toBeNull();
    expect(evaluationAsOf.evaluation?.status).toBe("DRAFT");
    expect(evaluationAsOf.evaluation?.ratings).toEqual([]);
  });

  it("shows a revised rating as it then stood", async () => {
    const { evaluationAsOf } = expectData(await asOf({ version: 3 }));

    expect(evaluationAsOf.evaluation?.ratings).toEqual([
      {
        competencyKey: ratedKey,
        level: "DEVELOPING",
        plus: false,
        comment: "Missed two safety walks.",
        revisionCount: 1,
      },
    ]);
  });

  it("shows the signature that counted before reopening", async () => {
    const signedVersion = versionOf("EvaluatorSigned");

    const { evaluationAsOf } = expectData(
      await asOf({ version: signedVersion }),
    );

    const evaluation = evaluationAsOf.evaluation!;
    expect(evaluation.status).toBe("AWAITING_EMPLOYEE");
    expect(evaluation.signatures.evaluator).toEqual({
      kind: "EVALUATOR_SIGNED",
      signedHash: history[signedVersion - 2]!.hash,
      streamVersion: signedVersion,
    });
    expect(evaluation.signatureHistory).toEqual([
      { kind: "EVALUATOR_SIGNED", streamVersion: signedVersion, counts: true },
    ]);
  });

  it("shows the latest version as the evaluation stands", async () => {
    const { evaluationAsOf } = expectData(
      await asOf({ version: history.length }),
    );

    const evaluation = evaluationAsOf.evaluation!;
    expect(evaluation.status).toBe("REOPENED");
    expect(evaluation.signatures.evaluator).toBeNull();
    expect(evaluation.signatureHistory.map((entry) => entry.counts)).toEqual([
      false,
    ]);
  });

  it.each([0, 999])("rejects version %i", async (version) => {
    const response = await asOf({ version });

    expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
    expect(response.errors![0]!.message).toContain(`1 to ${history.length}`);
  });
});

describe("evaluation as of a time", () => {
  it("folds the events recorded by then", async () => {
    const at = history[1]!.recordedAt;
    const recordedBy = history.filter(
      (event) => Date.parse(event.recordedAt) <= Date.parse(at),
    );

    const { evaluationAsOf } = expectData(await asOf({ at }));

    expect(evaluationAsOf.version).toBe(recordedBy.length);
    expect(evaluationAsOf.evaluation?.version).toBe(recordedBy.length);
    expect(evaluationAsOf.recordedAt).toBe(recordedBy.at(-1)!.recordedAt);
  });

  it("explains a time before the evaluation existed", async () => {
    const { evaluationAsOf } = expectData(
      await asOf({ at: "2000-01-01T00:00:00.000Z" }),
    );

    expect(evaluationAsOf.evaluation).toBeNull();
    expect(evaluationAsOf.version).toBe(0);
    expect(evaluationAsOf.explanation).toContain("did not exist yet");
    expect(evaluationAsOf.explanation).toContain(history[0]!.recordedAt);
  });

  it.each([
    ["both a time and a version", { at: "2030-01-01T00:00:00Z", version: 1 }],
    ["neither a time nor a version", {}],
  ])("rejects %s", async (_case, variables) => {
    const response = await asOf(variables);

    expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
  });

  it("is hidden from another supervisor", async () => {
    const response = await asOf(
      { version: 1 },
      district.tokens.otherSupervisor,
    );

    expect(errorCodeOf(response)).toBe("NOT_FOUND");
  });
});

describe("directory as of a day", () => {
  beforeAll(async () => {
    const entry = {
      employeeId: "H1",
      name: "Hana Historic",
      jobClassification: "Clerk",
      unitId: "east-office",
      supervises: false,
      reportsTo: null,
    };
    // Recorded in this order; the renaming is dated between the other two.
    await appendDirectoryEvent(
      "unit-east-office",
      "UnitRegistered",
      {
        unitId: "east-office",
        name: "East Office",
        kind: "OFFICE",
        parentId: "district",
      },
      "2025-01-01",
    );
    await appendDirectoryEvent(
      "employee-H1",
      "EmployeeRegistered",
      entry,
      "2025-01-10",
    );
    await appendDirectoryEvent(
      "employee-H1",
      "EmployeeUpdated",
      { ...entry, unitId: "west-office" },
      "2025-03-01",
    );
    await appendDirectoryEvent(
      "employee-H1",
      "EmployeeUpdated",
      { ...entry, name: "Hana Renamed" },
      "2025-02-01",
    );
  });

  async function appendDirectoryEvent(
    streamId: string,
    type: string,
    data: object,
    effectiveOn: string,
  ) {
    await appendToStream(service.database.db, {
      streamId,
      streamType: streamId.startsWith("unit-") ? "unit" : "employee",
      expectedVersion: "any",
      events: [
        {
          eventId: randomUUID(),
          type,
          schemaVersion: 1,
          data,
          metadata: {
            actorId: "hr-1",
            effectiveAt: `${effectiveOn}T00:00:00.000Z`,
            correlationId: randomUUID(),
            causationId: null,
            reason: null,
          },
        },
      ],
    });
  }

  async function directoryOn(date: string, employeeId: string | null = "H1") {
    return expectData(
      await sendOperation(
        service.url,
        DirectoryAsOfDocument,
        { date, employeeId },
        district.tokens.auditor,
      ),
    ).directoryAsOf;
  }

  it("leaves out an employee registered later", async () => {
    const directory = await directoryOn("2025-01-09");

    expect(directory.employees).toEqual([]);
  });

  it("shows the entry in force on each day", async () => {
    const cases = [
      ["2025-01-10", "Hana Historic", "east-office", 1],
      ["2025-02-15", "Hana Renamed", "east-office", 3],
      ["2025-03-01", "Hana Historic", "west-office", 2],
    ] as const;

    for (const [date, name, unitId, version] of cases) {
      const [employee] = (await directoryOn(date)).employees;
      expect(employee).toMatchObject({
        employeeId: "H1",
        name,
        unitId,
        version,
      });
    }
  });

  it("filters employees by unit on the day", async () => {
    const directory = expectData(
      await sendOperation(
        service.url,
        DirectoryAsOfDocument,
        { date: "2025-03-05", unitId: "west-office" },
        district.tokens.hr,
      ),
    ).directoryAsOf;

    expect(directory.employees.map((employee) => employee.employeeId)).toEqual([
      "H1",
    ]);
    expect(directory.units).toEqual([
      {
        unitId: "east-office",
        name: "East Office",
        kind: "OFFICE",
        parentId: "district",
        effectiveOn: "2025-01-01",
        version: 1,
      },
    ]);
  });

  it("includes today's registrations today", async () => {
    const today = new Date().toISOString().slice(0, 10);

    const directory = await directoryOn(today, null);

    const ids = directory.employees.map((employee) => employee.employeeId);
    expect(ids).toEqual(expect.arrayContaining(["D1", "S1", "E1", "H1"]));
  });

  it("rejects a date that is not a calendar date", async () => {
    const response = await sendOperation(
      service.url,
      DirectoryAsOfDocument,
      { date: "2025-13-01" },
      district.tokens.auditor,
    );

    expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
  });

  it.each([
    ["an anonymous caller", null, "UNAUTHENTICATED"],
    ["a supervisor", "supervisor", "FORBIDDEN"],
  ] as const)("is refused to %s", async (_case, who, code) => {
    const token = who === null ? null : district.tokens[who];

    const response = await sendOperation(
      service.url,
      DirectoryAsOfDocument,
      { date: "2025-03-01" },
      token,
    );

    expect(errorCodeOf(response)).toBe(code);
  });
});

describe("frameworks as of a day", () => {
  it("lists nothing before the first publication", async () => {
    const { frameworksAsOf } = expectData(
      await sendOperation(
        service.url,
        FrameworksAsOfDocument,
        { date: "2000-01-01" },
        district.tokens.auditor,
      ),
    );

    expect(frameworksAsOf).toEqual([]);
  });

  it("lists the versions published by the day", async () => {
    const today = new Date().toISOString().slice(0, 10);

    const { frameworksAsOf } = expectData(
      await sendOperation(
        service.url,
        FrameworksAsOfDocument,
        { date: today },
        district.tokens.auditor,
      ),
    );

    expect(frameworksAsOf.map((framework) => framework.version)).toEqual([1]);
    expect(frameworksAsOf[0]!.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is refused to a supervisor", async () => {
    const response = await sendOperation(
      service.url,
      FrameworksAsOfDocument,
      { date: "2025-01-01" },
      district.tokens.supervisor,
    );

    expect(errorCodeOf(response)).toBe("FORBIDDEN");
  });
});
