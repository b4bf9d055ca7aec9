// pg returns a date column as a Date at local midnight; PGlite may return text.
/** Converts a `date` column's value to `YYYY-MM-DD`. */
export function toDateString(value: unknown): string {
  if (value instanceof Date) {
    const month = String(value.getMonth() + 1).padStart(2, "0");
    const day = String(value.getDate()).padStart(2, "0");
    return `${value.getFullYear()}-${month}-${day}`;
  }
  return String(value).slice(0, 10);
}
