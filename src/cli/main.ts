import { connectDatabase } from "../database/connect-database";
import { migrateToLatest } from "../database/migrate-to-latest";
import { LedgerError } from "../domain/errors";
import { ConfigError, loadConfig } from "../server/config";
import { createLogger } from "../server/logger";
import { cliCommands } from "./commands";

/**
 * The operators' command line: `npm run ledger -- <command> [arguments]`.
 * It opens the database the service would use (DATABASE_URL, else PGlite in
 * DATA_DIR), applies pending migrations, and runs one command.
 */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = cliCommands.find((candidate) => candidate.name === name);
  if (name === undefined || name === "help" || name === "--help") {
    printHelp();
    return name === undefined ? 2 : 0;
  }
  if (command === undefined) {
    process.stderr.write(`Unknown command "${name}". Run "ledger help".\n`);
    return 2;
  }

  const config = loadConfig(process.env);
  const logger = createLogger(
    config.logLevel === "info" ? "warn" : config.logLevel,
  );
  const database = await connectDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    return await command.run({
      args,
      database,
      logger,
      print: (line) => process.stdout.write(`${line}\n`),
    });
  } finally {
    await database.close();
  }
}

function printHelp(): void {
  const lines = [
    "Usage: npm run ledger -- <command> [arguments]",
    "",
    "Commands:",
    ...cliCommands.map(
      (command) => `  ${command.usage}\n      ${command.summary}`,
    ),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof LedgerError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(
        `Failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
    process.exitCode = 1;
  },
);
