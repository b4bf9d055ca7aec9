import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import type { Actor } from "../domain/actor";
import {
  effectiveInstant,
  resolveEffectiveOn,
} from "../domain/directory/effective-date";
import {
  decideEmployeeChange,
  type EmployeeEntry,
} from "../domain/directory/employee-entry";
import {
  decideUnitChange,
  type UnitEntry,
} from "../domain/directory/unit-entry";
import {
  validateDirectoryLoad,
  type LoadRow,
} from "../domain/directory/validate-directory-load";
import { ForbiddenError } from "../domain/errors";
import { appendToStream } from "../event-store/append-to-stream";
import {
  employeeStreamId,
  unitStreamId,
} from "../projections/directory-history";
import {
  listEmployees,
  projectEmployeeEvent,
} from "../projections/employee-projection";
import { listUnits, projectUnitEvent } from "../projections/unit-projection";
import { toNewEvents, type CommandOrigin } from "./command-metadata";
import { requireActor, type CommandEnvironment } from "./command-environment";
import { lockDirectory } from "./lock-directory";
import { runInTransaction } from "./run-in-transaction";

/** Units and employees to bring into the directory in one change. */
export interface DirectoryLoadInput {
  units: LoadRow<UnitEntry>[];
  employees: LoadRow<EmployeeEntry>[];
  /** UTC day the changes take effect, `YYYY-MM-DD`; today when absent. */
  effectiveOn?: string | null;
  /** Word for row numbers in error messages: "row" or "line". */
  rowLabel?: string;
}

/** The changes of a load for one kind of entry. */
export interface DirectoryLoadCounts {
  /** Ids of entries the load added, in load order. */
  registered: string[];
  /** Ids of entries the load changed, in load order. */
  updated: string[];
  /** Number of entries already as the load gives them. */
  unchanged: number;
}

export interface DirectoryLoadResult {
  effectiveOn: string;
  units: DirectoryLoadCounts;
  employees: DirectoryLoadCounts;
}

/**
 * Brings every unit and employee of the load into the directory, in one
 * transaction: each new or changed entry appends one event to its stream
 * and updates the read model, and an entry already as given appends
 * nothing. Every row is checked first, so a load is applied whole or not at
 * all.
 *
 * Throws ForbiddenError unless the actor has the HR role,
 * InvalidInputError for an invalid or future `effectiveOn`, and
 * InvalidInputError from `validateDirectoryLoad` listing every bad row in
 * `details.problems`.
 */
export async function loadDirectory(
  environment: CommandEnvironment,
  input: DirectoryLoadInput,
): Promise<DirectoryLoadResult> {
  const actor = requireActor(environment);
  if (!actor.roles.includes("HR")) {
    throw new ForbiddenError("Only HR can change the directory.", {
      requiredRoles: ["HR"],
    });
  }
  const now = environment.now();
  const effectiveOn = resolveEffectiveOn(input.effectiveOn, now);

  return runInTransaction(environment.db, async (trx) => {
    await lockDirectory(trx);
    const currentUnits = new Map(
      (await listUnits(trx)).map((unit) => [unit.unitId, unit]),
    );
    const currentEmployees = new Map(
      (await listEmployees(trx)).map((employee) => [
        employee.employeeId,
        employee,
      ]),
    );
    const load = validateDirectoryLoad(
      input,
      { units: currentUnits, employees: currentEmployees },
      input.rowLabel,
    );

    const origin = originOf(environment, actor, now);
    const effectiveAt = effectiveInstant(effectiveOn, now);
    const units = emptyCounts();
    for (const entry of load.units) {
      const current = currentUnits.get(entry.unitId) ?? null;
      const decided = decideUnitChange(current, entry);
      count(units, entry.unitId, decided);
      if (decided.length === 0) continue;
      const appended = await appendToStream(trx, {
        streamId: unitStreamId(entry.unitId),
        streamType: "unit",
        expectedVersion: current === null ? "no-stream" : current.version,
        events: toNewEvents(decided, origin, unitSchemas, effectiveAt),
      });
      for (const event of appended.events) await projectUnitEvent(trx, event);
    }

    const employees = emptyCounts();
    for (const entry of load.employees) {
      const current = currentEmployees.get(entry.employeeId) ?? null;
      const decided = decideEmployeeChange(current, entry);
      count(employees, entry.employeeId, decided);
      if (decided.length === 0) continue;
      await appendEmployeeChange(trx, current, decided, origin, effectiveAt);
    }
    return { effectiveOn, units, employees };
  });
}

const unitSchemas = { UnitRegistered: 1, UnitUpdated: 1 };
const employeeSchemas = { EmployeeRegistered: 1, EmployeeUpdated: 1 };

async function appendEmployeeChange(
  trx: Kysely<DatabaseSchema>,
  current: { version: number } | null,
  decided: ReturnType<typeof decideEmployeeChange>,
  origin: CommandOrigin,
  effectiveAt: Date,
): Promise<void> {
  const appended = await appendToStream(trx, {
    streamId: employeeStreamId(decided[0]!.data.employeeId),
    streamType: "employee",
    expectedVersion: current === null ? "no-stream" : current.version,
    events: toNewEvents(decided, origin, employeeSchemas, effectiveAt),
  });
  for (const event of appended.events) await projectEmployeeEvent(trx, event);
}

function originOf(
  environment: CommandEnvironment,
  actor: Actor,
  now: Date,
): CommandOrigin {
  return {
    actorId: actor.userId,
    correlationId: environment.correlationId,
    now,
  };
}

function emptyCounts(): DirectoryLoadCounts {
  return { registered: [], updated: [], unchanged: 0 };
}

function count(
  counts: DirectoryLoadCounts,
  id: string,
  decided: Array<{ type: string }>,
): void {
  const type = decided[0]?.type;
  if (type === undefined) counts.unchanged += 1;
  else if (type.endsWith("Registered")) counts.registered.push(id);
  else counts.updated.push(id);
}
