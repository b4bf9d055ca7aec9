import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { DatabaseSchema } from "../database/database-schema";
import type { Actor } from "../domain/actor";
import type { EmployeeEntry } from "../domain/directory/employee-entry";
import type { UnitEntry } from "../domain/directory/unit-entry";
import { appendToStream } from "../event-store/append-to-stream";
import { findEvaluationProjection } from "../projections/evaluation-projection";
import { findEmployee } from "../projections/employee-projection";
import { findUnit } from "../projections/unit-projection";
import { carryDemoEvaluation, type DemoStatus } from "./carry-demo-evaluation";
import { toNewEvents } from "./command-metadata";
import { createCycle } from "./create-cycle";
import {
  buildDemoDistrict,
  demoDirectoryDays,
  demoPeople,
  type DemoDistrict,
} from "./demo-district";
import { demoActorFor, demoHrActor } from "./demo-identities";
import { launchCycle, type LaunchEnvironment } from "./launch-cycle";
import { loadDirectory } from "./load-directory";

// The status each member of the maintenance team is left in, in employee id
// order. The rest of the district stays in DRAFT.
const maintenanceTeamStatuses: DemoStatus[] = [
  "FINAL",
  "FINAL_AFTER_REFUSAL",
  "FINAL",
  "FINAL",
  "AWAITING_REVIEWER",
  "AWAITING_REVIEWER",
  "AWAITING_REVIEWER",
  "AWAITING_EMPLOYEE",
  "AWAITING_EMPLOYEE",
  "AWAITING_EMPLOYEE",
  "REOPENED",
  "REOPENED",
  "VOIDED",
  "DRAFT_PARTLY_RATED",
  "DRAFT_PARTLY_RATED",
];

const demoCycleName = "2025-26 annual";

/** Stream of the event that marks the demo seed as complete. */
const seedStreamId = "demo-seed";

/**
 * Seeds the demo district. It loads the units and 200 employees, then a
 * transfer dated after that load. It launches the "2025-26 annual" cycle
 * over the divisions' classified staff, and carries the maintenance team's
 * evaluations through the real commands into every status. Last, it
 * appends DemoDistrictSeeded, after which it never seeds again.
 *
 * Each step runs in its own short transaction, because a long one would
 * hold back every reader of the global log. So the steps are written to be
 * repeated: a start after a crash carries on where the seed stopped.
 *
 * Returns false, writing nothing, when the seed is complete or when the
 * database holds a directory other than the demo district's. Throws what
 * the commands throw, which for this fixed data means a defect.
 */
export async function seedDemoDistrict(
  db: Kysely<DatabaseSchema>,
  logger: Logger,
  now: () => Date = () => new Date(),
): Promise<boolean> {
  const district = buildDemoDistrict();
  if (await isSeeded(db)) {
    logger.info("Demo district already seeded");
    return false;
  }
  if (!(await isEmptyOrDemo(db, district))) {
    logger.info(
      "Demo district not seeded: the database already has a directory of its own",
    );
    return false;
  }

  const started = Date.now();
  const environment = (actor: Actor): LaunchEnvironment => ({
    db,
    actor,
    correlationId: randomUUID(),
    now,
    logger,
  });
  const hr = environment(demoHrActor);
  await loadDemoDirectory(hr, district);

  const cycleId = await findOrCreateDemoCycle(hr, district);
  const launch = await launchCycle(hr, cycleId);
  const evaluationOf = new Map(
    [...launch.opened, ...launch.alreadyOpen].map((entry) => [
      entry.employeeId,
      entry.evaluationId,
    ]),
  );
  const staff = maintenanceStaff(district);
  for (const [index, status] of maintenanceTeamStatuses.entries()) {
    const evaluationId = evaluationOf.get(staff[index]!);
    const state =
      evaluationId === undefined
        ? null
        : await findEvaluationProjection(db, evaluationId);
    // Only an untouched draft is carried, so a repeated seed changes
    // nothing that an earlier run already did.
    if (state === null || state.version !== 1) continue;
    await carryDemoEvaluation(
      (employeeId) => environment(demoActorFor(employeeId)),
      hr,
      {
        evaluationId: state.id,
        employeeId: state.employeeId,
        evaluatorId: state.evaluatorId,
        reviewerId: state.reviewerId,
      },
      status,
      index,
    );
  }

  await appendToStream(db, {
    streamId: seedStreamId,
    streamType: "demo",
    expectedVersion: "no-stream",
    events: toNewEvents(
      [{ type: "DemoDistrictSeeded", data: { cycleId } }],
      {
        actorId: demoHrActor.userId,
        correlationId: randomUUID(),
        now: now(),
      },
      { DemoDistrictSeeded: 1 },
    ),
  });
  logger.info(
    {
      cycleId,
      opened: launch.opened.length,
      skipped: launch.skipped.length,
      durationMs: Date.now() - started,
    },
    "Seeded the demo district",
  );
  return true;
}

async function loadDemoDirectory(
  hr: LaunchEnvironment,
  district: DemoDistrict,
): Promise<void> {
  if ((await findEmployee(hr.db, demoPeople.superintendent)) === null) {
    await loadDirectory(hr, {
      units: rowsOf<UnitEntry>("demo units", district.units),
      employees: rowsOf<EmployeeEntry>("demo employees", district.employees),
      effectiveOn: demoDirectoryDays.loaded,
    });
  }
  const transferred = await findEmployee(hr.db, district.transfer.employeeId);
  if (transferred?.unitId !== district.transfer.unitId) {
    await loadDirectory(hr, {
      units: [],
      employees: rowsOf("demo transfer", [district.transfer]),
      effectiveOn: demoDirectoryDays.transferred,
    });
  }
}

async function findOrCreateDemoCycle(
  hr: LaunchEnvironment,
  district: DemoDistrict,
): Promise<string> {
  const existing = await hr.db
    .selectFrom("cycles")
    .select("cycle_id")
    .where("name", "=", demoCycleName)
    .executeTakeFirst();
  if (existing !== undefined) return existing.cycle_id;
  const cycle = await createCycle(hr, {
    name: demoCycleName,
    startsOn: "2025-07-01",
    endsOn: "2026-06-30",
    responseWindowDays: 14,
    ...district.cycleScope,
  });
  return cycle.cycleId;
}

// Staff of the maintenance unit who report to its supervisor, by id.
function maintenanceStaff(district: DemoDistrict): string[] {
  return district.employees
    .filter((entry) => entry.reportsTo === demoPeople.maintenanceSupervisor)
    .map((entry) => entry.employeeId)
    .sort();
}

async function isSeeded(db: Kysely<DatabaseSchema>): Promise<boolean> {
  const row = await db
    .selectFrom("streams")
    .select("stream_id")
    .where("stream_id", "=", seedStreamId)
    .executeTakeFirst();
  return row !== undefined;
}

// True for a database without units, employees or cycles, and for one whose
// directory is the demo district's, which an interrupted seed leaves.
async function isEmptyOrDemo(
  db: Kysely<DatabaseSchema>,
  district: DemoDistrict,
): Promise<boolean> {
  const root = district.units[0]!;
  const unit = await findUnit(db, root.unitId);
  if (unit !== null) return unit.name === root.name;
  for (const table of ["units", "employees", "cycles"] as const) {
    const row = await db
      .selectFrom(table)
      .select(db.fn.countAll<string>().as("count"))
      .executeTakeFirstOrThrow();
    if (Number(row.count) > 0) return false;
  }
  return true;
}

function rowsOf<Entry>(source: string, entries: Entry[]) {
  return entries.map((entry, index) => ({ source, row: index + 1, entry }));
}
