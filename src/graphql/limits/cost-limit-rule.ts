import {
  getNullableType,
  isListType,
  type GraphQLField,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
// The package's ES module build imports graphql's .mjs files, a second copy
// of graphql that rejects the types of a schema built with the copy Apollo
// Server and type-graphql load. Its CommonJS build shares their copy.
import {
  createComplexityRule,
  type ComplexityEstimator,
  type ComplexityEstimatorArgs,
} from "graphql-query-complexity/cjs";
import { fieldCostOf } from "./field-costs";
import {
  describePageSizeOutOfRange,
  isPageSizeInRange,
  MAX_PAGE_SIZE,
  MIN_PAGE_SIZE,
  PAGE_SIZE_ARGUMENTS,
  takesPageSize,
} from "./page-size";
import { QueryLimitError } from "./query-limit-error";

/**
 * Maximum number of selections the cost estimate walks, counting a
 * fragment's selections again at each spread. Past it,
 * graphql-query-complexity stops with a GraphQLError carrying
 * MAX_SELECTIONS_MESSAGE, so a small document that spreads fragments into
 * each other cannot make the estimate take exponential time.
 */
export const MAX_SELECTIONS = 10_000;

/** Message of graphql-query-complexity 1.1 when MAX_SELECTIONS is passed. */
export const MAX_SELECTIONS_MESSAGE =
  "Query exceeds the maximum allowed number of nodes.";

/** Options of `createCostLimitRule`. */
export interface CostLimitOptions {
  maxCost: number;
  /** The request's variables, which may set page sizes, @skip or @include. */
  variables: Record<string, unknown>;
  /** The operation to estimate. Undefined selects the document's only one. */
  operationName: string | undefined;
}

/**
 * Creates a validation rule that estimates the cost of one operation with
 * the request's variables, from the costs in field-costs.ts: a field costs
 * its own cost plus its selection's cost times the number of items it
 * returns. Fields left out by @skip or @include cost nothing.
 *
 * The rule reports QUERY_TOO_COSTLY, naming the cost and `maxCost`, when
 * the estimate exceeds `maxCost`, and PAGE_SIZE_OUT_OF_RANGE, naming the
 * field, argument and value, for each `first` or `last` argument of any
 * field that is not from 1 to 100. It reports the errors of variables that
 * do not fit their types and then estimates nothing.
 *
 * The rule throws a GraphQLError with MAX_SELECTIONS_MESSAGE, out of
 * graphql's `validate`, once it has walked MAX_SELECTIONS selections.
 */
export function createCostLimitRule(options: CostLimitOptions): ValidationRule {
  return (context) =>
    createComplexityRule({
      maximumComplexity: options.maxCost,
      variables: options.variables,
      operationName: options.operationName,
      estimators: [createFieldCostEstimator(context)],
      maxQueryNodes: MAX_SELECTIONS,
      createError: (maxCost, cost) =>
        new QueryLimitError(
          "QUERY_TOO_COSTLY",
          `The operation has an estimated cost of ${cost}, but the maximum ` +
            `cost is ${maxCost}. Select fewer fields, use fewer aliases or ` +
            `request smaller pages with first or last.`,
          { cost, maxCost },
        ).toGraphQLError(undefined),
    })(context);
}

function createFieldCostEstimator(
  context: ValidationContext,
): ComplexityEstimator {
  return ({ type, field, node, args, childComplexity }) => {
    const pageSize = requestedPageSize(context, { type, field, node, args });
    const { cost, listSize } = fieldCostOf(context.getSchema(), type, field);

    let items = 1;
    if (pageSize !== null) {
      items = pageSize;
    } else if (returnsList(field) || takesPageSize(field)) {
      items = listSize;
    }
    return cost + items * childComplexity;
  };
}

/**
 * Returns the larger of the field's `first` and `last` values, or null when
 * the request sets neither. Reports PAGE_SIZE_OUT_OF_RANGE for each value
 * outside the accepted range.
 */
function requestedPageSize(
  context: ValidationContext,
  estimate: Pick<ComplexityEstimatorArgs, "type" | "field" | "node" | "args">,
): number | null {
  let largest: number | null = null;
  for (const argument of PAGE_SIZE_ARGUMENTS) {
    const value: unknown = estimate.args[argument];
    if (typeof value !== "number") {
      continue;
    }
    if (!isPageSizeInRange(value)) {
      const field = `${estimate.type.name}.${estimate.field.name}`;
      context.reportError(
        new QueryLimitError(
          "PAGE_SIZE_OUT_OF_RANGE",
          describePageSizeOutOfRange(argument, value, field),
          {
            field,
            argument,
            value,
            min: MIN_PAGE_SIZE,
            max: MAX_PAGE_SIZE,
          },
        ).toGraphQLError(estimate.node),
      );
    }
    largest = Math.max(largest ?? value, value);
  }
  return largest;
}

function returnsList(field: GraphQLField<unknown, unknown>): boolean {
  return isListType(getNullableType(field.type));
}
