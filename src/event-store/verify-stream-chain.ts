import { computeEventHash, genesisHash } from "./event-hash";
import { hashedContentOf, type EventRow } from "./event-row";

/**
 * Why a stored event fails verification:
 * - MISSING_EVENTS: stream versions are skipped, or the stream's head counts
 *   more events than are stored, so events were deleted.
 * - DUPLICATE_VERSION: two events claim the same stream version.
 * - OUT_OF_ORDER: the event sits before its predecessor in the global log.
 * - PREVIOUS_HASH_MISMATCH: the event does not link to the hash of the event
 *   stored before it, so an event was removed, inserted or moved.
 * - HASH_MISMATCH: the event's content no longer gives its stored hash, so
 *   the content was changed.
 * - SIGNED_HASH_MISMATCH: a signature's `signedHash` is not the hash of the
 *   event before it, so what was signed is not what is stored.
 * - HEAD_MISMATCH: the stream's head (`streams.version` and `last_hash`)
 *   disagrees with its last stored event.
 */
export type ChainProblemCode =
  | "MISSING_EVENTS"
  | "DUPLICATE_VERSION"
  | "OUT_OF_ORDER"
  | "PREVIOUS_HASH_MISMATCH"
  | "HASH_MISMATCH"
  | "SIGNED_HASH_MISMATCH"
  | "HEAD_MISMATCH";

/** One failed check of one event, with a message for the auditor. */
export interface ChainProblem {
  code: ChainProblemCode;
  message: string;
}

/** The first event of a stream that fails verification, and why. */
export interface BrokenLink {
  streamId: string;
  /** The stream version where the chain breaks. */
  streamVersion: number;
  /** Null when the break is a deleted event that left no row behind. */
  eventId: string | null;
  globalPosition: string | null;
  problems: ChainProblem[];
}

/** A stream's current version and the hash of its last event. */
export interface StreamHead {
  streamId: string;
  version: number;
  lastHash: string;
}

/** The outcome of checking one stream. */
export interface StreamChainCheck {
  streamId: string;
  /** Events checked; a broken stream stops at its first broken event. */
  checkedEvents: number;
  broken: BrokenLink | null;
}

/**
 * Recomputes a stream's hash chain from its stored rows, given in stream
 * version order, and returns the first event that does not match. Each
 * event must carry the next version, sit after its predecessor in the global
 * log, link to its predecessor's hash (64 zeros for the first event), and
 * hash to its stored hash. An event whose data has a `signedHash` must have
 * signed its predecessor's hash. Last, the head must name the last event's
 * version and hash. Throws nothing: every finding is returned.
 */
export function verifyStreamChain(
  head: StreamHead,
  rows: readonly EventRow[],
): StreamChainCheck {
  let expectedVersion = 1;
  let previousHash = genesisHash;
  let previousPosition: bigint | null = null;

  for (const [index, row] of rows.entries()) {
    const problems = checkEvent(row, {
      expectedVersion,
      previousHash,
      previousPosition,
    });
    if (problems.length > 0) {
      return {
        streamId: head.streamId,
        checkedEvents: index + 1,
        broken: brokenAt(row, problems),
      };
    }
    expectedVersion = Number(row.stream_version) + 1;
    previousHash = row.hash;
    previousPosition = BigInt(row.global_position);
  }

  const lastVersion = expectedVersion - 1;
  return {
    streamId: head.streamId,
    checkedEvents: rows.length,
    broken: checkHead(head, lastVersion, previousHash, rows.at(-1)),
  };
}

interface ChainPosition {
  expectedVersion: number;
  previousHash: string;
  previousPosition: bigint | null;
}

function checkEvent(row: EventRow, position: ChainPosition): ChainProblem[] {
  const problems: ChainProblem[] = [];
  const version = Number(row.stream_version);

  if (version > position.expectedVersion) {
    problems.push({
      code: "MISSING_EVENTS",
      message: describeMissing(position.expectedVersion, version - 1),
    });
  } else if (version < position.expectedVersion) {
    problems.push({
      code: "DUPLICATE_VERSION",
      message: `Version ${version} is stored more than once.`,
    });
  }

  if (
    position.previousPosition !== null &&
    BigInt(row.global_position) < position.previousPosition
  ) {
    problems.push({
      code: "OUT_OF_ORDER",
      message: `The event is at global position ${row.global_position}, before the event it follows in the stream (position ${position.previousPosition}).`,
    });
  }

  if (row.previous_hash !== position.previousHash) {
    problems.push({
      code: "PREVIOUS_HASH_MISMATCH",
      message: `The event links to hash ${row.previous_hash}, but the event before it has hash ${position.previousHash}, so an event was removed, inserted or moved here.`,
    });
  }

  const recomputed = computeEventHash(row.previous_hash, hashedContentOf(row));
  if (recomputed !== row.hash) {
    problems.push({
      code: "HASH_MISMATCH",
      message: `The event's content hashes to ${recomputed}, not to its stored hash ${row.hash}, so the stored content was changed.`,
    });
  }

  const signedHash = signedHashOf(row.data);
  if (signedHash !== null && signedHash !== position.previousHash) {
    problems.push({
      code: "SIGNED_HASH_MISMATCH",
      message: `The signature signed hash ${signedHash}, but the event before it has hash ${position.previousHash}, so what was signed is not what is stored.`,
    });
  }
  return problems;
}

function checkHead(
  head: StreamHead,
  lastVersion: number,
  lastHash: string,
  lastRow: EventRow | undefined,
): BrokenLink | null {
  if (head.version > lastVersion) {
    return {
      streamId: head.streamId,
      streamVersion: lastVersion + 1,
      eventId: null,
      globalPosition: null,
      problems: [
        {
          code: "MISSING_EVENTS",
          message: `The stream's head is at version ${head.version}, but the last stored event has version ${lastVersion}. ${describeMissing(lastVersion + 1, head.version)}`,
        },
      ],
    };
  }
  if (head.version < lastVersion || head.lastHash !== lastHash) {
    return {
      streamId: head.streamId,
      streamVersion: lastVersion,
      eventId: lastRow?.event_id ?? null,
      globalPosition: lastRow?.global_position ?? null,
      problems: [
        {
          code: "HEAD_MISMATCH",
          message: `The stream's head names version ${head.version} with hash ${head.lastHash}, but the last stored event is version ${lastVersion} with hash ${lastHash}.`,
        },
      ],
    };
  }
  return null;
}

function brokenAt(row: EventRow, problems: ChainProblem[]): BrokenLink {
  return {
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    eventId: row.event_id,
    globalPosition: row.global_position,
    problems,
  };
}

function describeMissing(from: number, to: number): string {
  return from === to
    ? `Version ${from} is missing from the stream, so that event was deleted.`
    : `Versions ${from} to ${to} are missing from the stream, so those events were deleted.`;
}

function signedHashOf(data: unknown): string | null {
  if (typeof data !== "object" || data === null) return null;
  const signedHash = (data as { signedHash?: unknown }).signedHash;
  return typeof signedHash === "string" ? signedHash : null;
}
