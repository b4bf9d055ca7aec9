import { canonicalJson } from "../event-store/event-hash";
import type { AuditEvent } from "./audit-event";

/** The file formats of an export. */
export type ExportFormat = "jsonl" | "csv";

/**
 * Formats one event as a JSON Lines record: one JSON object with the event,
 * its metadata, subject and hashes, and no line break inside.
 */
export function toJsonLine(event: AuditEvent): string {
  return JSON.stringify({
    globalPosition: event.globalPosition,
    eventId: event.eventId,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    recordedAt: event.recordedAt,
    subject: event.subject,
    previousHash: event.previousHash,
    hash: event.hash,
  });
}

/** The CSV columns in order. `data` contains the event data as canonical JSON. */
export const csvColumns = [
  "global_position",
  "event_id",
  "stream_id",
  "stream_version",
  "type",
  "schema_version",
  "actor_id",
  "recorded_at",
  "effective_at",
  "correlation_id",
  "causation_id",
  "reason",
  "evaluation_id",
  "employee_id",
  "cycle_id",
  "unit_id",
  "data",
  "previous_hash",
  "hash",
] as const;

/** Returns the CSV header row, without its line ending. */
export function csvHeader(): string {
  return csvColumns.join(",");
}

/**
 * Formats one event as a CSV row in `csvColumns` order, without its line
 * ending. Fields are quoted as RFC 4180 requires: a field containing a comma,
 * a double quote or a line break is wrapped in double quotes, with each
 * double quote doubled. A null is an empty field.
 */
export function toCsvRow(event: AuditEvent): string {
  const values: Array<string | number | null> = [
    event.globalPosition,
    event.eventId,
    event.streamId,
    event.streamVersion,
    event.type,
    event.schemaVersion,
    event.metadata.actorId,
    event.recordedAt,
    event.metadata.effectiveAt,
    event.metadata.correlationId,
    event.metadata.causationId,
    event.metadata.reason,
    event.subject.evaluationId,
    event.subject.employeeId,
    event.subject.cycleId,
    event.subject.unitId,
    canonicalJson(event.data),
    event.previousHash,
    event.hash,
  ];
  return values.map(quoteCsvField).join(",");
}

// NOTE: values are written exactly as stored, so a reason or comment that
// starts with "=" can run as a formula in a spreadsheet. Auditors should
// import the file as text instead of opening it directly.
function quoteCsvField(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Yields the lines of an export, without line endings: a header row first
 * for CSV, then one line per event.
 */
export async function* formatEvents(
  events: AsyncIterable<AuditEvent>,
  format: ExportFormat,
): AsyncGenerator<string> {
  if (format === "csv") yield csvHeader();
  for await (const event of events) {
    yield format === "csv" ? toCsvRow(event) : toJsonLine(event);
  }
}
