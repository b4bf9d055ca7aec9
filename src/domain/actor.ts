/** District-wide roles granted to a user, beyond what their assignments give. */
export type SystemRole = "HR" | "AUDITOR" | "ANALYST";

/**
 * The authenticated user behind a command or query. Evaluator, reviewer and
 * employee are not roles of the user: they follow from each evaluation's
 * assignments, matched on `employeeId`.
 */
export interface Actor {
  userId: string;
  /** The user's own directory entry, or null for a user who is not staff. */
  employeeId: string | null;
  roles: SystemRole[];
}
