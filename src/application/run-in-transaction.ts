import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";

/**
 * Runs `work` in the caller's transaction when `db` is one, else in a new
 * transaction. So a command can run alone or as one step of a larger
 * all-or-nothing change, such as seeding the demo district.
 */
export function runInTransaction<Result>(
  db: Kysely<DatabaseSchema>,
  work: (trx: Kysely<DatabaseSchema>) => Promise<Result>,
): Promise<Result> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}
