import { sql, type Kysely, type RawBuilder } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";

/** Which final evaluations of a cycle an aggregate covers. */
export interface AggregateScope {
  cycleId: string;
  /** A unit and everything below it, by the unit at opening; null for all. */
  unitId: string | null;
  jobClassification: string | null;
}

/** How many ratings of one competency fell on one level, with or without +. */
export interface RatingCount {
  competencyKey: string;
  level: string;
  plus: boolean;
  count: number;
}

// Only FINAL evaluations count: they no longer change unless reopened.
function scopeCondition(scope: AggregateScope): RawBuilder<boolean> {
  const unit =
    scope.unitId === null
      ? sql`true`
      : sql`e.state->'employee'->>'unitId' in (
          with recursive subtree (unit_id) as (
            select ${scope.unitId}::text
            union
            select u.unit_id from units u
              join subtree s on u.parent_id = s.unit_id
          )
          select unit_id from subtree
        )`;
  const classification =
    scope.jobClassification === null
      ? sql`true`
      : sql`e.state->'employee'->>'jobClassification' = ${scope.jobClassification}`;
  return sql<boolean>`e.cycle_id = ${scope.cycleId}::uuid
    and e.status = 'FINAL'
    and ${unit}
    and ${classification}`;
}

/** Counts the distinct employees with a final evaluation in the scope. */
export async function countEvaluatedEmployees(
  db: Kysely<DatabaseSchema>,
  scope: AggregateScope,
): Promise<number> {
  const result = await sql<{ population: string }>`
    select count(distinct e.employee_id) as population
      from evaluations e
     where ${scopeCondition(scope)}
  `.execute(db);
  return Number(result.rows[0]?.population ?? 0);
}

/** Counts the ratings in the scope by competency, level and + mark. */
export async function countRatings(
  db: Kysely<DatabaseSchema>,
  scope: AggregateScope,
): Promise<RatingCount[]> {
  const result = await sql<{
    competency_key: string;
    level: string;
    plus: boolean;
    count: string;
  }>`
    select r.key as competency_key,
           r.value->>'level' as level,
           (r.value->>'plus')::boolean as plus,
           count(*) as count
      from evaluations e,
           jsonb_each(e.state->'ratings') as r (key, value)
     where ${scopeCondition(scope)}
     group by 1, 2, 3
  `.execute(db);
  return result.rows.map((row) => ({
    competencyKey: row.competency_key,
    level: row.level,
    plus: row.plus,
    count: Number(row.count),
  }));
}
