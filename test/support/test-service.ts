import type { Logger } from "pino";
import { issueToken } from "../../src/auth/issue-token";
import type { SystemRole } from "../../src/domain/actor";
import { loadConfig } from "../../src/server/config";
import { createService } from "../../src/server/create-service";
import { createLogger } from "../../src/server/logger";
import { openTestDatabase, type TestDatabase } from "./test-database";

/** A user for whom a test asks the service for a token. */
export interface TestIdentity {
  userId: string;
  employeeId?: string | null;
  roles?: SystemRole[];
}

export interface TestService {
  /** The GraphQL endpoint on 127.0.0.1. */
  url: string;
  database: TestDatabase;
  /** Signs a token the service accepts for the identity. */
  tokenFor(identity: TestIdentity): Promise<string>;
  close(): Promise<void>;
}

const testSecret = "test-secret-that-is-long-enough-for-hs256-signing";

/**
 * Starts the whole service on a free loopback port over a fresh test
 * database, as `npm start` would, with a known token secret.
 */
export async function startTestService(
  environment: Record<string, string> = {},
): Promise<TestService> {
  const config = loadConfig({
    HOST: "127.0.0.1",
    PORT: "0",
    LEDGER_MODE: "production",
    AUTH_JWT_SECRET: testSecret,
    LOG_LEVEL: "silent",
    ...environment,
  });
  const logger: Logger = createLogger(config.logLevel);
  const database = await openTestDatabase();
  const service = await createService(config, logger, { database });
  return {
    url: service.url,
    database,
    tokenFor: (identity) =>
      issueToken(config.auth, {
        userId: identity.userId,
        employeeId: identity.employeeId ?? null,
        roles: identity.roles ?? [],
        ttlSeconds: 600,
      }),
    close: () => service.close(),
  };
}
