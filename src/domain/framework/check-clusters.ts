import type { ClusterAudience } from "./framework-definition";
import {
  KEBAB_CASE,
  checkKebabCaseKey,
  checkKnownProperties,
  checkText,
  describeValue,
  isJsonObject,
  type JsonObject,
} from "./shape-checks";

const CLUSTER_AUDIENCES: readonly ClusterAudience[] = [
  "ALL_EMPLOYEES",
  "SUPERVISORS",
];

const CLUSTER_PROPERTIES = [
  "key",
  "name",
  "definition",
  "appliesTo",
  "competencies",
];
const COMPETENCY_PROPERTIES = [
  "key",
  "name",
  "indicators",
  "alignedWith",
  "continues",
];

/**
 * Earlier competency names that alignedWith may use. Null when the framework
 * has no earlier framework, undefined when earlierFramework itself is invalid,
 * so its names cannot be checked against.
 */
export type EarlierNames = ReadonlySet<string> | null | undefined;

/**
 * Checks each cluster and its competencies, and that every cluster and
 * competency key is unique across the framework.
 */
export function checkClusters(
  clusters: unknown,
  version: unknown,
  earlierNames: EarlierNames,
  problems: string[],
): void {
  if (!Array.isArray(clusters) || clusters.length === 0) {
    problems.push(
      `clusters must be a non-empty array of clusters, but it is ${describeValue(clusters)}`,
    );
    return;
  }

  // Cluster and competency keys share one namespace, so a key names one thing.
  const firstPathByKey = new Map<string, string>();
  const claimKey = (key: unknown, path: string): void => {
    if (!checkKebabCaseKey(key, path, problems)) {
      return;
    }
    const firstPath = firstPathByKey.get(key);
    if (firstPath !== undefined) {
      problems.push(
        `${path} "${key}" is already used by ${firstPath}, and cluster and competency keys must be unique across the framework`,
      );
    } else {
      firstPathByKey.set(key, path);
    }
  };

  clusters.forEach((cluster: unknown, clusterIndex) => {
    const path = `clusters[${clusterIndex}]`;
    if (!isJsonObject(cluster)) {
      problems.push(
        `${path} must be an object, but it is ${describeValue(cluster)}`,
      );
      return;
    }
    checkKnownProperties(cluster, CLUSTER_PROPERTIES, path, problems);
    claimKey(cluster.key, `${path}.key`);
    checkText(cluster.name, `${path}.name`, problems);
    checkText(cluster.definition, `${path}.definition`, problems);
    if (!CLUSTER_AUDIENCES.some((audience) => audience === cluster.appliesTo)) {
      problems.push(
        `${path}.appliesTo must be one of ${CLUSTER_AUDIENCES.join(", ")}, but it is ${describeValue(cluster.appliesTo)}`,
      );
    }

    const competencies = cluster.competencies;
    if (!Array.isArray(competencies) || competencies.length === 0) {
      problems.push(
        `${path}.competencies must be a non-empty array of competencies, but it is ${describeValue(competencies)}`,
      );
      return;
    }
    competencies.forEach((competency: unknown, competencyIndex) => {
      const competencyPath = `${path}.competencies[${competencyIndex}]`;
      if (!isJsonObject(competency)) {
        problems.push(
          `${competencyPath} must be an object, but it is ${describeValue(competency)}`,
        );
        return;
      }
      claimKey(competency.key, `${competencyPath}.key`);
      checkCompetency(
        competency,
        competencyPath,
        version,
        earlierNames,
        problems,
      );
    });
  });
}

function checkCompetency(
  competency: JsonObject,
  path: string,
  version: unknown,
  earlierNames: EarlierNames,
  problems: string[],
): void {
  checkKnownProperties(competency, COMPETENCY_PROPERTIES, path, problems);
  const label =
    typeof competency.key === "string" ? `${path} "${competency.key}"` : path;
  checkText(competency.name, `${path}.name`, problems);

  const indicators = competency.indicators;
  if (!Array.isArray(indicators) || indicators.length === 0) {
    problems.push(
      `${label} must have at least one indicator, but indicators is ${describeValue(indicators)}`,
    );
  } else {
    indicators.forEach((indicator: unknown, index) => {
      checkText(indicator, `${path}.indicators[${index}]`, problems);
    });
  }

  checkAlignedWith(competency.alignedWith, label, earlierNames, problems);

  const continues = competency.continues;
  if (continues !== null) {
    if (typeof continues !== "string" || !KEBAB_CASE.test(continues)) {
      problems.push(
        `${label}: continues must be null or the kebab-case key of a competency in the previous version, but it is ${describeValue(continues)}`,
      );
    } else if (version === 1) {
      problems.push(
        `${label}: continues is "${continues}", but version 1 has no previous version, so it must be null`,
      );
    }
  }
}

function checkAlignedWith(
  alignedWith: unknown,
  label: string,
  earlierNames: EarlierNames,
  problems: string[],
): void {
  if (!Array.isArray(alignedWith)) {
    problems.push(
      `${label}: alignedWith must be an array of earlier competency names, but it is ${describeValue(alignedWith)}`,
    );
    return;
  }
  if (earlierNames === null && alignedWith.length > 0) {
    problems.push(
      `${label}: alignedWith must be empty because earlierFramework is null`,
    );
    return;
  }

  const seen = new Set<string>();
  alignedWith.forEach((name: unknown, index) => {
    if (typeof name !== "string") {
      problems.push(
        `${label}: alignedWith[${index}] must be a competency name, but it is ${describeValue(name)}`,
      );
      return;
    }
    if (seen.has(name)) {
      problems.push(`${label}: alignedWith lists "${name}" more than once`);
    }
    seen.add(name);
    if (earlierNames && !earlierNames.has(name)) {
      problems.push(
        `${label}: alignedWith names "${name}", which is not in earlierFramework.competencies`,
      );
    }
  });
}
