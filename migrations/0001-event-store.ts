import { sql, type Kysely } from "kysely";

/**
 * The event log. `events` is append-only: triggers reject UPDATE, DELETE and
 * TRUNCATE for every role. A role that may disable triggers (the table's
 * owner or a superuser) can still change rows, which the per-stream hash
 * chain then shows; in production the service should not own the table. `streams` holds each stream's current version and last hash so
 * that an append can lock one row to check the expected version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table streams (
      stream_id text primary key,
      stream_type text not null,
      version bigint not null check (version >= 0),
      last_hash text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )
  `.execute(db);

  // transaction_id orders the global log: a reader only reads events whose
  // transaction is older than every transaction still running, so an event
  // committed late by a slow writer can never land behind a reader's
  // checkpoint.
  await sql`
    create table events (
      global_position bigint generated always as identity primary key,
      transaction_id xid8 not null default pg_current_xact_id(),
      event_id uuid not null unique,
      stream_id text not null references streams (stream_id),
      stream_version bigint not null check (stream_version >= 1),
      type text not null,
      schema_version integer not null check (schema_version >= 1),
      data jsonb not null,
      actor_id text not null,
      recorded_at timestamptz not null,
      effective_at timestamptz not null,
      correlation_id text not null,
      causation_id text,
      reason text,
      previous_hash text not null,
      hash text not null,
      unique (stream_id, stream_version)
    )
  `.execute(db);

  await sql`
    create index events_global_order
      on events (transaction_id, global_position)
  `.execute(db);

  await sql`
    create function reject_event_change() returns trigger
    language plpgsql as $$
    begin
      raise exception 'events are append-only: % on events is not allowed', tg_op
        using errcode = 'insufficient_privilege';
    end
    $$
  `.execute(db);

  await sql`
    create trigger events_append_only
      before update or delete on events
      for each statement execute function reject_event_change()
  `.execute(db);

  await sql`
    create trigger events_no_truncate
      before truncate on events
      for each statement execute function reject_event_change()
  `.execute(db);
}
