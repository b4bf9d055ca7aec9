import type { Kysely } from "kysely";
import type { PublishedFramework } from "../application/framework-catalogue";
import type { DatabaseSchema } from "../database/database-schema";
import type { FrameworkDefinition } from "../domain/framework/framework-definition";

/**
 * Lists the framework versions published on or before a UTC day
 * (`YYYY-MM-DD`, already valid), by key and then version, oldest first.
 * Published versions never change, so each is returned as it was published.
 */
export async function listFrameworksOnDay(
  db: Kysely<DatabaseSchema>,
  day: string,
): Promise<PublishedFramework[]> {
  const endOfDay = new Date(`${day}T00:00:00Z`);
  endOfDay.setUTCDate(endOfDay.getUTCDate() + 1);
  const rows = await db
    .selectFrom("framework_versions")
    .selectAll()
    .where("published_at", "<", endOfDay)
    .orderBy("framework_key")
    .orderBy("version")
    .execute();
  return rows.map((row) => ({
    definition: row.definition as FrameworkDefinition,
    contentHash: row.content_hash,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
  }));
}
