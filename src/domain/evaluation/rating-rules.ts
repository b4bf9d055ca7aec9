import { RuleViolationError } from "../errors";
import type {
  FrameworkDefinition,
  RatingLevel,
} from "../framework/framework-definition";
import {
  findCompetency,
  findLevel,
  type CompetencyInCluster,
} from "../framework/framework-queries";

/**
 * Returns the competency `competencyKey` of the pinned framework version.
 * Throws RuleViolationError COMPETENCY_NOT_IN_FRAMEWORK when the version has
 * no such competency, and LEADERSHIP_NOT_APPLICABLE when it belongs to a
 * SUPERVISORS cluster and Leadership does not apply to the evaluation.
 */
export function requireApplicableCompetency(
  framework: FrameworkDefinition,
  leadershipApplies: boolean,
  competencyKey: string,
): CompetencyInCluster {
  const competency = findCompetency(framework, competencyKey);
  if (competency === undefined) {
    throw new RuleViolationError(
      "COMPETENCY_NOT_IN_FRAMEWORK",
      `"${competencyKey}" is not a competency of ${framework.name} version ${framework.version}, which this evaluation uses. Choose one of its competencies.`,
      {
        competencyKey,
        framework: { key: framework.key, version: framework.version },
      },
    );
  }

  if (competency.appliesTo === "SUPERVISORS" && !leadershipApplies) {
    const cluster = framework.clusters.find(
      (candidate) => candidate.key === competency.clusterKey,
    );
    throw new RuleViolationError(
      "LEADERSHIP_NOT_APPLICABLE",
      `${competency.name} belongs to ${cluster?.name ?? competency.clusterKey}, which applies only to employees who supervise staff. This employee does not, so leave it unrated.`,
      { competencyKey, clusterKey: competency.clusterKey },
    );
  }
  return competency;
}

/**
 * Returns the scale level `levelKey` after checking the "+" mark. Throws
 * RuleViolationError UNKNOWN_LEVEL when the scale has no such level, and
 * PLUS_NOT_ALLOWED when `plus` is set on a level outside
 * `scale.plus.allowedOn`.
 */
export function requireRatingLevel(
  framework: FrameworkDefinition,
  levelKey: string,
  plus: boolean,
): RatingLevel {
  const level = findLevel(framework, levelKey);
  if (level === undefined) {
    throw new RuleViolationError(
      "UNKNOWN_LEVEL",
      `"${levelKey}" is not a rating level. Choose ${joinAlternatives(
        framework.scale.levels.map((candidate) => candidate.name),
      )}.`,
      {
        level: levelKey,
        levels: framework.scale.levels.map((candidate) => candidate.key),
      },
    );
  }

  const { allowedOn } = framework.scale.plus;
  if (plus && !allowedOn.includes(level.key)) {
    const allowedNames = framework.scale.levels
      .filter((candidate) => allowedOn.includes(candidate.key))
      .map((candidate) => candidate.name);
    const hint =
      allowedNames.length === 0
        ? "This framework does not use the + mark."
        : `The + applies only to ${joinAlternatives(allowedNames)}.`;
    throw new RuleViolationError(
      "PLUS_NOT_ALLOWED",
      `${level.name} cannot carry a + mark. ${hint}`,
      { level: level.key, allowedOn },
    );
  }
  return level;
}

/** Joins names as "A", "A or B", "A, B or C". */
export function joinAlternatives(names: string[]): string {
  return joinNames(names, "or");
}

/** Joins names as "A", "A and B", "A, B and C". */
export function joinNames(names: string[], conjunction = "and"): string {
  if (names.length <= 1) {
    return names.join("");
  }
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names.at(-1)}`;
}
