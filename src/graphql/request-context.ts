import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { DatabaseSchema } from "../database/database-schema";
import type { Actor } from "../domain/actor";

/** Everything a resolver needs for one GraphQL request. */
export interface RequestContext {
  db: Kysely<DatabaseSchema>;
  /** The authenticated user, or null for a request without a token. */
  actor: Actor | null;
  /** Id shared by every event this request appends. */
  correlationId: string;
  logger: Logger;
  /** The clock used for recorded and effective times; tests may pin it. */
  now: () => Date;
}
