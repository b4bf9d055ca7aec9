/**
 * What the caller believes about a stream before appending: that it does not
 * exist yet, that its last event has exactly this version, or nothing at all.
 */
export type ExpectedVersion = "no-stream" | "any" | number;

/** Returns whether a stream at `actual` (0 when absent) meets the expectation. */
export function meetsExpectation(
  expected: ExpectedVersion,
  actual: number,
): boolean {
  if (expected === "any") return true;
  if (expected === "no-stream") return actual === 0;
  return expected === actual;
}

/** Describes an expectation in the words used by error messages. */
export function describeExpectation(expected: ExpectedVersion): string {
  if (expected === "any") return "any version";
  if (expected === "no-stream") return "no stream yet";
  return `version ${expected}`;
}
