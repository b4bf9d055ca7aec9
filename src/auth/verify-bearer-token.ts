import {
  createLocalJWKSet,
  decodeProtectedHeader,
  errors,
  importSPKI,
  jwtVerify,
  type CompactJWSHeaderParameters,
  type CryptoKey,
  type FlattenedJWSInput,
  type JSONWebKeySet,
  type JWTPayload,
} from "jose";
import type { Actor, SystemRole } from "../domain/actor";
import { UnauthenticatedError } from "../domain/errors";

/** The keys and claims that bearer tokens are checked against. */
export interface AuthConfig {
  /** Required `iss` claim. */
  issuer: string;
  /** Value that the `aud` claim must contain. */
  audience: string;
  /** Shared secret for HS256 tokens, or null when HS256 is not accepted. */
  hs256Secret: string | null;
  /** RSA public key for RS256 tokens, or null when RS256 is not accepted. */
  rs256PublicKey: Rs256PublicKey | null;
}

/** RSA public key material read from a local file. */
export type Rs256PublicKey =
  | { format: "spki"; pem: string; path: string }
  | { format: "jwks"; jwks: JSONWebKeySet; path: string };

/**
 * Resolves the Authorization header of a request to the user it names, or to
 * null for a request without the header.
 */
export type TokenVerifier = (
  authorizationHeader: string | undefined,
) => Promise<Actor | null>;

// Tolerated difference between this server's clock and the token issuer's
// clock when checking `exp` and `nbf`.
const CLOCK_TOLERANCE_SECONDS = 30;

const SYSTEM_ROLES: readonly SystemRole[] = ["HR", "AUDITOR", "ANALYST"];

const BEARER_HEADER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/**
 * Creates a verifier for `Authorization: Bearer <JWT>` headers. A missing
 * header yields null (an anonymous request). Otherwise the token must be
 * signed with HS256 by `hs256Secret` or with RS256 by `rs256PublicKey`. It
 * must carry the configured `iss` and `aud`, an `exp` and a `sub`, and be
 * within its `nbf` and `exp` times, with 30 seconds of clock tolerance. The
 * verifier maps `sub` to `userId`, `employee_id` to `employeeId` and
 * `roles` to `roles`.
 *
 * The verifier throws UnauthenticatedError, with a message naming the failed
 * check and never the token, when any of these checks fails or when `roles`
 * names a role other than HR, AUDITOR or ANALYST. This function throws Error
 * when the config accepts no algorithm at all.
 */
