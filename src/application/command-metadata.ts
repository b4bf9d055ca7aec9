import { randomUUID } from "node:crypto";
import type { NewEvent } from "../event-store/event-envelope";

/** Who issued a command, and from which request. */
export interface CommandOrigin {
  /** User id recorded as the actor of every event. */
  actorId: string;
  correlationId: string;
  causationId?: string | null;
  /** The time the command is handled. */
  now: Date;
}

/**
 * Wraps domain events for appending: a new event id, the schema version, and
 * metadata from the origin. A `reason` in an event's data is also recorded
 * as the event's reason, so audits can filter on it. `effectiveAt` defaults
 * to the time the command is handled.
 */
export function toNewEvents<Event extends { type: string; data: unknown }>(
  events: Event[],
  origin: CommandOrigin,
  schemaVersions: Record<string, number>,
  effectiveAt: Date = origin.now,
): NewEvent[] {
  return events.map((event) => ({
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: schemaVersions[event.type] ?? 1,
    data: event.data,
    metadata: {
      actorId: origin.actorId,
      effectiveAt: effectiveAt.toISOString(),
      correlationId: origin.correlationId,
      causationId: origin.causationId ?? null,
      reason: reasonOf(event.data),
    },
  }));
}

function reasonOf(data: unknown): string | null {
  if (typeof data !== "object" || data === null) return null;
  const reason = (data as { reason?: unknown }).reason;
  return typeof reason === "string" ? reason : null;
}
