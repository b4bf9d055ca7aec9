import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDirectoryCommand } from "../src/cli/load-directory-command";
import { findEmployee } from "../src/projections/employee-projection";
import { createLogger } from "../src/server/logger";
import { countEvents } from "./support/count-events";
import {
  openTestDatabase,
  testDatabaseKind,
  type TestDatabase,
} from "./support/test-database";

const unitsCsv = [
  "unit_id,name,kind,parent_unit_id",
  'bay,"Bay District, Unified",DISTRICT,',
  "bay-high,Bay High School,SCHOOL,bay",
].join("\n");

const staffCsv = [
  "Employee ID,Name,Job Classification,Unit ID,Supervises,Reports To",
  'B001,"Lee, Pat ""PJ""",Office Manager,bay-high,yes,',
  "B002,Sam Ortiz,Custodian,bay-high,no,B001",
  '"B003","Ola\nNwosu",Custodian,bay-high,no,B001',
].join("\r\n");

// Line 4 names an unknown unit, and line 5 a supervises value of "maybe".
const badCsv = [
  "employee_id,name,job_classification,unit_id,supervises,reports_to",
  "B004,Kim Cho,Custodian,bay-high,no,B001",
  "B005,Ravi Das,Custodian,bay-high,no,B001",
  "B006,Ada Obi,Custodian,nowhere,no,B001",
  "B007,Eve Moss,Custodian,bay-high,maybe,B001",
].join("\n");

let folder: string;
let database: TestDatabase;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "ledger-csv-"));
  await writeFile(join(folder, "units.csv"), unitsCsv);
  await writeFile(join(folder, "staff.csv"), staffCsv);
  await writeFile(join(folder, "bad.csv"), badCsv);
  database = await openTestDatabase();
});

afterAll(async () => {
  await database?.close();
  await rm(folder, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const output: string[] = [];
  const code = await loadDirectoryCommand.run({
    args,
    database,
    logger: createLogger("silent"),
    print: (line) => output.push(line),
  });
  return { code, output: output.join("\n") };
}

describe("ledger load-directory", () => {
  it("loads units and employees from CSV files", async () => {
    const result = await run(
      join(folder, "units.csv"),
      join(folder, "staff.csv"),
      "--effective-on",
      "2025-07-01",
    );

    expect(result.code).toBe(0);
    expect(result.output).toMatch(/Units: 2 added/);
    expect(result.output).toMatch(/Employees: 3 added/);
    expect(await findEmployee(database.db, "B001")).toMatchObject({
      name: 'Lee, Pat "PJ"',
      supervises: true,
      reportsTo: null,
      effectiveOn: "2025-07-01",
    });
    expect((await findEmployee(database.db, "B003"))?.name).toBe("Ola\nNwosu");
  });

  it("reports bad rows by line and changes nothing", async () => {
    const before = await countEvents(database.db);

    const result = await run(join(folder, "bad.csv"));

    expect(result.code).toBe(1);
    expect(result.output).toMatch(/^bad\.csv line 4: Unit nowhere/m);
    expect(result.output).toMatch(/^bad\.csv line 5: The supervises value/m);
    expect(result.output).toMatch(/Nothing was loaded: 2 problems/);
    expect(await countEvents(database.db)).toBe(before);
    expect(await findEmployee(database.db, "B004")).toBeNull();
  });

  it("names a missing column", async () => {
    await writeFile(
      join(folder, "short.csv"),
      "employee_id,name,unit_id\nB008,Al Roy,bay-high\n",
    );

    const result = await run(join(folder, "short.csv"));

    expect(result.code).toBe(1);
    expect(result.output).toMatch(
      /short\.csv line 1: Missing column job_classification, supervises, reports_to/,
    );
  });

  it("exits with 1 from the command line", async () => {
    // On PGlite the command opens a new database of its own, where every
    // row is bad. This test checks only the exit code and the line numbers.
    const environment =
      testDatabaseKind === "postgres"
        ? { DATABASE_URL: database.url! }
        : { DATA_DIR: join(folder, "data") };

    const result = await promisify(execFile)(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/cli/main.ts",
        "load-directory",
        join(folder, "bad.csv"),
      ],
      { env: { ...process.env, ...environment, LOG_LEVEL: "silent" } },
    ).then(
      () => ({ code: 0, stdout: "" }),
      (error: { code: number; stdout: string }) => error,
    );

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/bad\.csv line 4/);
  }, 60_000);
});
