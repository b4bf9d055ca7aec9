import { randomBytes } from "node:crypto";
import { isIP } from "node:net";
import { resolve } from "node:path";
import type { LevelWithSilent } from "pino";
import type { AuthConfig, Rs256PublicKey } from "../auth/verify-bearer-token";
import type { DatabaseTarget } from "../database/connect-database";
import { ConfigError } from "./config-error";
import { readJsonWebKeySet, readPemPublicKey } from "./read-public-key-file";

export { ConfigError };

/**
 * `demo` runs with sample identities and prints tokens for them at start;
 * `production` requires configured signing keys.
 */
export type LedgerMode = "demo" | "production";

/** Settings of one service process, read from environment variables. */
export interface ServiceConfig {
  mode: LedgerMode;
  host: string;
  port: number;
  /** PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR. */
  database: DatabaseTarget;
  logLevel: LevelWithSilent;
  auth: AuthConfig;
  /**
   * True when demo mode generated a random HS256 secret because no key was
   * configured. Tokens signed with it stop working when the process ends.
   */
  generatedAuthSecret: boolean;
  introspection: boolean;
  maxBodyBytes: number;
  /** Deepest nesting of fields an operation may have. */
  maxQueryDepth: number;
  /** Highest estimated cost an operation may have, in field-costs.ts units. */
  maxQueryCost: number;
}

const LOG_LEVELS: readonly LevelWithSilent[] = [
  "fatal",
  "error",
  "warn",
  "info",
  "debug",
  "trace",
  "silent",
];

const MIN_SECRET_LENGTH = 32;

// Both defaults leave room above the operations in test/operations, which
// the API limit tests check against them. Those nest at most 5 levels, and
// the costliest, a full audit log page, is estimated at under 3000.
const DEFAULT_MAX_QUERY_DEPTH = 10;
const DEFAULT_MAX_QUERY_COST = 5000;

const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/**
 * Reads the service settings from environment variables. A variable that is
 * unset or blank takes its default. DATA_DIR and the key file paths are
 * resolved against the current working directory, and the key files are
 * read and checked here, so a bad key fails at start.
 *
 * In demo mode without AUTH_JWT_SECRET, AUTH_PUBLIC_KEY_FILE or
 * AUTH_JWKS_FILE, this function generates a random HS256 secret.
 *
 * Throws ConfigError naming the variable, its value (except for
 * AUTH_JWT_SECRET and the password in DATABASE_URL, which are never shown)
 * and the accepted values, for the first bad setting found.
 */
export function loadConfig(env: NodeJS.ProcessEnv): ServiceConfig {
  const mode = readMode(env);
  const auth = readAuthConfig(env, mode);

  return {
    mode,
    host: readHost(env),
    port: readPort(env),
    database: readDatabaseTarget(env),
    logLevel: readLogLevel(env),
    auth: auth.config,
    generatedAuthSecret: auth.generated,
    introspection: readBoolean(env, "GRAPHQL_INTROSPECTION", mode === "demo"),
    maxBodyBytes: readMaxBodyBytes(env),
    maxQueryDepth: readQueryLimit(
      env,
      "GRAPHQL_MAX_DEPTH",
      DEFAULT_MAX_QUERY_DEPTH,
      "levels",
    ),
    maxQueryCost: readQueryLimit(
      env,
      "GRAPHQL_MAX_COST",
      DEFAULT_MAX_QUERY_COST,
      "cost units",
    ),
  };
}

function setting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === "" ? undefined : value;
}

function readMode(env: NodeJS.ProcessEnv): LedgerMode {
  const value = setting(env, "LEDGER_MODE")?.trim() ?? "demo";
  if (value !== "demo" && value !== "production") {
    throw new ConfigError(
      "LEDGER_MODE",
      `Invalid LEDGER_MODE "${value}": expected "demo" or "production".`,
    );
  }
  return value;
}

function readHost(env: NodeJS.ProcessEnv): string {
  const value = setting(env, "HOST")?.trim() ?? "127.0.0.1";
  if (isIP(value) === 0 && !HOST_NAME.test(value)) {
    throw new ConfigError(
      "HOST",
      `Invalid HOST "${value}": expected an IP address or a host name, such as 127.0.0.1, 0.0.0.0 or localhost.`,
    );
  }
  return value;
}

function readPort(env: NodeJS.ProcessEnv): number {
  const value = setting(env, "PORT")?.trim();
  if (value === undefined) {
    return 4000;
  }
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new ConfigError(
      "PORT",
      `Invalid PORT "${value}": expected an integer from 0 to 65535 (0 picks a free port).`,
    );
  }
  return port;
}

