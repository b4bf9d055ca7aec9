import { RuleViolationError } from "../errors";
import type { FrameworkDefinition } from "../framework/framework-definition";
import { applicableCompetencies } from "../framework/framework-queries";
import type { SigningContext } from "./decision-context";
import type { EvaluationEvent } from "./evaluation-events";
import {
  rejectIfFinal,
  rejectIfVoided,
  requireEvaluation,
} from "./evaluation-guards";
import { requireEvaluatorActor } from "./evaluation-roles";
import type { EvaluationState } from "./evaluation-state";
import { joinAlternatives, joinNames } from "./rating-rules";
import { outOfOrderError, validateSignatureTime } from "./signature-order";

/**
 * The evaluator's signature. The application layer stores `effectiveAt`, or
 * the time of the request when it is omitted, as the event's
 * `metadata.effectiveAt`.
 */
export interface SignAsEvaluatorCommand {
  /** When the evaluator signed, if earlier than now. */
  effectiveAt?: Date;
}

/**
 * Decides EvaluatorSigned, with `context.streamHash` as `signedHash`.
 *
 * Throws, checking in this order:
 * - RuleViolationError EVALUATION_NOT_OPEN when there is no evaluation.
 * - ForbiddenError unless the actor is the evaluator.
 * - RuleViolationError EVALUATION_VOIDED or EVALUATION_FINAL.
 * - RuleViolationError OUT_OF_ORDER when the evaluator's signature already
 *   counts.
 * - InvalidInputError for an `effectiveAt` in the future, or before the
 *   last change to the evaluation, because a signature cannot predate what
 *   it signs.
 * - RuleViolationError RATINGS_INCOMPLETE when an applicable competency is
 *   not rated. `details.missingCompetencies` lists them.
 * - RuleViolationError COMMENT_REQUIRED when a rating on a level in
 *   `policy.commentRequiredOnLevels` has no comment of its own and its
 *   competency has no comment. `details.uncommentedCompetencies` lists them.
 */
export function decideSignAsEvaluator(
  state: EvaluationState | null,
  command: SignAsEvaluatorCommand,
  context: SigningContext,
): EvaluationEvent[] {
  const evaluation = requireEvaluation(state, context);
  requireEvaluatorActor(evaluation, context.actor, "sign as evaluator");
  rejectIfVoided(evaluation);
  rejectIfFinal(evaluation, "sign it again");
  if (evaluation.status !== "DRAFT" && evaluation.status !== "REOPENED") {
    throw outOfOrderError(evaluation, "The evaluator has already signed.");
  }

  validateSignatureTime(command.effectiveAt, context.now, {
    at: evaluation.lastChangedAt,
    step: "the last change to the evaluation",
  });
  requireAllRated(evaluation, context.framework);
  requireRequiredComments(evaluation, context.framework);

  return [
    { type: "EvaluatorSigned", data: { signedHash: context.streamHash } },
  ];
}

function requireAllRated(
  evaluation: EvaluationState,
  framework: FrameworkDefinition,
): void {
  const missing = applicableCompetencies(
    framework,
    evaluation.leadershipApplies,
  ).filter((competency) => evaluation.ratings[competency.key] === undefined);
  if (missing.length === 0) {
    return;
  }

  throw new RuleViolationError(
    "RATINGS_INCOMPLETE",
    `Rate every competency before signing. Not rated yet: ${joinNames(
      missing.map((competency) => competency.name),
    )}.`,
    {
      missingCompetencies: missing.map((competency) => ({
        competencyKey: competency.key,
        name: competency.name,
      })),
    },
  );
}

function requireRequiredComments(
  evaluation: EvaluationState,
  framework: FrameworkDefinition,
): void {
  const levelsNeedingComment = framework.policy.commentRequiredOnLevels;
  const commentedKeys = new Set(
    evaluation.comments.map((comment) => comment.competencyKey),
  );
  const uncommented = applicableCompetencies(
    framework,
    evaluation.leadershipApplies,
  ).filter((competency) => {
    const rating = evaluation.ratings[competency.key];
    return (
      rating !== undefined &&
      levelsNeedingComment.includes(rating.level) &&
      rating.comment === null &&
      !commentedKeys.has(competency.key)
    );
  });
  if (uncommented.length === 0) {
    return;
  }

  const levelNames = framework.scale.levels
    .filter((level) => levelsNeedingComment.includes(level.key))
    .map((level) => level.name);
  throw new RuleViolationError(
    "COMMENT_REQUIRED",
    `A rating of ${joinAlternatives(levelNames)} needs a comment before signing. Add a comment for ${joinNames(
      uncommented.map((competency) => competency.name),
    )}.`,
    {
      uncommentedCompetencies: uncommented.map((competency) => ({
        competencyKey: competency.key,
        name: competency.name,
      })),
    },
  );
}
