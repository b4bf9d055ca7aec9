import type { Actor } from "../actor";
import { ForbiddenError, RuleViolationError } from "../errors";

/** The state of a cycle: OPEN accepts new evaluations, CLOSED does not. */
export type CycleStatus = "OPEN" | "CLOSED";

/** An employee in scope that a launch opened no evaluation for, and the reason. */
export interface LaunchSkip {
  employeeId: string;
  /** A stable code, such as NO_SUPERVISOR. */
  reason: string;
  message: string;
}

/** HR launched the cycle: evaluations follow, caused by this event. */
export interface CycleLaunched {
  type: "CycleLaunched";
  data: {
    /** The scope's units with every unit below them; empty means all. */
    unitIds: string[];
    /** Job classifications in scope; empty means all. */
    jobClassifications: string[];
    /** Employees in scope when the launch began. */
    inScopeCount: number;
    /** Of those, employees who already had a live evaluation. */
    alreadyOpenCount: number;
    /** Of those, employees the launch set out to open an evaluation for. */
    toOpenCount: number;
    /** Employees the launch could not open an evaluation for. */
    skipped: LaunchSkip[];
  };
}

/** HR closed the cycle: no new evaluation opens in it from now on. */
export interface CycleClosed {
  type: "CycleClosed";
  data: {
    reason: string | null;
    /** Live evaluations not yet final when the cycle closed. */
    notFinalCount: number;
  };
}

/**
 * Decides CycleLaunched for a launch planned by `planLaunch`.
 * Throws ForbiddenError unless the actor has the HR role, and
 * RuleViolationError CYCLE_CLOSED when the cycle is closed.
 */
export function decideLaunchCycle(
  cycle: { cycleId: string; status: string },
  launch: CycleLaunched["data"],
  actor: Actor,
): CycleLaunched[] {
  requireHr(actor, "launch a cycle");
  rejectIfClosed(cycle, "it cannot be launched");
  return [{ type: "CycleLaunched", data: launch }];
}

/**
 * Decides CycleClosed with the reason trimmed, or null when blank.
 * Throws ForbiddenError unless the actor has the HR role, and
 * RuleViolationError CYCLE_CLOSED when the cycle is already closed.
 */
export function decideCloseCycle(
  cycle: { cycleId: string; status: string },
  input: { reason: string | null; notFinalCount: number },
  actor: Actor,
): CycleClosed[] {
  requireHr(actor, "close a cycle");
  rejectIfClosed(cycle, "it cannot be closed again");
  const reason = input.reason?.trim() ?? "";
  return [
    {
      type: "CycleClosed",
      data: {
        reason: reason === "" ? null : reason,
        notFinalCount: input.notFinalCount,
      },
    },
  ];
}

/**
 * Throws RuleViolationError CYCLE_CLOSED when the cycle is closed.
 * `consequence` completes "Cycle ... is closed, so ...", such as "it
 * cannot be launched".
 */
export function rejectIfClosed(
  cycle: { cycleId: string; status: string },
  consequence: string,
): void {
  if (cycle.status === "CLOSED") {
    throw new RuleViolationError(
      "CYCLE_CLOSED",
      `Cycle ${cycle.cycleId} is closed, so ${consequence}. Evaluations already open in it can still be completed.`,
      { cycleId: cycle.cycleId },
    );
  }
}

function requireHr(actor: Actor, action: string): void {
  if (!actor.roles.includes("HR")) {
    throw new ForbiddenError(`Only HR can ${action}.`, {
      requiredRoles: ["HR"],
    });
  }
}
