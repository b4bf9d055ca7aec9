import { RuleViolationError } from "../errors";
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

/** Voids an evaluation opened in error. */
export interface VoidEvaluationCommand {
  reason: string;
}

/**
 * Decides EvaluationVoided, with the reason trimmed. Nothing can happen to
 * the evaluation afterwards. A final evaluation must be reopened first.
 *
 * Throws, checking in this order:
 * - RuleViolationError EVALUATION_NOT_OPEN when there is no evaluation.
 * - ForbiddenError unless the actor has the HR role and is not the evaluated
 *   employee.
 * - RuleViolationError EVALUATION_VOIDED or EVALUATION_FINAL.
 * - InvalidInputError for a reason over MAX_REASON_LENGTH.
 * - RuleViolationError REASON_REQUIRED for a missing or blank reason.
 */
export function decideVoidEvaluation(
  state: EvaluationState | null,
  command: VoidEvaluationCommand,
  context: DecisionContext,
): EvaluationEvent[] {
  const evaluation = requireEvaluation(state, context);
  requireHrActor(evaluation.employeeId, context.actor, "void this evaluation");
  rejectIfVoided(evaluation);
  rejectIfFinal(evaluation, "void it");

  const reason = optionalText(command.reason, "reason", MAX_REASON_LENGTH);
  if (reason === null) {
    throw new RuleViolationError(
      "REASON_REQUIRED",
      "Voiding an evaluation needs a reason. Say why it was opened in error.",
      { field: "reason" },
    );
  }

  return [{ type: "EvaluationVoided", data: { reason } }];
}
