import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

/** An error entry of a GraphQL response. */
export interface ResponseError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<Result> {
  status: number;
  data: Result | null;
  errors: ResponseError[] | undefined;
}

/**
 * Sends one typed operation to the service over HTTP and returns the parsed
 * response, whatever its status.
 */
export async function sendOperation<Result, Variables>(
  url: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  token: string | null,
): Promise<GraphQLResponse<Result>> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as {
    data?: Result | null;
    errors?: ResponseError[];
  };
  return {
    status: response.status,
    data: body.data ?? null,
    errors: body.errors,
  };
}

/** Returns the data of a response, failing with its errors if it has any. */
export function expectData<Result>(response: GraphQLResponse<Result>): Result {
  if (response.errors !== undefined || response.data === null) {
    throw new Error(
      `Expected data, got errors: ${JSON.stringify(response.errors)}`,
    );
  }
  return response.data;
}

/** Returns the code of a response's only error, failing unless there is one. */
export function errorCodeOf(response: GraphQLResponse<unknown>): string {
  if (response.errors?.length !== 1) {
    throw new Error(
      `Expected one error, got: ${JSON.stringify(response.errors ?? response.data)}`,
    );
  }
  return response.errors[0]!.extensions?.code ?? "(no code)";
}
