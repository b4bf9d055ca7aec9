import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvColumns } from "../src/audit/export-format";
import { exportCommand } from "../src/cli/export-command";
import {
  connectDatabase,
  type Database,
} from "../src/database/connect-database";
import { migrateToLatest } from "../src/database/migrate-to-latest";
import { appendToStream } from "../src/event-store/append-to-stream";
import { createLogger } from "../src/server/logger";
import {
  openEvaluationOf,
  rateAsSupervisor,
  seedDistrict,
  type SeededDistrict,
} from "./support/audit-seed";
import { openTestDatabase, testDatabaseKind } from "./support/test-database";
import { startTestService, type TestService } from "./support/test-service";

const awkwardComment = 'Said "great job", then left early,\nand came back.';

let service: TestService;
let district: SeededDistrict;
let evaluationId: string;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "ledger-export-"));
  service = await startTestService();
  district = await seedDistrict(service);
  evaluationId = await openEvaluationOf(district, "E1");
  const [first, second] = district.ordinaryKeys;
  await rateAsSupervisor(district, evaluationId, first!, "EFFECTIVE", {
    comment: awkwardComment,
  });
  await rateAsSupervisor(district, evaluationId, second!, "HIGHLY_EFFECTIVE");
});

afterAll(async () => {
  await service?.close();
  await rm(folder, { recursive: true, force: true });
});

async function runExport(args: string[], database = service.database) {
  const lines: string[] = [];
  const exitCode = await exportCommand.run({
    args,
    database,
    logger: createLogger("silent"),
    print: (line) => lines.push(line),
  });
  return { exitCode, lines };
}

