import type { PublishedFramework } from "../../application/framework-catalogue";
import { listCompetencies } from "../../domain/framework/framework-queries";
import type { ClusterAudience, Framework } from "./framework-types";

/** Shapes a published framework version for GraphQL. */
export function toFramework(published: PublishedFramework): Framework {
  const { definition } = published;
  return {
    id: `${definition.key}@${definition.version}`,
    key: definition.key,
    version: definition.version,
    name: definition.name,
    description: definition.description,
    scale: definition.scale,
    earlierFramework: definition.earlierFramework,
    policy: definition.policy,
    clusters: definition.clusters.map((cluster) => ({
      ...cluster,
      appliesTo: cluster.appliesTo as ClusterAudience,
      competencies: cluster.competencies.map((competency) => ({
        ...competency,
        clusterKey: cluster.key,
      })),
    })),
    competencies: listCompetencies(definition),
    contentHash: published.contentHash,
    publishedAt: published.publishedAt,
  };
}
