import type { CliCommand } from "./cli-command";

/** Every command of the `ledger` CLI, in the order `ledger help` lists them. */
export const cliCommands: CliCommand[] = [];
