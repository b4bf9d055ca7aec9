import type { CliCommand } from "./cli-command";
import { exportCommand } from "./export-command";
import { loadDirectoryCommand } from "./load-directory-command";
import { verifyCommand } from "./verify-command";

/** Every command of the `ledger` CLI, in the order `ledger help` lists them. */
export const cliCommands: CliCommand[] = [
  verifyCommand,
  exportCommand,
  loadDirectoryCommand,
];
