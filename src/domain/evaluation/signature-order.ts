import { InvalidInputError, RuleViolationError } from "../errors";
import type { EvaluationState } from "./evaluation-state";
import { nextActor } from "./evaluation-status";

/**
 * Returns a RuleViolationError OUT_OF_ORDER for a step taken at the wrong
 * point of the signing order. The message starts with `problem`, such as
 * "The reviewer cannot sign yet.", and then names who acts next.
 */
export function outOfOrderError(
  state: EvaluationState,
  problem: string,
): RuleViolationError {
  const next = nextActor(state);
  return new RuleViolationError(
    "OUT_OF_ORDER",
    `${problem} ${describeNextStep(state)}`,
    { status: state.status, nextParty: next.party },
  );
}

/**
 * Describes the step the evaluation waits for, as a sentence, in the order
 * evaluator, then employee (acknowledgement or recorded refusal), then
 * reviewer.
 */
export function describeNextStep(state: EvaluationState): string {
  switch (state.status) {
    case "DRAFT":
    case "REOPENED":
      return "The evaluator signs first, once every competency is rated.";
    case "AWAITING_EMPLOYEE":
      return "The employee acknowledges it next, or the evaluator records that the employee refused to sign.";
    case "AWAITING_REVIEWER":
      return state.reviewerId === null
        ? "The reviewer signs next, but HR must assign a reviewer first."
        : "The reviewer signs next.";
    case "FINAL":
      return "The evaluation is final.";
    case "VOIDED":
      return "The evaluation was voided.";
  }
}

/**
 * Checks the effective time requested for a sign-off. Throws
 * InvalidInputError on field `effectiveAt` when it is not a valid date, is
 * later than `now`, or is earlier than `earliest.at`, the effective time of
 * the step it follows. `earliest.step` names that step in the message, for
 * example "the evaluator's signature".
 */
export function validateSignatureTime(
  effectiveAt: Date | undefined,
  now: Date,
  earliest: { at: string; step: string },
): void {
  if (effectiveAt === undefined) {
    return;
  }
  if (Number.isNaN(effectiveAt.getTime())) {
    throw new InvalidInputError(
      "The signature date is not a valid date. Give a date and time such as 2025-06-30T09:00:00Z.",
      { field: "effectiveAt" },
    );
  }
  if (effectiveAt.getTime() > now.getTime()) {
    throw new InvalidInputError(
      `The signature date ${effectiveAt.toISOString()} is in the future. Give the date the signature was made.`,
      { field: "effectiveAt", effectiveAt: effectiveAt.toISOString() },
    );
  }
  if (effectiveAt.getTime() < Date.parse(earliest.at)) {
    throw new InvalidInputError(
      `The signature date ${effectiveAt.toISOString()} is before ${earliest.step} (${earliest.at}). A signature cannot predate the step it follows.`,
      {
        field: "effectiveAt",
        effectiveAt: effectiveAt.toISOString(),
        earliest: earliest.at,
      },
    );
  }
}
