import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { DatabaseSchema } from "../database/database-schema";
import type { Actor } from "../domain/actor";
import {
  decideLaunchCycle,
  type LaunchSkip,
} from "../domain/cycle/cycle-lifecycle";
import { planLaunch, type PlannedOpening } from "../domain/cycle/plan-launch";
import { ForbiddenError, LedgerError, NotFoundError } from "../domain/errors";
import { appendToStream } from "../event-store/append-to-stream";
import { findLiveEvaluations } from "../projections/cycle-evaluations";
import {
  findCycle,
  projectCycleEvent,
  type CycleRecord,
} from "../projections/cycle-projection";
import { listEmployees } from "../projections/employee-projection";
import { listUnits } from "../projections/unit-projection";
import { toNewEvents } from "./command-metadata";
import { requireActor, type CommandEnvironment } from "./command-environment";
import { cycleStreamId } from "./create-cycle";
import { openEvaluation } from "./open-evaluation";
import { runInTransaction } from "./run-in-transaction";

/** An evaluation a launch opened. */
export interface LaunchedEvaluation extends PlannedOpening {
  evaluationId: string;
}

/** The outcome of one launch, employee by employee. */
export interface CycleLaunchResult {
  /** The cycle after the launch. */
  cycle: CycleRecord;
  /** Id of the CycleLaunched event, the cause of every evaluation opened. */
  launchEventId: string;
  inScopeCount: number;
  opened: LaunchedEvaluation[];
  /** Employees in scope who already had a live evaluation in the cycle. */
  alreadyOpen: Array<{ employeeId: string; evaluationId: string }>;
  /** Employees in scope for whom no evaluation was opened, with the reason. */
  skipped: LaunchSkip[];
}

/** Options of `launchCycle`. */
export interface LaunchCycleOptions {
  /** Evaluations opened per transaction; 100 when absent. */
  batchSize?: number;
  /** Called after each batch commits, with the evaluations it opened. */
  onBatchOpened?: (opened: LaunchedEvaluation[]) => Promise<void> | void;
}

/** A command environment with a logger for a launch's progress. */
export type LaunchEnvironment = CommandEnvironment & { logger: Logger };

// Codes of failures that abort a batch's transaction. EVALUATION_ALREADY_OPEN
// and VERSION_CONFLICT mean the database rejected a write, so the batch is
// rolled back and run again. CYCLE_CLOSED means the cycle closed, so the
// launch stops.
const batchFailures = new Set([
  "EVALUATION_ALREADY_OPEN",
  "VERSION_CONFLICT",
  "CYCLE_CLOSED",
]);
const maxBatchAttempts = 3;

/**
 * Launches a cycle. It records CycleLaunched on the cycle's stream, then
 * opens a draft evaluation for every employee in scope who has no live
 * evaluation in the cycle, as `planLaunch` plans it. The launch event is
 * the cause of each EvaluationOpened. An evaluation whose evaluator has no
 * supervisor opens without a reviewer, for HR to assign one.
 *
 * Evaluations open in batches, each in its own transaction, so a large
 * launch keeps no transaction open for long. After a crash, launching again opens
 * the rest, because employees with a live evaluation are not opened twice.
 * An employee the launch cannot open an evaluation for is reported in
 * `skipped` with the error code and message, and the launch goes on.
 *
 * Throws ForbiddenError unless the actor has the HR role, NotFoundError for
 * an unknown cycle, and RuleViolationError CYCLE_CLOSED when the cycle is
 * closed, before or during the launch.
 */
export async function launchCycle(
  environment: LaunchEnvironment,
  cycleId: string,
  options: LaunchCycleOptions = {},
): Promise<CycleLaunchResult> {
  const actor = requireActor(environment);
  if (!actor.roles.includes("HR")) {
    throw new ForbiddenError("Only HR can launch a cycle.", {
      requiredRoles: ["HR"],
    });
  }
  const started = Date.now();
  const launch = await recordLaunch(environment, actor, cycleId);
  const { plan, launchEventId } = launch;
  environment.logger.info(
    {
      cycleId,
      launchEventId,
      inScope: plan.inScopeCount,
      toOpen: plan.toOpen.length,
      alreadyOpen: plan.alreadyOpen.length,
      skipped: plan.skipped.length,
    },
    "Cycle launch started",
  );

  const result: Omit<CycleLaunchResult, "cycle"> = {
    launchEventId,
    inScopeCount: plan.inScopeCount,
    opened: [],
    alreadyOpen: [...plan.alreadyOpen],
    skipped: [...plan.skipped],
  };
  const batchSize = options.batchSize ?? 100;
  for (let start = 0; start < plan.toOpen.length; start += batchSize) {
    const batch = plan.toOpen.slice(start, start + batchSize);
    const outcome = await openBatch(environment, cycleId, batch, launchEventId);
    result.opened.push(...outcome.opened);
    result.alreadyOpen.push(...outcome.alreadyOpen);
    result.skipped.push(...outcome.skipped);
    await options.onBatchOpened?.(outcome.opened);
  }

  environment.logger.info(
    {
      cycleId,
      launchEventId,
      opened: result.opened.length,
      skipped: result.skipped.length,
      durationMs: Date.now() - started,
    },
    "Cycle launch finished",
  );
  const cycle = (await findCycle(environment.db, cycleId))!;
  return { cycle, ...result };
}

