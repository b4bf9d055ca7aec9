import type { Actor, SystemRole } from "../../domain/actor";
import { requireCalendarDate } from "../../domain/directory/effective-date";
import {
  ForbiddenError,
  InvalidInputError,
  UnauthenticatedError,
} from "../../domain/errors";
import type { RequestContext } from "../request-context";

/** The largest page the directory and cycle lists return. */
export const maxPageSize = 100;

/** Returns the actor, or throws UnauthenticatedError for a request without one. */
export function requireSignedIn(context: RequestContext): Actor {
  if (context.actor === null) {
    throw new UnauthenticatedError(
      "Sign in first: this request needs a bearer token.",
    );
  }
  return context.actor;
}

/**
 * Returns the actor when they hold one of the roles. Throws
 * UnauthenticatedError without a token and ForbiddenError otherwise.
 * `action` completes "Only ... can ...", such as "read the directory".
 */
export function requireRole(
  context: RequestContext,
  roles: SystemRole[],
  action: string,
): Actor {
  const actor = requireSignedIn(context);
  if (!roles.some((role) => actor.roles.includes(role))) {
    throw new ForbiddenError(
      `Only ${roles.join(" and ")} users can ${action}.`,
      { requiredRoles: roles },
    );
  }
  return actor;
}

/** Returns whether the actor has HR or auditor access to the directory. */
export function readsWholeDirectory(actor: Actor): boolean {
  return actor.roles.includes("HR") || actor.roles.includes("AUDITOR");
}

/**
 * Returns a checked `asOf` day, or null when absent. Throws
 * InvalidInputError for a value that is not a calendar date.
 */
export function optionalDay(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return requireCalendarDate(value, "asOf");
}

/** Returns `first`, or throws InvalidInputError outside 1 to maxPageSize. */
export function requirePageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw new InvalidInputError(
      `The page size (first) must be from 1 to ${maxPageSize}, not ${first}.`,
      { field: "first" },
    );
  }
  return first;
}
