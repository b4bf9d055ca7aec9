import type { IncomingMessage } from "node:http";

/** Outcome of `readRequestBody`, with the response to send when rejected. */
export type BodyResult =
  | { kind: "parsed"; body: unknown }
  | { kind: "rejected"; status: number; message: string; code: string }
  | { kind: "aborted" };

/**
 * Reads the body of a POST request, at most `maxBytes` of it, and parses it
 * as JSON. Rejects a compressed body with 415, a body over the limit with
 * 413, and invalid JSON or a batched request (a JSON array) with 400. An
 * empty body, or one whose content type is not JSON, comes back as
 * undefined, so Apollo rejects the request with its own message.
 */
export async function readRequestBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<BodyResult> {
  const tooLarge: BodyResult = {
    kind: "rejected",
    status: 413,
    message: `The request body is larger than the limit of ${maxBytes} bytes.`,
    code: "PAYLOAD_TOO_LARGE",
  };

  const encoding = request.headers["content-encoding"];
  if (encoding !== undefined && encoding.toLowerCase() !== "identity") {
    return {
      kind: "rejected",
      status: 415,
      message: `Content-Encoding "${encoding}" is not supported. Send the body uncompressed.`,
      code: "UNSUPPORTED_MEDIA_TYPE",
    };
  }
  const declaredLength = Number(request.headers["content-length"]);
  if (declaredLength > maxBytes) {
    return tooLarge;
  }

  const bytes = await collectBody(request, maxBytes);
  if (bytes === "aborted") {
    return { kind: "aborted" };
  }
  if (bytes === "too-large") {
    return tooLarge;
  }
  if (!isJsonContentType(request.headers["content-type"])) {
    // Apollo rejects such a POST with its own message.
    return { kind: "parsed", body: undefined };
  }
  if (bytes.length === 0) {
    return { kind: "parsed", body: undefined };
  }

  let body: unknown;
  try {
    body = JSON.parse(bytes.toString("utf8"));
  } catch {
    return {
      kind: "rejected",
      status: 400,
      message: "The request body is not valid JSON.",
      code: "BAD_REQUEST",
    };
  }
  if (Array.isArray(body)) {
    return {
      kind: "rejected",
      status: 400,
      message:
        "Batched requests (a JSON array of operations) are not supported. Send one operation per request.",
      code: "BATCHING_NOT_SUPPORTED",
    };
  }
  return { kind: "parsed", body };
}

function collectBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<Buffer | "too-large" | "aborted"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: Buffer | "too-large" | "aborted") => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };

    request.on("data", (chunk: Buffer) => {
      if (settled) {
        return;
      }
      size += chunk.length;
      if (size > maxBytes) {
        settle("too-large");
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => settle(Buffer.concat(chunks)));
    // After "end", "close" changes nothing because the promise has settled.
    request.on("close", () => settle("aborted"));
    request.on("error", () => settle("aborted"));
  });
}

/** Returns true for application/json and the +json media types. */
export function isJsonContentType(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(";")[0].trim().toLowerCase();
  return (
    mediaType !== undefined &&
    (mediaType === "application/json" || mediaType.endsWith("+json"))
  );
}
