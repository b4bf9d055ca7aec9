import { InvalidInputError } from "../errors";

// NOTE: these limits are chosen for this service, not taken from district
// policy. They count Unicode code points after trimming.
/** Maximum length of a comment on a rating or an evaluation. */
export const MAX_COMMENT_LENGTH = 4000;
/** Maximum length of a reason for a revision, reopening, reassignment or void. */
export const MAX_REASON_LENGTH = 2000;
/** Maximum length of an employee's written response. */
export const MAX_RESPONSE_LENGTH = 8000;
/** Maximum length of the evaluator's note on an employee's refusal to sign. */
export const MAX_REFUSAL_NOTE_LENGTH = 2000;

/**
 * Returns `value` trimmed. Throws InvalidInputError naming `field` when the
 * trimmed text is empty or longer than `maxLength` code points.
 */
export function requireText(
  value: string,
  field: string,
  maxLength: number,
): string {
  const text = value.trim();
  if (text === "") {
    throw new InvalidInputError(
      `The ${field} is empty. Write the ${field} and try again.`,
      { field },
    );
  }
  return checkLength(text, field, maxLength);
}

/**
 * Returns `value` trimmed, or null when it is missing or blank. Throws
 * InvalidInputError naming `field` when the trimmed text is longer than
 * `maxLength` code points.
 */
export function optionalText(
  value: string | null | undefined,
  field: string,
  maxLength: number,
): string | null {
  const text = value?.trim() ?? "";
  if (text === "") {
    return null;
  }
  return checkLength(text, field, maxLength);
}

function checkLength(text: string, field: string, maxLength: number): string {
  const length = [...text].length;
  if (length > maxLength) {
    throw new InvalidInputError(
      `The ${field} is ${length} characters long, but the limit is ${maxLength}. Shorten the ${field} and try again.`,
      { field, length, maxLength },
    );
  }
  return text;
}
