import { ForbiddenError, RuleViolationError } from "../errors";
import type { DecisionContext } from "./decision-context";
import type { EvaluationEvent } from "./evaluation-events";
import { rejectIfVoided, requireEvaluation } from "./evaluation-guards";
import type { EvaluationState } from "./evaluation-state";
import { isSignedByEvaluator } from "./evaluation-status";
import { MAX_REASON_LENGTH, optionalText } from "./evaluation-text";

/** Reopens a signed evaluation to correct it. */
export interface ReopenEvaluationCommand {
  reason: string;
}

/**
 * Decides EvaluationReopened, with the reason trimmed. Once folded, earlier
 * signatures stay in the history but no longer count, and the evaluator
 * rates and signs again.
 *
 * The evaluator, the reviewer or HR may reopen, but never the evaluated
 * employee. Throws, checking in this order:
 * - RuleViolationError EVALUATION_NOT_OPEN when there is no evaluation.
 * - ForbiddenError for anyone else.
 * - RuleViolationError EVALUATION_VOIDED.
 * - RuleViolationError EVALUATION_NOT_SIGNED while no evaluator signature
 *   counts.
 * - InvalidInputError for a reason over MAX_REASON_LENGTH.
 * - RuleViolationError REASON_REQUIRED for a missing or blank reason.
 */
export function decideReopenEvaluation(
  state: EvaluationState | null,
  command: ReopenEvaluationCommand,
  context: DecisionContext,
): EvaluationEvent[] {
  const evaluation = requireEvaluation(state, context);
  requireReopener(evaluation, context);
  rejectIfVoided(evaluation);

  if (!isSignedByEvaluator(evaluation.status)) {
    throw new RuleViolationError(
      "EVALUATION_NOT_SIGNED",
      "This evaluation is not signed, so there is nothing to reopen. The evaluator can change it directly.",
      { status: evaluation.status },
    );
  }

  const reason = optionalText(command.reason, "reason", MAX_REASON_LENGTH);
  if (reason === null) {
    throw new RuleViolationError(
      "REASON_REQUIRED",
      "Reopening a signed evaluation needs a reason. Say what must be corrected.",
      { field: "reason" },
    );
  }

  return [{ type: "EvaluationReopened", data: { reason } }];
}

function requireReopener(
  evaluation: EvaluationState,
  context: DecisionContext,
): void {
  const { actor } = context;
  const isEvaluatedEmployee = actor.employeeId === evaluation.employeeId;
  const isParty =
    actor.employeeId !== null &&
    (actor.employeeId === evaluation.evaluatorId ||
      actor.employeeId === evaluation.reviewerId);
  if (isEvaluatedEmployee || !(isParty || actor.roles.includes("HR"))) {
    throw new ForbiddenError(
      "Only the evaluator, the reviewer or HR can reopen this evaluation.",
      { requiredRoles: ["EVALUATOR", "REVIEWER", "HR"] },
    );
  }
}
