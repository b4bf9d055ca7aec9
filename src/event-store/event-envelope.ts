/**
 * Who acted and why, stored with every event. Times are ISO 8601 strings.
 */
export interface EventMetadata {
  /** User id of whoever issued the command. */
  actorId: string;
  /** When the fact took effect; a signature may be dated before it was typed in. */
  effectiveAt: string;
  /** Id shared by every event that one request produced. */
  correlationId: string;
  /** Id of the event or command that caused this one, if any. */
  causationId: string | null;
  /** The reason given where the command asks for one. */
  reason: string | null;
}

/** An event about to be appended. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  /** Client-chosen UUID; appending the same id twice stores it once. */
  eventId: string;
  type: Type;
  /** Version of the shape of `data` for this type, starting at 1. */
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
}

/** An event as stored, with its place in its stream and in the global log. */
export interface RecordedEvent<
  Type extends string = string,
  Data = unknown,
> extends NewEvent<Type, Data> {
  streamId: string;
  /** 1 for the first event of a stream, increasing by one. */
  streamVersion: number;
  /** Position in the global log; increases with commit order of the appends. */
  globalPosition: string;
  /** When the database stored the event. */
  recordedAt: string;
  /** SHA-256 over the previous event's hash and this event's content, hex. */
  hash: string;
}
