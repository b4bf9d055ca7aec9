import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import type { Actor } from "../domain/actor";
import { canReadEvaluation } from "../domain/evaluation/evaluation-access";
import type { EvaluationState } from "../domain/evaluation/evaluation-state";
import { isInReportingChain } from "../projections/reporting-chain";

/**
 * Returns whether the actor may read the evaluation: the rules of
 * `canReadEvaluation`, and also any manager above the evaluated employee in
 * the current directory. The evaluated employee never reads their own
 * evaluation as a manager, so a supervisor's own draft stays hidden.
 */
export async function isEvaluationVisible(
  db: Kysely<DatabaseSchema>,
  actor: Actor,
  state: EvaluationState,
): Promise<boolean> {
  if (canReadEvaluation(actor, state)) return true;
  if (actor.employeeId === null || actor.employeeId === state.employeeId) {
    return false;
  }
  return isInReportingChain(db, actor.employeeId, state.employeeId);
}
