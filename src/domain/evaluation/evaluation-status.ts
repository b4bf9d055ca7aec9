import type { EvaluationState } from "./evaluation-state";

/**
 * The stage an evaluation has reached, derived from its events:
 * - DRAFT: opened, the evaluator is rating.
 * - AWAITING_EMPLOYEE: the evaluator signed. The employee acknowledges next,
 *   or the evaluator records a refusal.
 * - AWAITING_REVIEWER: the employee acknowledged or refused. The reviewer
 *   signs next.
 * - FINAL: the reviewer signed.
 * - REOPENED: reopened after a signature. The evaluator rates and signs
 *   again, and earlier signatures no longer count.
 * - VOIDED: opened in error. Nothing more happens to it.
 */
export type EvaluationStatus =
  | "DRAFT"
  | "AWAITING_EMPLOYEE"
  | "AWAITING_REVIEWER"
  | "FINAL"
  | "REOPENED"
  | "VOIDED";

/** Every status, in the order an evaluation usually passes through them. */
export const evaluationStatuses: readonly EvaluationStatus[] = [
  "DRAFT",
  "AWAITING_EMPLOYEE",
  "AWAITING_REVIEWER",
  "FINAL",
  "REOPENED",
  "VOIDED",
];

/** A party to one evaluation, as opposed to a district-wide role. */
export type EvaluationParty = "EVALUATOR" | "EMPLOYEE" | "REVIEWER";

/**
 * The party whose step the evaluation waits for, and that party's employee
 * id. Both are null once the evaluation is FINAL or VOIDED. `employeeId` is
 * also null while the evaluation waits for a reviewer who is not assigned yet.
 */
export interface NextActor {
  party: EvaluationParty | null;
  employeeId: string | null;
}

/**
 * Returns who must act next. While the evaluation awaits the employee, the
 * employee is named, although the evaluator may record a refusal instead.
 */
export function nextActor(
  state: Pick<
    EvaluationState,
    "status" | "employeeId" | "evaluatorId" | "reviewerId"
  >,
): NextActor {
  switch (state.status) {
    case "DRAFT":
    case "REOPENED":
      return { party: "EVALUATOR", employeeId: state.evaluatorId };
    case "AWAITING_EMPLOYEE":
      return { party: "EMPLOYEE", employeeId: state.employeeId };
    case "AWAITING_REVIEWER":
      return { party: "REVIEWER", employeeId: state.reviewerId };
    case "FINAL":
    case "VOIDED":
      return { party: null, employeeId: null };
  }
}

/**
 * Returns whether the evaluator's signature currently counts: it was given
 * and the evaluation was not reopened since.
 */
export function isSignedByEvaluator(status: EvaluationStatus): boolean {
  return (
    status === "AWAITING_EMPLOYEE" ||
    status === "AWAITING_REVIEWER" ||
    status === "FINAL"
  );
}
