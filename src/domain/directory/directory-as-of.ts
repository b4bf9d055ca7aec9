import { utcDayOf } from "./effective-date";

/** One recorded version of a directory entry, as its event carries it. */
export interface DirectoryChange<Entry> {
  entry: Entry;
  /** UTC day the change took effect, `YYYY-MM-DD`. */
  effectiveOn: string;
  /** Stream version of the event that recorded the change. */
  version: number;
}

/**
 * Returns the change in force at the end of `day`: of the changes that took
 * effect on or before that day, the one with the latest effective day, and
 * of those the one recorded last. Returns null when none had taken effect.
 *
 * Each change carries the whole entry. So a change recorded after another
 * but dated before it is in force only until the other's effective day.
 */
export function changeInForce<Entry>(
  changes: Iterable<DirectoryChange<Entry>>,
  day: string,
): DirectoryChange<Entry> | null {
  let inForce: DirectoryChange<Entry> | null = null;
  for (const change of changes) {
    if (change.effectiveOn > day) continue;
    if (
      inForce === null ||
      change.effectiveOn > inForce.effectiveOn ||
      (change.effectiveOn === inForce.effectiveOn &&
        change.version > inForce.version)
    ) {
      inForce = change;
    }
  }
  return inForce;
}

/** Converts a stored directory event to a change, with its effective day. */
export function toDirectoryChange<Entry>(event: {
  data: unknown;
  streamVersion: number;
  metadata: { effectiveAt: string };
}): DirectoryChange<Entry> {
  return {
    entry: event.data as Entry,
    effectiveOn: utcDayOf(event.metadata.effectiveAt),
    version: event.streamVersion,
  };
}
