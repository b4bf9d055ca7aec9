import { RuleViolationError } from "../errors";
import type {
  ClusterAudience,
  FrameworkDefinition,
} from "./framework-definition";

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LEVEL_KEY = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const CLUSTER_AUDIENCES: readonly ClusterAudience[] = [
  "ALL_EMPLOYEES",
  "SUPERVISORS",
];

const FRAMEWORK_PROPERTIES = [
  "key",
  "version",
  "name",
  "description",
  "scale",
  "earlierFramework",
  "policy",
  "clusters",
];
const SCALE_PROPERTIES = ["levels", "plus"];
const LEVEL_PROPERTIES = ["key", "name", "description", "points"];
const PLUS_PROPERTIES = ["name", "description", "points", "allowedOn"];
const EARLIER_FRAMEWORK_PROPERTIES = ["name", "competencies"];
const POLICY_PROPERTIES = ["commentRequiredOnLevels"];
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

type JsonObject = Record<string, unknown>;

/** A level that passed its own checks, kept for the cross-checks. */
interface CheckedLevel {
  key: string;
  points: number;
  path: string;
}

/**
 * Earlier competency names that alignedWith may use. Null when the framework
 * has no earlier framework, undefined when earlierFramework itself is invalid,
 * so its names cannot be checked against.
 */
type EarlierNames = ReadonlySet<string> | null | undefined;

/**
 * Checks that `input` is a complete, consistent framework definition and
 * returns it typed as one. The input is not copied or changed.
 *
 * Throws RuleViolationError with code INVALID_FRAMEWORK when anything is
 * wrong. `details.problems` then lists every problem found, each naming the
 * path and key it concerns. Whether each `continues` key exists in the
 * previous version is not checked here, because that needs the stored
 * versions.
 */
export function validateFrameworkDefinition(
  input: unknown,
): FrameworkDefinition {
  const problems: string[] = [];
  checkFramework(input, problems);

  if (problems.length > 0) {
    const list = problems.map((problem) => `- ${problem}`).join("\n");
    throw new RuleViolationError(
      "INVALID_FRAMEWORK",
      `Invalid framework definition, ${problems.length} problem(s) found:\n${list}`,
      { problems },
    );
  }
  return input as FrameworkDefinition;
}

function checkFramework(input: unknown, problems: string[]): void {
  if (!isJsonObject(input)) {
    problems.push(
      `the framework definition must be a JSON object, but it is ${describeValue(input)}`,
    );
    return;
  }
  checkKnownProperties(input, FRAMEWORK_PROPERTIES, "", problems);

  checkKebabCaseKey(input.key, "key", problems);
  const version = input.version;
  if (
    typeof version !== "number" ||
    !Number.isInteger(version) ||
    version < 1
  ) {
    problems.push(
      `version must be a positive integer, but it is ${describeValue(version)}`,
    );
  }
  checkText(input.name, "name", problems);
  checkText(input.description, "description", problems);

  const levels = checkScale(input.scale, problems);
  const earlierNames = checkEarlierFramework(input.earlierFramework, problems);
  checkPolicy(input.policy, levels, problems);
  checkClusters(input.clusters, version, earlierNames, problems);
}

/** Checks the scale and returns its levels, or undefined when any level is invalid. */
function checkScale(
  scale: unknown,
  problems: string[],
): CheckedLevel[] | undefined {
  if (!isJsonObject(scale)) {
    problems.push(`scale must be an object, but it is ${describeValue(scale)}`);
    return undefined;
  }
  checkKnownProperties(scale, SCALE_PROPERTIES, "scale", problems);

  const levels = checkLevels(scale.levels, problems);
  checkPlusMark(scale.plus, levels, problems);
  return levels;
}

