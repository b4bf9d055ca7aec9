import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
} from "graphql";
import { MAX_PAGE_SIZE, takesPageSize } from "./page-size";

/**
 * The share of one field in an operation's estimated cost. A field costs
 * `cost` once for each parent object, plus its selection's cost multiplied
 * by the number of items it returns: the `first` or `last` argument when
 * the request sets one, else `listSize` for a list or connection.
 */
export interface FieldCost {
  /** Cost of resolving the field once for one parent object. */
  cost: number;
  /**
   * Items a list or connection field is assumed to return when the request
   * sets no `first` or `last`. An estimate, not a limit.
   */
  listSize?: number;
}

/**
 * Costs of fields that FIELD_COSTS does not list. Every unlisted field
 * except `__typename` costs at least 1, so aliases cannot repeat a field
 * for free, and every unlisted list multiplies its selection.
 */
export const DEFAULT_FIELD_COSTS = {
  /** A Query field, which reads the database. */
  queryField: 50,
  /** A Mutation field, which reads and appends events in a transaction. */
  mutationField: 100,
  /** Any other field: one value or object its parent has loaded. */
  otherField: 1,
  /** Items of an unlisted list field without `first` or `last`. */
  listSize: 10,
} as const;

/**
 * Costs by schema coordinate ("Type.field"). One unit is one value or
 * object in the response, and a database read costs 50, an estimate of how
 * much longer a round trip to the database takes than producing a value.
 * With the default maximum cost of 5000, one request can thus make about
 * 100 reads, 50 mutations or 5000 values.
 *
 * List here every field whose resolver reads the database for each parent
 * object, because the default for a field below the root assumes it does
 * not, and every list whose length differs much from the default of 10.
 * The list sizes are estimates from the bundled framework, which has 7
 * clusters of at most 4 competencies, 24 competencies and 3 levels.
 */
export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  "Query.cycle": { cost: 50 },
  "Query.employee": { cost: 50 },
  "Query.evaluation": { cost: 50 },
  "Query.framework": { cost: 50 },
  "Query.frameworks": { cost: 50, listSize: 10 },

  "Mutation.acknowledgeEvaluation": { cost: 100 },
  "Mutation.addComment": { cost: 100 },
  "Mutation.attachResponse": { cost: 100 },
  "Mutation.createCycle": { cost: 100 },
  "Mutation.openEvaluation": { cost: 100 },
  "Mutation.rateCompetency": { cost: 100 },
  "Mutation.reassignEvaluator": { cost: 100 },
  "Mutation.reassignReviewer": { cost: 100 },
  "Mutation.recordEmployee": { cost: 100 },
  "Mutation.recordRefusal": { cost: 100 },
  "Mutation.reopenEvaluation": { cost: 100 },
  "Mutation.reviseRating": { cost: 100 },
  "Mutation.signAsEvaluator": { cost: 100 },
  "Mutation.signAsReviewer": { cost: 100 },
  "Mutation.voidEvaluation": { cost: 100 },

  // These read the pinned framework version, which the process caches
  // after its first database read.
  "Evaluation.framework": { cost: 5 },
  "Evaluation.ratings": { cost: 5, listSize: 30 },
  "Evaluation.applicableCompetencies": { cost: 5, listSize: 30 },
  "Evaluation.unratedCompetencies": { cost: 5, listSize: 30 },

  "Evaluation.comments": { cost: 1, listSize: 30 },
  "Evaluation.responses": { cost: 1, listSize: 5 },
  "Evaluation.signatureHistory": { cost: 1, listSize: 10 },
  "Framework.clusters": { cost: 1, listSize: 10 },
  "Framework.competencies": { cost: 1, listSize: 30 },
  "Cluster.competencies": { cost: 1, listSize: 5 },
  "RatingScale.levels": { cost: 1, listSize: 5 },
};

/**
 * Returns the cost of `field` on `parentType`: its FIELD_COSTS entry when
 * there is one, else a default by kind.
 *
 * - `__typename` is free, because graphql-js resolves it from the schema
 *   and clients add it to every selection.
 * - Introspection fields cost 1 and their lists count as one item, because
 *   they read the schema in memory and the standard introspection query
 *   nests several lists. graphql-js 16.15 rejects introspection that nests
 *   `fields`, `interfaces`, `possibleTypes` or `inputFields` three deep,
 *   which bounds how far these lists multiply.
 * - The lists of a page type, the type a field taking `first` or `last`
 *   returns, count as one item, because the page size counts the items:
 *   `edges` of a Relay connection, for example.
 * - A field that takes `first` or `last` is assumed to return
 *   MAX_PAGE_SIZE items when the request sets neither.
 */
export function fieldCostOf(
  schema: GraphQLSchema,
  parentType: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
): Required<FieldCost> {
  const listSize = takesPageSize(field)
    ? MAX_PAGE_SIZE
    : DEFAULT_FIELD_COSTS.listSize;

  const listed = FIELD_COSTS[`${parentType.name}.${field.name}`];
  if (listed !== undefined) {
    return { cost: listed.cost, listSize: listed.listSize ?? listSize };
  }

  if (field.name === "__typename") {
    return { cost: 0, listSize: 1 };
  }
  if (field.name.startsWith("__") || parentType.name.startsWith("__")) {
    return { cost: DEFAULT_FIELD_COSTS.otherField, listSize: 1 };
  }
  if (!takesPageSize(field) && pageTypesOf(schema).has(parentType.name)) {
    return { cost: DEFAULT_FIELD_COSTS.otherField, listSize: 1 };
  }

  if (parentType === schema.getQueryType()) {
    return { cost: DEFAULT_FIELD_COSTS.queryField, listSize };
  }
  if (parentType === schema.getMutationType()) {
    return { cost: DEFAULT_FIELD_COSTS.mutationField, listSize };
  }
  return { cost: DEFAULT_FIELD_COSTS.otherField, listSize };
}

const pageTypesBySchema = new WeakMap<GraphQLSchema, ReadonlySet<string>>();

/** Names of the types that fields taking `first` or `last` return. */
function pageTypesOf(schema: GraphQLSchema): ReadonlySet<string> {
  const known = pageTypesBySchema.get(schema);
  if (known !== undefined) {
    return known;
  }

  const pageTypes = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) {
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      if (takesPageSize(field)) {
        pageTypes.add(getNamedType(field.type).name);
      }
    }
  }
  pageTypesBySchema.set(schema, pageTypes);
  return pageTypes;
}
