import { InvalidInputError } from "../errors";

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Returns the UTC calendar day of an instant as `YYYY-MM-DD`. Directory
 * changes take effect on UTC days.
 */
export function utcDayOf(instant: Date | string): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/**
 * Returns the value when it is a real calendar date in the form
 * `YYYY-MM-DD`. Throws InvalidInputError naming the field otherwise.
 */
export function requireCalendarDate(value: string, field: string): string {
  const trimmed = value.trim();
  const parsed = new Date(`${trimmed}T00:00:00Z`);
  if (
    !datePattern.test(trimmed) ||
    Number.isNaN(parsed.getTime()) ||
    utcDayOf(parsed) !== trimmed
  ) {
    throw new InvalidInputError(
      `The ${field} "${value}" is not a calendar date in the form YYYY-MM-DD.`,
      { field },
    );
  }
  return trimmed;
}

/**
 * Returns the day a directory change takes effect: the given day, or today
 * (UTC) when none is given. Throws InvalidInputError for a malformed date or
 * a day after today, because the directory records changes that have taken
 * effect and a future change would show as current too early.
 */
export function resolveEffectiveOn(
  value: string | null | undefined,
  now: Date,
): string {
  const today = utcDayOf(now);
  if (value === null || value === undefined || value.trim() === "") {
    return today;
  }
  const day = requireCalendarDate(value, "effectiveOn");
  if (day > today) {
    throw new InvalidInputError(
      `The effectiveOn date ${day} is after today (${today}, UTC). Record the change on or after the day it takes effect.`,
      { field: "effectiveOn" },
    );
  }
  return day;
}

/**
 * Returns the instant stored as a change's effective time: `now` for a
 * change that takes effect today, else the start of its day in UTC.
 */
export function effectiveInstant(day: string, now: Date): Date {
  return day === utcDayOf(now) ? now : new Date(`${day}T00:00:00Z`);
}
