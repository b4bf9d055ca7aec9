import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ApolloServer } from "@apollo/server";
import {
  getIntrospectionQuery,
  graphql,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  Kind,
  parse,
  validate,
  type OperationDefinitionNode,
} from "graphql";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidInputError } from "../src/domain/errors";
import { buildLedgerSchema } from "../src/graphql/build-schema";
import { createErrorFormatter } from "../src/graphql/format-error";
import { createCostLimitPlugin } from "../src/graphql/limits/cost-limit-plugin";
import { createCostLimitRule } from "../src/graphql/limits/cost-limit-rule";
import { createDepthLimitRule } from "../src/graphql/limits/depth-limit-rule";
import { assertPageSize } from "../src/graphql/limits/page-size";
import { loadConfig } from "../src/server/config";
import {
  startHttpServer,
  type RunningHttpServer,
} from "../src/server/http-server";
import { createLogger } from "../src/server/logger";
import { errorCodeOf } from "./support/graphql-client";
import { placeholderVariables } from "./support/placeholder-variables";
import { postGraphQL, type RawResponse } from "./support/post-graphql";
import { startTestService, type TestService } from "./support/test-service";

const LIMIT_CODES = [
  "QUERY_TOO_DEEP",
  "QUERY_TOO_COSTLY",
  "PAGE_SIZE_OUT_OF_RANGE",
];

const defaults = loadConfig({});

/** Every operation in test/operations, the documents clients send. */
const ordinaryOperations = readdirSync(
  fileURLToPath(new URL("./operations", import.meta.url)),
)
  .filter((file) => file.endsWith(".graphql"))
  .flatMap((file) => {
    const text = readFileSync(
      fileURLToPath(new URL(`./operations/${file}`, import.meta.url)),
      "utf8",
    );
    const document = parse(text);
    return document.definitions
      .filter(
        (definition): definition is OperationDefinitionNode =>
          definition.kind === Kind.OPERATION_DEFINITION,
      )
      .map((operation) => ({
        name: operation.name?.value ?? `(anonymous in ${file})`,
        operation,
        document,
        text,
      }));
  });

const recordEmployeeField =
  'recordEmployee(input: { employeeId: "X900", name: "Xavier", ' +
  'jobClassification: "Custodian", unitId: "north-high", supervises: false })' +
  " { employeeId }";

/** `count` aliases of `field`, named a0, a1 and so on. */
function aliases(count: number, field: string): string {
  return Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join("\n");
}

// Introspection queries 10 and 11 fields deep. They nest `fields` only
// twice, because graphql-js rejects a third level with its own rule.
const introspectionDepth10 =
  "{ __schema { directives { args { type { fields { args { type { " +
  "fields { args { name } } } } } } } } } }";
const introspectionDepth11 =
  "{ __schema { directives { args { type { fields { args { type { " +
  "fields { args { type { name } } } } } } } } } } }";

/** Returns the codes of a response's errors, in order. */
function errorCodes(response: RawResponse): string[] {
  return (response.errors ?? []).map(
    (error) => error.extensions?.code ?? "(no code)",
  );
}

function limitCodesIn(response: RawResponse): string[] {
  return errorCodes(response).filter((code) => LIMIT_CODES.includes(code));
}

