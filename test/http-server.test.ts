import type { IncomingMessage } from "node:http";
import { Writable } from "node:stream";
import { ApolloServer } from "@apollo/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  UnauthenticatedError,
  VersionConflictError,
} from "../src/domain/errors";
import { createErrorFormatter } from "../src/graphql/format-error";
import {
  startHttpServer,
  type RunningHttpServer,
} from "../src/server/http-server";
import { createLogger } from "../src/server/logger";

const typeDefs = /* GraphQL */ `
  type Query {
    greeting(name: String!): String!
    internalFailure: String
    versionConflict: String
    slow: String
  }
`;

const validToken = "valid-token-for-tests";
const maxBodyBytes = 1024;

interface TestContext {
  userId: string | null;
}

function createTestLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  const logger = createLogger("info", destination);
  return {
    logger,
    lines,
    records: () => lines.map((line) => JSON.parse(line)),
  };
}

function createTestApollo(
  logger: ReturnType<typeof createLogger>,
  slowResult: () => Promise<string>,
) {
  return new ApolloServer<TestContext>({
    typeDefs,
    resolvers: {
      Query: {
        greeting: (_parent: unknown, args: { name: string }) =>
          `Hello, ${args.name}`,
        internalFailure: () => {
          throw new Error(
            'relation "secret_table" does not exist at /srv/app/src/db.ts:12',
          );
        },
        versionConflict: () => {
          throw new VersionConflictError("The evaluation changed meanwhile.", {
            streamId: "evaluation-1",
            expectedVersion: 3,
            actualVersion: 4,
          });
        },
        slow: () => slowResult(),
      },
    },
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    logger,
  });
}

async function createTestContext(
  request: IncomingMessage,
): Promise<TestContext> {
  const header = request.headers.authorization;
  if (header === undefined) {
    return { userId: null };
  }
  if (header !== `Bearer ${validToken}`) {
    throw new UnauthenticatedError("The bearer token's signature is invalid.");
  }
  return { userId: "user-1" };
}

interface GraphQLBody {
  data?: Record<string, unknown>;
  errors?: Array<{
    message: string;
    path?: unknown[];
    extensions: Record<string, unknown>;
  }>;
}

async function readBody(response: Response): Promise<GraphQLBody> {
  return (await response.json()) as GraphQLBody;
}

