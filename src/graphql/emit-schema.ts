import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildLedgerSchema } from "./build-schema";

/** Path of the checked-in schema, relative to this module. */
export const schemaFilePath = fileURLToPath(
  new URL("../../schema/schema.graphql", import.meta.url),
);

/** Prints the schema in SDL with types and fields sorted, for a stable diff. */
export async function printLedgerSchema(): Promise<string> {
  const schema = await buildLedgerSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

// Run directly (`npm run schema:emit`) to rewrite the checked-in file.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(schemaFilePath, await printLedgerSchema());
  process.stdout.write(`Wrote ${schemaFilePath}\n`);
}
