import type { RecordedEvent } from "../event-store/event-envelope";
import { toRecordedEvent, type EventRow } from "../event-store/event-row";

/** Whom an event concerns. Each id is null when the event has none. */
export interface EventSubject {
  evaluationId: string | null;
  employeeId: string | null;
  cycleId: string | null;
  /** For an evaluation, the employee's unit when it was opened. */
  unitId: string | null;
}

/** A stored event as the audit log shows it: with its chain link and subject. */
export interface AuditEvent extends RecordedEvent {
  /** Hash of the event before it in its stream; 64 zeros for the first. */
  previousHash: string;
  subject: EventSubject;
}

/** A stored event row joined with its `event_subjects` row, if any. */
export type AuditEventRow = EventRow & {
  subject_evaluation_id: string | null;
  subject_employee_id: string | null;
  subject_cycle_id: string | null;
  subject_unit_id: string | null;
};

/** Converts a joined row to an audit event. */
export function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    ...toRecordedEvent(row),
    previousHash: row.previous_hash,
    subject: {
      evaluationId: row.subject_evaluation_id,
      employeeId: row.subject_employee_id,
      cycleId: row.subject_cycle_id,
      unitId: row.subject_unit_id,
    },
  };
}