async function countEvents(service: TestService): Promise<number> {
  const row = await service.database.db
    .selectFrom("events")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

describe("limits in production mode", () => {
  let service: TestService;
  let hrToken: string;

  beforeAll(async () => {
    service = await startTestService();
    hrToken = await service.tokenFor({ userId: "hr-1", roles: ["HR"] });
  });

  afterAll(async () => {
    await service?.close();
  });

  it("rejects a costly mutation and runs none of it", async () => {
    const eventsBefore = await countEvents(service);

    const response = await postGraphQL(
      service.url,
      { query: `mutation { ${aliases(51, recordEmployeeField)} }` },
      hrToken,
    );

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe("QUERY_TOO_COSTLY");
    const error = response.errors![0]!;
    expect(error.message).toContain("estimated cost of 5151");
    expect(error.message).toContain("maximum cost is 5000");
    expect(error.extensions).toMatchObject({ cost: 5151, maxCost: 5000 });
    expect(response.data).toBeNull();
    expect(await countEvents(service)).toBe(eventsBefore);
  });

  it("accepts aliases up to the cost limit", async () => {
    // 98 reads at 51 each cost 4998.
    const response = await postGraphQL(service.url, {
      query: `{ ${aliases(98, 'evaluation(id: "missing") { id }')} }`,
    });

    expect(response.status).toBe(200);
    expect(limitCodesIn(response)).toEqual([]);
    expect(new Set(errorCodes(response))).toEqual(new Set(["UNAUTHENTICATED"]));
  });

  it("rejects aliases past the cost limit", async () => {
    const response = await postGraphQL(service.url, {
      query: `{ ${aliases(99, 'evaluation(id: "missing") { id }')} }`,
    });

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe("QUERY_TOO_COSTLY");
    expect(response.errors![0]!.extensions).toMatchObject({
      cost: 5049,
      maxCost: 5000,
    });
  });

  it("costs fields skipped by a variable as nothing", async () => {
    const query =
      "query Costly($skip: Boolean!) { " +
      aliases(99, 'evaluation(id: "missing") @skip(if: $skip) { id }') +
      " }";

    const skipped = await postGraphQL(service.url, {
      query,
      variables: { skip: true },
    });
    const included = await postGraphQL(service.url, {
      query,
      variables: { skip: false },
    });

    expect(skipped.status).toBe(200);
    expect(skipped.errors).toBeUndefined();
    expect(skipped.data).toEqual({});
    expect(included.status).toBe(400);
    expect(errorCodeOf(included)).toBe("QUERY_TOO_COSTLY");
  });

  it("rejects a fragment bomb as too costly", async () => {
    // Each fragment spreads the next ten times: 10^5 selections in all.
    const spreads = (name: string) => Array(10).fill(`...${name}`).join(" ");
    const query = [
      "query Bomb { ...F0 }",
      `fragment F0 on Query { ${spreads("F1")} }`,
      `fragment F1 on Query { ${spreads("F2")} }`,
      `fragment F2 on Query { ${spreads("F3")} }`,
      `fragment F3 on Query { ${spreads("F4")} }`,
      `fragment F4 on Query { ${spreads("F5")} }`,
      "fragment F5 on Query { __typename }",
    ].join("\n");

    const response = await postGraphQL(service.url, { query });

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe("QUERY_TOO_COSTLY");
    expect(response.errors![0]!.message).toContain("more than 10000 fields");
  });

  it("rejects a fragment cycle", async () => {
    const response = await postGraphQL(service.url, {
      query: "query Loop { ...Loop } fragment Loop on Query { ...Loop }",
    });

    expect(response.status).toBe(400);
    expect(errorCodes(response)).toContain("GRAPHQL_VALIDATION_FAILED");
    expect(response.errors![0]!.message).toContain(
      'Cannot spread fragment "Loop" within itself',
    );
  });

  it("rejects introspection", async () => {
    const response = await postGraphQL(service.url, {
      query: "{ __schema { queryType { name } } }",
    });

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.errors![0]!.message).toMatch(/introspection/i);
    expect(response.data).toBeNull();
  });

  it("hides field suggestions", async () => {
    const response = await postGraphQL(service.url, {
      query: "{ framewrk { key } }",
    });

    expect(errorCodeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.errors![0]!.message).toContain("framewrk");
    expect(response.errors![0]!.message).not.toMatch(/Did you mean/);
  });

  it("masks an internal error", async () => {
    // A missing table makes the resolver's SQL fail inside the database.
    await sql`alter table cycles rename to cycles_hidden`.execute(
      service.database.db,
    );
    let response: RawResponse;
    try {
      response = await postGraphQL(
        service.url,
        {
          query:
            'query { cycle(cycleId: "0b6f2c8e-2f4a-4c55-9d0e-4b8f5a1c7e21") ' +
            "{ name } }",
        },
        hrToken,
      );
    } finally {
      await sql`alter table cycles_hidden rename to cycles`.execute(
        service.database.db,
      );
    }

    expect(errorCodeOf(response)).toBe("INTERNAL_SERVER_ERROR");
    expect(response.errors![0]!.message).toBe("Internal server error");
    expect(response.errors![0]!.extensions).toEqual({
      code: "INTERNAL_SERVER_ERROR",
    });
    for (const leak of [
      /cycles/i,
      /relation/i,
      /does not exist/i,
      /select\s/i,
      /stack/i,
      /\.ts\b/,
      /node_modules/,
      /file:\/\//,
      /\/(work|home|srv|tmp|usr)\//,
      /\bat\s+\S+\s+\(/,
    ]) {
      expect(response.text).not.toMatch(leak);
    }
  });

  it("reports a malformed query", async () => {
    const response = await postGraphQL(service.url, {
      query: "{ framework { key ",
    });

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe("GRAPHQL_PARSE_FAILED");
    expect(response.errors![0]!.message).toBe(
      "Syntax Error: Expected Name, found <EOF>.",
    );
  });

  it("rejects a body over 100 KiB", async () => {
    const response = await postGraphQL(service.url, {
      query: "{ __typename }",
      variables: { padding: "x".repeat(102_400) },
    });

    expect(response.status).toBe(413);
    expect(errorCodeOf(response)).toBe("PAYLOAD_TOO_LARGE");
    expect(response.errors![0]!.message).toContain("102400 bytes");
  });

  it("rejects a batched request", async () => {
    const response = await postGraphQL(service.url, [
      { query: "{ __typename }" },
      { query: "{ __typename }" },
    ]);

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe("BATCHING_NOT_SUPPORTED");
    expect(response.errors![0]!.message).toContain(
      "Send one operation per request",
    );
  });

  describe("ordinary operations", () => {
    for (const { name, operation, document, text } of ordinaryOperations) {
      it(`${name} passes the limits`, async () => {
        const schema = await buildLedgerSchema();
        const variables = placeholderVariables(schema, operation);

        // Estimated here, so a variable that does not fit fails the test
        // instead of skipping the estimate.
        const errors = validate(schema, document, [
          createDepthLimitRule(defaults.maxQueryDepth),
          createCostLimitRule({
            maxCost: defaults.maxQueryCost,
            variables,
            operationName: operation.name?.value,
          }),
        ]);
        expect(errors.map((error) => error.message)).toEqual([]);

        const response = await postGraphQL(service.url, {
          query: text,
          operationName: operation.name?.value,
          variables,
        });
        expect(response.status).toBe(200);
        expect(limitCodesIn(response)).toEqual([]);
      });
    }
  });
});

describe("limits with introspection on", () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({ GRAPHQL_INTROSPECTION: "true" });
  });

  afterAll(async () => {
    await service?.close();
  });

  it("answers an introspection query", async () => {
    const response = await postGraphQL(service.url, {
      query: "{ __schema { queryType { name } } }",
    });

    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      __schema: { queryType: { name: "Query" } },
    });
  });

  it("answers the standard introspection query", async () => {
    const response = await postGraphQL(service.url, {
      query: getIntrospectionQuery(),
    });

    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data).toHaveProperty("__schema.types");
  });

  it("accepts depth 10", async () => {
    const response = await postGraphQL(service.url, {
      query: introspectionDepth10,
    });

    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
  });

  it("rejects depth 11", async () => {
    const response = await postGraphQL(service.url, {
      query: introspectionDepth11,
    });

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe("QUERY_TOO_DEEP");
    const error = response.errors![0]!;
    expect(error.message).toBe(
      "The operation nests fields 11 levels deep, but the maximum depth is " +
        "10. Select fewer nested fields, or split the query into several " +
        "requests.",
    );
    expect(error.extensions).toMatchObject({ depth: 11, maxDepth: 10 });
    expect(response.data).toBeNull();
  });

  it("does not count ofType levels", async () => {
    const ofTypeChain = "ofType { ".repeat(12) + "name" + " }".repeat(12);
    const response = await postGraphQL(service.url, {
      query: `{ __type(name: "Evaluation") { fields { type { ${ofTypeChain} } } } }`,
    });

    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
  });
});

