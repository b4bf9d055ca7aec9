import { sql, type Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import type { EvaluationState } from "../domain/evaluation/evaluation-state";
import type { EvaluationStatus } from "../domain/evaluation/evaluation-status";

/** An evaluation of a cycle in brief, as lists of a cycle show it. */
export interface EvaluationSummary {
  evaluationId: string;
  employeeId: string;
  /** The employee's name when the evaluation was opened. */
  employeeName: string;
  evaluatorId: string;
  reviewerId: string | null;
  status: EvaluationStatus;
}

/**
 * Returns the evaluation id of each employee's live evaluation in a cycle,
 * by employee id. A voided evaluation is not live.
 */
export async function findLiveEvaluations(
  db: Kysely<DatabaseSchema>,
  cycleId: string,
  employeeIds?: string[],
): Promise<Map<string, string>> {
  if (employeeIds !== undefined && employeeIds.length === 0) return new Map();
  let query = db
    .selectFrom("evaluations")
    .select(["employee_id", "evaluation_id"])
    .where("cycle_id", "=", cycleId)
    .where("status", "<>", "VOIDED");
  if (employeeIds !== undefined) {
    query = query.where("employee_id", "in", employeeIds);
  }
  const rows = await query.execute();
  return new Map(rows.map((row) => [row.employee_id, row.evaluation_id]));
}

/**
 * Lists a cycle's live evaluations that are not final, in employee id
 * order. Voided evaluations are left out, because nothing more can happen
 * to them.
 */
export async function listNotFinalEvaluations(
  db: Kysely<DatabaseSchema>,
  cycleId: string,
): Promise<EvaluationSummary[]> {
  const rows = await db
    .selectFrom("evaluations")
    .select([
      "evaluation_id",
      "employee_id",
      "evaluator_id",
      "reviewer_id",
      "status",
      sql<string>`state->'employee'->>'name'`.as("employee_name"),
    ])
    .where("cycle_id", "=", cycleId)
    .where("status", "not in", ["FINAL", "VOIDED"])
    .orderBy("employee_id")
    .orderBy("evaluation_id")
    .execute();
  return rows.map((row) => ({
    evaluationId: row.evaluation_id,
    employeeId: row.employee_id,
    employeeName: row.employee_name,
    evaluatorId: row.evaluator_id,
    reviewerId: row.reviewer_id,
    status: row.status as EvaluationStatus,
  }));
}

/** Filter and page of `listCycleEvaluations`. */
export interface CycleEvaluationsQuery {
  cycleId: string;
  status: EvaluationStatus | null;
  /**
   * Only evaluations this employee may read as evaluator, reviewer or
   * evaluated employee; null for every evaluation.
   */
  readerEmployeeId: string | null;
  /** Only evaluations after this (employee id, evaluation id) position. */
  after: { employeeId: string; evaluationId: string } | null;
  limit: number;
}

/**
 * Lists evaluations of a cycle in (employee id, evaluation id) order. With
 * a reader, it keeps those the reader evaluates or reviews and those of
 * everyone below the reader in the current directory. It keeps the reader's
 * own only once the evaluator has signed, even when the reader is also
 * assigned as its evaluator or reviewer.
 */
export async function listCycleEvaluations(
  db: Kysely<DatabaseSchema>,
  query: CycleEvaluationsQuery,
): Promise<EvaluationState[]> {
  let select = db
    .selectFrom("evaluations")
    .select("state")
    .where("cycle_id", "=", query.cycleId);
  if (query.status !== null) {
    select = select.where("status", "=", query.status);
  }
  const reader = query.readerEmployeeId;
  if (reader !== null) {
    select = select.where((eb) =>
      eb.or([
        eb.and([
          eb("employee_id", "<>", reader),
          eb.or([
            eb("evaluator_id", "=", reader),
            eb("reviewer_id", "=", reader),
          ]),
        ]),
        eb.and([
          eb("employee_id", "=", reader),
          sql<boolean>`(state->>'everSigned')::boolean`,
        ]),
        sql<boolean>`employee_id in (${reportsBelow(reader)})`,
      ]),
    );
  }
  if (query.after !== null) {
    const { employeeId, evaluationId } = query.after;
    select = select.where(
      sql<boolean>`(employee_id, evaluation_id) > (${employeeId}, ${evaluationId}::uuid)`,
    );
  }
  const rows = await select
    .orderBy("employee_id")
    .orderBy("evaluation_id")
    .limit(query.limit)
    .execute();
  return rows.map((row) => row.state as EvaluationState);
}

// Everyone who reports to the manager, directly or through others, in the
// current directory; the walk stops after 20 levels.
function reportsBelow(managerId: string) {
  return sql`
    with recursive reports (employee_id, depth) as (
      select employee_id, 1 from employees where reports_to = ${managerId}
      union all
      select e.employee_id, r.depth + 1
        from employees e
        join reports r on e.reports_to = r.employee_id
       where r.depth < 20
    )
    select employee_id from reports
  `;
}
