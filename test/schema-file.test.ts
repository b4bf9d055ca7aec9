import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import {
  printLedgerSchema,
  schemaFilePath,
} from "../src/graphql/emit-schema";

describe("schema/schema.graphql", () => {
  it("matches the schema the code builds", async () => {
    const checkedIn = await readFile(schemaFilePath, "utf8");
    const built = await printLedgerSchema();

    // On a mismatch, run `npm run schema:emit` and commit the file.
    expect(checkedIn).toBe(built);
  });
});
