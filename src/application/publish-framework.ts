import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { jsonb } from "../database/jsonb";
import type { DatabaseSchema } from "../database/database-schema";
import {
  InvalidInputError,
  RuleViolationError,
  VersionConflictError,
} from "../domain/errors";
import type { FrameworkDefinition } from "../domain/framework/framework-definition";
import type { FrameworkVersionPublished } from "../domain/framework/framework-events";
import { listCompetencies } from "../domain/framework/framework-queries";
import { validateFrameworkDefinition } from "../domain/framework/validate-framework";
import { appendToStream } from "../event-store/append-to-stream";
import { canonicalJson } from "../event-store/event-hash";
import { toNewEvents, type CommandOrigin } from "./command-metadata";
import { findFrameworkVersion } from "./framework-catalogue";

export interface PublishResult {
  /** False when this exact version was already published. */
  published: boolean;
  key: string;
  version: number;
}

/** Returns the id of the stream that contains every version of a framework. */
export function frameworkStreamId(key: string): string {
  return `framework-${key}`;
}

/**
 * Publishes a framework version as an immutable event and adds it to the
 * catalogue, in one transaction. Publishing the same definition again
 * changes nothing.
 *
 * Throws RuleViolationError INVALID_FRAMEWORK for an invalid definition or a
 * `continues` key missing from the previous version,
 * FRAMEWORK_VERSION_CHANGED when the version exists with other content, and
 * InvalidInputError when the version skips a number.
 */
export async function publishFramework(
  db: Kysely<DatabaseSchema>,
  input: unknown,
  origin: CommandOrigin,
): Promise<PublishResult> {
  const definition = validateFrameworkDefinition(input);
  const contentHash = hashDefinition(definition);

  try {
    return await publishOnce(db, definition, contentHash, origin);
  } catch (error) {
    // A concurrent publisher of the same version won the race. The second
    // attempt finds that version and compares its content.
    if (!(error instanceof VersionConflictError)) throw error;
    return publishOnce(db, definition, contentHash, origin);
  }
}

async function publishOnce(
  db: Kysely<DatabaseSchema>,
  definition: FrameworkDefinition,
  contentHash: string,
  origin: CommandOrigin,
): Promise<PublishResult> {
  const { key, version } = definition;
  return db.transaction().execute(async (trx) => {
    const existing = await findFrameworkVersion(trx, key, version);
    if (existing !== null) {
      if (existing.contentHash === contentHash) {
        return { published: false, key, version };
      }
      throw new RuleViolationError(
        "FRAMEWORK_VERSION_CHANGED",
        `Framework ${key} version ${version} is already published with different content. Publish the change as version ${version + 1}.`,
        { key, version },
      );
    }

    const latest = await latestVersionIn(trx, key);
    if (version !== latest + 1) {
      throw new InvalidInputError(
        `Framework ${key} is at version ${latest}, so the next version must be ${latest + 1}, not ${version}.`,
        { key, version, latest },
      );
    }
    if (latest > 0) {
      const previous = await findFrameworkVersion(trx, key, latest);
      checkContinuations(definition, previous!.definition);
    }

    const events: FrameworkVersionPublished[] = [
      {
        type: "FrameworkVersionPublished",
        data: { definition, contentHash },
      },
    ];
    await appendToStream(trx, {
      streamId: frameworkStreamId(key),
      streamType: "framework",
      expectedVersion: latest === 0 ? "no-stream" : latest,
      events: toNewEvents(events, origin, { FrameworkVersionPublished: 1 }),
    });
    await trx
      .insertInto("framework_versions")
      .values({
        framework_key: key,
        version,
        name: definition.name,
        definition: jsonb(definition),
        content_hash: contentHash,
        published_at: origin.now,
        published_by: origin.actorId,
      })
      .execute();
    return { published: true, key, version };
  });
}

function hashDefinition(definition: FrameworkDefinition): string {
  return createHash("sha256").update(canonicalJson(definition)).digest("hex");
}

async function latestVersionIn(
  db: Kysely<DatabaseSchema>,
  key: string,
): Promise<number> {
  const row = await db
    .selectFrom("framework_versions")
    .select((eb) => eb.fn.max("version").as("latest"))
    .where("framework_key", "=", key)
    .executeTakeFirst();
  return row?.latest ?? 0;
}

function checkContinuations(
  definition: FrameworkDefinition,
  previous: FrameworkDefinition,
): void {
  const previousKeys = new Set(
    listCompetencies(previous).map((competency) => competency.key),
  );
  const problems = listCompetencies(definition)
    .filter(
      (competency) =>
        competency.continues !== null &&
        !previousKeys.has(competency.continues),
    )
    .map(
      (competency) =>
        `competency ${competency.key} continues ${competency.continues}, which version ${previous.version} does not have`,
    );
  if (problems.length > 0) {
    throw new RuleViolationError(
      "INVALID_FRAMEWORK",
      `Framework ${definition.key} version ${definition.version} is invalid: ${problems.join("; ")}.`,
      { problems },
    );
  }
}
