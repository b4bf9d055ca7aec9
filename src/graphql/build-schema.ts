import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { DirectoryResolver } from "./resolvers/directory-resolver";
import { EvaluationResolver } from "./resolvers/evaluation-resolver";
import { FrameworkResolver } from "./resolvers/framework-resolver";

/** Builds the service's GraphQL schema from its resolver classes. */
export async function buildLedgerSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [FrameworkResolver, DirectoryResolver, EvaluationResolver],
  });
}
