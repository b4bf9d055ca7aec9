import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { InvalidInputError, RuleViolationError } from "../domain/errors";
import type { FrameworkDefinition } from "../domain/framework/framework-definition";
import { validateFrameworkDefinition } from "../domain/framework/validate-framework";

// Versions are positive integers without leading zeros, so each version has
// exactly one file name.
const VERSION_FILE_NAME = /^v([1-9]\d*)\.json$/;

/**
 * Reads a framework definition from a JSON file and validates it.
 *
 * Throws InvalidInputError naming the path when the file cannot be read or is
 * not valid JSON. Throws RuleViolationError with code INVALID_FRAMEWORK,
 * naming the path and listing the problems, when the JSON is not a valid
 * definition.
 */
export async function loadFrameworkFile(
  path: string,
): Promise<FrameworkDefinition> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new InvalidInputError(
      `Failed to read framework file ${path}: ${errorMessage(error)}`,
      { path },
    );
  }

  let parsed: unknown;
  try {
    // A byte order mark is not JSON, but some editors add one.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new InvalidInputError(
      `Framework file ${path} is not valid JSON: ${errorMessage(error)}`,
      { path },
    );
  }

  try {
    return validateFrameworkDefinition(parsed);
  } catch (error) {
    if (error instanceof RuleViolationError) {
      throw new RuleViolationError(
        error.code,
        `Framework file ${path}: ${error.message}`,
        { ...error.details, path },
      );
    }
    throw error;
  }
}

/**
 * Returns the absolute paths of the framework files bundled with the service,
 * `<key>/v<version>.json` in the directory of this module, sorted by key and
 * then by version number (so v2 comes before v10).
 */
export function bundledFrameworkPaths(): string[] {
  const frameworksDirectory = fileURLToPath(new URL(".", import.meta.url));
  const files: { key: string; version: number; path: string }[] = [];

  const entries = readdirSync(frameworksDirectory, { withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isDirectory()) {
      continue;
    }
    const keyDirectory = join(frameworksDirectory, entry.name);
    for (const fileName of readdirSync(keyDirectory)) {
      const match = VERSION_FILE_NAME.exec(fileName);
      if (match === null) {
        continue;
      }
      files.push({
        key: entry.name,
        version: Number(match[1]),
        path: join(keyDirectory, fileName),
      });
    }
  }

  files.sort((a, b) => {
    if (a.key !== b.key) {
      return a.key < b.key ? -1 : 1;
    }
    return a.version - b.version;
  });
  return files.map((file) => file.path);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
