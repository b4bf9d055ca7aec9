import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  SignJWT,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  type CryptoKey,
  type JWTPayload,
} from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/issue-token";
import {
  createTokenVerifier,
  type AuthConfig,
} from "../src/auth/verify-bearer-token";
import { UnauthenticatedError } from "../src/domain/errors";
import { loadConfig } from "../src/server/config";

const secret = "test-secret-of-at-least-thirty-two-characters";

const hs256Config: AuthConfig = {
  issuer: "evaluation-ledger",
  audience: "evaluation-ledger",
  hs256Secret: secret,
  rs256PublicKey: null,
};

const keyDirectory = mkdtempSync(join(tmpdir(), "ledger-token-test-"));
afterAll(() => rmSync(keyDirectory, { recursive: true, force: true }));

const now = () => Math.floor(Date.now() / 1000);

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

interface SignOptions {
  claims?: JWTPayload;
  secret?: string;
  issuer?: string | null;
  audience?: string | null;
  subject?: string | null;
  expiresAt?: number | null;
  notBefore?: number;
}

async function signHs256(options: SignOptions = {}): Promise<string> {
  const jwt = new SignJWT(options.claims ?? {})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt();
  const issuer =
    options.issuer === undefined ? "evaluation-ledger" : options.issuer;
  const audience =
    options.audience === undefined ? "evaluation-ledger" : options.audience;
  const subject = options.subject === undefined ? "user-1" : options.subject;
  const expiresAt =
    options.expiresAt === undefined ? now() + 600 : options.expiresAt;
  if (issuer !== null) jwt.setIssuer(issuer);
  if (audience !== null) jwt.setAudience(audience);
  if (subject !== null) jwt.setSubject(subject);
  if (expiresAt !== null) jwt.setExpirationTime(expiresAt);
  if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
  return jwt.sign(new TextEncoder().encode(options.secret ?? secret));
}

async function rejectionOf(
  config: AuthConfig,
  header: string,
): Promise<UnauthenticatedError> {
  const verify = createTokenVerifier(config);
  try {
    await verify(header);
  } catch (error) {
    if (error instanceof UnauthenticatedError) {
      return error;
    }
    throw error;
  }
  throw new Error("The verifier accepted the header");
}

describe("bearer token with HS256", () => {
  const verify = createTokenVerifier(hs256Config);

  it("returns null without header", async () => {
    expect(await verify(undefined)).toBeNull();
  });

  it("returns the actor of a token", async () => {
    const token = await signHs256({
      claims: { employee_id: "emp-42", roles: ["HR", "AUDITOR"] },
    });
    expect(await verify(`Bearer ${token}`)).toEqual({
      userId: "user-1",
      employeeId: "emp-42",
      roles: ["HR", "AUDITOR"],
    });
  });

  it("defaults employee id and roles", async () => {
    const token = await signHs256();
    expect(await verify(`Bearer ${token}`)).toEqual({
      userId: "user-1",
      employeeId: null,
      roles: [],
    });
  });

  it("accepts a lower-case scheme", async () => {
    const token = await signHs256();
    expect((await verify(`bearer ${token}`))?.userId).toBe("user-1");
  });

  it("accepts a token from issueToken", async () => {
    const token = await issueToken(hs256Config, {
      userId: "demo-hr",
      employeeId: "emp-7",
      roles: ["HR"],
      ttlSeconds: 60,
    });
    expect(await verify(`Bearer ${token}`)).toEqual({
      userId: "demo-hr",
      employeeId: "emp-7",
      roles: ["HR"],
    });
  });

  it("accepts a demo config token", async () => {
    const config = loadConfig({});
    const token = await issueToken(config.auth, {
      userId: "demo-analyst",
      employeeId: null,
      roles: ["ANALYST"],
      ttlSeconds: 60,
    });
    const actor = await createTokenVerifier(config.auth)(`Bearer ${token}`);
    expect(actor).toEqual({
      userId: "demo-analyst",
      employeeId: null,
      roles: ["ANALYST"],
    });
  });
});

