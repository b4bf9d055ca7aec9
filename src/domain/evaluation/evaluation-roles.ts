import type { Actor } from "../actor";
import { ForbiddenError } from "../errors";
import type { EvaluationState } from "./evaluation-state";

type Assignments = Pick<
  EvaluationState,
  "employeeId" | "evaluatorId" | "reviewerId"
>;

// Each `action` below completes "can ... ", for example "rate competencies".

/**
 * Throws ForbiddenError unless the actor is the evaluation's evaluator. The
 * evaluated employee is always rejected.
 */
export function requireEvaluatorActor(
  state: Assignments,
  actor: Actor,
  action: string,
): void {
  rejectEvaluatedEmployee(state, actor, action, "evaluator");
  if (actor.employeeId !== state.evaluatorId) {
    throw new ForbiddenError(
      `Only the evaluator of this evaluation can ${action}.`,
      { requiredRoles: ["EVALUATOR"] },
    );
  }
}

/**
 * Throws ForbiddenError unless the actor is the evaluation's reviewer. The
 * evaluated employee is always rejected.
 */
export function requireReviewerActor(
  state: Assignments,
  actor: Actor,
  action: string,
): void {
  rejectEvaluatedEmployee(state, actor, action, "reviewer");
  if (state.reviewerId === null || actor.employeeId !== state.reviewerId) {
    throw new ForbiddenError(
      `Only the reviewer of this evaluation can ${action}.`,
      { requiredRoles: ["REVIEWER"] },
    );
  }
}

/** Throws ForbiddenError unless the actor is the evaluated employee. */
export function requireEmployeeActor(
  state: Assignments,
  actor: Actor,
  action: string,
): void {
  if (actor.employeeId === null || actor.employeeId !== state.employeeId) {
    throw new ForbiddenError(
      `Only the employee being evaluated can ${action}.`,
      { requiredRoles: ["EMPLOYEE"] },
    );
  }
}

/**
 * Throws ForbiddenError unless the actor has the HR role. An HR user cannot
 * act on their own evaluation, so `evaluatedEmployeeId` is rejected too.
 */
export function requireHrActor(
  evaluatedEmployeeId: string,
  actor: Actor,
  action: string,
): void {
  if (!actor.roles.includes("HR")) {
    throw new ForbiddenError(`Only HR can ${action}.`, {
      requiredRoles: ["HR"],
    });
  }
  if (actor.employeeId === evaluatedEmployeeId) {
    throw new ForbiddenError(
      `You cannot ${action}, because it is your own evaluation. Ask another HR user.`,
      { requiredRoles: ["HR"] },
    );
  }
}

function rejectEvaluatedEmployee(
  state: Assignments,
  actor: Actor,
  action: string,
  role: "evaluator" | "reviewer",
): void {
  if (actor.employeeId !== null && actor.employeeId === state.employeeId) {
    throw new ForbiddenError(
      `You are the employee being evaluated, so you cannot ${action}. Only the ${role} of this evaluation can.`,
      { requiredRoles: [role.toUpperCase()] },
    );
  }
}