function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe("http server", () => {
  const logs = createTestLogger();
  const apollo = createTestApollo(logs.logger, async () => "done");
  let server: RunningHttpServer;

  beforeAll(async () => {
    await apollo.start();
    server = await startHttpServer({
      apollo,
      host: "127.0.0.1",
      port: 0,
      maxBodyBytes,
      createContext: createTestContext,
      logger: logs.logger,
    });
  });

  afterAll(async () => {
    await server.close();
    await apollo.stop();
  });

  beforeEach(() => {
    logs.lines.length = 0;
  });

  it("listens on a loopback URL", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
  });

  it("serves a POST request", async () => {
    const response = await postJson(server.url, {
      query: "query Greet($name: String!) { greeting(name: $name) }",
      variables: { name: "Ada" },
      operationName: "Greet",
    });
    expect(response.status).toBe(200);
    expect(await readBody(response)).toEqual({
      data: { greeting: "Hello, Ada" },
    });
  });

  it("serves a GET request", async () => {
    const query = encodeURIComponent('{ greeting(name: "Grace") }');
    const response = await fetch(`${server.url}?query=${query}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(response.status).toBe(200);
    expect(await readBody(response)).toEqual({
      data: { greeting: "Hello, Grace" },
    });
  });

  it("accepts a valid bearer token", async () => {
    const response = await postJson(
      server.url,
      { query: '{ greeting(name: "Bo") }' },
      { authorization: `Bearer ${validToken}` },
    );
    expect(response.status).toBe(200);
  });

  it("rejects a body over the limit with 413", async () => {
    const response = await postJson(server.url, {
      query: "query Greet($name: String!) { greeting(name: $name) }",
      variables: { name: "x".repeat(maxBodyBytes) },
    });
    expect(response.status).toBe(413);
    const body = await readBody(response);
    expect(body.errors?.[0]?.extensions.code).toBe("PAYLOAD_TOO_LARGE");
    expect(body.errors?.[0]?.message).toContain(`${maxBodyBytes} bytes`);
  });

  it("rejects a streamed body over the limit", async () => {
    // A stream has no Content-Length, so the server must count the bytes.
    const text = JSON.stringify({
      query: '{ greeting(name: "x") }',
      variables: { padding: "y".repeat(maxBodyBytes) },
    });
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    const body = await readBody(response);
    expect(body.errors?.[0]?.extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("rejects a batched request with 400", async () => {
    const response = await postJson(server.url, [
      { query: '{ greeting(name: "a") }' },
      { query: '{ greeting(name: "b") }' },
    ]);
    expect(response.status).toBe(400);
    const body = await readBody(response);
    expect(body.errors?.[0]?.extensions.code).toBe("BATCHING_NOT_SUPPORTED");
  });

  it("rejects invalid JSON with 400", async () => {
    const response = await postJson(server.url, '{"query": ');
    expect(response.status).toBe(400);
    const body = await readBody(response);
    expect(body.errors?.[0]?.extensions.code).toBe("BAD_REQUEST");
  });

  it("returns 404 on other paths", async () => {
    for (const path of ["/", "/graphql/extra", "/health"]) {
      const response = await fetch(new URL(path, server.url));
      expect(response.status).toBe(404);
      const body = await readBody(response);
      expect(body.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    }
  });

  it("returns 405 on other methods", async () => {
    const response = await fetch(server.url, { method: "PUT" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST");
  });

  it("returns 401 on a rejected token", async () => {
    const response = await postJson(
      server.url,
      { query: '{ greeting(name: "Eve") }' },
      { authorization: "Bearer forged-token" },
    );
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect(await readBody(response)).toEqual({
      errors: [
        {
          message: "The bearer token's signature is invalid.",
          extensions: { code: "UNAUTHENTICATED" },
        },
      ],
    });
  });

  it("masks an internal resolver error", async () => {
    const response = await postJson(server.url, {
      query: "query Fail { internalFailure }",
    });
    const text = await response.text();
    const body = JSON.parse(text) as GraphQLBody;

    expect(response.status).toBe(200);
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.message).toBe("Internal server error");
    expect(body.errors?.[0]?.extensions).toEqual({
      code: "INTERNAL_SERVER_ERROR",
    });
    expect(body.errors?.[0]?.path).toEqual(["internalFailure"]);
    expect(text).not.toContain("secret_table");
    expect(text).not.toContain("/srv/app");
    expect(text).not.toContain("stacktrace");
  });

  it("logs the masked error for operators", async () => {
    await postJson(server.url, { query: "{ internalFailure }" });
    const logged = logs.records().find((record) => record.level === 50);
    expect(logged?.err?.message).toContain("secret_table");
    expect(logged?.path).toEqual(["internalFailure"]);
  });

  it("keeps a ledger error's code and details", async () => {
    const response = await postJson(server.url, {
      query: "{ versionConflict }",
    });
    const body = await readBody(response);
    expect(body.errors?.[0]).toEqual({
      message: "The evaluation changed meanwhile.",
      locations: [{ line: 1, column: 3 }],
      path: ["versionConflict"],
      extensions: {
        code: "VERSION_CONFLICT",
        streamId: "evaluation-1",
        expectedVersion: 3,
        actualVersion: 4,
      },
    });
  });

  it("keeps a validation error's message", async () => {
    const response = await postJson(server.url, { query: "{ unknownField }" });
    expect(response.status).toBe(400);
    const body = await readBody(response);
    expect(body.errors?.[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors?.[0]?.message).toContain("unknownField");
  });

  it("keeps a parse error's message", async () => {
    const response = await postJson(server.url, { query: "{ greeting(" });
    expect(response.status).toBe(400);
    const body = await readBody(response);
    expect(body.errors?.[0]?.extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(body.errors?.[0]?.message).toContain("Syntax Error");
  });

  it("logs one line without secrets", async () => {
    await postJson(
      server.url,
      {
        query: "query Greet($name: String!) { greeting(name: $name) }",
        variables: { name: "Private Name" },
        operationName: "Greet",
      },
      { authorization: `Bearer ${validToken}` },
    );

    const records = logs.records();
    const requestLines = records.filter(
      (record) => record.msg === "HTTP request finished",
    );
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]).toMatchObject({
      level: 30,
      method: "POST",
      path: "/graphql",
      operationName: "Greet",
      status: 200,
      outcome: "success",
      errorCodes: [],
    });
    expect(typeof requestLines[0].durationMs).toBe("number");
    expect(logs.lines.join("\n")).not.toContain("Private Name");
    expect(logs.lines.join("\n")).not.toContain(validToken);
  });

  it("logs a rejected request", async () => {
    await postJson(
      server.url,
      { query: '{ greeting(name: "x") }' },
      { authorization: "Bearer forged-token" },
    );
    const [record] = logs
      .records()
      .filter((line) => line.msg === "HTTP request finished");
    expect(record).toMatchObject({
      status: 401,
      outcome: "error",
      errorCodes: ["UNAUTHENTICATED"],
    });
    expect(logs.lines.join("\n")).not.toContain("forged-token");
  });
});

describe("logger", () => {
  it("redacts authorization headers", () => {
    const logs = createTestLogger();
    logs.logger.info({ headers: { authorization: `Bearer ${validToken}` } });
    logs.logger.info({ req: { headers: { authorization: "Basic abc" } } });
    const [direct, nested] = logs.records();
    expect(direct.headers.authorization).toBe("[redacted]");
    expect(nested.req.headers.authorization).toBe("[redacted]");
    expect(logs.lines.join("\n")).not.toContain(validToken);
  });
});

describe("http server close", () => {
  it("waits for an in-flight request", async () => {
    const logs = createTestLogger();
    let release: (value: string) => void = () => {};
    let started: () => void = () => {};
    const slowStarted = new Promise<void>((resolve) => (started = resolve));
    const apollo = createTestApollo(logs.logger, () => {
      started();
      return new Promise<string>((resolve) => (release = resolve));
    });
    await apollo.start();
    const server = await startHttpServer({
      apollo,
      host: "127.0.0.1",
      port: 0,
      maxBodyBytes,
      createContext: createTestContext,
      logger: logs.logger,
    });

    const pending = postJson(server.url, { query: "{ slow }" });
    await slowStarted;
    let closed = false;
    const closing = server.close().then(() => (closed = true));

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);

    release("finished");
    const response = await pending;
    expect(await readBody(response)).toEqual({ data: { slow: "finished" } });
    await closing;
    expect(closed).toBe(true);
    await expect(fetch(server.url)).rejects.toThrow();
    await apollo.stop();
  });

  it("requires a started ApolloServer", async () => {
    const logs = createTestLogger();
    const apollo = createTestApollo(logs.logger, async () => "");
    await expect(
      startHttpServer({
        apollo,
        host: "127.0.0.1",
        port: 0,
        maxBodyBytes,
        createContext: createTestContext,
        logger: logs.logger,
      }),
    ).rejects.toThrow("start");
  });
});
