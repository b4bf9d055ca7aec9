import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import { LedgerError } from "../domain/errors";

/** The `formatError` hook of ApolloServer. */
export type ErrorFormatter = (
  formattedError: GraphQLFormattedError,
  error: unknown,
) => GraphQLFormattedError;

// Codes that Apollo Server and graphql-js give to errors in the request
// itself (parsing, validation, variable values), found before any resolver
// runs. Their messages describe the client's own query, not the server.
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "INTROSPECTION_DISABLED",
  "MAX_RECURSIVE_SELECTIONS_EXCEEDED",
]);

/**
 * Creates the `formatError` hook that decides what a client sees of an
 * error. A LedgerError keeps its message and code, and its `details` are
 * copied into `extensions`. A parse, validation or variable error keeps its
 * message and code. A value the database cannot store (SQLSTATE class 22,
 * such as a NUL character or a year out of range) becomes BAD_USER_INPUT
 * with a message that names no SQL. Every other error is logged on `logger` at error level
 * and reaches the client only as "Internal server error" with code
 * INTERNAL_SERVER_ERROR, so no stack trace, SQL or file path leaves the
 * server. `locations` and `path` are kept in every case, because they point
 * into the client's own query.
 */
export function createErrorFormatter(logger: Logger): ErrorFormatter {
  return (formattedError, error) => {
    const position = positionOf(formattedError);
    const original = originalErrorOf(error);

    if (original instanceof LedgerError) {
      return {
        message: original.message,
        ...position,
        extensions: { ...original.details, code: original.code },
      };
    }

    const rejectedValue = describeDataException(original);
    if (rejectedValue !== null) {
      logger.info(
        { path: formattedError.path, sqlState: sqlStateOf(original) },
        "The database rejected a value of a GraphQL request",
      );
      return {
        message: rejectedValue,
        ...position,
        extensions: { code: "BAD_USER_INPUT" },
      };
    }

    const code = formattedError.extensions?.code;
    if (isRequestError(error) && typeof code === "string") {
      return {
        message: formattedError.message,
        ...position,
        extensions: { code },
      };
    }

    logger.error(
      { err: original, path: formattedError.path },
      'Internal error in a GraphQL request, sent to the client as "Internal server error"',
    );
    return {
      message: "Internal server error",
      ...position,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

function originalErrorOf(error: unknown): unknown {
  if (error instanceof GraphQLError && error.originalError) {
    return error.originalError;
  }
  return error;
}

function isRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.path !== undefined) {
    return false;
  }
  const code = error.extensions.code;
  return typeof code === "string" && REQUEST_ERROR_CODES.has(code);
}

function positionOf(
  formattedError: GraphQLFormattedError,
): Pick<GraphQLFormattedError, "locations" | "path"> {
  const { locations, path } = formattedError;
  return {
    ...(locations !== undefined && { locations }),
    ...(path !== undefined && { path }),
  };
}

function sqlStateOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

// PostgreSQL reports values it cannot store as "data exceptions", SQLSTATE
// class 22. Validation should catch them first; this keeps any it missed
// from reaching the client as an internal error.
function describeDataException(error: unknown): string | null {
  const sqlState = sqlStateOf(error);
  if (sqlState === null || !sqlState.startsWith("22")) return null;
  if (sqlState === "22021" || sqlState === "22P05") {
    return "A text value contains a character that cannot be stored, such as a NUL character or an unpaired surrogate. Remove it and try again.";
  }
  if (sqlState === "22007" || sqlState === "22008") {
    return "A date or time value is invalid or out of range. Use a date between the years 1 and 9999, such as 2026-07-01.";
  }
  return "A value in the request is invalid or out of range. Check the values and try again.";
}
