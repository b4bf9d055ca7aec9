import type {
  ClusterAudience,
  Competency,
  FrameworkDefinition,
  RatingLevel,
} from "./framework-definition";

/** A competency with the key and audience of the cluster that contains it. */
export interface CompetencyInCluster extends Competency {
  clusterKey: string;
  appliesTo: ClusterAudience;
}

/**
 * Lists every competency of the framework in document order: clusters in
 * order, then competencies within each cluster.
 */
export function listCompetencies(
  definition: FrameworkDefinition,
): CompetencyInCluster[] {
  return definition.clusters.flatMap((cluster) =>
    cluster.competencies.map((competency) => ({
      ...competency,
      clusterKey: cluster.key,
      appliesTo: cluster.appliesTo,
    })),
  );
}

/**
 * Finds the competency with the given key, or returns undefined when the
 * framework has none. Cluster keys never match.
 */
export function findCompetency(
  definition: FrameworkDefinition,
  key: string,
): CompetencyInCluster | undefined {
  return listCompetencies(definition).find(
    (competency) => competency.key === key,
  );
}

/**
 * Lists the competencies an evaluation must rate, in document order.
 * Competencies of SUPERVISORS clusters are included only when
 * `leadershipApplies` is true.
 */
export function applicableCompetencies(
  definition: FrameworkDefinition,
  leadershipApplies: boolean,
): CompetencyInCluster[] {
  return listCompetencies(definition).filter(
    (competency) =>
      competency.appliesTo === "ALL_EMPLOYEES" || leadershipApplies,
  );
}

/**
 * Finds the rating level with the given key, such as `EFFECTIVE`, or returns
 * undefined when the scale has none.
 */
export function findLevel(
  definition: FrameworkDefinition,
  key: string,
): RatingLevel | undefined {
  return definition.scale.levels.find((level) => level.key === key);
}
