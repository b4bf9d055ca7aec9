import type { ColumnType } from "kysely";

/** Row types of every table, as Kysely sees them. */
export interface DatabaseSchema {
  streams: StreamsTable;
  events: EventsTable;
  framework_versions: FrameworkVersionsTable;
  employees: EmployeesTable;
  units: UnitsTable;
  cycles: CyclesTable;
  evaluations: EvaluationsTable;
  command_requests: CommandRequestsTable;
  projection_checkpoints: ProjectionCheckpointsTable;
  stream_subjects: StreamSubjectsTable;
  event_subjects: EventSubjectsTable;
}

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** 64-bit integers arrive as strings so no digit is lost. */
type BigIntColumn = ColumnType<string, string | number, string | number>;
type Json<T> = ColumnType<T, string, string>;
/** A nullable column that an insert may leave out. */
type OptionalColumn<T, Write = T> = ColumnType<
  T | null,
  Write | null | undefined,
  Write | null
>;

export interface StreamsTable {
  stream_id: string;
  stream_type: string;
  version: BigIntColumn;
  last_hash: string;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface EventsTable {
  global_position: ColumnType<string, never, never>;
  transaction_id: ColumnType<string, never, never>;
  event_id: string;
  stream_id: string;
  stream_version: BigIntColumn;
  type: string;
  schema_version: number;
  data: Json<unknown>;
  actor_id: string;
  recorded_at: Timestamp;
  effective_at: Timestamp;
  correlation_id: string;
  causation_id: string | null;
  reason: string | null;
  previous_hash: string;
  hash: string;
}

export interface FrameworkVersionsTable {
  framework_key: string;
  version: number;
  name: string;
  definition: Json<unknown>;
  content_hash: string;
  published_at: Timestamp;
  published_by: string;
}

export interface EmployeesTable {
  employee_id: string;
  name: string;
  job_classification: string;
  unit_id: string;
  supervises: boolean;
  reports_to: string | null;
  version: BigIntColumn;
  updated_at: Timestamp;
  /** UTC day the current entry took effect; null on rows written before. */
  effective_on: OptionalColumn<string>;
}

export interface UnitsTable {
  unit_id: string;
  name: string;
  kind: string;
  parent_id: string | null;
  version: BigIntColumn;
  /** UTC day the current entry took effect. */
  effective_on: ColumnType<string, string, string>;
  updated_at: Timestamp;
}

export interface CyclesTable {
  cycle_id: string;
  name: string;
  starts_on: ColumnType<string, string, string>;
  ends_on: ColumnType<string, string, string>;
  response_window_days: number;
  unit_ids: Json<string[]>;
  job_classifications: Json<string[]>;
  framework_key: string;
  framework_version: number;
  status: string;
  version: BigIntColumn;
  updated_at: Timestamp;
  launch_count: ColumnType<number, number | undefined, number>;
  last_launched_at: OptionalColumn<Date, Date | string>;
  closed_at: OptionalColumn<Date, Date | string>;
}

export interface EvaluationsTable {
  evaluation_id: string;
  employee_id: string;
  cycle_id: string;
  evaluator_id: string;
  reviewer_id: string | null;
  status: string;
  framework_key: string;
  framework_version: number;
  version: BigIntColumn;
  state: Json<unknown>;
  opened_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProjectionCheckpointsTable {
  projection: string;
  checkpoint: string;
  updated_at: Timestamp;
}

export interface CommandRequestsTable {
  actor_id: string;
  idempotency_key: string;
  command: string;
  request_hash: string;
  stream_id: string;
  stream_version: BigIntColumn;
  created_at: Timestamp;
}

/** The evaluation an evaluation stream concerns, filled by a trigger. */
export interface StreamSubjectsTable {
  stream_id: string;
  evaluation_id: string;
  employee_id: string;
  cycle_id: string;
  /** The employee's unit when the evaluation was opened. */
  unit_id: string | null;
}

/** Whom each event concerns, filled by a trigger; read by the audit log. */
export interface EventSubjectsTable {
  global_position: ColumnType<string, never, never>;
  evaluation_id: string | null;
  employee_id: string | null;
  cycle_id: string | null;
  unit_id: string | null;
}
