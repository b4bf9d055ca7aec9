import { sql, type Kysely } from "kysely";

/**
 * Indexes for the audit log, and the subject of every event: the evaluation,
 * employee, cycle and unit it concerns. A trigger fills the subject tables in
 * the transaction that inserts the events, so they never lag the log, and
 * they can be rebuilt from the events at any time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per evaluation stream, from its EvaluationOpened event: later
  // events of the stream carry only a stream id.
  await sql`
    create table stream_subjects (
      stream_id text primary key,
      evaluation_id text not null,
      employee_id text not null,
      cycle_id text not null,
      unit_id text
    )
  `.execute(db);

  // Ids are text, not uuid, so that no value in an event can make the
  // trigger fail and with it the append.
  await sql`
    create table event_subjects (
      global_position bigint primary key,
      evaluation_id text,
      employee_id text,
      cycle_id text,
      unit_id text
    )
  `.execute(db);

  await sql`
    create function record_event_subjects() returns trigger
    language plpgsql as $$
    begin
      insert into stream_subjects
        (stream_id, evaluation_id, employee_id, cycle_id, unit_id)
      select stream_id, substr(stream_id, 12), data->>'employeeId',
        data->>'cycleId', data->'employee'->>'unitId'
      from new_events
      where type = 'EvaluationOpened'
        and stream_id like 'evaluation-%'
        and data->>'employeeId' is not null
        and data->>'cycleId' is not null
      on conflict (stream_id) do nothing;

      insert into event_subjects
        (global_position, evaluation_id, employee_id, cycle_id, unit_id)
      select e.global_position, s.evaluation_id, s.employee_id, s.cycle_id,
        s.unit_id
      from new_events e
      join stream_subjects s on s.stream_id = e.stream_id
      union all
      select global_position, null, substr(stream_id, 10), null,
        data->>'unitId'
      from new_events
      where stream_id like 'employee-%'
      union all
      select global_position, null, null, substr(stream_id, 7), null
      from new_events
      where stream_id like 'cycle-%'
      on conflict (global_position) do nothing;
      return null;
    end
    $$
  `.execute(db);

  await sql`
    create trigger events_record_subjects
      after insert on events
      referencing new table as new_events
      for each statement execute function record_event_subjects()
  `.execute(db);

  await backfillSubjects(db);

  // Each audit filter reads its index in log order, so a page costs about
  // the same at any depth and for either order.
  const indexes = [
    sql`create index events_stream_position on events (stream_id, global_position)`,
    sql`create index events_actor_position on events (actor_id, global_position)`,
    sql`create index events_type_position on events (type, global_position)`,
    sql`create index events_correlation_position on events (correlation_id, global_position)`,
    sql`create index events_recorded_at on events (recorded_at, global_position)`,
    sql`create index event_subjects_employee on event_subjects (employee_id, global_position) where employee_id is not null`,
    sql`create index event_subjects_cycle on event_subjects (cycle_id, global_position) where cycle_id is not null`,
    sql`create index event_subjects_unit on event_subjects (unit_id, global_position) where unit_id is not null`,
  ];
  for (const statement of indexes) {
    await statement.execute(db);
  }
}

/** Fills the subject tables for events stored before this migration. */
async function backfillSubjects(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into stream_subjects
      (stream_id, evaluation_id, employee_id, cycle_id, unit_id)
    select stream_id, substr(stream_id, 12), data->>'employeeId',
      data->>'cycleId', data->'employee'->>'unitId'
    from events
    where type = 'EvaluationOpened'
      and stream_id like 'evaluation-%'
      and data->>'employeeId' is not null
      and data->>'cycleId' is not null
    on conflict (stream_id) do nothing
  `.execute(db);

  await sql`
    insert into event_subjects
      (global_position, evaluation_id, employee_id, cycle_id, unit_id)
    select e.global_position, s.evaluation_id, s.employee_id, s.cycle_id,
      s.unit_id
    from events e
    join stream_subjects s on s.stream_id = e.stream_id
    union all
    select global_position, null, substr(stream_id, 10), null,
      data->>'unitId'
    from events
    where stream_id like 'employee-%'
    union all
    select global_position, null, null, substr(stream_id, 7), null
    from events
    where stream_id like 'cycle-%'
    on conflict (global_position) do nothing
  `.execute(db);
}
