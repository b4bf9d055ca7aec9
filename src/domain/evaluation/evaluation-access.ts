import type { Actor } from "../actor";
import type { EvaluationState } from "./evaluation-state";

/**
 * Returns whether the actor may read the evaluation: HR and auditors read
 * every evaluation, the evaluator and reviewer read those they are assigned
 * to, and the employee reads their own once the evaluator has signed it at
 * least once. No role lets the evaluated employee read their own draft, so
 * neither a supervisor nor an HR user can read it.
 */
export function canReadEvaluation(
  actor: Actor,
  state: Pick<
    EvaluationState,
    "employeeId" | "evaluatorId" | "reviewerId" | "everSigned"
  >,
): boolean {
  const employeeId = actor.employeeId;
  if (employeeId !== null && employeeId === state.employeeId) {
    return state.everSigned;
  }
  if (actor.roles.includes("HR") || actor.roles.includes("AUDITOR")) {
    return true;
  }
  if (employeeId === null) return false;
  return employeeId === state.evaluatorId || employeeId === state.reviewerId;
}
