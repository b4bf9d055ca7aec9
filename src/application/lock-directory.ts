import { sql, type Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";

// Any fixed number works; it only has to differ from other advisory locks.
const directoryLockKey = 73_100_301;

/**
 * Takes the directory's write lock until the caller's transaction ends, so
 * directory changes run one after another. A load checks its rows against
 * the whole directory (unknown supervisors, reporting loops), and two loads
 * checked side by side could together break a rule that each one keeps.
 */
export async function lockDirectory(
  trx: Kysely<DatabaseSchema>,
): Promise<void> {
  await sql`select pg_advisory_xact_lock(${directoryLockKey})`.execute(trx);
}