describe("bearer token rejections", () => {
  const cases: Array<{
    name: string;
    header: () => Promise<string>;
    mentions: string;
  }> = [
    {
      name: "expired token",
      header: async () =>
        `Bearer ${await signHs256({ expiresAt: now() - 3600 })}`,
      mentions: "expired",
    },
    {
      name: "token not yet valid",
      header: async () =>
        `Bearer ${await signHs256({ notBefore: now() + 3600 })}`,
      mentions: "not valid before",
    },
    {
      name: "wrong issuer",
      header: async () =>
        `Bearer ${await signHs256({ issuer: "someone-else" })}`,
      mentions: 'issued by "someone-else"',
    },
    {
      name: "missing issuer",
      header: async () => `Bearer ${await signHs256({ issuer: null })}`,
      mentions: '"iss"',
    },
    {
      name: "wrong audience",
      header: async () => `Bearer ${await signHs256({ audience: "payroll" })}`,
      mentions: 'audience "payroll"',
    },
    {
      name: "wrong secret",
      header: async () =>
        `Bearer ${await signHs256({ secret: "another-secret-of-thirty-two-characters!" })}`,
      mentions: "signature is invalid",
    },
    {
      name: "missing sub",
      header: async () => `Bearer ${await signHs256({ subject: null })}`,
      mentions: '"sub"',
    },
    {
      name: "missing exp",
      header: async () => `Bearer ${await signHs256({ expiresAt: null })}`,
      mentions: '"exp"',
    },
    {
      name: "unknown role",
      header: async () =>
        `Bearer ${await signHs256({ claims: { roles: ["HR", "ADMIN"] } })}`,
      mentions: '"ADMIN"',
    },
    {
      name: "roles not an array",
      header: async () =>
        `Bearer ${await signHs256({ claims: { roles: "HR" } })}`,
      mentions: '"roles" claim must be an array',
    },
    {
      name: "non-string employee_id",
      header: async () =>
        `Bearer ${await signHs256({ claims: { employee_id: 42 } })}`,
      mentions: '"employee_id"',
    },
    {
      name: "alg none",
      header: async () => {
        const header = base64url({ alg: "none", typ: "JWT" });
        const payload = base64url({
          sub: "user-1",
          iss: "evaluation-ledger",
          aud: "evaluation-ledger",
          exp: now() + 600,
          roles: ["HR"],
        });
        return `Bearer ${header}.${payload}.`;
      },
      mentions: '"none"',
    },
    {
      name: "unknown crit header",
      header: async () => {
        const header = base64url({
          alg: "HS256",
          typ: "JWT",
          crit: ["zzz"],
          zzz: 1,
        });
        const payload = base64url({ sub: "user-1", exp: now() + 600 });
        return `Bearer ${header}.${payload}.c2lnbmF0dXJl`;
      },
      mentions: "rejected",
    },
    {
      name: "Basic scheme",
      header: async () => "Basic dXNlcjpwYXNz",
      mentions: "Bearer <token>",
    },
    {
      name: "missing token",
      header: async () => "Bearer",
      mentions: "Bearer <token>",
    },
    {
      name: "empty header",
      header: async () => "",
      mentions: "Bearer <token>",
    },
    {
      name: "two tokens",
      header: async () => `Bearer ${await signHs256()} extra`,
      mentions: "Bearer <token>",
    },
    {
      name: "not a JWT",
      header: async () => "Bearer not-a-jwt",
      mentions: "not a well-formed JSON Web Token",
    },
  ];

  for (const { name, header, mentions } of cases) {
    it(`rejects ${name}`, async () => {
      const value = await header();
      const error = await rejectionOf(hs256Config, value);
      expect(error.code).toBe("UNAUTHENTICATED");
      expect(error.message).toContain(mentions);
      const token = value.split(" ")[1];
      if (token !== undefined && token.length > 0) {
        expect(error.message).not.toContain(token);
      }
    });
  }
});