describe("limits set by configuration", () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({
      GRAPHQL_MAX_DEPTH: "3",
      GRAPHQL_MAX_COST: "100",
    });
  });

  afterAll(async () => {
    await service?.close();
  });

  it("counts the depth inside fragments", async () => {
    const response = await postGraphQL(service.url, {
      query:
        'query Deep { evaluation(id: "missing") { ...Pinned } } ' +
        "fragment Pinned on Evaluation { framework { clusters { key } } }",
    });

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe("QUERY_TOO_DEEP");
    expect(response.errors![0]!.message).toContain(
      "Operation Deep nests fields 4 levels deep, but the maximum depth is 3.",
    );
  });

  it("accepts depth at GRAPHQL_MAX_DEPTH", async () => {
    const response = await postGraphQL(service.url, {
      query:
        'query Shallow { evaluation(id: "missing") { ...Pinned } } ' +
        "fragment Pinned on Evaluation { framework { key } }",
    });

    expect(response.status).toBe(200);
    expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
  });

  it("rejects cost over GRAPHQL_MAX_COST", async () => {
    // 51 for framework, plus 50 and 10 items at 1 for frameworks.
    const response = await postGraphQL(service.url, {
      query: "{ framework { key } frameworks { key } }",
    });

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe("QUERY_TOO_COSTLY");
    expect(response.errors![0]!.extensions).toMatchObject({
      cost: 111,
      maxCost: 100,
    });
  });

  it("accepts cost within GRAPHQL_MAX_COST", async () => {
    const response = await postGraphQL(service.url, {
      query: "{ framework { key } }",
    });

    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      framework: { key: "classified-performance-framework" },
    });
  });
});

