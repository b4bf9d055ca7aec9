import { randomUUID } from "node:crypto";
import { InvalidInputError, NotFoundError } from "../domain/errors";
import type { EvaluationState } from "../domain/evaluation/evaluation-state";
import { decideOpenEvaluation } from "../domain/evaluation/open-evaluation";
import { findCycle } from "../projections/cycle-projection";
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
}

/**
 * Opens a draft evaluation of an employee for a cycle, pinned to the cycle's
 * framework version, with the employee's directory entry as it stands now.
 * The evaluator defaults to the employee's supervisor and the reviewer to
 * the evaluator's supervisor.
 *
 * Throws NotFoundError for an unknown employee, cycle, evaluator or reviewer,
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
    },
    async (state, { actor, now, db }) => {
      const employee = await findEmployee(db, input.employeeId);
      if (employee === null) {
        throw new NotFoundError(
          `No employee ${input.employeeId} in the directory.`,
          { employeeId: input.employeeId },
        );
      }
      const cycle = await findCycle(db, input.cycleId);
      if (cycle === null) {
        throw new NotFoundError(`No cycle ${input.cycleId}.`, {
          cycleId: input.cycleId,
        });
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
