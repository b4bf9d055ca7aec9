import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { QueryLimitError } from "./query-limit-error";

/**
 * Creates a validation rule that rejects every operation whose fields nest
 * deeper than `maxDepth`, with code QUERY_TOO_DEEP and a message naming the
 * depth found and the limit.
 *
 * Depth is the number of fields on the longest path from the operation to a
 * leaf, so `{ evaluation(id: "1") { framework { key } } }` has depth 3. A
 * fragment counts at the depth where it is spread, and a fragment spread or
 * inline fragment adds no level of its own. `__Type.ofType` adds no level
 * either, because each step unwraps one list or non-null wrapper and the
 * chain ends at a named type after a few steps. The standard introspection
 * query of graphql-js 16.15 nests it nine levels deep.
 *
 * Each fragment is measured once, so the rule runs in time linear in the
 * document's size. A fragment that spreads itself, directly or through
 * others, counts as empty on its second visit, and graphql-js rejects such
 * cycles with its own rule.
 */
export function createDepthLimitRule(maxDepth: number): ValidationRule {
  return (context) => {
    const measure = new DepthMeasure(context);
    return {
      OperationDefinition(operation) {
        const depth = measure.operationDepth(operation);
        if (depth > maxDepth) {
          context.reportError(
            new QueryLimitError(
              "QUERY_TOO_DEEP",
              `${describeOperation(operation)} nests fields ${depth} levels ` +
                `deep, but the maximum depth is ${maxDepth}. Select fewer ` +
                `nested fields, or split the query into several requests.`,
              { depth, maxDepth },
            ).toGraphQLError(operation),
          );
        }
        // The measure has read the whole operation already.
        return false;
      },
    };
  };
}

function describeOperation(operation: OperationDefinitionNode): string {
  const name = operation.name?.value;
  return name === undefined ? "The operation" : `Operation ${name}`;
}

class DepthMeasure {
  private readonly fragmentDepths = new Map<string, number>();
  private readonly fragmentsInProgress = new Set<string>();

  constructor(private readonly context: ValidationContext) {}

  operationDepth(operation: OperationDefinitionNode): number {
    const schema = this.context.getSchema();
    const rootType = schema.getRootType(operation.operation) ?? undefined;
    return this.selectionSetDepth(operation.selectionSet, rootType);
  }

  private selectionSetDepth(
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType | undefined,
  ): number {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      let depth: number;
      switch (selection.kind) {
        case Kind.FIELD:
          depth = this.fieldDepth(selection, parentType);
          break;
        case Kind.INLINE_FRAGMENT:
          depth = this.selectionSetDepth(
            selection.selectionSet,
            this.typeNamed(selection.typeCondition?.name.value) ?? parentType,
          );
          break;
        case Kind.FRAGMENT_SPREAD:
          depth = this.fragmentDepth(selection.name.value);
          break;
      }
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  }

  private fieldDepth(
    field: FieldNode,
    parentType: GraphQLCompositeType | undefined,
  ): number {
    const ownLevel =
      parentType?.name === "__Type" && field.name.value === "ofType" ? 0 : 1;
    if (field.selectionSet === undefined) {
      return ownLevel;
    }
    const definition = fieldDefinition(parentType, field.name.value);
    const namedType =
      definition === undefined ? undefined : getNamedType(definition.type);
    const fieldType = isCompositeType(namedType) ? namedType : undefined;
    return ownLevel + this.selectionSetDepth(field.selectionSet, fieldType);
  }

  private fragmentDepth(name: string): number {
    const known = this.fragmentDepths.get(name);
    if (known !== undefined) {
      return known;
    }
    const fragment = this.context.getFragment(name);
    if (fragment == null || this.fragmentsInProgress.has(name)) {
      return 0;
    }

    this.fragmentsInProgress.add(name);
    const depth = this.selectionSetDepth(
      fragment.selectionSet,
      this.typeNamed(fragment.typeCondition.name.value),
    );
    this.fragmentsInProgress.delete(name);

    this.fragmentDepths.set(name, depth);
    return depth;
  }

  private typeNamed(
    name: string | undefined,
  ): GraphQLCompositeType | undefined {
    if (name === undefined) {
      return undefined;
    }
    const type = this.context.getSchema().getType(name);
    return isCompositeType(type) ? type : undefined;
  }
}

function fieldDefinition(
  parentType: GraphQLCompositeType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  switch (name) {
    case SchemaMetaFieldDef.name:
      return SchemaMetaFieldDef;
    case TypeMetaFieldDef.name:
      return TypeMetaFieldDef;
    case TypeNameMetaFieldDef.name:
      return TypeNameMetaFieldDef;
  }
  if (isObjectType(parentType) || isInterfaceType(parentType)) {
    return parentType.getFields()[name];
  }
  return undefined;
}
