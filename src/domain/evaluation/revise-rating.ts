import { RuleViolationError } from "../errors";
import type { DecisionContext } from "./decision-context";
import type { EvaluationEvent } from "./evaluation-events";
import {
  rejectIfSignedByEvaluator,
  rejectIfVoided,
  requireEvaluation,
} from "./evaluation-guards";
import { requireEvaluatorActor } from "./evaluation-roles";
import type { EvaluationState } from "./evaluation-state";
import {
  MAX_COMMENT_LENGTH,
  MAX_REASON_LENGTH,
  optionalText,
} from "./evaluation-text";
import {
  requireApplicableCompetency,
  requireRatingLevel,
} from "./rating-rules";

/** Changes the rating of a rated competency. */
export interface ReviseRatingCommand {
  competencyKey: string;
  level: string;
  plus: boolean;
  /**
   * The new comment on the rating: omit it to keep the current comment, or
   * pass null or blank text to remove it.
   */
  comment?: string | null;
  /** Required once the evaluator has ever signed the evaluation. */
  reason?: string | null;
}

/**
 * Decides RatingRevised, carrying the new value, the previous one and the
 * reason, trimmed.
 *
 * Throws, checking in this order:
 * - RuleViolationError EVALUATION_NOT_OPEN when there is no evaluation.
 * - ForbiddenError unless the actor is the evaluator.
 * - RuleViolationError EVALUATION_VOIDED, EVALUATION_FINAL or
 *   EVALUATION_SIGNED when the evaluation is closed to ratings.
 * - RuleViolationError COMPETENCY_NOT_IN_FRAMEWORK,
 *   LEADERSHIP_NOT_APPLICABLE, UNKNOWN_LEVEL or PLUS_NOT_ALLOWED for a value
 *   the pinned framework does not allow.
 * - InvalidInputError for a reason or comment over its limit.
 * - RuleViolationError NOT_RATED when the competency has no rating.
 * - RuleViolationError NO_CHANGE when level, "+" and comment all stay the
 *   same.
 * - RuleViolationError REASON_REQUIRED when the evaluator has ever signed
 *   and the reason is missing or blank.
 */
export function decideReviseRating(
  state: EvaluationState | null,
  command: ReviseRatingCommand,
  context: DecisionContext,
): EvaluationEvent[] {
  const evaluation = requireEvaluation(state, context);
  requireEvaluatorActor(evaluation, context.actor, "revise ratings");
  rejectIfVoided(evaluation);
  rejectIfSignedByEvaluator(evaluation, "revise a rating");

  const competency = requireApplicableCompetency(
    context.framework,
    evaluation.leadershipApplies,
    command.competencyKey,
  );
  const level = requireRatingLevel(
    context.framework,
    command.level,
    command.plus,
  );
  const reason = optionalText(command.reason, "reason", MAX_REASON_LENGTH);
  const requestedComment =
    command.comment === undefined
      ? undefined
      : optionalText(command.comment, "comment", MAX_COMMENT_LENGTH);

  const current = evaluation.ratings[competency.key];
  if (current === undefined) {
    throw new RuleViolationError(
      "NOT_RATED",
      `${competency.name} is not rated yet, so there is nothing to revise. Rate it instead.`,
      { competencyKey: competency.key },
    );
  }

  const comment =
    requestedComment === undefined ? current.comment : requestedComment;
  if (
    level.key === current.level &&
    command.plus === current.plus &&
    comment === current.comment
  ) {
    throw new RuleViolationError(
      "NO_CHANGE",
      `The revision of ${competency.name} keeps the same level, + mark and comment. Change at least one of them, or leave the rating as it is.`,
      { competencyKey: competency.key },
    );
  }

  if (evaluation.everSigned && reason === null) {
    throw new RuleViolationError(
      "REASON_REQUIRED",
      `This evaluation has been signed before, so revising ${competency.name} needs a reason. Say why the rating changes.`,
      { competencyKey: competency.key, field: "reason" },
    );
  }

  return [
    {
      type: "RatingRevised",
      data: {
        competencyKey: competency.key,
        level: level.key,
        plus: command.plus,
        comment,
        previous: {
          level: current.level,
          plus: current.plus,
          comment: current.comment,
        },
        reason,
      },
    },
  ];
}