describe("page sizes on a connection", () => {
  interface PageArgs {
    first?: number | null;
    last?: number | null;
  }

  let resolverCalls = 0;

  const entryType = new GraphQLObjectType({
    name: "Entry",
    fields: {
      id: { type: new GraphQLNonNull(GraphQLString) },
      tags: {
        type: new GraphQLNonNull(
          new GraphQLList(new GraphQLNonNull(GraphQLString)),
        ),
        args: { first: { type: GraphQLInt } },
        resolve: (_entry, args: PageArgs) => {
          resolverCalls += 1;
          assertPageSize(args);
          return ["red", "green", "blue"].slice(0, args.first ?? 3);
        },
      },
    },
  });
  const entryEdgeType = new GraphQLObjectType({
    name: "EntryEdge",
    fields: { node: { type: new GraphQLNonNull(entryType) } },
  });
  const entryConnectionType = new GraphQLObjectType({
    name: "EntryConnection",
    fields: {
      edges: {
        type: new GraphQLNonNull(
          new GraphQLList(new GraphQLNonNull(entryEdgeType)),
        ),
      },
    },
  });
  const pagedSchema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: "Query",
      fields: {
        entries: {
          type: new GraphQLNonNull(entryConnectionType),
          args: { first: { type: GraphQLInt }, last: { type: GraphQLInt } },
          resolve: (_root, args: PageArgs) => {
            resolverCalls += 1;
            assertPageSize(args);
            const count = args.first ?? args.last ?? 10;
            return {
              edges: Array.from({ length: count }, (_, i) => ({
                node: { id: `entry-${i + 1}` },
              })),
            };
          },
        },
      },
    }),
  });

  const logger = createLogger("silent");
  const apollo = new ApolloServer({
    schema: pagedSchema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    validationRules: [createDepthLimitRule(defaults.maxQueryDepth)],
    plugins: [createCostLimitPlugin(defaults.maxQueryCost)],
    logger,
  });
  let server: RunningHttpServer;

  beforeAll(async () => {
    await apollo.start();
    server = await startHttpServer({
      apollo,
      host: "127.0.0.1",
      port: 0,
      maxBodyBytes: defaults.maxBodyBytes,
      createContext: async () => ({}),
      logger,
    });
  });

  afterAll(async () => {
    await server?.close();
    await apollo.stop();
  });

  for (const { argument, value } of [
    { argument: "first", value: 0 },
    { argument: "first", value: 101 },
    { argument: "first", value: -1 },
    { argument: "last", value: 0 },
    { argument: "last", value: 101 },
  ]) {
    it(`rejects ${argument} ${value} before execution`, async () => {
      const callsBefore = resolverCalls;

      const response = await postGraphQL(server.url, {
        query: `{ entries(${argument}: ${value}) { edges { node { id } } } }`,
      });

      expect(response.status).toBe(400);
      expect(errorCodeOf(response)).toBe("PAGE_SIZE_OUT_OF_RANGE");
      const error = response.errors![0]!;
      expect(error.message).toContain(
        `${argument} on Query.entries is ${value}, but a page size must be ` +
          "a whole number from 1 to 100.",
      );
      expect(error.message).toContain(
        value > 100 ? "Request at most 100 items" : "Request at least 1 item",
      );
      expect(error.extensions).toMatchObject({
        field: "Query.entries",
        argument,
        value,
        min: 1,
        max: 100,
      });
      expect(resolverCalls).toBe(callsBefore);
    });
  }

  for (const size of [1, 100]) {
    it(`accepts first ${size}`, async () => {
      const response = await postGraphQL(server.url, {
        query: `{ entries(first: ${size}) { edges { node { id } } } }`,
      });

      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      const entries = response.data!.entries as { edges: unknown[] };
      expect(entries.edges).toHaveLength(size);
    });
  }

  it("reads the page size from variables", async () => {
    const query =
      "query Page($size: Int) { entries(last: $size) { edges { node { id } } } }";

    const tooLarge = await postGraphQL(server.url, {
      query,
      variables: { size: 101 },
    });
    const largest = await postGraphQL(server.url, {
      query,
      variables: { size: 100 },
    });

    expect(tooLarge.status).toBe(400);
    expect(errorCodeOf(tooLarge)).toBe("PAGE_SIZE_OUT_OF_RANGE");
    expect(largest.status).toBe(200);
    expect(largest.errors).toBeUndefined();
  });

  it("checks nested fields too", async () => {
    const callsBefore = resolverCalls;

    const response = await postGraphQL(server.url, {
      query: "{ entries(first: 1) { edges { node { tags(first: 101) } } } }",
    });

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe("PAGE_SIZE_OUT_OF_RANGE");
    expect(response.errors![0]!.extensions).toMatchObject({
      field: "Entry.tags",
      argument: "first",
      value: 101,
    });
    expect(resolverCalls).toBe(callsBefore);
  });

  it("resolvers reject an oversized page themselves", async () => {
    // Executed without the cost plugin, so only the resolver checks.
    const result = await graphql({
      schema: pagedSchema,
      source: "{ entries(first: 101) { edges { node { id } } } }",
    });

    const error = result.errors?.[0]?.originalError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).code).toBe("BAD_USER_INPUT");
    expect(error?.message).toBe(
      "first is 101, but a page size must be a whole number from 1 to 100. " +
        "Request at most 100 items and follow the page cursors for the rest.",
    );
  });
});

