import { InvalidInputError, RuleViolationError } from "../errors";
import type { DecisionContext } from "./decision-context";
import type { EvaluationEvent } from "./evaluation-events";
import {
  rejectIfFinal,
  rejectIfVoided,
  requireEvaluation,
} from "./evaluation-guards";
import { requireHrActor } from "./evaluation-roles";
import type { EvaluationState } from "./evaluation-state";
import { MAX_REASON_LENGTH, optionalText } from "./evaluation-text";

/** Hands the evaluation to another evaluator, or assigns another reviewer. */
export interface ReassignCommand {
  /** Employee id of the new evaluator or reviewer. */
  to: string;
  reason: string;
}

/**
 * Decides EvaluatorReassigned, with the reason trimmed. Ratings and
 * signatures stay as they are, and the new evaluator takes over from the
 * current step.
 *
 * Throws, checking in this order:
 * - RuleViolationError EVALUATION_NOT_OPEN when there is no evaluation.
 * - ForbiddenError unless the actor has the HR role and is not the evaluated
 *   employee.
 * - RuleViolationError EVALUATION_VOIDED or EVALUATION_FINAL.
 * - InvalidInputError for a blank `to` or a reason over MAX_REASON_LENGTH.
 * - RuleViolationError SELF_EVALUATION when `to` is the evaluated employee.
 * - RuleViolationError REASON_REQUIRED for a missing or blank reason.
 * - RuleViolationError REVIEWER_IS_EVALUATOR when `to` is the reviewer.
 * - RuleViolationError NO_CHANGE when `to` is the current evaluator.
 */
export function decideReassignEvaluator(
  state: EvaluationState | null,
  command: ReassignCommand,
  context: DecisionContext,
): EvaluationEvent[] {
  const evaluation = requireEvaluation(state, context);
  const { to, reason } = checkReassignment(
    evaluation,
    command,
    context,
    "evaluator",
  );

  if (to === evaluation.reviewerId) {
    throw new RuleViolationError(
      "REVIEWER_IS_EVALUATOR",
      "The new evaluator is this evaluation's reviewer. Choose someone else, or assign another reviewer first.",
      { to },
    );
  }
  if (to === evaluation.evaluatorId) {
    throw noChangeError("evaluator", to);
  }

  return [
    {
      type: "EvaluatorReassigned",
      data: { from: evaluation.evaluatorId, to, reason },
    },
  ];
}

/**
 * Decides ReviewerReassigned, with the reason trimmed. This also assigns the
 * first reviewer of an evaluation opened without one.
 *
 * Throws as `decideReassignEvaluator` does, with REVIEWER_IS_EVALUATOR when
 * `to` is the evaluator and NO_CHANGE when `to` is the current reviewer.
 */
export function decideReassignReviewer(
  state: EvaluationState | null,
  command: ReassignCommand,
  context: DecisionContext,
): EvaluationEvent[] {
  const evaluation = requireEvaluation(state, context);
  const { to, reason } = checkReassignment(
    evaluation,
    command,
    context,
    "reviewer",
  );

  if (to === evaluation.evaluatorId) {
    throw new RuleViolationError(
      "REVIEWER_IS_EVALUATOR",
      "The new reviewer is this evaluation's evaluator. Choose someone else, usually the evaluator's supervisor.",
      { to },
    );
  }
  if (to === evaluation.reviewerId) {
    throw noChangeError("reviewer", to);
  }

  return [
    {
      type: "ReviewerReassigned",
      data: { from: evaluation.reviewerId, to, reason },
    },
  ];
}

function checkReassignment(
  evaluation: EvaluationState,
  command: ReassignCommand,
  context: DecisionContext,
  role: "evaluator" | "reviewer",
): { to: string; reason: string } {
  requireHrActor(
    evaluation.employeeId,
    context.actor,
    `reassign the ${role} of this evaluation`,
  );
  rejectIfVoided(evaluation);
  rejectIfFinal(evaluation, `reassign its ${role}`);

  const to = command.to.trim();
  if (to === "") {
    throw new InvalidInputError(
      `The new ${role} is missing. Give the employee id of the new ${role}.`,
      { field: "to" },
    );
  }
  const reason = optionalText(command.reason, "reason", MAX_REASON_LENGTH);

  if (to === evaluation.employeeId) {
    throw new RuleViolationError(
      "SELF_EVALUATION",
      `The employee being evaluated cannot be the ${role} of their own evaluation. Choose someone else.`,
      { to },
    );
  }
  if (reason === null) {
    throw new RuleViolationError(
      "REASON_REQUIRED",
      `Reassigning the ${role} needs a reason. Say why the ${role} changes.`,
      { field: "reason" },
    );
  }
  return { to, reason };
}

function noChangeError(
  role: "evaluator" | "reviewer",
  to: string,
): RuleViolationError {
  return new RuleViolationError(
    "NO_CHANGE",
    `Employee ${to} is already the ${role} of this evaluation. Choose a different ${role}.`,
    { to },
  );
}
