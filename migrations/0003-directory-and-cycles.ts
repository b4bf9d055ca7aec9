import { sql, type Kysely } from "kysely";

/**
 * The organisational units, the day each directory entry took effect, and
 * how far each cycle has come. Like every read model, these rows can be
 * rebuilt by replaying the event log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table units (
      unit_id text primary key,
      name text not null,
      kind text not null,
      parent_id text,
      version bigint not null,
      effective_on date not null,
      updated_at timestamptz not null
    )
  `.execute(db);

  await sql`create index units_parent on units (parent_id)`.execute(db);

  // The UTC day the current entry took effect.
  await sql`alter table employees add column effective_on date`.execute(db);

  // A launch selects the employees of a cycle's units.
  await sql`create index employees_unit on employees (unit_id)`.execute(db);

  await sql`
    alter table cycles
      add column launch_count integer not null default 0,
      add column last_launched_at timestamptz,
      add column closed_at timestamptz
  `.execute(db);

  // Lists of a cycle's evaluations, optionally by status, in employee order.
  await sql`
    create index evaluations_cycle_employee
      on evaluations (cycle_id, employee_id, evaluation_id)
  `.execute(db);
}