function readDatabaseTarget(env: NodeJS.ProcessEnv): DatabaseTarget {
  const url = setting(env, "DATABASE_URL")?.trim();
  if (url === undefined) {
    const dataDir = setting(env, "DATA_DIR") ?? "./data";
    return { kind: "pglite", dataDir: resolve(process.cwd(), dataDir) };
  }

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // The value may hold a password, so it is not shown.
    throw new ConfigError(
      "DATABASE_URL",
      "Invalid DATABASE_URL (value not shown because it may contain a password): it is not a URL. Expected postgres://user:password@host:5432/database.",
    );
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    // Only the scheme is shown, because the rest may hold a password.
    throw new ConfigError(
      "DATABASE_URL",
      `Invalid DATABASE_URL with scheme "${parsed.protocol}": expected a postgres:// or postgresql:// URL, such as postgres://user:password@host:5432/database.`,
    );
  }
  return { kind: "postgres", url };
}

function readLogLevel(env: NodeJS.ProcessEnv): LevelWithSilent {
  const value = setting(env, "LOG_LEVEL")?.trim() ?? "info";
  const level = LOG_LEVELS.find((candidate) => candidate === value);
  if (level === undefined) {
    throw new ConfigError(
      "LOG_LEVEL",
      `Invalid LOG_LEVEL "${value}": expected one of ${LOG_LEVELS.join(", ")}.`,
    );
  }
  return level;
}

function readBoolean(
  env: NodeJS.ProcessEnv,
  name: string,
  defaultValue: boolean,
): boolean {
  const value = setting(env, name)?.trim();
  if (value === undefined) {
    return defaultValue;
  }
  const normalized = value.toLowerCase();
  if (["true", "1", "yes", "on"].includes(normalized)) {
    return true;
  }
  if (["false", "0", "no", "off"].includes(normalized)) {
    return false;
  }
  throw new ConfigError(
    name,
    `Invalid ${name} "${value}": expected true or false (1/0, yes/no and on/off are also accepted).`,
  );
}

function readMaxBodyBytes(env: NodeJS.ProcessEnv): number {
  const value = setting(env, "MAX_BODY_BYTES")?.trim();
  if (value === undefined) {
    return 102_400;
  }
  const bytes = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new ConfigError(
      "MAX_BODY_BYTES",
      `Invalid MAX_BODY_BYTES "${value}": expected a whole number of bytes, at least 1, such as 102400 for 100 KiB.`,
    );
  }
  return bytes;
}

function readQueryLimit(
  env: NodeJS.ProcessEnv,
  name: string,
  defaultValue: number,
  unit: string,
): number {
  const value = setting(env, name)?.trim();
  if (value === undefined) {
    return defaultValue;
  }
  const limit = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new ConfigError(
      name,
      `Invalid ${name} "${value}": expected a whole number of ${unit}, at least 1, such as the default ${defaultValue}.`,
    );
  }
  return limit;
}

function readAuthConfig(
  env: NodeJS.ProcessEnv,
  mode: LedgerMode,
): { config: AuthConfig; generated: boolean } {
  const issuer = setting(env, "AUTH_ISSUER")?.trim() ?? "evaluation-ledger";
  const audience = setting(env, "AUTH_AUDIENCE")?.trim() ?? "evaluation-ledger";
  const publicKey = readPublicKey(env);
  let secret = readSecret(env);

  let generated = false;
  if (secret === null && publicKey === null) {
    if (mode === "production") {
      throw new ConfigError(
        "AUTH_JWT_SECRET",
        `LEDGER_MODE=production requires a token key, but none is set: set AUTH_JWT_SECRET (an HS256 secret of at least ${MIN_SECRET_LENGTH} characters), AUTH_PUBLIC_KEY_FILE (a PEM RSA public key) or AUTH_JWKS_FILE (a JSON Web Key Set).`,
      );
    }
    secret = randomBytes(32).toString("base64url");
    generated = true;
  }

  return {
    config: {
      issuer,
      audience,
      hs256Secret: secret,
      rs256PublicKey: publicKey,
    },
    generated,
  };
}

function readSecret(env: NodeJS.ProcessEnv): string | null {
  const secret = setting(env, "AUTH_JWT_SECRET");
  if (secret === undefined) {
    return null;
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(
      "AUTH_JWT_SECRET",
      `Invalid AUTH_JWT_SECRET (value not shown): it has ${secret.length} characters, but an HS256 secret needs at least ${MIN_SECRET_LENGTH}. Generate one with: openssl rand -base64 48`,
    );
  }
  return secret;
}

function readPublicKey(env: NodeJS.ProcessEnv): Rs256PublicKey | null {
  const pemPath = setting(env, "AUTH_PUBLIC_KEY_FILE")?.trim();
  const jwksPath = setting(env, "AUTH_JWKS_FILE")?.trim();

  if (pemPath !== undefined && jwksPath !== undefined) {
    throw new ConfigError(
      "AUTH_JWKS_FILE",
      "AUTH_PUBLIC_KEY_FILE and AUTH_JWKS_FILE are both set: set only one of them.",
    );
  }
  if (pemPath !== undefined) {
    return readPemPublicKey(pemPath);
  }
  if (jwksPath !== undefined) {
    return readJsonWebKeySet(jwksPath);
  }
  return null;
}
