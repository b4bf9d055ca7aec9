import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledFrameworkPaths } from "../src/frameworks/load-framework-file";
import {
  CreateCycleDocument,
  EvaluationDocument,
  OpenEvaluationDocument,
  PublishFrameworkVersionDocument,
  RateCompetencyDocument,
  RecordEmployeeDocument,
} from "./generated/graphql";
import {
  errorCodeOf,
  expectData,
  sendOperation,
} from "./support/graphql-client";
import { startTestService, type TestService } from "./support/test-service";

type Definition = {
  version: number;
  clusters: Array<{
    key: string;
    competencies: Array<{
      key: string;
      name: string;
      indicators: string[];
      alignedWith: string[];
      continues: string | null;
    }>;
  }>;
};

let service: TestService;
let hrToken: string;
let evaluatorToken: string;
let versionOne: Definition;

/**
 * Version 2 renames Dependability to Reliability under a new key, retires
 * Presentation Skills, and adds Data Privacy.
 */
function versionTwo(): Definition {
  const next = structuredClone(versionOne);
  next.version = 2;
  for (const cluster of next.clusters) {
    cluster.competencies = cluster.competencies
      .filter((competency) => competency.key !== "presentation-skills")
      .map((competency) => ({
        ...competency,
        continues: competency.key,
        ...(competency.key === "dependability"
          ? { key: "reliability", name: "Reliability" }
          : {}),
      }));
  }
  next.clusters
    .find((cluster) => cluster.key === "professional-technical-expertise")!
    .competencies.push({
      key: "data-privacy",
      name: "Data Privacy",
      indicators: ["Keeps student and staff records confidential."],
      alignedWith: [],
      continues: null,
    });
  return next;
}

function publish(definition: unknown, token = hrToken) {
  return sendOperation(
    service.url,
    PublishFrameworkVersionDocument,
    { definition: definition as Record<string, unknown> },
    token,
  );
}

async function countFrameworkEvents(): Promise<number> {
  const row = await service.database.db
    .selectFrom("events")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("stream_id", "=", "framework-classified-performance-framework")
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

async function createCycle(name: string): Promise<string> {
  const response = await sendOperation(
    service.url,
    CreateCycleDocument,
    {
      input: {
        name,
        startsOn: "2026-07-01",
        endsOn: "2027-06-30",
        responseWindowDays: 10,
      },
    },
    hrToken,
  );
  return expectData(response).createCycle.cycleId;
}

async function open(employeeId: string, cycleId: string): Promise<string> {
  const response = await sendOperation(
    service.url,
    OpenEvaluationDocument,
    { input: { employeeId, cycleId } },
    hrToken,
  );
  return expectData(response).openEvaluation.id;
}

function rate(evaluationId: string, competencyKey: string) {
  return sendOperation(
    service.url,
    RateCompetencyDocument,
    { input: { evaluationId, competencyKey, level: "EFFECTIVE" } },
    evaluatorToken,
  );
}

beforeAll(async () => {
  service = await startTestService();
  hrToken = await service.tokenFor({ userId: "hr", roles: ["HR"] });
  evaluatorToken = await service.tokenFor({ userId: "u-s1", employeeId: "S1" });
  versionOne = JSON.parse(
    await readFile(bundledFrameworkPaths()[0]!, "utf8"),
  ) as Definition;

  const employees = [
    { employeeId: "S1", supervises: true, reportsTo: null },
    { employeeId: "E1", supervises: false, reportsTo: "S1" },
    { employeeId: "E2", supervises: false, reportsTo: "S1" },
  ];
  for (const employee of employees) {
    expectData(
      await sendOperation(
        service.url,
        RecordEmployeeDocument,
        {
          input: {
            ...employee,
            name: `Employee ${employee.employeeId}`,
            jobClassification: "Office Technician",
            unitId: "central-office",
          },
        },
        hrToken,
      ),
    );
  }
});

afterAll(async () => {
  await service?.close();
});

describe("publishing a new framework version", () => {
  let pastEvaluationId: string;

  beforeAll(async () => {
    const pastCycle = await createCycle("2025-26 annual");
    pastEvaluationId = await open("E1", pastCycle);
    expectData(await rate(pastEvaluationId, "dependability"));
  });

  it("is forbidden to anyone but HR", async () => {
    const response = await publish(versionTwo(), evaluatorToken);

    expect(errorCodeOf(response)).toBe("FORBIDDEN");
  });

  it("rejects a skipped version number", async () => {
    const before = await countFrameworkEvents();

    const response = await publish({ ...versionTwo(), version: 4 });

    expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
    expect(response.errors![0]!.message).toContain("must be 2");
    expect(await countFrameworkEvents()).toBe(before);
  });

  it("rejects a continuation of an unknown competency", async () => {
    const broken = versionTwo();
    broken.clusters[0]!.competencies[0]!.continues = "honesty";

    const response = await publish(broken);

    expect(errorCodeOf(response)).toBe("INVALID_FRAMEWORK");
    expect(response.errors![0]!.message).toContain("honesty");
  });

  it("publishes version 2 with its continuations", async () => {
    const { publishFrameworkVersion } = expectData(await publish(versionTwo()));

    expect(publishFrameworkVersion.version).toBe(2);
    const keys = publishFrameworkVersion.competencies.map((item) => item.key);
    expect(keys).toContain("reliability");
    expect(keys).toContain("data-privacy");
    expect(keys).not.toContain("presentation-skills");
    expect(
      publishFrameworkVersion.competencies.find(
        (item) => item.key === "reliability",
      )?.continues,
    ).toBe("dependability");
  });

  it("changes nothing when published again unchanged", async () => {
    const before = await countFrameworkEvents();

    const again = expectData(await publish(versionTwo()));

    expect(again.publishFrameworkVersion.version).toBe(2);
    expect(await countFrameworkEvents()).toBe(before);
  });

  it("rejects a changed published version", async () => {
    const changed = versionTwo();
    changed.clusters[0]!.competencies[0]!.name = "Ethics";

    const response = await publish(changed);

    expect(errorCodeOf(response)).toBe("FRAMEWORK_VERSION_CHANGED");
  });

  it("keeps past evaluations on version 1", async () => {
    const response = await sendOperation(
      service.url,
      EvaluationDocument,
      { id: pastEvaluationId },
      hrToken,
    );
    const { evaluation } = expectData(response);

    expect(evaluation.framework.version).toBe(1);
    expect(evaluation.ratings[0]).toMatchObject({
      competencyKey: "dependability",
      competencyName: "Dependability",
    });
    expect(evaluation.unratedCompetencies.map((item) => item.key)).toContain(
      "presentation-skills",
    );
    expect(await rate(pastEvaluationId, "presentation-skills")).toMatchObject({
      errors: undefined,
    });
  });

  it("opens new cycles under the new version", async () => {
    const cycleId = await createCycle("2026-27 annual");
    const evaluationId = await open("E2", cycleId);

    const retired = await rate(evaluationId, "presentation-skills");
    const renamed = expectData(await rate(evaluationId, "reliability"));

    expect(errorCodeOf(retired)).toBe("COMPETENCY_NOT_IN_FRAMEWORK");
    expect(renamed.rateCompetency.framework.version).toBe(2);
    expect(renamed.rateCompetency.ratings[0]?.competencyName).toBe(
      "Reliability",
    );
  });
});
