import "reflect-metadata";
import type { Logger } from "pino";
import { demoIdentities } from "../application/demo-identities";
import { issueToken } from "../auth/issue-token";
import { ConfigError, loadConfig, type ServiceConfig } from "./config";
import { createService, type RunningService } from "./create-service";
import { createLogger } from "./logger";

const DEMO_TOKEN_TTL_SECONDS = 12 * 60 * 60;

// Maximum wait for in-flight requests after SIGINT or SIGTERM.
const SHUTDOWN_TIMEOUT_MS = 30_000;

const config = readConfigOrExit();
const logger = createLogger(config.logLevel);

let service: RunningService;
try {
  service = await createService(config, logger);
} catch (error) {
  logger.fatal({ err: error }, "Failed to start the service");
  process.exit(1);
}

process.stdout.write(
  `GraphQL listens at ${service.url}, using ${service.database.description}\n`,
);
if (config.mode === "demo") {
  await printDemoTokens(config, logger);
}

// Repeated signals are ignored while the shutdown runs. SHUTDOWN_TIMEOUT_MS
// bounds the wait instead.
let shuttingDown = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (shuttingDown) {
      return;
    }
    shuttingDown = true;
    void shutDown(service, signal, logger);
  });
}

function readConfigOrExit(): ServiceConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function printDemoTokens(
  config: ServiceConfig,
  logger: Logger,
): Promise<void> {
  if (config.auth.hs256Secret === null) {
    process.stdout.write(
      "Demo mode: no demo tokens printed, because only an RS256 public key is configured and this service can sign HS256 tokens only.\n",
    );
    return;
  }
  if (config.generatedAuthSecret) {
    logger.warn(
      "No token key is configured, so a random HS256 secret was generated. Tokens signed with it stop working when the service restarts. Set AUTH_JWT_SECRET to keep them valid.",
    );
  }

  process.stdout.write(
    "Demo tokens, valid for 12 hours (send as the header Authorization: Bearer <token>):\n",
  );
  for (const identity of demoIdentities()) {
    const token = await issueToken(config.auth, {
      userId: identity.userId,
      employeeId: identity.employeeId,
      roles: identity.roles,
      ttlSeconds: DEMO_TOKEN_TTL_SECONDS,
    });
    const roles =
      identity.roles.length > 0 ? identity.roles.join(", ") : "no roles";
    process.stdout.write(`  ${identity.label} (${roles}): ${token}\n`);
  }
}

async function shutDown(
  service: RunningService,
  signal: NodeJS.Signals,
  logger: Logger,
): Promise<void> {
  logger.info({ signal }, "Shutting down: waiting for in-flight requests");
  const timeout = setTimeout(() => {
    logger.error(
      { timeoutMs: SHUTDOWN_TIMEOUT_MS },
      "Shutdown timed out waiting for in-flight requests. Exiting anyway.",
    );
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS);
  timeout.unref();

  try {
    await service.close();
  } catch (error) {
    logger.error({ err: error }, "Failed to shut down cleanly");
    process.exit(1);
  }
  logger.info("Service stopped");
  process.exit(0);
}
