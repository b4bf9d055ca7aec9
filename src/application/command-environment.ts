import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import type { Actor } from "../domain/actor";
import { UnauthenticatedError } from "../domain/errors";

/** What every command handler needs: where to write and on whose behalf. */
export interface CommandEnvironment {
  db: Kysely<DatabaseSchema>;
  actor: Actor | null;
  correlationId: string;
  now: () => Date;
}

/** Returns the actor, or throws UnauthenticatedError for an anonymous call. */
export function requireActor(environment: CommandEnvironment): Actor {
  if (environment.actor === null) {
    throw new UnauthenticatedError(
      "Sign in first: this action needs a bearer token.",
    );
  }
  return environment.actor;
}
