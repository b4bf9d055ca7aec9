import { randomUUID } from "node:crypto";
import type { CommandEnvironment } from "../../src/application/command-environment";
import { closeCycle } from "../../src/application/close-cycle";
import { createCycle } from "../../src/application/create-cycle";
import * as commands from "../../src/application/evaluation-commands";
import { loadDirectory } from "../../src/application/load-directory";
import { openEvaluation } from "../../src/application/open-evaluation";
import type { Actor } from "../../src/domain/actor";
import type { EmployeeEntry } from "../../src/domain/directory/employee-entry";
import type { UnitEntry } from "../../src/domain/directory/unit-entry";
import { applicableCompetencies } from "../../src/domain/framework/framework-queries";
import { getFrameworkVersion } from "../../src/application/framework-catalogue";
import { defaultFrameworkKey } from "../../src/application/create-cycle";
import type { TestService } from "./test-service";

/**
 * The people of the district, by employee id. P1 heads the district, D1
 * reports to P1, supervisors S1 and S2 report to D1, E1 and E2 report to
 * S1, E3 reports to S2, and H1 is an HR officer who reports to D1.
 */
export const people: Record<string, EmployeeEntry> = {
  P1: staff("P1", "Petra Overholt", "district-office", true, null),
  D1: staff("D1", "Dana Whitcombe", "district-office", true, "P1"),
  S1: staff("S1", "Sam Okonkwo", "north-high", true, "D1"),
  E1: staff("E1", "Eli Marchetti", "north-high", false, "S1"),
  E2: staff("E2", "Emma Lindqvist", "north-high", false, "S1"),
  S2: staff("S2", "Sky Abernathy", "south-high", true, "D1"),
  E3: staff("E3", "Ezra Fontaine", "south-high", false, "S2"),
  H1: staff("H1", "Hana Castellanos", "district-office", false, "D1"),
};

const units: UnitEntry[] = [
  {
    unitId: "district",
    name: "Lakeside District",
    kind: "DISTRICT",
    parentId: null,
  },
  {
    unitId: "district-office",
    name: "District Office",
    kind: "OFFICE",
    parentId: "district",
  },
  {
    unitId: "north-high",
    name: "North High",
    kind: "SCHOOL",
    parentId: "district",
  },
  {
    unitId: "south-high",
    name: "South High",
    kind: "SCHOOL",
    parentId: "district",
  },
];

function staff(
  employeeId: string,
  name: string,
  unitId: string,
  supervises: boolean,
  reportsTo: string | null,
): EmployeeEntry {
  const jobClassification = supervises ? "Supervisor" : "Custodian";
  return { employeeId, name, jobClassification, unitId, supervises, reportsTo };
}

/** The status a fixture evaluation is carried to; RATED is a fully rated draft. */
export type FixtureStatus =
  "DRAFT" | "RATED" | "AWAITING_EMPLOYEE" | "AWAITING_REVIEWER" | "FINAL";

/** One evaluation of the fixture and the texts only its readers may see. */
export interface FixtureEvaluation {
  id: string;
  employeeId: string;
  /** Comment and response texts written into it, unique to it. */
  markers: string[];
}

/** The evaluations every case reads or acts on, by name. */
export interface FixtureEvaluations {
  /** E1's, signed by the evaluator S1, in the main cycle. */
  e1Signed: FixtureEvaluation;
  /** E2's draft with ratings and comments by S1. */
  e2Draft: FixtureEvaluation;
  /** The supervisor S1's own draft, rated by D1. */
  s1Draft: FixtureEvaluation;
  /** The HR officer H1's own draft, rated by D1. */
  h1Draft: FixtureEvaluation;
  /** E3's, final, with E3's written response. */
  e3Final: FixtureEvaluation;
  /** E1's draft with two ratings, in a cycle of its own. */
  e1Draft: FixtureEvaluation;
  /** E1's draft with every competency rated, in a cycle of its own. */
  e1Rated: FixtureEvaluation;
  /** E1's, acknowledged, in a cycle of its own. */
  e1AwaitingReviewer: FixtureEvaluation;
  /** E1's, final, in a cycle of its own. */
  e1Final: FixtureEvaluation;
}

export type FixtureEvaluationName = keyof FixtureEvaluations;

/** The district, its cycles and its evaluations. */
export interface AuthorizationFixture {
  mainCycleId: string;
  /** A closed cycle without final evaluations, for aggregates. */
  closedCycleId: string;
  /** An open cycle in which nobody has an evaluation. */
  emptyCycleId: string;
  /** An open cycle of South High, never launched. */
  southCycleId: string;
  ordinaryKeys: string[];
  evaluations: FixtureEvaluations;
  /** A command environment acting as the user. */
  environmentFor(actor: Actor): CommandEnvironment;
  /** Opens E1's evaluation in a new cycle and carries it to `status`. */
  freshE1Evaluation(status: FixtureStatus): Promise<string>;
  /** Creates an open cycle, of South High only when `southOnly`. */
  freshCycle(southOnly?: boolean): Promise<string>;
}

/** The actor of the HR user who is not staff. */
export const hrActor: Actor = {
  userId: "hr-1",
  employeeId: null,
  roles: ["HR"],
};

