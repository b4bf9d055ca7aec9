import { applicableCompetencies } from "../domain/framework/framework-queries";
import { findEvaluationProjection } from "../projections/evaluation-projection";
import type { CommandEnvironment } from "./command-environment";
import * as commands from "./evaluation-commands";
import { getFrameworkVersion } from "./framework-catalogue";
import type { LaunchedEvaluation } from "./launch-cycle";

/**
 * The status the demo seed leaves one evaluation in. FINAL_AFTER_REFUSAL
 * is final with the employee's refusal to sign and a written response.
 * DRAFT_PARTLY_RATED is a draft with its first five competencies rated.
 */
export type DemoStatus =
  | "DRAFT_PARTLY_RATED"
  | "AWAITING_EMPLOYEE"
  | "AWAITING_REVIEWER"
  | "FINAL"
  | "FINAL_AFTER_REFUSAL"
  | "REOPENED"
  | "VOIDED";

/**
 * Carries a draft evaluation to a status through the same commands the API
 * runs, each party acting under its own identity from `environmentFor`.
 * `variant` varies the ratings from one evaluation to the next. Throws what
 * the commands throw.
 */
export async function carryDemoEvaluation(
  environmentFor: (employeeId: string) => CommandEnvironment,
  hr: CommandEnvironment,
  opened: LaunchedEvaluation,
  status: DemoStatus,
  variant: number,
): Promise<void> {
  const evaluationId = opened.evaluationId;
  if (status === "VOIDED") {
    await commands.voidEvaluation(hr, {
      evaluationId,
      reason: "Opened in error: on extended leave for the whole cycle.",
    });
    return;
  }

  const evaluator = environmentFor(opened.evaluatorId);
  const keys = await competencyKeysOf(evaluator, evaluationId);
  const toRate = status === "DRAFT_PARTLY_RATED" ? keys.slice(0, 5) : keys;
  for (const [index, competencyKey] of toRate.entries()) {
    await commands.rateCompetency(evaluator, {
      evaluationId,
      competencyKey,
      ...demoRating(variant, index),
    });
  }
  if (status === "DRAFT_PARTLY_RATED") return;

  await commands.addComment(evaluator, {
    evaluationId,
    competencyKey: null,
    text: "A reliable year; the team counts on this work every day.",
  });
  await commands.signAsEvaluator(evaluator, { evaluationId });
  if (status === "AWAITING_EMPLOYEE") return;

  const employee = environmentFor(opened.employeeId);
  if (status === "FINAL_AFTER_REFUSAL") {
    await commands.recordRefusal(evaluator, {
      evaluationId,
      note: "The employee read the evaluation and declined to sign.",
    });
    await commands.attachResponse(employee, {
      evaluationId,
      text: "I disagree with the Developing rating: the delays came from missing parts.",
    });
  } else {
    await commands.acknowledgeEvaluation(employee, { evaluationId });
  }
  if (status === "AWAITING_REVIEWER") return;

  const reviewer = environmentFor(opened.reviewerId!);
  await commands.signAsReviewer(reviewer, { evaluationId });
  if (status !== "REOPENED") return;

  await commands.reopenEvaluation(reviewer, {
    evaluationId,
    reason: "The safety focus rating needs a comment on the forklift course.",
  });
}

async function competencyKeysOf(
  environment: CommandEnvironment,
  evaluationId: string,
): Promise<string[]> {
  const state = (await findEvaluationProjection(environment.db, evaluationId))!;
  const { definition } = await getFrameworkVersion(
    environment.db,
    state.framework.key,
    state.framework.version,
  );
  return applicableCompetencies(definition, state.leadershipApplies).map(
    (competency) => competency.key,
  );
}

// Mostly Effective, with a Highly Effective (sometimes with the +) and a
// Developing, which the framework requires a comment for, here and there.
function demoRating(variant: number, index: number) {
  if ((variant * 3 + index) % 11 === 5) {
    return {
      level: "DEVELOPING",
      plus: false,
      comment: "Work orders often ran past their due dates this year.",
    };
  }
  if ((variant + index) % 6 === 0) {
    return {
      level: "HIGHLY_EFFECTIVE",
      plus: (variant + index) % 12 === 0,
      comment: null,
    };
  }
  return { level: "EFFECTIVE", plus: false, comment: null };
}
