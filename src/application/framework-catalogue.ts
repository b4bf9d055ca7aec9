import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import { NotFoundError } from "../domain/errors";
import type { FrameworkDefinition } from "../domain/framework/framework-definition";

/** A framework version as published, with when and by whom. */
export interface PublishedFramework {
  definition: FrameworkDefinition;
  contentHash: string;
  publishedAt: Date;
  publishedBy: string;
}

// Published versions never change, so each database's versions are cached
// for the life of the process.
const caches = new WeakMap<object, Map<string, PublishedFramework>>();

function cacheFor(db: Kysely<DatabaseSchema>): Map<string, PublishedFramework> {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

/**
 * Returns a published framework version, or null when that version was never
 * published.
 */
export async function findFrameworkVersion(
  db: Kysely<DatabaseSchema>,
  key: string,
  version: number,
): Promise<PublishedFramework | null> {
  const cache = cacheFor(db);
  const cached = cache.get(`${key}@${version}`);
  if (cached !== undefined) return cached;

  const row = await db
    .selectFrom("framework_versions")
    .selectAll()
    .where("framework_key", "=", key)
    .where("version", "=", version)
    .executeTakeFirst();
  if (row === undefined) return null;

  const published: PublishedFramework = {
    definition: row.definition as FrameworkDefinition,
    contentHash: row.content_hash,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
  };
  cache.set(`${key}@${version}`, published);
  return published;
}

/**
 * Returns a published framework version. Throws NotFoundError naming the
 * key and version when it was never published.
 */
export async function getFrameworkVersion(
  db: Kysely<DatabaseSchema>,
  key: string,
  version: number,
): Promise<PublishedFramework> {
  const published = await findFrameworkVersion(db, key, version);
  if (published === null) {
    throw new NotFoundError(
      `Framework ${key} has no published version ${version}.`,
      { key, version },
    );
  }
  return published;
}

/** Returns the highest published version of a framework, or null if none. */
export async function latestFrameworkVersion(
  db: Kysely<DatabaseSchema>,
  key: string,
): Promise<number | null> {
  const row = await db
    .selectFrom("framework_versions")
    .select((eb) => eb.fn.max("version").as("latest"))
    .where("framework_key", "=", key)
    .executeTakeFirst();
  return row?.latest ?? null;
}

/** Lists every published framework key with its versions, oldest first. */
export async function listFrameworkVersions(
  db: Kysely<DatabaseSchema>,
): Promise<Array<{ key: string; version: number }>> {
  const rows = await db
    .selectFrom("framework_versions")
    .select(["framework_key", "version"])
    .orderBy("framework_key")
    .orderBy("version")
    .execute();
  return rows.map((row) => ({ key: row.framework_key, version: row.version }));
}
