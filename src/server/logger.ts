import {
  pino,
  type DestinationStream,
  type LevelWithSilent,
  type Logger,
} from "pino";

// Header names arrive in lower case from node:http, so these paths cover a
// headers object logged on its own or inside a request.
const REDACTED_PATHS = [
  "authorization",
  "headers.authorization",
  "*.headers.authorization",
];

/**
 * Creates a logger that writes one JSON object per line, with an ISO 8601
 * `time`, to `destination` (stdout when omitted). The value of any
 * `authorization` header in a logged object is replaced by "[redacted]".
 */
export function createLogger(
  level: LevelWithSilent,
  destination?: DestinationStream,
): Logger {
  const options = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
