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
import { MAX_COMMENT_LENGTH, optionalText } from "./evaluation-text";
import {
  requireApplicableCompetency,
  requireRatingLevel,
} from "./rating-rules";

/** Rates a competency that has no rating yet. */
export interface RateCompetencyCommand {
  competencyKey: string;
  /** Key of a level of the pinned framework's scale, such as `EFFECTIVE`. */
  level: string;
  plus: boolean;
  /** Optional. A blank comment is stored as no comment. */
  comment?: string | null;
}

/**
 * Decides CompetencyRated, with the comment trimmed.
 *
 * Throws, checking in this order:
 * - RuleViolationError EVALUATION_NOT_OPEN when there is no evaluation.
 * - ForbiddenError unless the actor is the evaluator.
 * - RuleViolationError EVALUATION_VOIDED, EVALUATION_FINAL or
 *   EVALUATION_SIGNED when the evaluation is closed to ratings.
 * - RuleViolationError COMPETENCY_NOT_IN_FRAMEWORK,
 *   LEADERSHIP_NOT_APPLICABLE, UNKNOWN_LEVEL or PLUS_NOT_ALLOWED for a rating
 *   the pinned framework does not allow.
 * - InvalidInputError for a comment over MAX_COMMENT_LENGTH.
 * - RuleViolationError ALREADY_RATED when the competency is rated.
 */
export function decideRateCompetency(
  state: EvaluationState | null,
  command: RateCompetencyCommand,
  context: DecisionContext,
): EvaluationEvent[] {
  const evaluation = requireEvaluation(state, context);
  requireEvaluatorActor(evaluation, context.actor, "rate competencies");
  rejectIfVoided(evaluation);
  rejectIfSignedByEvaluator(evaluation, "rate a competency");

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
  const comment = optionalText(command.comment, "comment", MAX_COMMENT_LENGTH);

  if (evaluation.ratings[competency.key] !== undefined) {
    throw new RuleViolationError(
      "ALREADY_RATED",
      `${competency.name} is already rated. Revise the rating to change it.`,
      { competencyKey: competency.key },
    );
  }

  return [
    {
      type: "CompetencyRated",
      data: {
        competencyKey: competency.key,
        level: level.key,
        plus: command.plus,
        comment,
      },
    },
  ];
}
