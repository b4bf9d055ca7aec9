import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AnalyticsResolver } from "./resolvers/analytics-resolver";
import { AuditResolver } from "./resolvers/audit-resolver";
import { CycleResolver } from "./resolvers/cycle-resolver";
import { DirectoryResolver } from "./resolvers/directory-resolver";
import { EvaluationHistoryResolver } from "./resolvers/evaluation-history-resolver";
import { EvaluationResolver } from "./resolvers/evaluation-resolver";
import { FrameworkResolver } from "./resolvers/framework-resolver";
import { UnitResolver } from "./resolvers/unit-resolver";

/** Builds the service's GraphQL schema from its resolver classes. */
export async function buildLedgerSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      FrameworkResolver,
      DirectoryResolver,
      UnitResolver,
      CycleResolver,
      EvaluationResolver,
      AuditResolver,
      EvaluationHistoryResolver,
      AnalyticsResolver,
    ],
  });
}
