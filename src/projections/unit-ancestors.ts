import { sql, type Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";

/** Lists the ancestors of a unit, nearest first, stopping after 20 levels. */
export async function listUnitAncestors(
  db: Kysely<DatabaseSchema>,
  unitId: string,
): Promise<string[]> {
  const result = await sql<{ unit_id: string }>`
    with recursive ancestry (unit_id, parent_id, depth) as (
      select unit_id, parent_id, 0 from units where unit_id = ${unitId}
      union all
      select u.unit_id, u.parent_id, a.depth + 1
        from units u join ancestry a on u.unit_id = a.parent_id
       where a.depth < 20
    )
    select unit_id from ancestry where depth > 0 order by depth
  `.execute(db);
  return result.rows.map((row) => row.unit_id);
}
