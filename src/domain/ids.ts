const uuidPattern =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns whether the value is a UUID in its usual hyphenated text form. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
