import {
  decideRecordEmployee,
  type EmployeeEntry,
} from "../domain/directory/employee-entry";
import { appendToStream } from "../event-store/append-to-stream";
import { employeeStreamId } from "../projections/directory-history";
import {
  findEmployee,
  projectEmployeeEvent,
  type EmployeeRecord,
} from "../projections/employee-projection";
import { toNewEvents } from "./command-metadata";
import { requireActor, type CommandEnvironment } from "./command-environment";
import { InvalidInputError } from "../domain/errors";
import { isInReportingChain } from "../projections/reporting-chain";
import { lockDirectory } from "./lock-directory";
import { runInTransaction } from "./run-in-transaction";

export { employeeStreamId };

/**
 * Brings an employee's directory entry to the given values, recording the
 * change as an event that takes effect now and updating the read model in
 * one transaction. Returns the entry as it now stands. Recording an
 * unchanged entry appends nothing. Throws what `decideRecordEmployee`
 * throws.
 *
 * Throws InvalidInputError when the new supervisor reports, directly or
 * through others, to this employee, because the reporting lines would form
 * a loop.
 *
 * NOTE: unlike `loadDirectory`, this does not check that the unit and the
 * supervisor are in the directory, so entries can be recorded in any
 * order. A launch reports an employee whose supervisor is missing.
 */
export async function recordEmployee(
  environment: CommandEnvironment,
  input: EmployeeEntry,
): Promise<EmployeeRecord> {
  const actor = requireActor(environment);
  return runInTransaction(environment.db, async (trx) => {
    await lockDirectory(trx);
    const current = await findEmployee(trx, input.employeeId.trim());
    const decided = decideRecordEmployee(current, input, actor);
    if (decided.length === 0) return current!;
    const { employeeId, reportsTo } = decided[0]!.data;
    if (
      reportsTo !== null &&
      (await isInReportingChain(trx, employeeId, reportsTo))
    ) {
      throw new InvalidInputError(
        `Employee ${employeeId} cannot report to ${reportsTo}, because ${reportsTo} already reports to ${employeeId}, directly or through others. Change one of the reporting lines.`,
        { field: "reportsTo", employeeId, reportsTo },
      );
    }

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
    return (await findEmployee(trx, decided[0]!.data.employeeId))!;
  });
}
