import { sql, type Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";

/** Deepest reporting chain followed; deeper links are ignored. */
const maxChainDepth = 20;

/**
 * Returns whether `managerId` is above `employeeId` in the current
 * directory: the employee's supervisor, that supervisor's supervisor, and so
 * on. An employee is never above themselves. The walk stops after 20 levels,
 * so a loop in bad data cannot hang it.
 */
export async function isInReportingChain(
  db: Kysely<DatabaseSchema>,
  managerId: string,
  employeeId: string,
): Promise<boolean> {
  if (managerId === employeeId) return false;
  const result = await sql<{ found: boolean }>`
    with recursive chain (employee_id, reports_to, depth) as (
      select employee_id, reports_to, 1
        from employees
       where employee_id = ${employeeId}
      union all
      select e.employee_id, e.reports_to, chain.depth + 1
        from employees e
        join chain on e.employee_id = chain.reports_to
       where chain.depth < ${maxChainDepth}
    )
    select exists (
      select 1 from chain where reports_to = ${managerId}
    ) as found
  `.execute(db);
  return result.rows[0]?.found === true;
}
