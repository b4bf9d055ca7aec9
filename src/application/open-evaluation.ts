import { randomUUID } from "node:crypto";
import { rejectIfClosed } from "../domain/cycle/cycle-lifecycle";
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import type { EmployeeEntry } from "../domain/directory/employee-entry";
import {
  InvalidInputError,
  NotFoundError,
  RuleViolationError,
} from "../domain/errors";
import { requireHrActor } from "../domain/evaluation/evaluation-roles";
import { findLiveEvaluations } from "../projections/cycle-evaluations";
import { listUnitAncestors } from "../projections/unit-ancestors";
import type { EvaluationState } from "../domain/evaluation/evaluation-state";
import { decideOpenEvaluation } from "../domain/evaluation/open-evaluation";
import { findCycle, type CycleRecord } from "../projections/cycle-projection";
import { findEmployee } from "../projections/employee-projection";
import type { CommandEnvironment } from "./command-environment";
import { executeEvaluationCommand } from "./execute-evaluation-command";
import { getFrameworkVersion } from "./framework-catalogue";

export interface OpenEvaluationInput {
  employeeId: string;
  cycleId: string;
  /** The employee's supervisor when absent. */
  evaluatorId?: string | null;
  /** The evaluator's supervisor when absent; may stay unassigned. */
  reviewerId?: string | null;
  idempotencyKey?: string | null;
  /** Id of the event that caused the opening, such as a cycle's launch. */
  causationId?: string | null;
}

/**
 * Opens a draft evaluation of an employee for a cycle, pinned to the cycle's
 * framework version, with the employee's directory entry as it stands now.
 * The evaluator defaults to the employee's supervisor and the reviewer to
 * the evaluator's supervisor.
 *
 * Throws NotFoundError for an unknown employee, cycle, evaluator or reviewer,
 * RuleViolationError CYCLE_CLOSED when the cycle is closed,
 * InvalidInputError when no evaluator is given and the employee has no
 * supervisor, RuleViolationError EVALUATION_ALREADY_OPEN when the employee
 * already has a live evaluation in the cycle, and what
 * `decideOpenEvaluation` throws.
 */
export async function openEvaluation(
  environment: CommandEnvironment,
  input: OpenEvaluationInput,
): Promise<EvaluationState> {
  const evaluationId = randomUUID();
  return executeEvaluationCommand(
    environment,
    {
      evaluationId,
      command: "openEvaluation",
      input,
      expectedVersion: null,
      idempotencyKey: input.idempotencyKey ?? null,
      causationId: input.causationId ?? null,
    },
    async (state, { actor, now, db }) => {
      // Checked before any lookup, so that only HR learns who is in the
      // directory from the errors below.
      requireHrActor(input.employeeId, actor, "open this evaluation");
      const employee = await findEmployee(db, input.employeeId);
      if (employee === null) {
        throw new NotFoundError(
          `No employee ${input.employeeId} in the directory.`,
          { employeeId: input.employeeId },
        );
      }
      // The share lock makes a concurrent close wait for this opening, or
      // this opening wait for the close and then see the cycle closed.
      const cycle = await findCycle(db, input.cycleId, { lock: "share" });
      if (cycle === null) {
        throw new NotFoundError(`No cycle ${input.cycleId}.`, {
          cycleId: input.cycleId,
        });
      }
      rejectIfClosed(cycle, "no new evaluation can open in it");
      await requireInScope(db, cycle, employee);

      const live = await findLiveEvaluations(db, cycle.cycleId, [
        employee.employeeId,
      ]);
      const liveId = live.get(employee.employeeId);
      if (liveId !== undefined) {
        throw new RuleViolationError(
          "EVALUATION_ALREADY_OPEN",
          `Employee ${employee.employeeId} already has evaluation ${liveId} in this cycle. Work on it, or void it first if it was opened in error.`,
          { evaluationId: liveId },
        );
      }

      const evaluatorId = input.evaluatorId ?? employee.reportsTo;
      if (evaluatorId === null) {
        throw new InvalidInputError(
          `Employee ${employee.employeeId} has no supervisor in the directory. Name an evaluator, or record who they report to.`,
          { field: "evaluatorId", employeeId: employee.employeeId },
        );
      }
      const evaluator = await findEmployee(db, evaluatorId);
      if (evaluator === null) {
        throw new NotFoundError(
          `No employee ${evaluatorId} in the directory to act as evaluator.`,
          { evaluatorId },
        );
      }
      const reviewerId = input.reviewerId ?? evaluator.reportsTo;
      if (
        reviewerId !== null &&
        (await findEmployee(db, reviewerId)) === null
      ) {
        throw new NotFoundError(
          `No employee ${reviewerId} in the directory to act as reviewer.`,
          { reviewerId },
        );
      }

      const framework = await getFrameworkVersion(
        db,
        cycle.framework.key,
        cycle.framework.version,
      );
      return decideOpenEvaluation(
        state,
        {
          evaluationId,
          employeeId: employee.employeeId,
          cycleId: cycle.cycleId,
          evaluatorId,
          reviewerId,
          employee: {
            name: employee.name,
            jobClassification: employee.jobClassification,
            unitId: employee.unitId,
            supervises: employee.supervises,
            reportsTo: employee.reportsTo,
          },
        },
        { actor, now, framework: framework.definition },
      );
    },
  );
}

async function requireInScope(
  db: Kysely<DatabaseSchema>,
  cycle: CycleRecord,
  employee: EmployeeEntry,
): Promise<void> {
  const unitAndAncestors = [
    employee.unitId,
    ...(await listUnitAncestors(db, employee.unitId)),
  ];
  const classifications = cycle.jobClassifications.map((value) =>
    value.toLowerCase(),
  );
  const inUnits =
    cycle.unitIds.length === 0 ||
    unitAndAncestors.some((unitId) => cycle.unitIds.includes(unitId));
  const inClassifications =
    classifications.length === 0 ||
    classifications.includes(employee.jobClassification.toLowerCase());
  if (!inUnits || !inClassifications) {
    throw new RuleViolationError(
      "OUT_OF_SCOPE",
      `Employee ${employee.employeeId} (${employee.jobClassification}, unit ${employee.unitId}) is outside the scope of cycle "${cycle.name}". Open the evaluation in a cycle that covers them.`,
      { employeeId: employee.employeeId, cycleId: cycle.cycleId },
    );
  }
}
