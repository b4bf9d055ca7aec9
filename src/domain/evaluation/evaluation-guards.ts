import { RuleViolationError } from "../errors";
import type { DecisionContext } from "./decision-context";
import type { EvaluationState } from "./evaluation-state";
import { isSignedByEvaluator } from "./evaluation-status";

/**
 * Returns the evaluation a command acts on. Throws RuleViolationError
 * EVALUATION_NOT_OPEN when there is none, and a plain Error when the context
 * carries a framework version other than the one the evaluation is pinned to,
 * because that is a mistake of the calling code.
 */
export function requireEvaluation(
  state: EvaluationState | null,
  context: DecisionContext,
): EvaluationState {
  if (state === null) {
    throw new RuleViolationError(
      "EVALUATION_NOT_OPEN",
      "This evaluation has not been opened. HR opens an evaluation before anyone can work on it.",
    );
  }

  const { key, version } = context.framework;
  if (key !== state.framework.key || version !== state.framework.version) {
    throw new Error(
      `Evaluation ${state.id} is pinned to framework ${state.framework.key} version ${state.framework.version}, but the decision received ${key} version ${version}.`,
    );
  }
  return state;
}

/** Throws RuleViolationError EVALUATION_VOIDED when the evaluation is voided. */
export function rejectIfVoided(state: EvaluationState): void {
  if (state.status === "VOIDED") {
    throw new RuleViolationError(
      "EVALUATION_VOIDED",
      "This evaluation was voided, so nothing more can be done with it.",
      { voidedReason: state.voidedReason },
    );
  }
}

/**
 * Throws RuleViolationError EVALUATION_FINAL when the reviewer has signed.
 * `action` completes "You cannot ... ", for example "rate a competency".
 */
export function rejectIfFinal(state: EvaluationState, action: string): void {
  if (state.status === "FINAL") {
    throw new RuleViolationError(
      "EVALUATION_FINAL",
      `This evaluation is final, so you cannot ${action}. Reopen it first, giving a reason.`,
    );
  }
}

/**
 * Throws RuleViolationError EVALUATION_SIGNED while the evaluator's
 * signature counts, and EVALUATION_FINAL once the reviewer has signed.
 * `action` completes "You cannot ... ", for example "rate a competency".
 */
export function rejectIfSignedByEvaluator(
  state: EvaluationState,
  action: string,
): void {
  rejectIfFinal(state, action);
  if (isSignedByEvaluator(state.status)) {
    throw new RuleViolationError(
      "EVALUATION_SIGNED",
      `The evaluator has signed this evaluation, so you cannot ${action}. Reopen it first, giving a reason.`,
      { status: state.status },
    );
  }
}
