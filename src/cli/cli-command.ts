import type { Database } from "../database/connect-database";
import type { Logger } from "pino";

/** What a command receives: its arguments and an open, migrated database. */
export interface CliEnvironment {
  args: string[];
  database: Database;
  logger: Logger;
  /** Writes a line of the command's output to stdout. */
  print(line: string): void;
}

/** One operator command of the `ledger` CLI. */
export interface CliCommand {
  name: string;
  /** Usage line shown by `ledger help`, such as `verify [--stream ID]`. */
  usage: string;
  /** One sentence on what the command does. */
  summary: string;
  /**
   * Runs the command and returns the process exit code: 0 on success, 1 when
   * the command ran but found a problem (such as a broken hash chain).
   */
  run(environment: CliEnvironment): Promise<number>;
}
