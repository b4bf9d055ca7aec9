import { RuleViolationError } from "../errors";
import type { SigningContext } from "./decision-context";
import type { EvaluationEvent } from "./evaluation-events";
import {
  rejectIfFinal,
  rejectIfVoided,
  requireEvaluation,
} from "./evaluation-guards";
import { requireReviewerActor } from "./evaluation-roles";
import type { EvaluationState } from "./evaluation-state";
import { outOfOrderError, validateSignatureTime } from "./signature-order";

/**
 * The reviewer's signature, which makes the evaluation final. The
 * application layer stores `effectiveAt`, or the time of the request when it
 * is omitted, as the event's `metadata.effectiveAt`.
 */
export interface SignAsReviewerCommand {
  /** When the reviewer signed, if earlier than now. */
  effectiveAt?: Date;
}

/**
 * Decides ReviewerSigned, with `context.streamHash` as `signedHash`.
 *
 * Throws, checking in this order:
 * - RuleViolationError EVALUATION_NOT_OPEN when there is no evaluation.
 * - RuleViolationError REVIEWER_NOT_ASSIGNED when there is no reviewer.
 * - ForbiddenError unless the actor is the reviewer.
 * - RuleViolationError EVALUATION_VOIDED or EVALUATION_FINAL.
 * - RuleViolationError OUT_OF_ORDER until the employee has acknowledged or
 *   the evaluator has recorded a refusal.
 * - InvalidInputError for an `effectiveAt` in the future or before the
 *   employee's step.
 */
export function decideSignAsReviewer(
  state: EvaluationState | null,
  command: SignAsReviewerCommand,
  context: SigningContext,
): EvaluationEvent[] {
  const evaluation = requireEvaluation(state, context);
  if (evaluation.reviewerId === null) {
    throw new RuleViolationError(
      "REVIEWER_NOT_ASSIGNED",
      "This evaluation has no reviewer yet. HR must assign a reviewer before it can be signed as reviewer.",
    );
  }
  requireReviewerActor(evaluation, context.actor, "sign as reviewer");
  rejectIfVoided(evaluation);
  rejectIfFinal(evaluation, "sign it again");
  if (evaluation.status !== "AWAITING_REVIEWER") {
    throw outOfOrderError(evaluation, "The reviewer cannot sign yet.");
  }

  const employeeStep = evaluation.signatures.employee;
  if (employeeStep === null) {
    throw new Error(
      `Evaluation ${evaluation.id} awaits the reviewer but has no acknowledgement or refusal.`,
    );
  }
  validateSignatureTime(command.effectiveAt, context.now, {
    at: employeeStep.effectiveAt,
    step:
      employeeStep.kind === "EMPLOYEE_REFUSED"
        ? "the employee's refusal to sign"
        : "the employee's acknowledgement",
  });

  return [{ type: "ReviewerSigned", data: { signedHash: context.streamHash } }];
}
