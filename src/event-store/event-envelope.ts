/**
 * Actor, timing and cause of an event, stored with every event. Times are
 * ISO 8601 strings.
 */
export interface EventMetadata {
  /** User id of the user who issued the command. */
  actorId: string;
  /**
   * When the fact took effect. A signature may be dated before it was
   * recorded.
   */
  effectiveAt: string;
  /** Id shared by every event that one request produced. */
  correlationId: string;
  /** Id of the event or command that caused this one, if any. */
  causationId: string | null;
  /** The `reason` in the event's data, such as a revision's, or null. */
  reason: string | null;
}

/** An event about to be appended. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  /**
   * UUID chosen by the client. Appending the same event again stores it
   * once, and reusing the id for different content is rejected.
   */
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
  /**
   * Position in the global log, assigned when the event is inserted.
   * Concurrent transactions can commit out of this order, so readers page
   * by transaction id first (see readAll).
   */
  globalPosition: string;
  /** When the database stored the event. */
  recordedAt: string;
  /** SHA-256, in hex, over the previous event's hash and this event's content. */
  hash: string;
}