/** The actor of a staff member, with user id `u-` and the employee id. */
export function staffActor(
  employeeId: string,
  roles: Actor["roles"] = [],
): Actor {
  return { userId: `u-${employeeId}`, employeeId, roles };
}

/**
 * Builds the district through the application's own commands, each party
 * acting as itself: the directory, the cycles and the fixture evaluations.
 */
export async function buildAuthorizationFixture(
  service: TestService,
): Promise<AuthorizationFixture> {
  const db = service.database.db;
  const environmentFor = (actor: Actor): CommandEnvironment => ({
    db,
    actor,
    correlationId: randomUUID(),
    now: () => new Date(),
  });
  const hr = environmentFor(hrActor);
  const as = (employeeId: string) => environmentFor(staffActor(employeeId));

  await loadDirectory(hr, {
    units: units.map((entry, index) => ({
      source: "units",
      row: index + 1,
      entry,
    })),
    employees: Object.values(people).map((entry, index) => ({
      source: "employees",
      row: index + 1,
      entry,
    })),
  });

  const { definition } = await getFrameworkVersion(db, defaultFrameworkKey, 1);
  const ordinaryKeys = applicableCompetencies(definition, false).map(
    (competency) => competency.key,
  );

  let cycleCount = 0;
  const freshCycle = async (southOnly = false) => {
    cycleCount += 1;
    const cycle = await createCycle(hr, {
      name: `Matrix cycle ${cycleCount}`,
      startsOn: "2025-07-01",
      endsOn: "2026-06-30",
      responseWindowDays: 14,
      unitIds: southOnly ? ["south-high"] : [],
      jobClassifications: [],
    });
    return cycle.cycleId;
  };

  // Rates `count` ordinary competencies as Effective, the first with a
  // comment, and adds an overall comment; both texts are the markers.
  const rate = async (
    evaluationId: string,
    evaluatorId: string,
    count: number,
    label: string,
  ): Promise<string[]> => {
    const markers = [`${label} rating remark`, `${label} overall remark`];
    for (const [index, competencyKey] of ordinaryKeys
      .slice(0, count)
      .entries()) {
      await commands.rateCompetency(as(evaluatorId), {
        evaluationId,
        competencyKey,
        level: "EFFECTIVE",
        plus: false,
        comment: index === 0 ? markers[0] : null,
      });
    }
    await commands.addComment(as(evaluatorId), {
      evaluationId,
      competencyKey: null,
      text: markers[1]!,
    });
    return markers;
  };

  const build = async (
    cycleId: string,
    employeeId: string,
    status: FixtureStatus,
    label: string,
  ): Promise<FixtureEvaluation> => {
    const opened = await openEvaluation(hr, { employeeId, cycleId });
    const id = opened.id;
    const count = status === "DRAFT" ? 2 : ordinaryKeys.length;
    const markers = await rate(id, opened.evaluatorId, count, label);
    if (status === "DRAFT" || status === "RATED") {
      return { id, employeeId, markers };
    }
    await commands.signAsEvaluator(as(opened.evaluatorId), {
      evaluationId: id,
    });
    if (status === "AWAITING_EMPLOYEE") return { id, employeeId, markers };

    const response = `${label} employee response`;
    await commands.attachResponse(as(employeeId), {
      evaluationId: id,
      text: response,
    });
    markers.push(response);
    await commands.acknowledgeEvaluation(as(employeeId), { evaluationId: id });
    if (status === "AWAITING_REVIEWER") return { id, employeeId, markers };

    await commands.signAsReviewer(as(opened.reviewerId!), { evaluationId: id });
    return { id, employeeId, markers };
  };

  const mainCycleId = await freshCycle();
  const evaluations: FixtureEvaluations = {
    e1Signed: await build(mainCycleId, "E1", "AWAITING_EMPLOYEE", "QK1S"),
    e2Draft: await build(mainCycleId, "E2", "DRAFT", "QK2D"),
    s1Draft: await build(mainCycleId, "S1", "DRAFT", "QKS1D"),
    h1Draft: await build(mainCycleId, "H1", "DRAFT", "QKH1D"),
    e3Final: await build(mainCycleId, "E3", "FINAL", "QK3F"),
    e1Draft: await build(await freshCycle(), "E1", "DRAFT", "QK1D"),
    e1Rated: await build(await freshCycle(), "E1", "RATED", "QK1R"),
    e1AwaitingReviewer: await build(
      await freshCycle(),
      "E1",
      "AWAITING_REVIEWER",
      "QK1AR",
    ),
    e1Final: await build(await freshCycle(), "E1", "FINAL", "QK1F"),
  };

  const closedCycleId = await freshCycle();
  await closeCycle(hr, { cycleId: closedCycleId, reason: null });

  return {
    mainCycleId,
    closedCycleId,
    emptyCycleId: await freshCycle(),
    southCycleId: await freshCycle(true),
    ordinaryKeys,
    evaluations,
    environmentFor,
    freshE1Evaluation: async (status) =>
      (await build(await freshCycle(), "E1", status, "fresh")).id,
    freshCycle,
  };
}