export function createTokenVerifier(authConfig: AuthConfig): TokenVerifier {
  const algorithms = acceptedAlgorithms(authConfig);
  const resolveKey = createKeyResolver(authConfig);

  return async (authorizationHeader) => {
    if (authorizationHeader === undefined) {
      return null;
    }
    const token = extractBearerToken(authorizationHeader);

    let payload: JWTPayload;
    try {
      const result = await jwtVerify(token, resolveKey, {
        algorithms,
        issuer: authConfig.issuer,
        audience: authConfig.audience,
        requiredClaims: ["sub", "exp"],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      payload = result.payload;
    } catch (error) {
      throw describeVerificationFailure(error, token, authConfig, algorithms);
    }

    return actorFromClaims(payload);
  };
}

function acceptedAlgorithms(authConfig: AuthConfig): string[] {
  const algorithms: string[] = [];
  if (authConfig.hs256Secret !== null) {
    algorithms.push("HS256");
  }
  if (authConfig.rs256PublicKey !== null) {
    algorithms.push("RS256");
  }
  if (algorithms.length === 0) {
    throw new Error(
      "The auth config has neither an HS256 secret nor an RS256 public key, so no bearer token could be verified.",
    );
  }
  return algorithms;
}

type KeyResolver = (
  header: CompactJWSHeaderParameters,
  token: FlattenedJWSInput,
) => Promise<CryptoKey | Uint8Array>;

function createKeyResolver(authConfig: AuthConfig): KeyResolver {
  const secret =
    authConfig.hs256Secret === null
      ? null
      : new TextEncoder().encode(authConfig.hs256Secret);
  const resolvePublicKey = createPublicKeyResolver(authConfig.rs256PublicKey);

  // jwtVerify has already rejected any `alg` outside the accepted list, so
  // each algorithm reaches only the key made for it. An RSA public key can
  // never be used as an HMAC secret.
  return async (header, token) => {
    if (header.alg === "HS256" && secret !== null) {
      return secret;
    }
    if (header.alg === "RS256" && resolvePublicKey !== null) {
      return resolvePublicKey(header, token);
    }
    throw new errors.JOSEAlgNotAllowed(
      `"alg" (Algorithm) Header Parameter value not allowed`,
    );
  };
}

function createPublicKeyResolver(
  publicKey: Rs256PublicKey | null,
): KeyResolver | null {
  if (publicKey === null) {
    return null;
  }
  if (publicKey.format === "jwks") {
    return createLocalJWKSet(publicKey.jwks);
  }
  let imported: Promise<CryptoKey> | null = null;
  return () => {
    imported ??= importSPKI(publicKey.pem, "RS256");
    return imported;
  };
}

function extractBearerToken(authorizationHeader: string): string {
  const match = BEARER_HEADER.exec(authorizationHeader);
  if (match === null) {
    throw new UnauthenticatedError(
      'The Authorization header must have the form "Bearer <token>", where <token> is a JSON Web Token.',
    );
  }
  return match[1];
}

function describeVerificationFailure(
  error: unknown,
  token: string,
  authConfig: AuthConfig,
  algorithms: string[],
): unknown {
  if (!(error instanceof errors.JOSEError)) {
    return error;
  }
  const message = verificationFailureMessage(
    error,
    token,
    authConfig,
    algorithms,
  );
  // Any other failure of jose (an unsupported "crit" header, say) still
  // means the token is not acceptable, so the response is 401, not 500.
  return new UnauthenticatedError(
    message ??
      `The bearer token was rejected: ${error.message}. Request a new token.`,
  );
}

function verificationFailureMessage(
  error: errors.JOSEError,
  token: string,
  authConfig: AuthConfig,
  algorithms: string[],
): string | null {
  switch (error.code) {
    case "ERR_JOSE_ALG_NOT_ALLOWED":
      return `The bearer token is signed with algorithm ${quote(tokenAlgorithm(token))}, which this service does not accept. Accepted algorithms: ${algorithms.join(", ")}.`;
    case "ERR_JWS_SIGNATURE_VERIFICATION_FAILED":
      return "The bearer token's signature is invalid: the token was not signed with a key this service trusts.";
    case "ERR_JWS_INVALID":
    case "ERR_JWT_INVALID":
      return "The bearer token is not a well-formed JSON Web Token: expected a base64url-encoded JSON header, JSON claims and a signature, separated by dots.";
    case "ERR_JWKS_NO_MATCHING_KEY":
      return 'No key in the configured JSON Web Key Set matches the bearer token\'s "kid" header and algorithm.';
    case "ERR_JWKS_MULTIPLE_MATCHING_KEYS":
      return 'Several keys in the configured JSON Web Key Set match the bearer token. The token must name its key in a "kid" header.';
    case "ERR_JWT_EXPIRED": {
      const { payload } = error as errors.JWTExpired;
      return `The bearer token expired at ${formatNumericDate(payload.exp)}. Request a new token.`;
    }
    case "ERR_JWT_CLAIM_VALIDATION_FAILED":
      return claimFailureMessage(
        error as errors.JWTClaimValidationFailed,
        authConfig,
      );
    default:
      return null;
  }
}

function claimFailureMessage(
  error: errors.JWTClaimValidationFailed,
  authConfig: AuthConfig,
): string {
  const { claim, reason, payload } = error;

  if (reason === "missing") {
    const purposes: Record<string, string> = {
      sub: "naming the user",
      exp: "stating when the token expires",
      iss: "naming the token's issuer",
      aud: "naming the token's audience",
    };
    const purpose = purposes[claim] ?? "that this service requires";
    return `The bearer token has no "${claim}" claim ${purpose}.`;
  }

  switch (claim) {
    case "iss":
      return `The bearer token was issued by ${quote(payload.iss)}, but this service accepts only tokens issued by "${authConfig.issuer}".`;
    case "aud":
      return `The bearer token is meant for audience ${quote(payload.aud)}, but this service accepts only tokens for audience "${authConfig.audience}".`;
    case "nbf":
      return reason === "check_failed"
        ? `The bearer token is not valid before ${formatNumericDate(payload.nbf)}. Check the clocks of the issuer and this server.`
        : 'The bearer token\'s "nbf" claim is not a number of seconds since 1970-01-01T00:00:00Z.';
    case "exp":
    case "iat":
      return `The bearer token's "${claim}" claim is not a number of seconds since 1970-01-01T00:00:00Z.`;
    default:
      return `The bearer token failed the check of its "${claim}" claim.`;
  }
}

function actorFromClaims(payload: JWTPayload): Actor {
  const { sub } = payload;
  if (typeof sub !== "string" || sub.length === 0) {
    throw new UnauthenticatedError(
      'The bearer token\'s "sub" claim must be a non-empty string naming the user.',
    );
  }
  return {
    userId: sub,
    employeeId: employeeIdFromClaim(payload.employee_id),
    roles: rolesFromClaim(payload.roles),
  };
}

function employeeIdFromClaim(value: unknown): string | null {
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value !== "string" || value.length === 0) {
    throw new UnauthenticatedError(
      'The bearer token\'s "employee_id" claim must be a non-empty string when present.',
    );
  }
  return value;
}

function rolesFromClaim(value: unknown): SystemRole[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value)) {
    throw new UnauthenticatedError(
      `The bearer token's "roles" claim must be an array of role names (${SYSTEM_ROLES.join(", ")}).`,
    );
  }

  const roles = new Set<SystemRole>();
  for (const role of value) {
    if (!isSystemRole(role)) {
      throw new UnauthenticatedError(
        `The bearer token's "roles" claim contains the unknown role ${quote(role)}. Accepted roles: ${SYSTEM_ROLES.join(", ")}.`,
      );
    }
    roles.add(role);
  }
  return [...roles];
}

function isSystemRole(value: unknown): value is SystemRole {
  return SYSTEM_ROLES.includes(value as SystemRole);
}

function tokenAlgorithm(token: string): unknown {
  try {
    return decodeProtectedHeader(token).alg;
  } catch {
    return undefined;
  }
}

function formatNumericDate(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value)
    ? new Date(value * 1000).toISOString()
    : "an unreadable time";
}

function quote(value: unknown): string {
  return value === undefined ? "(none)" : JSON.stringify(value);
}