function checkLevels(
  levels: unknown,
  problems: string[],
): CheckedLevel[] | undefined {
  if (!Array.isArray(levels) || levels.length === 0) {
    problems.push(
      `scale.levels must be a non-empty array of levels, lowest first, but it is ${describeValue(levels)}`,
    );
    return undefined;
  }

  const checked: CheckedLevel[] = [];
  const firstPathByKey = new Map<string, string>();
  levels.forEach((level: unknown, index) => {
    const path = `scale.levels[${index}]`;
    if (!isJsonObject(level)) {
      problems.push(
        `${path} must be an object, but it is ${describeValue(level)}`,
      );
      return;
    }
    checkKnownProperties(level, LEVEL_PROPERTIES, path, problems);

    const key = level.key;
    const keyIsValid = typeof key === "string" && LEVEL_KEY.test(key);
    if (!keyIsValid) {
      problems.push(
        `${path}.key must be an upper-case key such as "HIGHLY_EFFECTIVE", but it is ${describeValue(key)}`,
      );
    } else {
      const firstPath = firstPathByKey.get(key);
      if (firstPath !== undefined) {
        problems.push(
          `${path}.key "${key}" is already used by ${firstPath}, and level keys must be unique`,
        );
      } else {
        firstPathByKey.set(key, path);
      }
    }
    checkText(level.name, `${path}.name`, problems);
    checkText(level.description, `${path}.description`, problems);

    const points = level.points;
    const pointsAreValid =
      typeof points === "number" && Number.isFinite(points);
    if (!pointsAreValid) {
      problems.push(
        `${path}.points must be a number, but it is ${describeValue(points)}`,
      );
    }
    if (keyIsValid && pointsAreValid) {
      checked.push({ key, points, path });
    }
  });

  if (checked.length !== levels.length) {
    return undefined;
  }
  for (let index = 1; index < checked.length; index += 1) {
    const lower = checked[index - 1];
    const level = checked[index];
    if (level.points <= lower.points) {
      problems.push(
        `${level.path}.points of "${level.key}" is ${level.points}, but it must be greater than the points of "${lower.key}" (${lower.points}) below it, because levels are listed lowest first`,
      );
    }
  }
  return checked;
}

function checkPlusMark(
  plus: unknown,
  levels: CheckedLevel[] | undefined,
  problems: string[],
): void {
  const path = "scale.plus";
  if (!isJsonObject(plus)) {
    problems.push(
      `${path} must be an object, but it is ${describeValue(plus)}`,
    );
    return;
  }
  checkKnownProperties(plus, PLUS_PROPERTIES, path, problems);
  checkText(plus.name, `${path}.name`, problems);
  checkText(plus.description, `${path}.description`, problems);

  const points = plus.points;
  const pointsAreValid =
    typeof points === "number" && Number.isFinite(points) && points > 0;
  if (!pointsAreValid) {
    problems.push(
      `${path}.points must be a positive number, but it is ${describeValue(points)}`,
    );
  }

  const allowedOn = checkLevelKeyList(
    plus.allowedOn,
    `${path}.allowedOn`,
    levels,
    problems,
  );
  if (levels === undefined || allowedOn === undefined) {
    return;
  }

  // The lowest level never carries "+", because the mark recognises building
  // the capacity of co-workers, which presumes at least consistent practice.
  const lowest = levels[0];
  if (allowedOn.includes(lowest.key)) {
    problems.push(
      `${path}.allowedOn contains "${lowest.key}", but the "+" mark is not allowed on the lowest level`,
    );
  }

  // A level with "+" must stay below the next level up, or averages could not
  // tell the two apart.
  if (!pointsAreValid) {
    return;
  }
  for (let index = 0; index < levels.length - 1; index += 1) {
    const level = levels[index];
    const next = levels[index + 1];
    const gap = next.points - level.points;
    // A gap that is not positive is already reported by checkLevels.
    if (allowedOn.includes(level.key) && gap > 0 && points >= gap) {
      problems.push(
        `${path}.points is ${points}, which lifts "${level.key}" (${level.points}) to the points of "${next.key}" (${next.points}) or above, so the "+" mark must be worth less than the gap between the two levels`,
      );
    }
  }
}

