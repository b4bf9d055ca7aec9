import { decideCloseCycle } from "../domain/cycle/cycle-lifecycle";
import { ForbiddenError, NotFoundError } from "../domain/errors";
import { appendToStream } from "../event-store/append-to-stream";
import {
  listNotFinalEvaluations,
  type EvaluationSummary,
} from "../projections/cycle-evaluations";
import {
  findCycle,
  projectCycleEvent,
  type CycleRecord,
} from "../projections/cycle-projection";
import { toNewEvents } from "./command-metadata";
import { requireActor, type CommandEnvironment } from "./command-environment";
import { cycleStreamId } from "./create-cycle";
import { runInTransaction } from "./run-in-transaction";

export interface CloseCycleInput {
  cycleId: string;
  reason?: string | null;
}

export interface CycleCloseResult {
  /** The cycle after closing. */
  cycle: CycleRecord;
  /** Id of the CycleClosed event. */
  closeEventId: string;
  /** Live evaluations not yet final, in employee id order. */
  notFinal: EvaluationSummary[];
}

/**
 * Closes a cycle: appends CycleClosed, after which no evaluation opens in
 * it, and returns its live evaluations that are not final. Work on those
 * evaluations goes on after the close: they can still be rated, signed,
 * reopened, reassigned or voided.
 *
 * Throws ForbiddenError unless the actor has the HR role, NotFoundError for
 * an unknown cycle, and RuleViolationError CYCLE_CLOSED when the cycle is
 * already closed.
 */
export async function closeCycle(
  environment: CommandEnvironment,
  input: CloseCycleInput,
): Promise<CycleCloseResult> {
  const actor = requireActor(environment);
  if (!actor.roles.includes("HR")) {
    throw new ForbiddenError("Only HR can close a cycle.", {
      requiredRoles: ["HR"],
    });
  }
  return runInTransaction(environment.db, async (trx) => {
    // Locking the row first makes openings in progress finish, so the list
    // below includes every evaluation that opened before the close.
    const cycle = await findCycle(trx, input.cycleId, { lock: "update" });
    if (cycle === null) {
      throw new NotFoundError(`No cycle ${input.cycleId}.`, {
        cycleId: input.cycleId,
      });
    }
    const notFinal = await listNotFinalEvaluations(trx, cycle.cycleId);
    const decided = decideCloseCycle(
      cycle,
      { reason: input.reason ?? null, notFinalCount: notFinal.length },
      actor,
    );
    const appended = await appendToStream(trx, {
      streamId: cycleStreamId(cycle.cycleId),
      streamType: "cycle",
      expectedVersion: cycle.version,
      events: toNewEvents(
        decided,
        {
          actorId: actor.userId,
          correlationId: environment.correlationId,
          now: environment.now(),
        },
        { CycleClosed: 1 },
      ),
    });
    for (const event of appended.events) await projectCycleEvent(trx, event);
    return {
      cycle: (await findCycle(trx, cycle.cycleId))!,
      closeEventId: appended.events[0]!.eventId,
      notFinal,
    };
  });
}