describe("bearer token with RS256", () => {
  let privateKey: CryptoKey;
  let otherPrivateKey: CryptoKey;
  let pemConfig: AuthConfig;
  let jwksConfig: AuthConfig;

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256", { extractable: true });
    privateKey = pair.privateKey;
    otherPrivateKey = (await generateKeyPair("RS256")).privateKey;

    const pemPath = join(keyDirectory, "public.pem");
    writeFileSync(pemPath, await exportSPKI(pair.publicKey));
    const jwksPath = join(keyDirectory, "jwks.json");
    const publicJwk = await exportJWK(pair.publicKey);
    writeFileSync(
      jwksPath,
      JSON.stringify({ keys: [{ ...publicJwk, kid: "key-1", alg: "RS256" }] }),
    );

    pemConfig = loadConfig({
      LEDGER_MODE: "production",
      AUTH_PUBLIC_KEY_FILE: pemPath,
    }).auth;
    jwksConfig = loadConfig({
      LEDGER_MODE: "production",
      AUTH_JWKS_FILE: jwksPath,
    }).auth;
  });

  async function signRs256(key: CryptoKey, kid?: string): Promise<string> {
    return new SignJWT({ roles: ["ANALYST"] })
      .setProtectedHeader(
        kid === undefined ? { alg: "RS256" } : { alg: "RS256", kid },
      )
      .setSubject("user-rs")
      .setIssuer("evaluation-ledger")
      .setAudience("evaluation-ledger")
      .setExpirationTime(now() + 600)
      .sign(key);
  }

  it("accepts a token verified by a PEM key file", async () => {
    const actor = await createTokenVerifier(pemConfig)(
      `Bearer ${await signRs256(privateKey)}`,
    );
    expect(actor).toEqual({
      userId: "user-rs",
      employeeId: null,
      roles: ["ANALYST"],
    });
  });

  it("accepts a token verified by a JWKS file", async () => {
    const actor = await createTokenVerifier(jwksConfig)(
      `Bearer ${await signRs256(privateKey, "key-1")}`,
    );
    expect(actor?.userId).toBe("user-rs");
  });

  it("rejects a token signed by another RSA key", async () => {
    const token = await signRs256(otherPrivateKey);
    const error = await rejectionOf(pemConfig, `Bearer ${token}`);
    expect(error.message).toContain("signature is invalid");
  });

  it("rejects an unknown JWKS key id", async () => {
    const token = await signRs256(privateKey, "key-2");
    const error = await rejectionOf(jwksConfig, `Bearer ${token}`);
    expect(error.message).toContain('"kid"');
  });

  it("rejects HS256 when only RS256 is configured", async () => {
    const token = await signHs256();
    const error = await rejectionOf(pemConfig, `Bearer ${token}`);
    expect(error.message).toContain('"HS256"');
    expect(error.message).toContain("Accepted algorithms: RS256");
  });

  it("rejects HS256 keyed with the public PEM", async () => {
    // Algorithm confusion: an HMAC signed with the public key's text.
    const pemText = (pemConfig.rs256PublicKey as { pem: string }).pem;
    const forged = await signHs256({ secret: pemText });
    const error = await rejectionOf(pemConfig, `Bearer ${forged}`);
    expect(error.message).toContain('"HS256"');
  });

  it("accepts both algorithms together", async () => {
    const verify = createTokenVerifier({ ...pemConfig, hs256Secret: secret });
    const hsActor = await verify(`Bearer ${await signHs256()}`);
    const rsActor = await verify(`Bearer ${await signRs256(privateKey)}`);
    expect(hsActor?.userId).toBe("user-1");
    expect(rsActor?.userId).toBe("user-rs");
  });
});

describe("issueToken", () => {
  it("rejects a config without a secret", async () => {
    await expect(
      issueToken(
        { ...hs256Config, hs256Secret: null },
        { userId: "u", employeeId: null, roles: [], ttlSeconds: 60 },
      ),
    ).rejects.toThrow("no HS256 secret");
  });

  it("rejects a non-positive lifetime", async () => {
    await expect(
      issueToken(hs256Config, {
        userId: "u",
        employeeId: null,
        roles: [],
        ttlSeconds: 0,
      }),
    ).rejects.toThrow("ttlSeconds 0");
  });

  it("sets issuer, audience and expiry", async () => {
    const token = await issueToken(hs256Config, {
      userId: "u",
      employeeId: null,
      roles: ["AUDITOR"],
      ttlSeconds: 120,
    });
    const claims = JSON.parse(
      Buffer.from(token.split(".")[1], "base64url").toString(),
    ) as JWTPayload;
    expect(claims.iss).toBe("evaluation-ledger");
    expect(claims.aud).toBe("evaluation-ledger");
    expect(claims.sub).toBe("u");
    expect(claims.exp! - claims.iat!).toBe(120);
    expect(claims).not.toHaveProperty("employee_id");
  });
});
