import { RuleViolationError } from "../errors";
import type { ResponseContext } from "./decision-context";
import type { EvaluationEvent } from "./evaluation-events";
import { rejectIfVoided, requireEvaluation } from "./evaluation-guards";
import { requireEmployeeActor } from "./evaluation-roles";
import type { EvaluationState } from "./evaluation-state";
import { MAX_RESPONSE_LENGTH, requireText } from "./evaluation-text";

const MILLISECONDS_PER_DAY = 24 * 60 * 60 * 1000;

/** The employee's written response, kept with the evaluation for good. */
export interface AttachResponseCommand {
  text: string;
}

/**
 * Decides EmployeeResponseAttached, with the text trimmed. The employee may
 * attach any number of responses while the evaluator's signature counts,
 * including once the evaluation is final, until `responseWindowDays` days
 * after that signature was recorded (the last instant included).
 *
 * Throws, checking in this order:
 * - RuleViolationError EVALUATION_NOT_OPEN when there is no evaluation.
 * - ForbiddenError unless the actor is the evaluated employee.
 * - RuleViolationError EVALUATION_VOIDED.
 * - RuleViolationError EVALUATION_NOT_SIGNED while no evaluator signature
 *   counts.
 * - A plain Error when `responseWindowDays` is negative or not a number,
 *   because the caller passed a wrong setting.
 * - RuleViolationError RESPONSE_WINDOW_CLOSED after the window.
 * - InvalidInputError for empty text or text over MAX_RESPONSE_LENGTH.
 */
export function decideAttachResponse(
  state: EvaluationState | null,
  command: AttachResponseCommand,
  context: ResponseContext,
): EvaluationEvent[] {
  const evaluation = requireEvaluation(state, context);
  requireEmployeeActor(evaluation, context.actor, "attach a response");
  rejectIfVoided(evaluation);

  const evaluatorSignature = evaluation.signatures.evaluator;
  if (evaluatorSignature === null) {
    throw new RuleViolationError(
      "EVALUATION_NOT_SIGNED",
      "You can attach a response once the evaluator has signed the evaluation.",
      { status: evaluation.status },
    );
  }

  const { responseWindowDays } = context;
  if (!Number.isFinite(responseWindowDays) || responseWindowDays < 0) {
    throw new Error(
      `responseWindowDays must be a number of days of zero or more, not ${responseWindowDays}.`,
    );
  }
  const closesAt = new Date(
    Date.parse(evaluatorSignature.recordedAt) +
      responseWindowDays * MILLISECONDS_PER_DAY,
  );
  if (context.now.getTime() > closesAt.getTime()) {
    throw new RuleViolationError(
      "RESPONSE_WINDOW_CLOSED",
      `The time to respond closed on ${closesAt.toISOString()}, ${responseWindowDays} days after the evaluator signed. Ask HR if a response must still be added.`,
      {
        signedAt: evaluatorSignature.recordedAt,
        closesAt: closesAt.toISOString(),
        responseWindowDays,
      },
    );
  }

  const text = requireText(command.text, "response", MAX_RESPONSE_LENGTH);

  return [{ type: "EmployeeResponseAttached", data: { text } }];
}
