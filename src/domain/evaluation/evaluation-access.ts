import type { Actor } from "../actor";
import type { EvaluationState } from "./evaluation-state";

/**
 * Returns whether the actor may read the evaluation: HR and auditors read
 * every evaluation, the evaluator and reviewer read those they are assigned
 * to, and the employee reads their own once the evaluator has signed it at
 * least once. A user evaluated in the evaluation never reads it as its
 * evaluator or reviewer, so a supervisor cannot see their own draft.
 */
export function canReadEvaluation(
  actor: Actor,
  state: Pick<
    EvaluationState,
    "employeeId" | "evaluatorId" | "reviewerId" | "everSigned"
  >,
): boolean {
  if (actor.roles.includes("HR") || actor.roles.includes("AUDITOR")) {
    return true;
  }
  const employeeId = actor.employeeId;
  if (employeeId === null) return false;
  if (employeeId === state.employeeId) return state.everSigned;
  return employeeId === state.evaluatorId || employeeId === state.reviewerId;
}