describe("assertPageSize", () => {
  it("accepts 1, 100 and absent sizes", () => {
    expect(() => assertPageSize({ first: 1 })).not.toThrow();
    expect(() => assertPageSize({ last: 100 })).not.toThrow();
    expect(() =>
      assertPageSize({ first: null, last: undefined }),
    ).not.toThrow();
    expect(() => assertPageSize({})).not.toThrow();
  });

  for (const { args, advice } of [
    { args: { first: 0 }, advice: "Request at least 1 item." },
    { args: { last: 101 }, advice: "Request at most 100 items" },
    { args: { first: 2.5 }, advice: "Request a whole number of items." },
  ]) {
    it(`rejects ${JSON.stringify(args)}`, () => {
      const [[argument, value]] = Object.entries(args) as [[string, number]];
      let thrown: unknown;
      try {
        assertPageSize(args);
      } catch (error) {
        thrown = error;
      }

      expect(thrown).toBeInstanceOf(InvalidInputError);
      const error = thrown as InvalidInputError;
      expect(error.code).toBe("BAD_USER_INPUT");
      expect(error.message).toContain(`${argument} is ${value}`);
      expect(error.message).toContain("a whole number from 1 to 100");
      expect(error.message).toContain(advice);
      expect(error.details).toEqual({ argument, value, min: 1, max: 100 });
    });
  }
});
