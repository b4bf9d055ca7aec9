import { SignJWT } from "jose";
import type { SystemRole } from "../domain/actor";
import type { AuthConfig } from "./verify-bearer-token";

/** The user a token names and how long it stays valid. */
export interface TokenRequest {
  userId: string;
  employeeId: string | null;
  roles: SystemRole[];
  /** Seconds from now until the token expires. */
  ttlSeconds: number;
}

/**
 * Signs an HS256 JSON Web Token that `createTokenVerifier` accepts for the
 * same config. The token carries the user id in `sub`, the employee id in
 * `employee_id` (left out when null) and the system roles in `roles`. Its
 * `iss` and `aud` come from the config, and `exp` is now plus `ttlSeconds`.
 *
 * Throws Error when the config has no HS256 secret, when `userId` is empty or
 * when `ttlSeconds` is not a positive integer.
 */
export async function issueToken(
  authConfig: AuthConfig,
  request: TokenRequest,
): Promise<string> {
  if (authConfig.hs256Secret === null) {
    throw new Error(
      "Cannot issue a token: the auth config has no HS256 secret. Set AUTH_JWT_SECRET.",
    );
  }
  if (request.userId.length === 0) {
    throw new Error("Cannot issue a token for an empty user id.");
  }
  if (!Number.isInteger(request.ttlSeconds) || request.ttlSeconds <= 0) {
    throw new Error(
      `Cannot issue a token with ttlSeconds ${request.ttlSeconds}: expected a positive whole number of seconds.`,
    );
  }

  const claims: Record<string, unknown> = { roles: request.roles };
  if (request.employeeId !== null) {
    claims.employee_id = request.employeeId;
  }

  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(request.userId)
    .setIssuer(authConfig.issuer)
    .setAudience(authConfig.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + request.ttlSeconds)
    .sign(new TextEncoder().encode(authConfig.hs256Secret));
}