function checkEarlierFramework(
  earlierFramework: unknown,
  problems: string[],
): EarlierNames {
  const path = "earlierFramework";
  if (earlierFramework === null) {
    return null;
  }
  if (!isJsonObject(earlierFramework)) {
    problems.push(
      `${path} must be an object or null, but it is ${describeValue(earlierFramework)}`,
    );
    return undefined;
  }
  checkKnownProperties(
    earlierFramework,
    EARLIER_FRAMEWORK_PROPERTIES,
    path,
    problems,
  );
  checkText(earlierFramework.name, `${path}.name`, problems);

  const competencies = earlierFramework.competencies;
  if (!Array.isArray(competencies)) {
    problems.push(
      `${path}.competencies must be an array of competency names, but it is ${describeValue(competencies)}`,
    );
    return undefined;
  }

  const names = new Set<string>();
  const firstNameBySpelling = new Map<string, string>();
  let allValid = true;
  competencies.forEach((name: unknown, index) => {
    const namePath = `${path}.competencies[${index}]`;
    if (!checkText(name, namePath, problems)) {
      allValid = false;
      return;
    }
    // Names that differ only in spacing or case, such as
    // "Professional/ Technical Expertise", are one competency spelled twice.
    const spelling = name.replace(/\s+/g, "").toLowerCase();
    const firstName = firstNameBySpelling.get(spelling);
    if (firstName === name) {
      problems.push(`${namePath} "${name}" is listed more than once`);
    } else if (firstName !== undefined) {
      problems.push(
        `${namePath} "${name}" differs from "${firstName}" only in spacing or case, so spell the competency one way`,
      );
    } else {
      firstNameBySpelling.set(spelling, name);
    }
    names.add(name);
  });
  return allValid ? names : undefined;
}

function checkPolicy(
  policy: unknown,
  levels: CheckedLevel[] | undefined,
  problems: string[],
): void {
  const path = "policy";
  if (!isJsonObject(policy)) {
    problems.push(
      `${path} must be an object, but it is ${describeValue(policy)}`,
    );
    return;
  }
  checkKnownProperties(policy, POLICY_PROPERTIES, path, problems);
  checkLevelKeyList(
    policy.commentRequiredOnLevels,
    `${path}.commentRequiredOnLevels`,
    levels,
    problems,
  );
}

/**
 * Checks a list of level keys and returns it, or undefined when it is not an
 * array of strings. Membership is checked only when the levels are valid.
 */
function checkLevelKeyList(
  list: unknown,
  path: string,
  levels: CheckedLevel[] | undefined,
  problems: string[],
): string[] | undefined {
  if (!Array.isArray(list)) {
    problems.push(
      `${path} must be an array of level keys, but it is ${describeValue(list)}`,
    );
    return undefined;
  }

  const keys: string[] = [];
  list.forEach((key: unknown, index) => {
    const keyPath = `${path}[${index}]`;
    if (typeof key !== "string") {
      problems.push(
        `${keyPath} must be a level key, but it is ${describeValue(key)}`,
      );
      return;
    }
    if (keys.includes(key)) {
      problems.push(`${keyPath} "${key}" is listed more than once`);
    }
    if (levels !== undefined && !levels.some((level) => level.key === key)) {
      const known = levels.map((level) => level.key).join(", ");
      problems.push(
        `${keyPath} "${key}" is not a level of scale.levels (${known})`,
      );
    }
    keys.push(key);
  });
  return keys.length === list.length ? keys : undefined;
}

function checkClusters(
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

/** Reports each property of `value` that `allowed` does not list, such as a misspelled one. */
function checkKnownProperties(
  value: JsonObject,
  allowed: readonly string[],
  path: string,
  problems: string[],
): void {
  const where = path === "" ? "at the top level" : `in ${path}`;
  for (const property of Object.keys(value)) {
    if (!allowed.includes(property)) {
      problems.push(
        `unknown property "${property}" ${where} (allowed: ${allowed.join(", ")})`,
      );
    }
  }
}

function checkKebabCaseKey(
  key: unknown,
  path: string,
  problems: string[],
): key is string {
  if (typeof key === "string" && KEBAB_CASE.test(key)) {
    return true;
  }
  problems.push(
    `${path} must be a kebab-case key such as "ethics-and-values", but it is ${describeValue(key)}`,
  );
  return false;
}

function checkText(
  value: unknown,
  path: string,
  problems: string[],
): value is string {
  if (typeof value === "string" && value.trim() !== "") {
    return true;
  }
  problems.push(
    `${path} must be a non-empty string, but it is ${describeValue(value)}`,
  );
  return false;
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Describes a value for a problem message, quoting strings and cutting long ones. */
function describeValue(value: unknown): string {
  if (value === undefined) {
    return "missing";
  }
  if (value === null) {
    return "null";
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? "an empty array" : "an array";
  }
  if (typeof value === "string") {
    const truncated = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(truncated);
  }
  if (typeof value === "object") {
    return "an object";
  }
  return String(value);
}
