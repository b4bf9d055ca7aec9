import type { ResponseError } from "./graphql-client";

/** A response as the client received it, with its body as text too. */
export interface RawResponse {
  status: number;
  /** The body exactly as sent, for checks on everything it contains. */
  text: string;
  data: Record<string, unknown> | null;
  errors: ResponseError[] | undefined;
}

/**
 * Sends `body` to the service as a JSON POST, as is when it is a string,
 * and returns the response whatever its status. Fails when the body is not
 * JSON.
 */
export async function postGraphQL(
  url: string,
  body: unknown,
  token: string | null = null,
): Promise<RawResponse> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = JSON.parse(text) as {
    data?: Record<string, unknown> | null;
    errors?: ResponseError[];
  };
  return {
    status: response.status,
    text,
    data: parsed.data ?? null,
    errors: parsed.errors,
  };
}
