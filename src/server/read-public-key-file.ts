import { createPublicKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { JSONWebKeySet } from "jose";
import type { Rs256PublicKey } from "../auth/verify-bearer-token";
import { ConfigError } from "./config-error";

// RS256 in jose rejects RSA keys shorter than this, so a shorter key is
// reported at start instead of on every request.
const MIN_RSA_MODULUS_BITS = 2048;

function readKeyFile(variable: string, path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      variable,
      `Invalid ${variable} "${path}": failed to read the file (${reason}).`,
    );
  }
}

/**
 * Reads the PEM file named by AUTH_PUBLIC_KEY_FILE, resolved against the
 * working directory, and checks that it is an RSA SPKI public key of at
 * least 2048 bits. Throws ConfigError naming the file and the problem.
 */
export function readPemPublicKey(givenPath: string): Rs256PublicKey {
  const variable = "AUTH_PUBLIC_KEY_FILE";
  const path = resolve(process.cwd(), givenPath);
  const pem = readKeyFile(variable, path);
  const invalid = (problem: string) =>
    new ConfigError(variable, `Invalid ${variable} "${path}": ${problem}`);

  if (pem.includes("PRIVATE KEY")) {
    throw invalid(
      "the file contains a private key. Give this service the public key only, for example from: openssl pkey -in private.pem -pubout",
    );
  }
  if (pem.trimStart().startsWith("{")) {
    throw invalid(
      "the file looks like JSON. Set AUTH_JWKS_FILE for a JSON Web Key Set, or give a PEM public key here.",
    );
  }
  if (!pem.includes("-----BEGIN PUBLIC KEY-----")) {
    throw invalid(
      'expected a PEM SPKI public key starting with "-----BEGIN PUBLIC KEY-----".',
    );
  }

  let key: ReturnType<typeof createPublicKey>;
  try {
    key = createPublicKey({ key: pem, format: "pem" });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw invalid(`the PEM public key cannot be parsed (${reason}).`);
  }
  const { modulusLength } = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType !== "rsa") {
    throw invalid(
      `the key is of type ${key.asymmetricKeyType ?? "unknown"}, but RS256 needs an RSA key.`,
    );
  }
  if (modulusLength === undefined || modulusLength < MIN_RSA_MODULUS_BITS) {
    throw invalid(
      `the RSA key has ${modulusLength ?? "an unknown number of"} bits, but RS256 needs at least ${MIN_RSA_MODULUS_BITS}.`,
    );
  }
  return { format: "spki", pem, path };
}

/**
 * Reads the JSON Web Key Set named by AUTH_JWKS_FILE, resolved against the
 * working directory, and checks that it contains an RSA key and no private
 * key material. Throws ConfigError naming the file and the problem.
 */
export function readJsonWebKeySet(givenPath: string): Rs256PublicKey {
  const variable = "AUTH_JWKS_FILE";
  const path = resolve(process.cwd(), givenPath);
  const text = readKeyFile(variable, path);
  const invalid = (problem: string) =>
    new ConfigError(variable, `Invalid ${variable} "${path}": ${problem}`);

  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw invalid(
      text.includes("-----BEGIN")
        ? "the file is PEM, not JSON. Set AUTH_PUBLIC_KEY_FILE for a PEM public key."
        : 'the file is not valid JSON. Expected a JSON Web Key Set: {"keys": [...]}.',
    );
  }

  const keys = isRecord(parsed) ? parsed.keys : undefined;
  if (!Array.isArray(keys)) {
    throw invalid(
      'expected a JSON Web Key Set: an object with a "keys" array.',
    );
  }
  if (keys.some((key) => isRecord(key) && "d" in key)) {
    throw invalid(
      'a key contains the private member "d". Give this service public keys only.',
    );
  }
  if (!keys.some((key) => isRecord(key) && key.kty === "RSA")) {
    throw invalid(
      'the set contains no RSA key ("kty": "RSA"), which RS256 needs.',
    );
  }
  return { format: "jwks", jwks: parsed as unknown as JSONWebKeySet, path };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
