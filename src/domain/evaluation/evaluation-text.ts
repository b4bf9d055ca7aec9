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
 * Trims `value` and returns it. Throws InvalidInputError naming `field` when
 * the trimmed text is blank (whitespace or invisible format characters only),
 * contains a control character, or is longer than `maxLength` code points.
 */
export function requireText(
  value: string,
  field: string,
  maxLength: number,
): string {
  const text = value.trim();
  if (isBlank(text)) {
    throw new InvalidInputError(
      `The ${field} is empty. Write the ${field} and try again.`,
      { field },
    );
  }
  return checkText(text, field, maxLength);
}

/**
 * Trims `value` and returns it, or null when it is missing or blank. Throws
 * InvalidInputError naming `field` when the trimmed text contains a control
 * character or is longer than `maxLength` code points.
 */
export function optionalText(
  value: string | null | undefined,
  field: string,
  maxLength: number,
): string | null {
  const text = value?.trim() ?? "";
  if (isBlank(text)) {
    return null;
  }
  return checkText(text, field, maxLength);
}

// Zero-width and other format characters print nothing, so text made only
// of them and whitespace counts as blank.
function isBlank(text: string): boolean {
  return text.replace(/[\p{Cf}\s]/gu, "") === "";
}

// Control characters other than tab, line feed and carriage return are
// rejected, because they do not display as text and PostgreSQL rejects NUL
// in text columns.
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function checkText(text: string, field: string, maxLength: number): string {
  if (controlCharacter.test(text)) {
    throw new InvalidInputError(
      `The ${field} contains a control character. Remove it and try again.`,
      { field },
    );
  }
  const length = [...text].length;
  if (length > maxLength) {
    throw new InvalidInputError(
      `The ${field} is ${length} characters long, but the limit is ${maxLength}. Shorten the ${field} and try again.`,
      { field, length, maxLength },
    );
  }
  return text;
}
