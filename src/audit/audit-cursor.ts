import { InvalidInputError } from "../domain/errors";

const cursorPattern = /^position:(\d{1,19})$/;

/**
 * Encodes a global log position as an opaque cursor. A cursor names a place
 * in the log, not a page, so it stays valid while new events arrive.
 */
export function encodeAuditCursor(globalPosition: string): string {
  return Buffer.from(`position:${globalPosition}`, "utf8").toString(
    "base64url",
  );
}

/**
 * Returns the global log position a cursor names. Throws InvalidInputError
 * for text that `encodeAuditCursor` did not produce.
 */
export function decodeAuditCursor(cursor: string, argument: string): string {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const match = cursorPattern.exec(text);
  if (match === null) {
    throw new InvalidInputError(
      `The ${argument} cursor "${cursor}" is not a cursor of the audit log. Pass an edge's cursor or endCursor from an earlier page, or leave ${argument} out to start from the beginning.`,
      { argument },
    );
  }
  return match[1]!;
}
