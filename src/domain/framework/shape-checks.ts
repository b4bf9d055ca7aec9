export type JsonObject = Record<string, unknown>;

export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reports each property of `value` that `allowed` does not list, such as a misspelled one. */
export function checkKnownProperties(
  value: JsonObject,
  allowed: readonly string[],
  path: string,
  problems: string[],
): void {
  const where = path === "" ? "at the top level" : `in ${path}`;
  for (const property of Object.keys(value)) {
    if (!allowed.includes(property)) {
      problems.push(
        `unknown property "${property}" ${where} (allowed: ${allowed.join(", ")})`,
      );
    }
  }
}

/** Reports `key` unless it is a kebab-case string such as "ethics-and-values". */
export function checkKebabCaseKey(
  key: unknown,
  path: string,
  problems: string[],
): key is string {
  if (typeof key === "string" && KEBAB_CASE.test(key)) {
    return true;
  }
  problems.push(
    `${path} must be a kebab-case key such as "ethics-and-values", but it is ${describeValue(key)}`,
  );
  return false;
}

/** Reports `value` unless it is a string that is not blank. */
export function checkText(
  value: unknown,
  path: string,
  problems: string[],
): value is string {
  if (typeof value === "string" && value.trim() !== "") {
    return true;
  }
  problems.push(
    `${path} must be a non-empty string, but it is ${describeValue(value)}`,
  );
  return false;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Describes a value for a problem message, quoting strings and cutting long ones. */
export function describeValue(value: unknown): string {
  if (value === undefined) {
    return "missing";
  }
  if (value === null) {
    return "null";
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? "an empty array" : "an array";
  }
  if (typeof value === "string") {
    const truncated = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(truncated);
  }
  if (typeof value === "object") {
    return "an object";
  }
  return String(value);
}
