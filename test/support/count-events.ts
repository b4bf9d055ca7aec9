import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../../src/database/database-schema";

/**
 * Counts stored events, or only those of streams whose id starts with
 * `streamPrefix`, such as `employee-` or `cycle-<id>`.
 */
export async function countEvents(
  db: Kysely<DatabaseSchema>,
  streamPrefix = "",
): Promise<number> {
  const row = await db
    .selectFrom("events")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("stream_id", "like", `${streamPrefix}%`)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
