import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/server/config";

const secret = "s3cret-value-that-must-stay-hidden-0123456789";

const keyDirectory = mkdtempSync(join(tmpdir(), "ledger-config-test-"));
afterAll(() => rmSync(keyDirectory, { recursive: true, force: true }));

function writeKeyFile(name: string, contents: string): string {
  const path = join(keyDirectory, name);
  writeFileSync(path, contents);
  return path;
}

const rsaKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const rsaPublicPem = rsaKeys.publicKey
  .export({ type: "spki", format: "pem" })
  .toString();
const rsaPrivatePem = rsaKeys.privateKey
  .export({ type: "pkcs8", format: "pem" })
  .toString();
const rsaPublicJwk = rsaKeys.publicKey.export({ format: "jwk" });
const ecPublicPem = generateKeyPairSync("ec", { namedCurve: "P-256" })
  .publicKey.export({ type: "spki", format: "pem" })
  .toString();

function configErrorOf(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error;
    }
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe("loadConfig defaults", () => {
  const config = loadConfig({});

  it("listens on 127.0.0.1:4000", () => {
    expect(config.host).toBe("127.0.0.1");
    expect(config.port).toBe(4000);
  });

  it("uses PGlite in ./data", () => {
    expect(config.database).toEqual({
      kind: "pglite",
      dataDir: resolve(process.cwd(), "data"),
    });
  });

  it("runs in demo mode with introspection", () => {
    expect(config.mode).toBe("demo");
    expect(config.introspection).toBe(true);
  });

  it("logs at info, 100 KiB bodies", () => {
    expect(config.logLevel).toBe("info");
    expect(config.maxBodyBytes).toBe(102400);
  });

  it("limits depth to 10 and cost to 5000", () => {
    expect(config.maxQueryDepth).toBe(10);
    expect(config.maxQueryCost).toBe(5000);
  });

  it("generates a demo HS256 secret", () => {
    expect(config.generatedAuthSecret).toBe(true);
    expect(config.auth.hs256Secret?.length).toBeGreaterThanOrEqual(32);
    expect(config.auth.rs256PublicKey).toBeNull();
    expect(loadConfig({}).auth.hs256Secret).not.toBe(config.auth.hs256Secret);
  });

  it("uses evaluation-ledger as issuer and audience", () => {
    expect(config.auth.issuer).toBe("evaluation-ledger");
    expect(config.auth.audience).toBe("evaluation-ledger");
  });

  it("treats blank variables as unset", () => {
    const blank = loadConfig({
      PORT: "",
      LOG_LEVEL: "  ",
      DATABASE_URL: "",
      GRAPHQL_MAX_COST: " ",
    });
    expect(blank.port).toBe(4000);
    expect(blank.logLevel).toBe("info");
    expect(blank.database.kind).toBe("pglite");
    expect(blank.maxQueryCost).toBe(5000);
  });
});

describe("loadConfig accepted settings", () => {
  it("reads every setting", () => {
    const config = loadConfig({
      PORT: "0",
      HOST: "0.0.0.0",
      DATA_DIR: "/var/lib/ledger",
      LOG_LEVEL: "debug",
      LEDGER_MODE: "production",
      AUTH_JWT_SECRET: secret,
      AUTH_ISSUER: "district-idp",
      AUTH_AUDIENCE: "ledger-api",
      GRAPHQL_INTROSPECTION: "yes",
      MAX_BODY_BYTES: "2048",
      GRAPHQL_MAX_DEPTH: "7",
      GRAPHQL_MAX_COST: "12000",
    });
    expect(config.port).toBe(0);
    expect(config.host).toBe("0.0.0.0");
    expect(config.database).toEqual({
      kind: "pglite",
      dataDir: "/var/lib/ledger",
    });
    expect(config.logLevel).toBe("debug");
    expect(config.mode).toBe("production");
    expect(config.auth.hs256Secret).toBe(secret);
    expect(config.generatedAuthSecret).toBe(false);
    expect(config.auth.issuer).toBe("district-idp");
    expect(config.auth.audience).toBe("ledger-api");
    expect(config.introspection).toBe(true);
    expect(config.maxBodyBytes).toBe(2048);
    expect(config.maxQueryDepth).toBe(7);
    expect(config.maxQueryCost).toBe(12000);
  });

  it("resolves a relative DATA_DIR", () => {
    const config = loadConfig({ DATA_DIR: "ledger-data" });
    expect(config.database).toEqual({
      kind: "pglite",
      dataDir: resolve(process.cwd(), "ledger-data"),
    });
  });

  it("prefers DATABASE_URL over DATA_DIR", () => {
    for (const url of [
      "postgres://ledger:pw@db.internal:5432/ledger",
      "postgresql://ledger@127.0.0.1/ledger",
    ]) {
      const config = loadConfig({ DATABASE_URL: url, DATA_DIR: "./ignored" });
      expect(config.database).toEqual({ kind: "postgres", url });
    }
  });

  it("turns introspection off in production", () => {
    const config = loadConfig({
      LEDGER_MODE: "production",
      AUTH_JWT_SECRET: secret,
    });
    expect(config.introspection).toBe(false);
  });

  it("turns introspection off on request", () => {
    expect(loadConfig({ GRAPHQL_INTROSPECTION: "false" }).introspection).toBe(
      false,
    );
  });

  it("reads a PEM public key file", () => {
    const path = writeKeyFile("public.pem", rsaPublicPem);
    const config = loadConfig({
      LEDGER_MODE: "production",
      AUTH_PUBLIC_KEY_FILE: path,
    });
    expect(config.auth.rs256PublicKey).toEqual({
      format: "spki",
      pem: rsaPublicPem,
      path,
    });
    expect(config.auth.hs256Secret).toBeNull();
    expect(config.generatedAuthSecret).toBe(false);
  });

  it("reads a JWKS file", () => {
    const jwks = { keys: [{ ...rsaPublicJwk, kid: "k1", alg: "RS256" }] };
    const path = writeKeyFile("keys.json", JSON.stringify(jwks));
    const config = loadConfig({
      LEDGER_MODE: "production",
      AUTH_JWKS_FILE: path,
    });
    expect(config.auth.rs256PublicKey).toEqual({
      format: "jwks",
      jwks,
      path,
    });
  });

  it("accepts both a secret and a public key", () => {
    const path = writeKeyFile("both.pem", rsaPublicPem);
    const config = loadConfig({
      AUTH_JWT_SECRET: secret,
      AUTH_PUBLIC_KEY_FILE: path,
    });
    expect(config.auth.hs256Secret).toBe(secret);
    expect(config.auth.rs256PublicKey?.format).toBe("spki");
  });
});

