import {
  checkKnownProperties,
  checkText,
  describeValue,
  isJsonObject,
} from "./shape-checks";

const LEVEL_KEY = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

const SCALE_PROPERTIES = ["levels", "plus"];
const LEVEL_PROPERTIES = ["key", "name", "description", "points"];
const PLUS_PROPERTIES = ["name", "description", "points", "allowedOn"];

/** A level that passed its own checks, kept for the cross-checks. */
export interface CheckedLevel {
  key: string;
  points: number;
  path: string;
}

/** Checks the scale and returns its levels, or undefined when any level is invalid. */
export function checkScale(
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

/**
 * Checks a list of level keys and returns it, or undefined when it is not an
 * array of strings. Membership is checked only when the levels are valid.
 */
export function checkLevelKeyList(
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
