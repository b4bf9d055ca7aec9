import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";

// Values for scalars whose name says nothing about their format.
const SCALAR_PLACEHOLDERS: Record<string, unknown> = {
  Int: 1,
  Float: 1.5,
  Boolean: false,
  DateTimeISO: "2025-07-01T00:00:00.000Z",
  JSONObject: {},
  JSON: {},
};

/**
 * Builds variables that fit the types an operation declares: every
 * required variable gets a value, and every required field of an input
 * object too. Optional ones are left out. Strings and ids get
 * "placeholder", enums their first value, and lists one item.
 *
 * Throws Error for a variable whose type the schema does not define.
 */
export function placeholderVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as
      GraphQLInputType | undefined;
    if (type === undefined) {
      throw new Error(`Variable $${name} has a type the schema lacks.`);
    }
    if (isNonNullType(type) && definition.defaultValue === undefined) {
      variables[name] = placeholderFor(type);
    }
  }
  return variables;
}

function placeholderFor(type: GraphQLInputType): unknown {
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    return [placeholderFor(nullable.ofType)];
  }

  const named = getNamedType(nullable);
  if (isEnumType(named)) {
    return named.getValues()[0]!.name;
  }
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = placeholderFor(field.type);
      }
    }
    return value;
  }
  return named.name in SCALAR_PLACEHOLDERS
    ? SCALAR_PLACEHOLDERS[named.name]
    : "placeholder";
}
