import { ForbiddenError } from "../errors";
import type { DecisionContext } from "./decision-context";
import type { EvaluationEvent } from "./evaluation-events";
import {
  rejectIfFinal,
  rejectIfSignedByEvaluator,
  rejectIfVoided,
  requireEvaluation,
} from "./evaluation-guards";
import { requireEvaluatorActor } from "./evaluation-roles";
import type { EvaluationState } from "./evaluation-state";
import { MAX_COMMENT_LENGTH, requireText } from "./evaluation-text";
import { requireApplicableCompetency } from "./rating-rules";

/** Adds a comment on one competency, or on the whole evaluation. */
export interface AddCommentCommand {
  /** Null for an overall comment. */
  competencyKey: string | null;
  text: string;
}

/**
 * Decides CommentAdded, with the text trimmed.
 *
 * The evaluator may comment on a competency or overall, until signing. The
 * reviewer may add overall comments until the evaluation is final.
 *
 * Throws, checking in this order:
 * - RuleViolationError EVALUATION_NOT_OPEN when there is no evaluation.
 * - ForbiddenError for anyone else, or for a reviewer commenting on a
 *   competency.
 * - RuleViolationError EVALUATION_VOIDED or EVALUATION_FINAL, or
 *   EVALUATION_SIGNED for the evaluator once the evaluator has signed.
 * - RuleViolationError COMPETENCY_NOT_IN_FRAMEWORK or
 *   LEADERSHIP_NOT_APPLICABLE for a competency the evaluation does not rate.
 * - InvalidInputError for empty text or text over MAX_COMMENT_LENGTH.
 */
export function decideAddComment(
  state: EvaluationState | null,
  command: AddCommentCommand,
  context: DecisionContext,
): EvaluationEvent[] {
  const evaluation = requireEvaluation(state, context);
  const { actor } = context;
  const isReviewer =
    evaluation.reviewerId !== null &&
    actor.employeeId === evaluation.reviewerId &&
    actor.employeeId !== evaluation.employeeId;
  const isEvaluator =
    actor.employeeId === evaluation.evaluatorId &&
    actor.employeeId !== evaluation.employeeId;

  if (command.competencyKey !== null) {
    requireEvaluatorActor(evaluation, actor, "comment on a competency");
  } else if (!isEvaluator && !isReviewer) {
    throw new ForbiddenError(
      "Only the evaluator or the reviewer of this evaluation can add comments.",
      { requiredRoles: ["EVALUATOR", "REVIEWER"] },
    );
  }
  rejectIfVoided(evaluation);
  if (isReviewer) {
    rejectIfFinal(evaluation, "add a comment");
  } else {
    rejectIfSignedByEvaluator(evaluation, "add a comment");
  }

  const competencyKey =
    command.competencyKey === null
      ? null
      : requireApplicableCompetency(
          context.framework,
          evaluation.leadershipApplies,
          command.competencyKey,
        ).key;
  const text = requireText(command.text, "comment", MAX_COMMENT_LENGTH);

  return [{ type: "CommentAdded", data: { competencyKey, text } }];
}