async function recordLaunch(
  environment: CommandEnvironment,
  actor: Actor,
  cycleId: string,
) {
  return runInTransaction(environment.db, async (trx) => {
    const cycle = await findCycle(trx, cycleId, { lock: "update" });
    if (cycle === null) {
      throw new NotFoundError(`No cycle ${cycleId}.`, { cycleId });
    }
    const plan = planLaunch({
      scope: cycle,
      parentOf: new Map(
        (await listUnits(trx)).map((unit) => [unit.unitId, unit.parentId]),
      ),
      employees: new Map(
        (await listEmployees(trx)).map((entry) => [entry.employeeId, entry]),
      ),
      liveEvaluations: await findLiveEvaluations(trx, cycleId),
    });
    const decided = decideLaunchCycle(
      cycle,
      {
        unitIds: plan.unitIds,
        jobClassifications: cycle.jobClassifications,
        inScopeCount: plan.inScopeCount,
        alreadyOpenCount: plan.alreadyOpen.length,
        toOpenCount: plan.toOpen.length,
        skipped: plan.skipped,
      },
      actor,
    );
    const appended = await appendToStream(trx, {
      streamId: cycleStreamId(cycleId),
      streamType: "cycle",
      expectedVersion: cycle.version,
      events: toNewEvents(
        decided,
        {
          actorId: actor.userId,
          correlationId: environment.correlationId,
          now: environment.now(),
        },
        { CycleLaunched: 1 },
      ),
    });
    for (const event of appended.events) await projectCycleEvent(trx, event);
    return { plan, launchEventId: appended.events[0]!.eventId };
  });
}

interface BatchOutcome {
  opened: LaunchedEvaluation[];
  alreadyOpen: Array<{ employeeId: string; evaluationId: string }>;
  skipped: LaunchSkip[];
}

// Runs the batch again when a concurrent opening made the database reject
// a write. A batch inside the caller's own transaction is not run again,
// because the rejected write has already aborted that transaction.
async function openBatch(
  environment: LaunchEnvironment,
  cycleId: string,
  batch: PlannedOpening[],
  launchEventId: string,
): Promise<BatchOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runInTransaction(environment.db, (trx) =>
        openBatchOnce(
          { ...environment, db: trx },
          cycleId,
          batch,
          launchEventId,
        ),
      );
    } catch (error) {
      const retry =
        error instanceof LedgerError &&
        error.code !== "CYCLE_CLOSED" &&
        batchFailures.has(error.code) &&
        !environment.db.isTransaction &&
        attempt < maxBatchAttempts;
      if (!retry) throw error;
      environment.logger.warn(
        { err: error, cycleId, attempt },
        "Retrying a launch batch after a concurrent change",
      );
    }
  }
}

async function openBatchOnce(
  environment: LaunchEnvironment & { db: Kysely<DatabaseSchema> },
  cycleId: string,
  batch: PlannedOpening[],
  launchEventId: string,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { opened: [], alreadyOpen: [], skipped: [] };
  const live = await findLiveEvaluations(
    environment.db,
    cycleId,
    batch.map((planned) => planned.employeeId),
  );
  for (const planned of batch) {
    const evaluationId = live.get(planned.employeeId);
    if (evaluationId !== undefined) {
      outcome.alreadyOpen.push({
        employeeId: planned.employeeId,
        evaluationId,
      });
      continue;
    }
    try {
      const state = await openEvaluation(environment, {
        ...planned,
        cycleId,
        causationId: launchEventId,
      });
      outcome.opened.push({ ...planned, evaluationId: state.id });
    } catch (error) {
      if (!(error instanceof LedgerError) || batchFailures.has(error.code)) {
        throw error;
      }
      outcome.skipped.push({
        employeeId: planned.employeeId,
        reason: error.code,
        message: error.message,
      });
    }
  }
  return outcome;
}
