import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildDemoDistrict,
  demoPeople,
} from "../src/application/demo-district";
import {
  AcknowledgeInBriefDocument,
  CloseCycleDocument,
  CreateCycleDocument,
  CycleEvaluationsDocument,
  FrameworkDocument,
  LaunchCycleDocument,
  LoadDirectoryDocument,
  RateEvaluationDocument,
  type RateEvaluationMutationVariables,
  SignAsEvaluatorInBriefDocument,
  SignAsReviewerInBriefDocument,
  type CycleEvaluationsQuery,
  type EvaluationStatus,
} from "./generated/graphql";
import { expectData, sendOperation } from "./support/graphql-client";
import { runConcurrently } from "./support/run-concurrently";
import { startTestService, type TestService } from "./support/test-service";

// The whole district goes through the API as its people would use it: HR
// loads the directory and launches the cycle, each supervisor rates and
// signs with their own token, each employee acknowledges with theirs, and
// each reviewer signs last.
const district = buildDemoDistrict();
const frameworkKey = "classified-performance-framework";
const concurrentUsers = 8;

let service: TestService;
let hrToken: string;
const tokens = new Map<string, string>();
let cycleId: string;
let ordinaryKeys: string[];
let leadershipKeys: string[];
let openedCount: number;

beforeAll(async () => {
  service = await startTestService();
  hrToken = await service.tokenFor({ userId: "hr-1", roles: ["HR"] });
  for (const employee of district.employees) {
    tokens.set(
      employee.employeeId,
      await service.tokenFor({
        userId: `u-${employee.employeeId}`,
        employeeId: employee.employeeId,
      }),
    );
  }
  const { framework } = expectData(
    await sendOperation(
      service.url,
      FrameworkDocument,
      { key: frameworkKey },
      null,
    ),
  );
  const keysOf = (appliesTo: string) =>
    framework.clusters
      .filter((cluster) => cluster.appliesTo === appliesTo)
      .flatMap((cluster) => cluster.competencies.map((item) => item.key));
  ordinaryKeys = keysOf("ALL_EMPLOYEES");
  leadershipKeys = keysOf("SUPERVISORS");
});

afterAll(async () => {
  await service?.close();
});

function tokenOf(employeeId: string): string {
  const token = tokens.get(employeeId);
  if (token === undefined) throw new Error(`No token for ${employeeId}`);
  return token;
}

// Variables of RateEvaluation: r1 to r21 rate the competencies every
// employee is rated on, and r22 to r24 the Leadership ones, which the
// request skips unless Leadership applies.
function rateEverything(
  evaluationId: string,
  leadership: boolean,
): RateEvaluationMutationVariables {
  const keys = [...ordinaryKeys, ...leadershipKeys];
  if (keys.length !== 24)
    throw new Error(`Expected 24 keys, got ${keys.length}`);
  const variables: Record<string, unknown> = { leadership };
  keys.forEach((competencyKey, index) => {
    variables[`r${index + 1}`] = {
      evaluationId,
      competencyKey,
      level: "EFFECTIVE",
    };
  });
  return variables as RateEvaluationMutationVariables;
}

type CycleEvaluationsPage = CycleEvaluationsQuery["cycleEvaluations"];

async function listAs(token: string, status: EvaluationStatus) {
  const evaluations = [];
  let after: string | null = null;
  do {
    const page: CycleEvaluationsPage = expectData(
      await sendOperation(
        service.url,
        CycleEvaluationsDocument,
        { cycleId, status, first: 100, after },
        token,
      ),
    ).cycleEvaluations;
    evaluations.push(...page.evaluations);
    after = page.nextCursor ?? null;
  } while (after !== null);
  return evaluations;
}

