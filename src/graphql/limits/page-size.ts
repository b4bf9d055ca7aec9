import type { GraphQLField } from "graphql";
import { InvalidInputError } from "../../domain/errors";

/** Smallest `first` or `last` a connection field accepts. */
export const MIN_PAGE_SIZE = 1;

/** Largest `first` or `last` a connection field accepts. */
export const MAX_PAGE_SIZE = 100;

/** The connection arguments that set a page size. */
export const PAGE_SIZE_ARGUMENTS = ["first", "last"] as const;

export type PageSizeArgument = (typeof PAGE_SIZE_ARGUMENTS)[number];

/** Returns whether `field` takes a `first` or `last` argument. */
export function takesPageSize(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) =>
    (PAGE_SIZE_ARGUMENTS as readonly string[]).includes(arg.name),
  );
}

/**
 * Returns whether `value` is a page size a connection field accepts: a whole
 * number from MIN_PAGE_SIZE to MAX_PAGE_SIZE.
 */
export function isPageSizeInRange(value: number): boolean {
  return (
    Number.isInteger(value) && value >= MIN_PAGE_SIZE && value <= MAX_PAGE_SIZE
  );
}

/**
 * Builds the message for a page size out of range, naming the argument, the
 * value and the accepted range, and saying what to request instead.
 * `field` is the schema coordinate of the field, such as "Query.auditLog",
 * when it is known.
 */
export function describePageSizeOutOfRange(
  argument: PageSizeArgument,
  value: number,
  field?: string,
): string {
  const where = field === undefined ? argument : `${argument} on ${field}`;
  let advice = "Request a whole number of items.";
  if (value > MAX_PAGE_SIZE) {
    advice =
      `Request at most ${MAX_PAGE_SIZE} items and follow the page ` +
      "cursors for the rest.";
  } else if (value < MIN_PAGE_SIZE) {
    advice = `Request at least ${MIN_PAGE_SIZE} item.`;
  }
  return (
    `${where} is ${value}, but a page size must be a whole number from ` +
    `${MIN_PAGE_SIZE} to ${MAX_PAGE_SIZE}. ${advice}`
  );
}

/**
 * Checks the `first` and `last` arguments of a connection field. A null or
 * absent argument passes, because the connection then uses its own default
 * page size.
 *
 * Throws InvalidInputError (code BAD_USER_INPUT), with `argument`, `value`,
 * `min` and `max` in its details, when either one is not a whole number
 * from MIN_PAGE_SIZE to MAX_PAGE_SIZE.
 */
export function assertPageSize(args: {
  first?: number | null;
  last?: number | null;
}): void {
  for (const argument of PAGE_SIZE_ARGUMENTS) {
    const value = args[argument];
    if (value != null && !isPageSizeInRange(value)) {
      throw new InvalidInputError(describePageSizeOutOfRange(argument, value), {
        argument,
        value,
        min: MIN_PAGE_SIZE,
        max: MAX_PAGE_SIZE,
      });
    }
  }
}
