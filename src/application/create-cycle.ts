import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import {
  decideCreateCycle,
  type CycleDefinition,
} from "../domain/cycle/cycle-definition";
import { InvalidInputError, NotFoundError } from "../domain/errors";
import { appendToStream } from "../event-store/append-to-stream";
import {
  findCycle,
  projectCycleEvent,
  type CycleRecord,
} from "../projections/cycle-projection";
import { findUnit } from "../projections/unit-projection";
import { toNewEvents } from "./command-metadata";
import { requireActor, type CommandEnvironment } from "./command-environment";
import {
  findFrameworkVersion,
  latestFrameworkVersion,
} from "./framework-catalogue";
import { runInTransaction } from "./run-in-transaction";

/** The framework evaluations are opened under unless a cycle names another. */
export const defaultFrameworkKey = "classified-performance-framework";

export type CreateCycleInput = Omit<
  CycleDefinition,
  "cycleId" | "framework"
> & {
  frameworkKey?: string | null;
  /** Latest published version when absent. */
  frameworkVersion?: number | null;
};

/** Stream id of a cycle. */
export function cycleStreamId(cycleId: string): string {
  return `cycle-${cycleId}`;
}

/**
 * Creates a cycle pinned to a published framework version and returns it.
 * A unit in the scope covers every unit below it.
 *
 * Throws NotFoundError when that framework version was never published,
 * InvalidInputError when a unit of the scope is not in the directory, and
 * what `decideCreateCycle` throws.
 */
export async function createCycle(
  environment: CommandEnvironment,
  input: CreateCycleInput,
): Promise<CycleRecord> {
  const actor = requireActor(environment);
  const cycleId = randomUUID();
  return runInTransaction(environment.db, async (trx) => {
    const frameworkKey = input.frameworkKey ?? defaultFrameworkKey;
    const version =
      input.frameworkVersion ??
      (await latestFrameworkVersion(trx, frameworkKey));
    const published =
      version === null
        ? null
        : await findFrameworkVersion(trx, frameworkKey, version);
    if (published === null) {
      throw new NotFoundError(
        `Framework ${frameworkKey}${version === null ? "" : ` version ${version}`} is not published. Publish it before creating a cycle under it.`,
        { frameworkKey, frameworkVersion: version },
      );
    }

    const decided = decideCreateCycle(
      {
        cycleId,
        name: input.name,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        responseWindowDays: input.responseWindowDays,
        framework: { key: frameworkKey, version: published.definition.version },
        unitIds: input.unitIds,
        jobClassifications: input.jobClassifications,
      },
      actor,
    );
    await requireUnits(trx, decided[0]!.data.unitIds);

    const now = environment.now();
    const appended = await appendToStream(trx, {
      streamId: cycleStreamId(cycleId),
      streamType: "cycle",
      expectedVersion: "no-stream",
      events: toNewEvents(
        decided,
        {
          actorId: actor.userId,
          correlationId: environment.correlationId,
          now,
        },
        { CycleCreated: 1 },
      ),
    });
    for (const event of appended.events) {
      await projectCycleEvent(trx, event);
    }
    return (await findCycle(trx, cycleId))!;
  });
}

async function requireUnits(
  db: Kysely<DatabaseSchema>,
  unitIds: string[],
): Promise<void> {
  for (const unitId of unitIds) {
    if ((await findUnit(db, unitId)) === null) {
      throw new InvalidInputError(
        `Unit ${unitId} of the cycle's scope is not in the directory. Load the unit first, or correct the id.`,
        { field: "unitIds", unitId },
      );
    }
  }
}
