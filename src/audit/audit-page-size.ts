import { InvalidInputError } from "../domain/errors";

/** The largest page of the audit log one request may ask for. */
export const maxAuditPageSize = 100;

/** The page size used when a request gives neither `first` nor `last`. */
export const defaultAuditPageSize = 50;

/**
 * Returns `first` and `last` for one page request, with `first` defaulting
 * to 50 when neither is given. Throws InvalidInputError when both are given
 * or when the one given is outside 1 to 100.
 */
export function checkAuditPageSize(
  first: number | null | undefined,
  last: number | null | undefined,
): { first: number | null; last: number | null } {
  if (first != null && last != null) {
    throw new InvalidInputError(
      "Give first or last, not both: first pages forward from after, last pages back from before.",
      { argument: "last" },
    );
  }
  for (const [argument, value] of [
    ["first", first],
    ["last", last],
  ] as const) {
    if (value != null && (value < 1 || value > maxAuditPageSize)) {
      throw new InvalidInputError(
        `${argument} must be from 1 to ${maxAuditPageSize}, not ${value}. Ask for at most ${maxAuditPageSize} events and follow the cursors for more.`,
        { argument, maximum: maxAuditPageSize },
      );
    }
  }
  if (first == null && last == null) {
    return { first: defaultAuditPageSize, last: null };
  }
  return { first: first ?? null, last: last ?? null };
}
