import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import type { Actor } from "../domain/actor";
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from "../domain/errors";
import { isEvaluationVisible } from "../application/evaluation-visibility";
import { canReadEvaluation } from "../domain/evaluation/evaluation-access";
import type { EvaluationState } from "../domain/evaluation/evaluation-state";
import { findEvaluationProjection } from "../projections/evaluation-projection";
import type { AuditEvent } from "./audit-event";

/**
 * Returns the actor when they may read the whole log: auditors and HR.
 * Throws UnauthenticatedError for an anonymous caller and ForbiddenError
 * for anyone else. `subject` completes "Only auditors and HR can read ...".
 */
export function requireLogReader(actor: Actor | null, subject: string): Actor {
  if (actor === null) {
    throw new UnauthenticatedError(`Sign in to read ${subject}.`);
  }
  if (!actor.roles.includes("AUDITOR") && !actor.roles.includes("HR")) {
    throw new ForbiddenError(`Only auditors and HR can read ${subject}.`, {
      requiredRoles: ["AUDITOR", "HR"],
    });
  }
  return actor;
}

/**
 * Returns the evaluation's current state when the actor may read it, as
 * `isEvaluationVisible` decides, so managers above the employee read it
 * too. Throws UnauthenticatedError for an anonymous caller, and
 * NotFoundError both for an unknown id and for an evaluation the actor may
 * not read, so its existence is not revealed.
 */
export async function requireReadableEvaluation(
  db: Kysely<DatabaseSchema>,
  actor: Actor | null,
  evaluationId: string,
): Promise<EvaluationState> {
  if (actor === null) {
    throw new UnauthenticatedError("Sign in to read evaluations.");
  }
  const state = await findEvaluationProjection(db, evaluationId);
  if (state === null || !(await isEvaluationVisible(db, actor, state))) {
    throw new NotFoundError(`No evaluation ${evaluationId}.`, {
      evaluationId,
    });
  }
  return state;
}

/**
 * Returns the events without those of evaluations the log reader may not
 * read. HR and auditors read every evaluation but their own while no
 * evaluator has signed it, so only events about the reader's own employee
 * id are looked up.
 */
export async function withoutUnreadableEvaluations(
  db: Kysely<DatabaseSchema>,
  actor: Actor,
  events: AuditEvent[],
): Promise<AuditEvent[]> {
  const ownEmployeeId = actor.employeeId;
  if (ownEmployeeId === null) return events;

  const ownEvaluationIds = new Set<string>();
  for (const { subject } of events) {
    if (subject.employeeId === ownEmployeeId && subject.evaluationId !== null) {
      ownEvaluationIds.add(subject.evaluationId);
    }
  }
  const hidden = new Set<string>();
  for (const evaluationId of ownEvaluationIds) {
    const state = await findEvaluationProjection(db, evaluationId);
    if (state === null || !canReadEvaluation(actor, state)) {
      hidden.add(evaluationId);
    }
  }
  return events.filter(
    ({ subject }) =>
      subject.evaluationId === null || !hidden.has(subject.evaluationId),
  );
}
