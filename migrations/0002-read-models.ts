import { sql, type Kysely } from "kysely";

/**
 * Read models kept up to date in the same transaction as each append. Every
 * row here can be rebuilt by replaying the event log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table framework_versions (
      framework_key text not null,
      version integer not null check (version >= 1),
      name text not null,
      definition jsonb not null,
      content_hash text not null,
      published_at timestamptz not null,
      published_by text not null,
      primary key (framework_key, version)
    )
  `.execute(db);

  await sql`
    create table employees (
      employee_id text primary key,
      name text not null,
      job_classification text not null,
      unit_id text not null,
      supervises boolean not null,
      reports_to text,
      version bigint not null,
      updated_at timestamptz not null
    )
  `.execute(db);

  await sql`create index employees_reports_to on employees (reports_to)`.execute(
    db,
  );

  await sql`
    create table cycles (
      cycle_id uuid primary key,
      name text not null,
      starts_on date not null,
      ends_on date not null,
      response_window_days integer not null,
      unit_ids jsonb not null,
      job_classifications jsonb not null,
      framework_key text not null,
      framework_version integer not null,
      status text not null,
      version bigint not null,
      updated_at timestamptz not null,
      foreign key (framework_key, framework_version)
        references framework_versions (framework_key, version)
    )
  `.execute(db);

  await sql`
    create table evaluations (
      evaluation_id uuid primary key,
      employee_id text not null,
      cycle_id uuid not null references cycles (cycle_id),
      evaluator_id text not null,
      reviewer_id text,
      status text not null,
      framework_key text not null,
      framework_version integer not null,
      version bigint not null,
      state jsonb not null,
      opened_at timestamptz not null,
      updated_at timestamptz not null
    )
  `.execute(db);

  // An employee has at most one live evaluation per cycle; a voided one
  // does not count, so an evaluation opened in error can be replaced.
  await sql`
    create unique index evaluations_one_live_per_cycle
      on evaluations (cycle_id, employee_id)
      where status <> 'VOIDED'
  `.execute(db);

  await sql`create index evaluations_evaluator on evaluations (evaluator_id)`.execute(
    db,
  );
  await sql`create index evaluations_reviewer on evaluations (reviewer_id)`.execute(
    db,
  );
  await sql`create index evaluations_employee on evaluations (employee_id)`.execute(
    db,
  );

  // A command sent with an idempotency key is recorded here in the same
  // transaction as its events, so a retry returns the first result.
  await sql`
    create table command_requests (
      actor_id text not null,
      idempotency_key text not null,
      command text not null,
      request_hash text not null,
      stream_id text not null,
      stream_version bigint not null,
      created_at timestamptz not null,
      primary key (actor_id, idempotency_key)
    )
  `.execute(db);

  // Projections that follow the global log record how far they have read.
  await sql`
    create table projection_checkpoints (
      projection text primary key,
      checkpoint text not null,
      updated_at timestamptz not null
    )
  `.execute(db);
}
