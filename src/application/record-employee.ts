import {
  decideRecordEmployee,
  type EmployeeEntry,
} from "../domain/directory/employee-entry";
import { appendToStream } from "../event-store/append-to-stream";
import {
  findEmployee,
  projectEmployeeEvent,
} from "../projections/employee-projection";
import { toNewEvents } from "./command-metadata";
import { requireActor, type CommandEnvironment } from "./command-environment";

/** Stream id of an employee's directory entry. */
export function employeeStreamId(employeeId: string): string {
  return `employee-${employeeId}`;
}

/**
 * Brings an employee's directory entry to the given values, recording the
 * change as an event and updating the read model in one transaction.
 * Returns the entry as it now stands. Recording an unchanged entry appends
 * nothing. Throws what `decideRecordEmployee` throws.
 */
export async function recordEmployee(
  environment: CommandEnvironment,
  input: EmployeeEntry,
): Promise<EmployeeEntry & { version: number }> {
  const actor = requireActor(environment);
  return environment.db.transaction().execute(async (trx) => {
    const current = await findEmployee(trx, input.employeeId.trim());
    const decided = decideRecordEmployee(current, input, actor);
    if (decided.length === 0) return current!;

    const now = environment.now();
    const appended = await appendToStream(trx, {
      streamId: employeeStreamId(decided[0]!.data.employeeId),
      streamType: "employee",
      expectedVersion: current === null ? "no-stream" : current.version,
      events: toNewEvents(
        decided,
        {
          actorId: actor.userId,
          correlationId: environment.correlationId,
          now,
        },
        { EmployeeRegistered: 1, EmployeeUpdated: 1 },
      ),
    });
    for (const event of appended.events) {
      await projectEmployeeEvent(trx, event);
    }
    return { ...decided[0]!.data, version: appended.streamVersion };
  });
}