describe("loadConfig bad settings", () => {
  const cases: Array<{
    variable: string;
    env: NodeJS.ProcessEnv;
    mentions: string[];
  }> = [
    { variable: "PORT", env: { PORT: "http" }, mentions: ['"http"', "65535"] },
    { variable: "PORT", env: { PORT: "65536" }, mentions: ['"65536"'] },
    { variable: "PORT", env: { PORT: "-1" }, mentions: ['"-1"'] },
    { variable: "PORT", env: { PORT: "80.5" }, mentions: ['"80.5"'] },
    {
      variable: "HOST",
      env: { HOST: "local host" },
      mentions: ['"local host"', "IP address"],
    },
    {
      variable: "DATABASE_URL",
      env: { DATABASE_URL: "mysql://root@db/ledger" },
      mentions: ['"mysql:"', "postgres://"],
    },
    {
      variable: "DATABASE_URL",
      env: { DATABASE_URL: "not a url" },
      mentions: ["not a URL", "postgres://"],
    },
    {
      variable: "LOG_LEVEL",
      env: { LOG_LEVEL: "verbose" },
      mentions: ['"verbose"', "trace"],
    },
    {
      variable: "LEDGER_MODE",
      env: { LEDGER_MODE: "prod" },
      mentions: ['"prod"', '"production"'],
    },
    {
      variable: "GRAPHQL_INTROSPECTION",
      env: { GRAPHQL_INTROSPECTION: "maybe" },
      mentions: ['"maybe"', "true or false"],
    },
    {
      variable: "MAX_BODY_BYTES",
      env: { MAX_BODY_BYTES: "100kb" },
      mentions: ['"100kb"', "whole number of bytes"],
    },
    {
      variable: "MAX_BODY_BYTES",
      env: { MAX_BODY_BYTES: "0" },
      mentions: ['"0"', "at least 1"],
    },
    {
      variable: "GRAPHQL_MAX_DEPTH",
      env: { GRAPHQL_MAX_DEPTH: "0" },
      mentions: ['"0"', "at least 1", "levels"],
    },
    {
      variable: "GRAPHQL_MAX_DEPTH",
      env: { GRAPHQL_MAX_DEPTH: "deep" },
      mentions: ['"deep"', "whole number"],
    },
    {
      variable: "GRAPHQL_MAX_DEPTH",
      env: { GRAPHQL_MAX_DEPTH: "7.5" },
      mentions: ['"7.5"', "whole number"],
    },
    {
      variable: "GRAPHQL_MAX_COST",
      env: { GRAPHQL_MAX_COST: "-100" },
      mentions: ['"-100"', "at least 1", "cost units"],
    },
    {
      variable: "GRAPHQL_MAX_COST",
      env: { GRAPHQL_MAX_COST: "99999999999999999999" },
      mentions: ['"99999999999999999999"', "whole number"],
    },
    {
      variable: "AUTH_JWT_SECRET",
      env: { AUTH_JWT_SECRET: "short-secret" },
      mentions: ["at least 32"],
    },
    {
      variable: "AUTH_PUBLIC_KEY_FILE",
      env: { AUTH_PUBLIC_KEY_FILE: "/nonexistent/ledger-key.pem" },
      mentions: ["/nonexistent/ledger-key.pem", "failed to read"],
    },
    {
      variable: "AUTH_JWKS_FILE",
      env: { AUTH_JWKS_FILE: "/nonexistent/ledger-keys.json" },
      mentions: ["/nonexistent/ledger-keys.json", "failed to read"],
    },
  ];

  for (const { variable, env, mentions } of cases) {
    it(`rejects ${variable}=${JSON.stringify(Object.values(env)[0])}`, () => {
      const error = configErrorOf(env);
      expect(error.variable).toBe(variable);
      expect(error.message).toContain(variable);
      for (const text of mentions) {
        expect(error.message).toContain(text);
      }
    });
  }

  it("rejects production without a key", () => {
    const error = configErrorOf({ LEDGER_MODE: "production" });
    expect(error.message).toContain("LEDGER_MODE=production");
    expect(error.message).toContain("AUTH_JWT_SECRET");
    expect(error.message).toContain("AUTH_PUBLIC_KEY_FILE");
    expect(error.message).toContain("AUTH_JWKS_FILE");
  });

  it("rejects both key file variables", () => {
    const pemPath = writeKeyFile("either.pem", rsaPublicPem);
    const error = configErrorOf({
      AUTH_PUBLIC_KEY_FILE: pemPath,
      AUTH_JWKS_FILE: pemPath,
    });
    expect(error.message).toContain("AUTH_PUBLIC_KEY_FILE");
    expect(error.message).toContain("AUTH_JWKS_FILE");
    expect(error.message).toContain("only one");
  });

  it("rejects a private key file", () => {
    const path = writeKeyFile("private.pem", rsaPrivatePem);
    const error = configErrorOf({ AUTH_PUBLIC_KEY_FILE: path });
    expect(error.variable).toBe("AUTH_PUBLIC_KEY_FILE");
    expect(error.message).toContain("private key");
    expect(error.message).not.toContain("BEGIN PRIVATE KEY");
  });

  it("rejects an EC public key", () => {
    const path = writeKeyFile("ec.pem", ecPublicPem);
    const error = configErrorOf({ AUTH_PUBLIC_KEY_FILE: path });
    expect(error.variable).toBe("AUTH_PUBLIC_KEY_FILE");
    expect(error.message).toContain("RSA");
  });

  it("rejects a JWKS file given as PEM key", () => {
    const path = writeKeyFile("jwks-as-pem.json", '{"keys": []}');
    const error = configErrorOf({ AUTH_PUBLIC_KEY_FILE: path });
    expect(error.message).toContain("AUTH_JWKS_FILE");
  });

  it("rejects a PEM file given as JWKS", () => {
    const path = writeKeyFile("pem-as-jwks.pem", rsaPublicPem);
    const error = configErrorOf({ AUTH_JWKS_FILE: path });
    expect(error.variable).toBe("AUTH_JWKS_FILE");
    expect(error.message).toContain("AUTH_PUBLIC_KEY_FILE");
  });

  it("rejects a JWKS without RSA keys", () => {
    const path = writeKeyFile(
      "no-rsa.json",
      JSON.stringify({ keys: [{ kty: "oct", k: "AAAA" }] }),
    );
    const error = configErrorOf({ AUTH_JWKS_FILE: path });
    expect(error.message).toContain("no RSA key");
  });

  it("rejects a JWKS holding a private key", () => {
    const privateJwk = rsaKeys.privateKey.export({ format: "jwk" });
    const path = writeKeyFile(
      "private.json",
      JSON.stringify({ keys: [privateJwk] }),
    );
    const error = configErrorOf({ AUTH_JWKS_FILE: path });
    expect(error.message).toContain('private member "d"');
  });
});

describe("loadConfig secrets in messages", () => {
  it("never shows AUTH_JWT_SECRET", () => {
    const shortSecret = "hunter2-is-not-long-enough";
    const error = configErrorOf({ AUTH_JWT_SECRET: shortSecret });
    expect(error.message).not.toContain(shortSecret);
    expect(error.message).not.toContain("hunter2");
  });

  it("hides the secret elsewhere", () => {
    const error = configErrorOf({ AUTH_JWT_SECRET: secret, PORT: "x" });
    expect(error.variable).toBe("PORT");
    expect(error.message).not.toContain(secret);
  });

  it("hides the DATABASE_URL password", () => {
    const error = configErrorOf({
      DATABASE_URL: "mysql://root:database-password@db/ledger",
    });
    expect(error.message).not.toContain("database-password");
    expect(error.message).toContain('"mysql:"');
  });

  it("hides an unparsable DATABASE_URL", () => {
    const error = configErrorOf({ DATABASE_URL: "user:pass word@db/ledger" });
    expect(error.message).not.toContain("pass word");
  });

  it("hides the rest of a URL with another scheme", () => {
    const error = configErrorOf({ DATABASE_URL: "ledger:pass word@db" });
    expect(error.message).not.toContain("pass word");
  });
});
