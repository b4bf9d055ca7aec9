import { InvalidInputError, RuleViolationError } from "../errors";
import type { DecisionContext } from "./decision-context";
import type { EmployeeSnapshot, EvaluationEvent } from "./evaluation-events";
import { requireHrActor } from "./evaluation-roles";
import type { EvaluationState } from "./evaluation-state";

/** Opens an evaluation of one employee for one cycle. */
export interface OpenEvaluationCommand {
  evaluationId: string;
  employeeId: string;
  cycleId: string;
  evaluatorId: string;
  reviewerId: string | null;
  /**
   * The employee's directory entry now. `supervises` decides whether the
   * Leadership competencies (SUPERVISORS clusters) are rated.
   */
  employee: EmployeeSnapshot;
}

/**
 * Decides EvaluationOpened, pinning `context.framework`. `state` must be
 * null because the stream must be empty.
 *
 * Throws, checking in this order:
 * - RuleViolationError EVALUATION_ALREADY_OPEN when the stream already
 *   contains an evaluation.
 * - ForbiddenError unless the actor has the HR role and is not the employee.
 * - InvalidInputError for a blank id.
 * - RuleViolationError SELF_EVALUATION when the evaluator or the reviewer is
 *   the employee.
 * - RuleViolationError REVIEWER_IS_EVALUATOR when the reviewer is the
 *   evaluator.
 */
export function decideOpenEvaluation(
  state: EvaluationState | null,
  command: OpenEvaluationCommand,
  context: DecisionContext,
): EvaluationEvent[] {
  if (state !== null) {
    throw new RuleViolationError(
      "EVALUATION_ALREADY_OPEN",
      `Evaluation ${state.id} is already open. Work on it instead of opening it again.`,
      { evaluationId: state.id },
    );
  }

  requireHrActor(command.employeeId, context.actor, "open this evaluation");

  for (const field of [
    "evaluationId",
    "employeeId",
    "cycleId",
    "evaluatorId",
  ] as const) {
    requireId(command[field], field);
  }
  if (command.reviewerId !== null) {
    requireId(command.reviewerId, "reviewerId");
  }

  if (command.evaluatorId === command.employeeId) {
    throw new RuleViolationError(
      "SELF_EVALUATION",
      "An employee cannot evaluate themselves. Choose another evaluator, usually the employee's supervisor.",
      { employeeId: command.employeeId },
    );
  }
  if (command.reviewerId === command.employeeId) {
    throw new RuleViolationError(
      "SELF_EVALUATION",
      "An employee cannot review their own evaluation. Choose another reviewer, usually the evaluator's supervisor.",
      { employeeId: command.employeeId },
    );
  }
  if (command.reviewerId === command.evaluatorId) {
    throw new RuleViolationError(
      "REVIEWER_IS_EVALUATOR",
      "The reviewer must be someone other than the evaluator, usually the evaluator's supervisor.",
      { evaluatorId: command.evaluatorId },
    );
  }

  return [
    {
      type: "EvaluationOpened",
      data: {
        evaluationId: command.evaluationId,
        employeeId: command.employeeId,
        cycleId: command.cycleId,
        evaluatorId: command.evaluatorId,
        reviewerId: command.reviewerId,
        framework: {
          key: context.framework.key,
          version: context.framework.version,
        },
        leadershipApplies: command.employee.supervises,
        employee: { ...command.employee },
      },
    },
  ];
}

function requireId(value: string, field: string): void {
  if (value.trim() === "") {
    throw new InvalidInputError(`The ${field} is empty. Give an id.`, {
      field,
    });
  }
}