async function runExportError(args: string[]) {
  try {
    await runExport(args);
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected the export to fail");
}

/** Parses RFC 4180 CSV into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index += 1;
    } else {
      field += char;
    }
  }
  return rows;
}

describe("export of an evaluation", () => {
  it("writes JSON Lines with metadata and a linked chain", async () => {
    const { exitCode, lines } = await runExport([
      "--evaluation",
      evaluationId,
      "--format",
      "jsonl",
    ]);

    expect(exitCode).toBe(0);
    const events = lines.map((line) => JSON.parse(line));
    expect(events.map((event) => event.streamVersion)).toEqual([1, 2, 3]);
    expect(events[0].previousHash).toBe("0".repeat(64));
    expect(events[1].previousHash).toBe(events[0].hash);
    expect(events[2].previousHash).toBe(events[1].hash);
    expect(events[1].data.comment).toBe(awkwardComment);
    expect(events[1].metadata).toMatchObject({
      actorId: "u-S1",
      reason: null,
    });
    expect(events[1].metadata.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(events[1].subject).toEqual({
      evaluationId,
      employeeId: "E1",
      cycleId: district.cycleId,
      unitId: "north-high",
    });
  });

  it("writes CSV with a header and quoted fields to a file", async () => {
    const out = join(folder, "evaluation.csv");

    const { exitCode, lines } = await runExport([
      "--evaluation",
      evaluationId,
      "--format",
      "csv",
      "--out",
      out,
    ]);

    expect(exitCode).toBe(0);
    expect(lines).toEqual([`Wrote 3 events to ${out}.`]);
    const text = await readFile(out, "utf8");
    expect(text.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...csvColumns]);
    expect(rows).toHaveLength(3);
    const data = JSON.parse(rows[1]![csvColumns.indexOf("data")]!);
    expect(data.comment).toBe(awkwardComment);
    expect(rows[1]![csvColumns.indexOf("type")]).toBe("CompetencyRated");
    expect(rows[1]![csvColumns.indexOf("causation_id")]).toBe("");
  });

  it("answers NOT_FOUND for an unknown evaluation", async () => {
    const error = await runExportError([
      "--evaluation",
      randomUUID(),
      "--format",
      "jsonl",
    ]);

    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("export of the audit log", () => {
  it("applies the audit filters", async () => {
    const { lines } = await runExport([
      "--audit",
      "--actor",
      "u-S1",
      "--type",
      "CompetencyRated",
      "--type",
      "RatingRevised",
      "--format",
      "jsonl",
    ]);

    const events = lines.map((line) => JSON.parse(line));
    expect(events).toHaveLength(2);
    expect(events.every((event) => event.type === "CompetencyRated")).toBe(
      true,
    );
  });

  it("writes newest first when asked", async () => {
    const { lines } = await runExport([
      "--audit",
      "--format",
      "jsonl",
      "--order",
      "newest",
    ]);

    const positions = lines.map((line) =>
      BigInt(JSON.parse(line).globalPosition),
    );
    expect(positions.length).toBeGreaterThan(10);
    for (let index = 1; index < positions.length; index += 1) {
      expect(positions[index]! < positions[index - 1]!).toBe(true);
    }
  });

  it("keeps events recorded within --from and --to", async () => {
    const { lines: all } = await runExport(["--audit", "--format", "jsonl"]);
    const events = all.map((line) => JSON.parse(line));
    const from = events[3].recordedAt;
    const to = events.at(-1).recordedAt;

    const { lines } = await runExport([
      "--audit",
      "--from",
      from,
      "--to",
      to,
      "--format",
      "jsonl",
    ]);

    const expected = events.filter(
      (event) =>
        Date.parse(event.recordedAt) >= Date.parse(from) &&
        Date.parse(event.recordedAt) < Date.parse(to),
    );
    expect(lines.map((line) => JSON.parse(line).eventId)).toEqual(
      expected.map((event) => event.eventId),
    );
  });
});

describe("export arguments", () => {
  it.each([
    ["a missing format", ["--evaluation", "x"]],
    ["an unknown format", ["--audit", "--format", "xml"]],
    ["neither source", ["--format", "csv"]],
    ["both sources", ["--audit", "--evaluation", "x", "--format", "csv"]],
    [
      "audit filters on an evaluation",
      ["--evaluation", "x", "--employee", "E1", "--format", "csv"],
    ],
    ["a malformed time", ["--audit", "--from", "yesterday", "--format", "csv"]],
    ["an unknown order", ["--audit", "--order", "random", "--format", "csv"]],
  ])("rejects %s", async (_case, args) => {
    const error = await runExportError(args);

    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message.length).toBeGreaterThan(20);
  });
});

describe("ledger command line", () => {
  let database: Database;
  let environment: Record<string, string>;
  let dataDir: string | null = null;

  beforeAll(async () => {
    if (testDatabaseKind === "postgres") {
      const scratch = await openTestDatabase();
      database = scratch;
      environment = { DATABASE_URL: scratch.url! };
    } else {
      dataDir = join(folder, "pglite");
      database = await connectDatabase({ kind: "pglite", dataDir });
      await migrateToLatest(database.db);
      environment = { DATA_DIR: dataDir };
    }
    await appendToStream(database.db, {
      streamId: "note-1",
      streamType: "note",
      expectedVersion: "no-stream",
      events: [1, 2].map((index) => ({
        eventId: randomUUID(),
        type: "NoteTaken",
        schemaVersion: 1,
        data: { text: `note ${index}` },
        metadata: {
          actorId: "tester",
          effectiveAt: new Date().toISOString(),
          correlationId: randomUUID(),
          causationId: null,
          reason: null,
        },
      })),
    });
    // A PGlite folder admits one process at a time.
    if (dataDir !== null) await database.close();
  });

  afterAll(async () => {
    if (dataDir === null) await database?.close();
  });

  async function runLedger(args: string[]) {
    const { DATABASE_URL: _url, DATA_DIR: _dir, ...inherited } = process.env;
    try {
      const { stdout } = await promisify(execFile)(
        join("node_modules", ".bin", "tsx"),
        ["src/cli/main.ts", ...args],
        {
          env: { ...inherited, LOG_LEVEL: "silent", ...environment },
          timeout: 60_000,
        },
      );
      return { exitCode: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string };
      return { exitCode: failed.code, stdout: failed.stdout };
    }
  }

  it("verifies the ledger from the shell", async () => {
    const { exitCode, stdout } = await runLedger(["verify"]);

    expect(stdout).toContain("Checked 2 events in 1 streams");
    expect(exitCode).toBe(0);
  });

  it("exports the audit log from the shell", async () => {
    const { exitCode, stdout } = await runLedger([
      "export",
      "--audit",
      "--format",
      "csv",
    ]);

    expect(exitCode).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(csvColumns.join(","));
    expect(lines).toHaveLength(3);
  });
});
