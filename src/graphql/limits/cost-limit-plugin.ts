import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import {
  GraphQLError,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import {
  createCostLimitRule,
  MAX_SELECTIONS,
  MAX_SELECTIONS_MESSAGE,
} from "./cost-limit-rule";
import { QueryLimitError } from "./query-limit-error";

/**
 * Creates an Apollo Server plugin that estimates the cost of each operation
 * with the request's variables, after Apollo has validated the document and
 * picked the operation. When the operation exceeds a limit, the plugin
 * rejects the request with HTTP status 400 before any resolver runs.
 *
 * The error has code PAGE_SIZE_OUT_OF_RANGE when a `first` or `last`
 * argument is not from 1 to 100. Otherwise it has code QUERY_TOO_COSTLY,
 * when the cost exceeds `maxCost` or the operation selects more than
 * MAX_SELECTIONS fields once fragments are expanded.
 *
 * Validation rules of Apollo Server see no variables, which is why the
 * cost rule runs here. Variables that do not fit their types are left to
 * execution, which rejects them with code BAD_USER_INPUT.
 */
export function createCostLimitPlugin(
  maxCost: number,
): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          // Without an operation, execution reports the unknown name.
          if (operation === undefined) {
            return;
          }
          const violation = findCostLimitViolation(
            schema,
            document,
            operation,
            { maxCost, variables: request.variables ?? {} },
          );
          if (violation !== null) {
            throw violation.error.toGraphQLError(violation.nodes, 400);
          }
        },
      };
    },
  };
}

interface Violation {
  error: QueryLimitError;
  nodes: GraphQLError["nodes"];
}

function findCostLimitViolation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  options: { maxCost: number; variables: Record<string, unknown> },
): Violation | null {
  const rule = createCostLimitRule({
    ...options,
    operationName: operation.name?.value,
  });

  let errors: readonly GraphQLError[];
  try {
    errors = validate(schema, document, [rule]);
  } catch (error) {
    if (
      !(error instanceof GraphQLError) ||
      error.message !== MAX_SELECTIONS_MESSAGE
    ) {
      throw error;
    }
    return {
      error: new QueryLimitError(
        "QUERY_TOO_COSTLY",
        `The operation selects more than ${MAX_SELECTIONS} fields once ` +
          `fragments are expanded, so its cost exceeds the maximum of ` +
          `${options.maxCost}. Use fewer aliases and fragment spreads.`,
        { maxCost: options.maxCost, maxSelections: MAX_SELECTIONS },
      ),
      nodes: [operation],
    };
  }

  const violations = errors.flatMap((error) =>
    error.originalError instanceof QueryLimitError
      ? [{ error: error.originalError, nodes: error.nodes ?? [operation] }]
      : [],
  );
  return (
    violations.find(({ error }) => error.code === "PAGE_SIZE_OUT_OF_RANGE") ??
    violations[0] ??
    null
  );
}
