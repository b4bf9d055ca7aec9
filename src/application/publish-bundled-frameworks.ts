import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { DatabaseSchema } from "../database/database-schema";
import {
  bundledFrameworkPaths,
  loadFrameworkFile,
} from "../frameworks/load-framework-file";
import { publishFramework } from "./publish-framework";

/** Actor id recorded on framework versions published at start-up. */
export const systemActorId = "system";

/**
 * Publishes every framework file bundled with the service, oldest version
 * first. Versions already published with the same content are left alone.
 * Throws when a file is invalid or when a published version's content
 * differs from its file, because a published version must never change.
 */
export async function publishBundledFrameworks(
  db: Kysely<DatabaseSchema>,
  logger: Logger,
): Promise<void> {
  const correlationId = randomUUID();
  for (const path of bundledFrameworkPaths()) {
    const definition = await loadFrameworkFile(path);
    const result = await publishFramework(db, definition, {
      actorId: systemActorId,
      correlationId,
      now: new Date(),
    });
    if (result.published) {
      logger.info(
        { framework: result.key, version: result.version },
        "published framework version",
      );
    }
  }
}
