import { Migrator, type Kysely, type MigrationResult } from "kysely";
import { migrations } from "../../migrations";

/**
 * Applies every migration not yet applied, each in its own transaction, and
 * returns the names applied by this call. Throws the first migration's error
 * after rolling that migration back; earlier ones stay applied.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === "Error");
    throw new Error(
      `Migration ${failed?.migrationName ?? "(unknown)"} failed: ${describe(error)}`,
      { cause: error },
    );
  }
  return (results ?? [])
    .filter((result: MigrationResult) => result.status === "Success")
    .map((result) => result.migrationName);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
