import { RuleViolationError } from "../errors";
import { checkClusters, type EarlierNames } from "./check-clusters";
import {
  checkLevelKeyList,
  checkScale,
  type CheckedLevel,
} from "./check-scale";
import type { FrameworkDefinition } from "./framework-definition";
import {
  checkKebabCaseKey,
  checkKnownProperties,
  checkText,
  describeValue,
  isJsonObject,
} from "./shape-checks";

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
const EARLIER_FRAMEWORK_PROPERTIES = ["name", "competencies"];
const POLICY_PROPERTIES = ["commentRequiredOnLevels"];

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