describe("a 200-person district through one cycle", () => {
  it("loads the directory in one request", async () => {
    const { loadDirectory } = expectData(
      await sendOperation(
        service.url,
        LoadDirectoryDocument,
        {
          input: {
            units: district.units,
            employees: district.employees,
            effectiveOn: "2025-07-01",
          },
        },
        hrToken,
      ),
    );

    expect(loadDirectory.units.registered).toHaveLength(14);
    expect(loadDirectory.employees.registered).toHaveLength(200);
  });

  it("launches the cycle for everyone in scope", async () => {
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
            ...district.cycleScope,
          },
        },
        hrToken,
      ),
    ).createCycle;
    cycleId = cycle.cycleId;

    const launch = expectData(
      await sendOperation(
        service.url,
        LaunchCycleDocument,
        { cycleId },
        hrToken,
      ),
    ).launchCycle;
    openedCount = launch.openedCount;

    // In scope: 9 site supervisors and 186 staff; one has no supervisor.
    expect(launch.inScopeCount).toBe(195);
    expect(launch.openedCount).toBe(194);
    expect(launch.skipped).toEqual([
      expect.objectContaining({
        employeeId: demoPeople.withoutSupervisor,
        reason: "NO_SUPERVISOR",
      }),
    ]);
    expect(launch.withoutReviewer).toEqual([]);
  });

  it("lets every evaluator rate and sign their team", async () => {
    const evaluators = [
      ...new Set(
        district.employees
          .filter((employee) => employee.supervises)
          .map((employee) => employee.employeeId),
      ),
    ];
    let signed = 0;
    await runConcurrently(evaluators, concurrentUsers, async (evaluatorId) => {
      const token = tokenOf(evaluatorId);
      const drafts = (await listAs(token, "DRAFT")).filter(
        (evaluation) => evaluation.evaluatorId === evaluatorId,
      );
      for (const evaluation of drafts) {
        const ratings = expectData(
          await sendOperation(
            service.url,
            RateEvaluationDocument,
            rateEverything(evaluation.id, evaluation.leadershipApplies),
            token,
          ),
        );
        expect(ratings.r21.version).toBe(22);
        const result = expectData(
          await sendOperation(
            service.url,
            SignAsEvaluatorInBriefDocument,
            { input: { evaluationId: evaluation.id } },
            token,
          ),
        ).signAsEvaluator;
        expect(result.status).toBe("AWAITING_EMPLOYEE");
        signed += 1;
      }
    });

    expect(signed).toBe(openedCount);
  }, 120_000);

  it("lets every employee acknowledge their own", async () => {
    const employees = district.employees.map((employee) => employee.employeeId);
    let acknowledged = 0;
    await runConcurrently(employees, concurrentUsers, async (employeeId) => {
      const token = tokenOf(employeeId);
      const own = (await listAs(token, "AWAITING_EMPLOYEE")).filter(
        (evaluation) => evaluation.employeeId === employeeId,
      );
      for (const evaluation of own) {
        const result = expectData(
          await sendOperation(
            service.url,
            AcknowledgeInBriefDocument,
            { input: { evaluationId: evaluation.id } },
            token,
          ),
        ).acknowledgeEvaluation;
        expect(result.status).toBe("AWAITING_REVIEWER");
        acknowledged += 1;
      }
    });

    expect(acknowledged).toBe(openedCount);
  }, 60_000);

  it("lets every reviewer sign last", async () => {
    const reviewers = district.employees
      .filter((employee) => employee.supervises)
      .map((employee) => employee.employeeId);
    let final = 0;
    await runConcurrently(reviewers, concurrentUsers, async (reviewerId) => {
      const token = tokenOf(reviewerId);
      const waiting = (await listAs(token, "AWAITING_REVIEWER")).filter(
        (evaluation) => evaluation.reviewerId === reviewerId,
      );
      for (const evaluation of waiting) {
        const result = expectData(
          await sendOperation(
            service.url,
            SignAsReviewerInBriefDocument,
            { input: { evaluationId: evaluation.id } },
            token,
          ),
        ).signAsReviewer;
        expect(result.status).toBe("FINAL");
        final += 1;
      }
    });

    expect(final).toBe(openedCount);
  }, 60_000);

  it("ends with every evaluation final", async () => {
    const finals = await listAs(hrToken, "FINAL");
    const closed = expectData(
      await sendOperation(
        service.url,
        CloseCycleDocument,
        { cycleId, reason: "All evaluations final." },
        hrToken,
      ),
    ).closeCycle;

    expect(finals).toHaveLength(openedCount);
    expect(
      new Set(finals.map((evaluation) => evaluation.employeeId)).size,
    ).toBe(openedCount);
    expect(closed.notFinal).toEqual([]);
    expect(closed.cycle.status).toBe("CLOSED");
  });
});
