import { GraphQLError, type ASTNode } from "graphql";
import { LedgerError } from "../../domain/errors";

/** Stable codes of the limits an operation can exceed before it runs. */
export type QueryLimitCode =
  "QUERY_TOO_DEEP" | "QUERY_TOO_COSTLY" | "PAGE_SIZE_OUT_OF_RANGE";

/**
 * An operation exceeds a limit of the service, so none of it runs. The
 * details name the measured value and the limit, such as `depth` and
 * `maxDepth`.
 */
export class QueryLimitError extends LedgerError {
  constructor(
    readonly code: QueryLimitCode,
    message: string,
    details: Record<string, unknown>,
  ) {
    super(message, details);
  }

  /**
   * Wraps this error in a GraphQLError that points at `nodes` of the
   * request. The error formatter unwraps it again, so the client sees this
   * error's message, code and details. `httpStatus` sets the response
   * status where Apollo Server would otherwise send 500, as it does for an
   * error thrown by a plugin.
   */
  toGraphQLError(
    nodes: ASTNode | readonly ASTNode[] | undefined,
    httpStatus?: number,
  ): GraphQLError {
    return new GraphQLError(this.message, {
      nodes,
      originalError: this,
      extensions: {
        code: this.code,
        ...(httpStatus !== undefined && { http: { status: httpStatus } }),
      },
    });
  }
}
