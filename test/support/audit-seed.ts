import {
  CreateCycleDocument,
  FrameworkDocument,
  OpenEvaluationDocument,
  RateCompetencyDocument,
  RecordEmployeeDocument,
  SignAsEvaluatorDocument,
  type EmployeeInput,
} from "../generated/graphql";
import { expectData, sendOperation } from "./graphql-client";
import type { TestService } from "./test-service";

/** A small district seeded through the API, with a token per kind of user. */
export interface SeededDistrict {
  service: TestService;
  cycleId: string;
  /** Competencies every employee is rated on, in framework order. */
  ordinaryKeys: string[];
  tokens: {
    hr: string;
    auditor: string;
    analyst: string;
    /** S1, evaluator of E1, E2, E4, E5 and E6. */
    supervisor: string;
    /** S2, evaluator of E3 only. */
    otherSupervisor: string;
    /** E1, an evaluated employee. */
    employee: string;
  };
}

/** The people of the seeded district; user ids are `u-` and the employee id. */
export const districtPeople: EmployeeInput[] = [
  person("D1", "Dana Director", "district-office", true, null),
  person("S1", "Sam Supervisor", "north-high", true, "D1"),
  person("S2", "Sky Supervisor", "south-high", true, "D1"),
  person("E1", "Eli Custodian", "north-high", false, "S1"),
  person("E2", "Emma Clerk", "north-high", false, "S1"),
  person("E3", "Ezra Driver", "south-high", false, "S2"),
  person("E4", "Eve Cook", "north-high", false, "S1"),
  person("E5", "Eric Gardener", "north-high", false, "S1"),
  person("E6", "Esme Technician", "north-high", false, "S1"),
];

function person(
  employeeId: string,
  name: string,
  unitId: string,
  supervises: boolean,
  reportsTo: string | null,
): EmployeeInput {
  const jobClassification = supervises ? "Supervisor" : "Custodian";
  return { employeeId, name, jobClassification, unitId, supervises, reportsTo };
}

/**
 * Records the district's people and one cycle through the API, and signs a
 * token for each kind of user.
 */
export async function seedDistrict(
  service: TestService,
): Promise<SeededDistrict> {
  const staff = (employeeId: string) =>
    service.tokenFor({ userId: `u-${employeeId}`, employeeId });
  const tokens = {
    hr: await service.tokenFor({ userId: "hr-1", roles: ["HR"] }),
    auditor: await service.tokenFor({ userId: "aud-1", roles: ["AUDITOR"] }),
    analyst: await service.tokenFor({ userId: "ana-1", roles: ["ANALYST"] }),
    supervisor: await staff("S1"),
    otherSupervisor: await staff("S2"),
    employee: await staff("E1"),
  };

  for (const input of districtPeople) {
    expectData(
      await sendOperation(
        service.url,
        RecordEmployeeDocument,
        { input },
        tokens.hr,
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
      tokens.hr,
    ),
  );
  const framework = expectData(
    await sendOperation(
      service.url,
      FrameworkDocument,
      { key: "classified-performance-framework" },
      null,
    ),
  );
  const ordinaryKeys = framework.framework.clusters
    .filter((cluster) => cluster.appliesTo === "ALL_EMPLOYEES")
    .flatMap((cluster) => cluster.competencies.map((item) => item.key));

  return {
    service,
    cycleId: cycle.createCycle.cycleId,
    ordinaryKeys,
    tokens,
  };
}

/** Opens an evaluation of the employee in the district's cycle (HR). */
export async function openEvaluationOf(
  district: SeededDistrict,
  employeeId: string,
): Promise<string> {
  const opened = expectData(
    await sendOperation(
      district.service.url,
      OpenEvaluationDocument,
      { input: { employeeId, cycleId: district.cycleId } },
      district.tokens.hr,
    ),
  );
  return opened.openEvaluation.id;
}

/** Rates one competency as the evaluator S1 and returns the new version. */
export async function rateAsSupervisor(
  district: SeededDistrict,
  evaluationId: string,
  competencyKey: string,
  level: string,
  extra: { plus?: boolean; comment?: string } = {},
  token = district.tokens.supervisor,
): Promise<number> {
  const rated = expectData(
    await sendOperation(
      district.service.url,
      RateCompetencyDocument,
      { input: { evaluationId, competencyKey, level, ...extra } },
      token,
    ),
  );
  return rated.rateCompetency.version;
}

/**
 * Rates every ordinary competency not yet rated as Effective, then signs as
 * the evaluator. `token` is the evaluator's.
 */
export async function completeAndSign(
  district: SeededDistrict,
  evaluationId: string,
  alreadyRated: string[] = [],
  token = district.tokens.supervisor,
): Promise<void> {
  for (const key of district.ordinaryKeys) {
    if (alreadyRated.includes(key)) continue;
    await rateAsSupervisor(district, evaluationId, key, "EFFECTIVE", {}, token);
  }
  expectData(
    await sendOperation(
      district.service.url,
      SignAsEvaluatorDocument,
      { input: { evaluationId } },
      token,
    ),
  );
}
