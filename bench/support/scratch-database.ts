import { randomUUID } from "node:crypto";
import pg from "pg";

/** A database made for one benchmark run on the local server. */
export interface ScratchDatabase {
  name: string;
  url: string;
  /** Drops the database, closing any session still in it. */
  drop(): Promise<void>;
}

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/**
 * Returns the URL of the server benchmarks use: BENCH_ADMIN_URL, else the
 * local server's `postgres` database as user `postgres`. Throws unless the host is a
 * loopback address, so a benchmark never loads a remote server.
 */
export function benchAdminUrl(): string {
  const url =
    process.env.BENCH_ADMIN_URL ??
    "postgres://postgres@127.0.0.1:5432/postgres";
  const host = new URL(url).hostname;
  if (!loopbackHosts.has(host)) {
    throw new Error(
      `BENCH_ADMIN_URL names host ${host}. Benchmarks run only on a server at 127.0.0.1, localhost or ::1.`,
    );
  }
  return url;
}

/**
 * Creates an empty database named `ledger_bench_<name>`, or with a random
 * suffix when no name is given, and returns its URL. An existing database
 * of that name is dropped first.
 */
export async function createScratchDatabase(
  name: string = randomUUID().replaceAll("-", "").slice(0, 12),
): Promise<ScratchDatabase> {
  const databaseName = `ledger_bench_${name}`;
  if (!/^[a-z0-9_]+$/.test(databaseName)) {
    throw new Error(
      `Scratch database name "${databaseName}" may hold only lower-case letters, digits and underscores.`,
    );
  }
  await runAsAdmin(`drop database if exists ${databaseName} with (force)`);
  await runAsAdmin(`create database ${databaseName}`);
  return {
    name: databaseName,
    url: databaseUrl(databaseName),
    drop: () =>
      runAsAdmin(`drop database if exists ${databaseName} with (force)`),
  };
}

/** Returns the URL of an existing scratch database, kept by an earlier run. */
export function existingScratchDatabase(name: string): ScratchDatabase {
  const databaseName = `ledger_bench_${name}`;
  return {
    name: databaseName,
    url: databaseUrl(databaseName),
    drop: () =>
      runAsAdmin(`drop database if exists ${databaseName} with (force)`),
  };
}

function databaseUrl(databaseName: string): string {
  const url = new URL(benchAdminUrl());
  url.pathname = `/${databaseName}`;
  return url.toString();
}

async function runAsAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: benchAdminUrl() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
