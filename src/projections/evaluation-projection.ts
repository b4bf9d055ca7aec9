import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import { jsonb } from "../database/jsonb";
import type { EvaluationState } from "../domain/evaluation/evaluation-state";
import { isUuid } from "../domain/ids";

/**
 * Writes an evaluation's folded state to the `evaluations` read model,
 * replacing the earlier row. Throws the database's unique violation when
 * another live evaluation exists for the same employee and cycle.
 */
export async function saveEvaluationProjection(
  db: Kysely<DatabaseSchema>,
  state: EvaluationState,
  updatedAt: Date,
): Promise<void> {
  const row = {
    evaluation_id: state.id,
    employee_id: state.employeeId,
    cycle_id: state.cycleId,
    evaluator_id: state.evaluatorId,
    reviewer_id: state.reviewerId,
    status: state.status,
    framework_key: state.framework.key,
    framework_version: state.framework.version,
    version: state.version,
    state: jsonb(state),
    opened_at: new Date(state.openedAt),
    updated_at: updatedAt,
  };
  await db
    .insertInto("evaluations")
    .values(row)
    .onConflict((conflict) =>
      conflict.column("evaluation_id").doUpdateSet({
        evaluator_id: row.evaluator_id,
        reviewer_id: row.reviewer_id,
        status: row.status,
        version: row.version,
        state: row.state,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/** Reads an evaluation's state from the read model, or null when unknown. */
export async function findEvaluationProjection(
  db: Kysely<DatabaseSchema>,
  evaluationId: string,
): Promise<EvaluationState | null> {
  if (!isUuid(evaluationId)) return null;
  const row = await db
    .selectFrom("evaluations")
    .select("state")
    .where("evaluation_id", "=", evaluationId)
    .executeTakeFirst();
  return row === undefined ? null : (row.state as EvaluationState);
}
