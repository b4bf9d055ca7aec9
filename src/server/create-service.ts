import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Logger } from "pino";
import { publishBundledFrameworks } from "../application/publish-bundled-frameworks";
import { seedDemoDistrict } from "../application/seed-demo-district";
import {
  createTokenVerifier,
  type TokenVerifier,
} from "../auth/verify-bearer-token";
import {
  connectDatabase,
  type Database,
  type DatabaseTarget,
} from "../database/connect-database";
import { migrateToLatest } from "../database/migrate-to-latest";
import { buildLedgerSchema } from "../graphql/build-schema";
import { createErrorFormatter } from "../graphql/format-error";
import { createCostLimitPlugin } from "../graphql/limits/cost-limit-plugin";
import { createDepthLimitRule } from "../graphql/limits/depth-limit-rule";
import type { RequestContext } from "../graphql/request-context";
import type { ServiceConfig } from "./config";
import { startHttpServer } from "./http-server";

/** A running service: GraphQL over HTTP on an open, migrated database. */
export interface RunningService {
  /** The GraphQL endpoint. */
  url: string;
  database: Database;
  /**
   * Stops accepting requests, waits for in-flight ones, then stops Apollo
   * and closes the database.
   */
  close(): Promise<void>;
}

export interface CreateServiceOptions {
  /**
   * An open database to serve instead of the one the config names. The
   * service closes it on close, as it would its own.
   */
  database?: Database;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Starts the service: connects the database the config names, applies
 * pending migrations, publishes the bundled frameworks, builds the GraphQL
 * schema and serves it over HTTP. Every request gets a RequestContext whose
 * actor comes from its bearer token and whose correlation id is the
 * request's `x-request-id` header when that is a UUID, else a new UUID.
 *
 * Throws, after closing whatever it had opened, when any step fails: for
 * example when the database cannot be reached, a migration fails or the
 * port is taken.
 */
export async function createService(
  config: ServiceConfig,
  logger: Logger,
  options: CreateServiceOptions = {},
): Promise<RunningService> {
  const database =
    options.database ??
    (await connectDatabase(databaseTarget(config, logger)));
  let apollo: ApolloServer<RequestContext> | null = null;

  try {
    const applied = await migrateToLatest(database.db);
    logger.info({ migrations: applied }, "Database migrations applied");

    await publishBundledFrameworks(database.db, logger);
    if (config.mode === "demo") {
      await seedDemoDistrict(database.db, logger);
    }

    apollo = new ApolloServer<RequestContext>({
      schema: await buildLedgerSchema(),
      introspection: config.introspection,
      includeStacktraceInErrorResponses: false,
      // Without introspection, "Did you mean" hints would still name fields.
      hideSchemaDetailsFromClientErrors: !config.introspection,
      formatError: createErrorFormatter(logger),
      validationRules: [createDepthLimitRule(config.maxQueryDepth)],
      logger: logger.child({ component: "apollo" }),
      // The caller owns the process signals and stops Apollo through close().
      stopOnTerminationSignals: false,
      // The landing page's Sandbox explores the schema by introspection, so
      // without introspection it has nothing to show.
      plugins: [
        createCostLimitPlugin(config.maxQueryCost),
        ...(config.introspection
          ? []
          : [ApolloServerPluginLandingPageDisabled()]),
      ],
    });
    await apollo.start();

    const verifyToken = createTokenVerifier(config.auth);
    const httpServer = await startHttpServer({
      apollo,
      host: config.host,
      port: config.port,
      maxBodyBytes: config.maxBodyBytes,
      logger,
      createContext: (request) =>
        createRequestContext(request, database, verifyToken, logger),
    });

    const runningApollo = apollo;
    return {
      url: httpServer.url,
      database,
      close: async () => {
        await httpServer.close();
        await runningApollo.stop();
        await database.close();
      },
    };
  } catch (error) {
    await apollo?.stop();
    await database.close();
    throw error;
  }
}

function databaseTarget(config: ServiceConfig, logger: Logger): DatabaseTarget {
  if (config.database.kind === "pglite") {
    return config.database;
  }
  return {
    ...config.database,
    onIdleError: (error) =>
      logger.warn(
        { err: error },
        "An idle PostgreSQL connection failed. The pool opens a new one when needed.",
      ),
  };
}

async function createRequestContext(
  request: IncomingMessage,
  database: Database,
  verifyToken: TokenVerifier,
  logger: Logger,
): Promise<RequestContext> {
  const actor = await verifyToken(request.headers.authorization);
  const correlationId = correlationIdOf(request);
  return {
    db: database.db,
    actor,
    correlationId,
    logger: logger.child({ correlationId, userId: actor?.userId ?? null }),
    now: () => new Date(),
  };
}

function correlationIdOf(request: IncomingMessage): string {
  const requestId = request.headers["x-request-id"];
  if (typeof requestId === "string" && UUID.test(requestId)) {
    return requestId.toLowerCase();
  }
  return randomUUID();
}
