import type { DecisionContext, SigningContext } from "./decision-context";
import type { EvaluationEvent } from "./evaluation-events";
import {
  rejectIfFinal,
  rejectIfVoided,
  requireEvaluation,
} from "./evaluation-guards";
import {
  requireEmployeeActor,
  requireEvaluatorActor,
} from "./evaluation-roles";
import type { EvaluationState } from "./evaluation-state";
import { MAX_REFUSAL_NOTE_LENGTH, optionalText } from "./evaluation-text";
import { outOfOrderError, validateSignatureTime } from "./signature-order";

/**
 * The employee's signature, which means the evaluation was received, not
 * that the employee agrees. The application layer stores `effectiveAt`, or
 * the time of the request when it is omitted, as `metadata.effectiveAt`.
 */
export interface AcknowledgeCommand {
  /** When the employee signed, if earlier than now. */
  effectiveAt?: Date;
}

/**
 * The evaluator's record that the employee refused to sign. The evaluation
 * then proceeds to the reviewer as after an acknowledgement.
 */
export interface RecordRefusalCommand {
  /** Optional note on the refusal. A blank note is stored as no note. */
  note?: string | null;
  /** When the employee refused, if earlier than now. */
  effectiveAt?: Date;
}

/**
 * Decides EmployeeAcknowledged, with `context.streamHash` as `signedHash`.
 *
 * Throws, checking in this order:
 * - RuleViolationError EVALUATION_NOT_OPEN when there is no evaluation.
 * - ForbiddenError unless the actor is the evaluated employee.
 * - RuleViolationError EVALUATION_VOIDED or EVALUATION_FINAL.
 * - RuleViolationError OUT_OF_ORDER unless the evaluation awaits the
 *   employee.
 * - InvalidInputError for an `effectiveAt` in the future or before the
 *   evaluator's signature.
 */
export function decideAcknowledge(
  state: EvaluationState | null,
  command: AcknowledgeCommand,
  context: SigningContext,
): EvaluationEvent[] {
  const evaluation = requireEvaluation(state, context);
  requireEmployeeActor(evaluation, context.actor, "acknowledge it");
  requireAwaitingEmployee(evaluation, "The employee cannot acknowledge now.");
  validateAfterEvaluatorSignature(evaluation, command.effectiveAt, context);

  return [
    { type: "EmployeeAcknowledged", data: { signedHash: context.streamHash } },
  ];
}

/**
 * Decides EmployeeRefusedToSign, with the note trimmed.
 *
 * Throws, checking in this order:
 * - RuleViolationError EVALUATION_NOT_OPEN when there is no evaluation.
 * - ForbiddenError unless the actor is the evaluator.
 * - RuleViolationError EVALUATION_VOIDED or EVALUATION_FINAL.
 * - RuleViolationError OUT_OF_ORDER unless the evaluation awaits the
 *   employee.
 * - InvalidInputError for an `effectiveAt` in the future or before the
 *   evaluator's signature, or for a note over MAX_REFUSAL_NOTE_LENGTH.
 */
export function decideRecordRefusal(
  state: EvaluationState | null,
  command: RecordRefusalCommand,
  context: DecisionContext,
): EvaluationEvent[] {
  const evaluation = requireEvaluation(state, context);
  requireEvaluatorActor(
    evaluation,
    context.actor,
    "record that the employee refused to sign",
  );
  requireAwaitingEmployee(
    evaluation,
    "A refusal to sign cannot be recorded now.",
  );
  validateAfterEvaluatorSignature(evaluation, command.effectiveAt, context);
  const note = optionalText(command.note, "note", MAX_REFUSAL_NOTE_LENGTH);

  return [{ type: "EmployeeRefusedToSign", data: { note } }];
}

function requireAwaitingEmployee(
  evaluation: EvaluationState,
  problem: string,
): void {
  rejectIfVoided(evaluation);
  rejectIfFinal(evaluation, "sign it or record a refusal");
  if (evaluation.status !== "AWAITING_EMPLOYEE") {
    throw outOfOrderError(evaluation, problem);
  }
}

function validateAfterEvaluatorSignature(
  evaluation: EvaluationState,
  effectiveAt: Date | undefined,
  context: DecisionContext,
): void {
  const evaluatorSignature = evaluation.signatures.evaluator;
  if (evaluatorSignature === null) {
    throw new Error(
      `Evaluation ${evaluation.id} awaits the employee but has no evaluator signature.`,
    );
  }
  validateSignatureTime(effectiveAt, context.now, {
    at: evaluatorSignature.effectiveAt,
    step: "the evaluator's signature",
  });
}
