import { InvalidInputError } from "../errors";

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const maxNameLength = 200;

/**
 * Returns the trimmed id of an employee or a unit. Throws InvalidInputError
 * naming the field unless it is 1 to 64 letters, digits, dots, dashes or
 * underscores, starting with a letter or digit.
 */
export function requireDirectoryId(value: string, field: string): string {
  const trimmed = value.trim();
  if (!idPattern.test(trimmed)) {
    throw new InvalidInputError(
      `The ${field} "${value}" is not a valid id: use 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.`,
      { field },
    );
  }
  return trimmed;
}

/**
 * Returns the trimmed text of a name or a job classification. Throws
 * InvalidInputError naming the field when it is blank or over 200
 * characters.
 */
export function requireDirectoryText(value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.length > maxNameLength) {
    throw new InvalidInputError(
      `The ${field} must be 1 to ${maxNameLength} characters.`,
      { field },
    );
  }
  return trimmed;
}

/**
 * Returns the trimmed id of a parent unit or a supervisor, or null for a
 * blank or absent value. Throws as `requireDirectoryId` does otherwise.
 */
export function optionalDirectoryId(
  value: string | null | undefined,
  field: string,
): string | null {
  if (value === null || value === undefined || value.trim() === "") {
    return null;
  }
  return requireDirectoryId(value, field);
}
