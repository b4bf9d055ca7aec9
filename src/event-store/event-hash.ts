import { createHash } from "node:crypto";

/** The previous hash of a stream's first event. */
export const genesisHash = "0".repeat(64);

/** The parts of a stored event that its hash covers. */
export interface HashedContent {
  streamId: string;
  streamVersion: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  actorId: string;
  recordedAt: string;
  effectiveAt: string;
  correlationId: string;
  causationId: string | null;
  reason: string | null;
}

/**
 * Computes an event's link in its stream's hash chain: SHA-256, in hex, over
 * the previous event's hash and the canonical JSON of the event. Changing,
 * removing or reordering any stored event breaks every later link.
 */
export function computeEventHash(
  previousHash: string,
  content: HashedContent,
): string {
  return createHash("sha256")
    .update(previousHash)
    .update("\n")
    .update(canonicalJson(content))
    .digest("hex");
}

/**
 * Serialises a JSON value with object keys sorted, so the same value gives
 * the same text whether it came from the caller or back from a jsonb column.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    return JSON.stringify(value) ?? "null";
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item)).join(",")}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => compareKeys(a, b));
  return `{${entries
    .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`)
    .join(",")}}`;
}

// Orders keys by UTF-16 code units, which does not depend on the locale.
function compareKeys(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
