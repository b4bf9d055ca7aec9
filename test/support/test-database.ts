import { randomUUID } from "node:crypto";
import pg from "pg";
import {
  connectDatabase,
  type Database,
} from "../../src/database/connect-database";
import { migrateToLatest } from "../../src/database/migrate-to-latest";

/**
 * The database the tests run on. `TEST_DATABASE=postgres` selects the
 * PostgreSQL server at `TEST_DATABASE_URL`, by default the local server's
 * `test` database. Any other value runs on PGlite in memory.
 */
export const testDatabaseKind =
  process.env.TEST_DATABASE === "postgres" ? "postgres" : "pglite";

const adminUrl =
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface TestDatabase extends Database {
  /** Connection URL of the scratch database; null on PGlite. */
  url: string | null;
}

/**
 * Opens an empty, migrated database for one test file. On PostgreSQL each
 * call creates a scratch database that `close()` drops again.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind === "pglite") {
    const database = await connectDatabase({ kind: "pglite", dataDir: null });
    await migrateToLatest(database.db);
    return { ...database, url: null };
  }

  const name = `ledger_test_${randomUUID().replaceAll("-", "")}`;
  await runAsAdmin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await connectDatabase({
    kind: "postgres",
    url: url.toString(),
  });
  await migrateToLatest(database.db);
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      await runAsAdmin(`drop database if exists ${name} with (force)`);
    },
  };
}

async function runAsAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
