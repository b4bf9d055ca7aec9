/**
 * Error classes with stable codes. Each code reaches a GraphQL client as
 * `extensions.code`, so clients can branch on the code and show the message.
 * Messages are written for the person who made the request.
 */

/** Base class for every failure a caller is expected to handle. */
export abstract class LedgerError extends Error {
  abstract readonly code: string;

  constructor(
    message: string,
    /** Values that help a client react, such as the versions in a conflict. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request itself is malformed or names a value that cannot be used. */
export class InvalidInputError extends LedgerError {
  readonly code = "BAD_USER_INPUT";
}

/** The request names a record that does not exist or that the caller may not see. */
export class NotFoundError extends LedgerError {
  readonly code = "NOT_FOUND";
}

/**
 * The caller is authenticated but not permitted to take this action, for
 * example without the HR role, or on an evaluation where they are not the
 * evaluator.
 */
export class ForbiddenError extends LedgerError {
  readonly code = "FORBIDDEN";
}

/** The request carries no valid identity. */
export class UnauthenticatedError extends LedgerError {
  readonly code = "UNAUTHENTICATED";
}

/**
 * The stream moved on since the caller read it. `details` contains
 * `streamId`, `expectedVersion` and `actualVersion`.
 */
export class VersionConflictError extends LedgerError {
  readonly code = "VERSION_CONFLICT";
}

/**
 * A business rule rejected the command. The code names the rule, for example
 * `PLUS_NOT_ALLOWED`, so clients can tell rules apart.
 */
export class RuleViolationError extends LedgerError {
  constructor(
    readonly code: RuleCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
  }
}

/** Stable codes of the evaluation and framework rules. */
export type RuleCode =
  | "PLUS_NOT_ALLOWED"
  | "UNKNOWN_LEVEL"
  | "COMPETENCY_NOT_IN_FRAMEWORK"
  | "LEADERSHIP_NOT_APPLICABLE"
  | "RATINGS_INCOMPLETE"
  | "EVALUATION_SIGNED"
  | "EVALUATION_ALREADY_OPEN"
  | "EVALUATION_NOT_OPEN"
  | "FRAMEWORK_VERSION_CHANGED"
  | "INVALID_FRAMEWORK"
  | "CYCLE_OPEN"
  | "OUT_OF_SCOPE"
  | "ALREADY_RATED"
  | "NOT_RATED"
  | "NO_CHANGE"
  | "REASON_REQUIRED"
  | "COMMENT_REQUIRED"
  | "OUT_OF_ORDER"
  | "EVALUATION_NOT_SIGNED"
  | "EVALUATION_FINAL"
  | "EVALUATION_VOIDED"
  | "REVIEWER_NOT_ASSIGNED"
  | "RESPONSE_WINDOW_CLOSED"
  | "SELF_EVALUATION"
  | "REVIEWER_IS_EVALUATOR"
  | "CYCLE_CLOSED";

/**
 * An idempotency key was sent again with a different request. A key names
 * one request, so a new request needs a new key.
 */
export class IdempotencyKeyReusedError extends LedgerError {
  readonly code = "IDEMPOTENCY_KEY_REUSED";
}
