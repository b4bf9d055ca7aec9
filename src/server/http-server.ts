import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import {
  HeaderMap,
  type ApolloServer,
  type BaseContext,
  type HTTPGraphQLResponse,
} from "@apollo/server";
import type { Logger } from "pino";
import { UnauthenticatedError } from "../domain/errors";
import { isJsonContentType, readRequestBody } from "./read-request-body";

/** Options of `startHttpServer`. */
export interface HttpServerOptions<TContext extends BaseContext> {
  /** A started ApolloServer. The caller stops it. */
  apollo: ApolloServer<TContext>;
  host: string;
  /** TCP port, or 0 for any free port. */
  port: number;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /**
   * Builds the context of one GraphQL request. Throwing UnauthenticatedError
   * turns the request into a 401 response.
   */
  createContext: (request: IncomingMessage) => Promise<TContext>;
  logger: Logger;
}

/** A listening HTTP server. */
export interface RunningHttpServer {
  /** The GraphQL endpoint, such as http://127.0.0.1:4000/graphql. */
  url: string;
  /** Stops accepting connections and resolves once in-flight requests end. */
  close(): Promise<void>;
}

/** Summary of one request for the request log line. */
interface RequestSummary {
  /** HTTP status sent, or null when the client went away first. */
  status: number | null;
  operationName: string | null;
  /** `extensions.code` of each error in the response body. */
  errorCodes: string[];
}

const GRAPHQL_PATH = "/graphql";

const MAX_LOGGED_OPERATION_NAME_LENGTH = 100;

/**
 * Starts a node:http server that serves GraphQL at `POST /graphql` and
 * `GET /graphql` through `apollo`, and resolves once it listens.
 *
 * Other paths get 404 and other methods on /graphql get 405. A body over
 * `maxBodyBytes` gets 413 with code PAYLOAD_TOO_LARGE, a JSON array body
 * (a batched request) gets 400 with code BATCHING_NOT_SUPPORTED, invalid
 * JSON gets 400 with code BAD_REQUEST, and a compressed body gets 415. When
 * `createContext` throws UnauthenticatedError, the response is 401 with code
 * UNAUTHENTICATED. Each request is logged once at info level with its
 * operation name, status, duration and outcome, never with its body,
 * variables or headers.
 *
 * Throws Error when `apollo` has not been started, and rejects when the
 * server cannot listen, for example because the port is taken.
 */
export async function startHttpServer<TContext extends BaseContext>(
  options: HttpServerOptions<TContext>,
): Promise<RunningHttpServer> {
  options.apollo.assertStarted("startHttpServer()");

  let closing = false;
  const inFlight = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    inFlight.add(response);
    response.on("close", () => {
      inFlight.delete(response);
      if (closing) {
        // A keep-alive connection that served its last response is idle now.
        setImmediate(() => server.closeIdleConnections());
      }
    });
    if (closing) {
      response.setHeader("connection", "close");
    }
    void handleRequest(request, response, options);
  });

  await listen(server, options.host, options.port);
  server.on("error", (error) => {
    options.logger.error({ err: error }, "HTTP server error");
  });

  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${formatHost(options.host)}:${port}${GRAPHQL_PATH}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing = true;
        for (const response of inFlight) {
          if (!response.headersSent) {
            response.setHeader("connection", "close");
          }
        }
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

