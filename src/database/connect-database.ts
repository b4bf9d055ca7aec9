import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { DatabaseSchema } from "./database-schema";
import { PGliteDialect } from "./pglite-dialect";

/** Where the data lives: a PostgreSQL server, or PGlite in a folder or memory. */
export type DatabaseTarget =
  | {
      kind: "postgres";
      url: string;
      poolSize?: number;
      /** Called when an idle pooled connection fails, such as on a server restart. */
      onIdleError?: (error: Error) => void;
    }
  | { kind: "pglite"; dataDir: string | null };

/** An open database and how to close it. */
export interface Database {
  db: Kysely<DatabaseSchema>;
  target: DatabaseTarget;
  /** Human-readable description for logs, without any password. */
  description: string;
  close(): Promise<void>;
}

const int8Oid = 20;

/**
 * Opens the database the target names. Both kinds return 64-bit integers as
 * strings, so positions beyond 2^53 keep every digit. Throws if the server
 * cannot be reached or the folder cannot be created.
 */
export async function connectDatabase(
  target: DatabaseTarget,
): Promise<Database> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
    });
    // Without a listener, an idle connection's error would end the process;
    // the pool drops that connection and opens a new one when needed.
    pool.on("error", (error) => target.onIdleError?.(error));
    const client = await pool.connect();
    client.release();
    const db = new Kysely<DatabaseSchema>({
      dialect: new PostgresDialect({ pool }),
    });
    return {
      db,
      target,
      description: `PostgreSQL at ${redactUrl(target.url)}`,
      close: () => db.destroy(),
    };
  }

  if (target.dataDir !== null) await mkdir(target.dataDir, { recursive: true });
  const pglite = await PGlite.create(target.dataDir ?? undefined, {
    parsers: { [int8Oid]: (value: string) => value },
  });
  const db = new Kysely<DatabaseSchema>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    target,
    description:
      target.dataDir === null
        ? "embedded PostgreSQL (PGlite) in memory"
        : `embedded PostgreSQL (PGlite) in ${target.dataDir}`,
    close: () => db.destroy(),
  };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable URL)";
  }
}