function listen(
  server: ReturnType<typeof createServer>,
  host: string,
  port: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function formatHost(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

async function handleRequest<TContext extends BaseContext>(
  request: IncomingMessage,
  response: ServerResponse,
  options: HttpServerOptions<TContext>,
): Promise<void> {
  const startedAt = performance.now();
  const { path } = splitUrl(request.url ?? "/");

  let summary: RequestSummary;
  try {
    summary = await routeRequest(request, response, options);
  } catch (error) {
    options.logger.error(
      { err: error, method: request.method, path },
      "Failed to handle an HTTP request",
    );
    summary = {
      status: 500,
      operationName: null,
      errorCodes: ["INTERNAL_SERVER_ERROR"],
    };
    if (response.headersSent) {
      response.destroy();
    } else {
      sendError(
        response,
        500,
        "Internal server error",
        "INTERNAL_SERVER_ERROR",
      );
    }
  }

  options.logger.info(
    {
      method: request.method,
      path,
      operationName: summary.operationName,
      status: summary.status,
      durationMs: Math.round((performance.now() - startedAt) * 10) / 10,
      outcome: outcomeOf(summary),
      errorCodes: summary.errorCodes,
    },
    "HTTP request finished",
  );
}

function outcomeOf(summary: RequestSummary): string {
  if (summary.status === null) {
    return "aborted";
  }
  if (summary.status >= 400 || summary.errorCodes.length > 0) {
    return "error";
  }
  return "success";
}

async function routeRequest<TContext extends BaseContext>(
  request: IncomingMessage,
  response: ServerResponse,
  options: HttpServerOptions<TContext>,
): Promise<RequestSummary> {
  const { path, search } = splitUrl(request.url ?? "/");
  const method = (request.method ?? "GET").toUpperCase();
  const searchOperationName = new URLSearchParams(search).get("operationName");

  const reject = (status: number, message: string, code: string) => {
    sendError(response, status, message, code);
    return { status, operationName: null, errorCodes: [code] };
  };

  if (path !== GRAPHQL_PATH) {
    return reject(
      404,
      `Not found. GraphQL is served at ${GRAPHQL_PATH}.`,
      "NOT_FOUND",
    );
  }
  if (method !== "GET" && method !== "POST") {
    response.setHeader("allow", "GET, POST");
    return reject(
      405,
      `Method ${method} is not allowed on ${GRAPHQL_PATH}; use POST or GET.`,
      "METHOD_NOT_ALLOWED",
    );
  }

  let body: unknown = undefined;
  if (method === "POST") {
    const parsed = await readRequestBody(request, options.maxBodyBytes);
    switch (parsed.kind) {
      case "aborted":
        return { status: null, operationName: null, errorCodes: [] };
      case "rejected":
        if (parsed.status === 413) {
          // The rest of the body is not read, so the connection cannot
          // carry another request.
          response.setHeader("connection", "close");
        }
        return reject(parsed.status, parsed.message, parsed.code);
      case "parsed":
        body = parsed.body;
    }
  }

  const operationName = loggableOperationName(
    method === "POST" ? operationNameOf(body) : searchOperationName,
  );

  const failure: { authentication?: UnauthenticatedError } = {};
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method,
      headers: toHeaderMap(request.headers),
      search,
      body,
    },
    context: async () => {
      try {
        return await options.createContext(request);
      } catch (error) {
        if (error instanceof UnauthenticatedError) {
          failure.authentication = error;
        }
        throw error;
      }
    },
  });

  if (failure.authentication !== undefined) {
    response.setHeader("www-authenticate", 'Bearer error="invalid_token"');
    sendError(response, 401, failure.authentication.message, "UNAUTHENTICATED");
    return { status: 401, operationName, errorCodes: ["UNAUTHENTICATED"] };
  }

  const status = result.status ?? 200;
  await sendGraphQLResponse(response, status, result);
  return { status, operationName, errorCodes: errorCodesOf(result) };
}

function splitUrl(url: string): { path: string; search: string } {
  // Apollo parses the query string itself and expects it still encoded.
  const questionMark = url.indexOf("?");
  return questionMark === -1
    ? { path: url, search: "" }
    : { path: url.slice(0, questionMark), search: url.slice(questionMark + 1) };
}

function toHeaderMap(headers: IncomingHttpHeaders): HeaderMap {
  const headerMap = new HeaderMap();
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) {
      // Same joining as the Fetch API's Headers for repeated header lines.
      headerMap.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
  }
  return headerMap;
}

function operationNameOf(body: unknown): string | null {
  if (typeof body !== "object" || body === null) {
    return null;
  }
  const { operationName } = body as { operationName?: unknown };
  return typeof operationName === "string" ? operationName : null;
}

function loggableOperationName(name: string | null): string | null {
  if (name === null || name.length <= MAX_LOGGED_OPERATION_NAME_LENGTH) {
    return name;
  }
  return `${name.slice(0, MAX_LOGGED_OPERATION_NAME_LENGTH)}…`;
}

function errorCodesOf(result: HTTPGraphQLResponse): string[] {
  const contentType = result.headers.get("content-type");
  if (result.body.kind !== "complete" || !isJsonContentType(contentType)) {
    return [];
  }
  try {
    const parsed = JSON.parse(result.body.string) as { errors?: unknown };
    if (!Array.isArray(parsed.errors)) {
      return [];
    }
    return parsed.errors.map((error: { extensions?: { code?: unknown } }) => {
      const code = error?.extensions?.code;
      return typeof code === "string" ? code : "UNKNOWN";
    });
  } catch {
    return [];
  }
}

async function sendGraphQLResponse(
  response: ServerResponse,
  status: number,
  result: HTTPGraphQLResponse,
): Promise<void> {
  for (const [name, value] of result.headers) {
    response.setHeader(name, value);
  }
  response.statusCode = status;

  if (result.body.kind === "complete") {
    response.setHeader("content-length", Buffer.byteLength(result.body.string));
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) {
    response.write(chunk);
  }
  response.end();
}

function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  code: string,
): void {
  const text = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  response.statusCode = status;
  response.setHeader("content-type", "application/json; charset=utf-8");
  response.setHeader("content-length", Buffer.byteLength(text));
  response.end(text);
}
