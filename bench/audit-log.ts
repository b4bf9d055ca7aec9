/**
 * Benchmarks the audit log on a district-sized event log in PostgreSQL:
 * every filter shape of `readAuditLog` without and with the audit indexes,
 * and the throughput of `verifyLedger`. See bench/README.md.
 *
 *   npx tsx bench/audit-log.ts [--employees 8000] [--cycles 20] [--runs 15]
 *     [--keep] [--reuse NAME] [--skip-before] [--skip-verify]
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { sql, type Kysely } from "kysely";
import pg from "pg";
import { encodeAuditCursor } from "../src/audit/audit-cursor";
import {
  readAuditLog,
  type AuditLogRequest,
} from "../src/audit/read-audit-log";
import { connectDatabase } from "../src/database/connect-database";
import type { DatabaseSchema } from "../src/database/database-schema";
import { migrateToLatest } from "../src/database/migrate-to-latest";
import { verifyLedger } from "../src/event-store/verify-ledger";
import { generateDistrictLog } from "./support/district-log";
import { insertPhase } from "./support/insert-phase";
import {
  createScratchDatabase,
  existingScratchDatabase,
  type ScratchDatabase,
} from "./support/scratch-database";
import { timeRuns, type Timing } from "./support/timing";

const { values: options } = parseArgs({
  options: {
    employees: { type: "string", default: "8000" },
    cycles: { type: "string", default: "20" },
    units: { type: "string", default: "80" },
    runs: { type: "string", default: "15" },
    keep: { type: "boolean", default: false },
    reuse: { type: "string" },
    "skip-before": { type: "boolean", default: false },
    "skip-verify": { type: "boolean", default: false },
  },
});

// The indexes migration 0004 adds for the audit log. They are dropped for
// the "without" measurements and rebuilt from their own definitions.
const auditIndexes = [
  "events_stream_position",
  "events_actor_position",
  "events_type_position",
  "events_correlation_position",
  "events_recorded_at",
  "event_subjects_employee",
  "event_subjects_cycle",
  "event_subjects_unit",
];

const beforeTimeoutMs = 60_000;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

const scratch: ScratchDatabase =
  options.reuse === undefined
    ? await createScratchDatabase()
    : existingScratchDatabase(options.reuse);
log(`Scratch database: ${scratch.name}`);
const database = await connectDatabase({ kind: "postgres", url: scratch.url });
const db = database.db;
const admin = new pg.Client({ connectionString: scratch.url });
await admin.connect();

try {
  if (options.reuse === undefined) {
    await migrateToLatest(db);
    await generate();
  }
  const indexDefinitions = await readIndexDefinitions();
  const cases = await buildCases();

  let before = new Map<string, Timing | "timeout">();
  const builds: Array<[string, number]> = [];
  if (!options["skip-before"]) {
    log("Timing the audit queries without the audit indexes");
    for (const name of auditIndexes) {
      await admin.query(`drop index if exists ${name}`);
    }
    await admin.query(`set statement_timeout = ${beforeTimeoutMs}`);
    before = await timeCases(cases, Math.min(5, Number(options.runs)));
    await admin.query("reset statement_timeout");

    log("Building the audit indexes");
    for (const name of auditIndexes) {
      const start = performance.now();
      await admin.query(indexDefinitions.get(name)!);
      builds.push([name, Math.round(performance.now() - start)]);
    }
    await admin.query("analyze");
  }

  log("Timing the audit queries with the audit indexes");
  const after = await timeCases(cases, Number(options.runs));

  let verification: Awaited<ReturnType<typeof verifyLedger>> | null = null;
  let verifySeconds = 0;
  if (!options["skip-verify"]) {
    log("Verifying every hash chain");
    const verifyStart = performance.now();
    verification = await verifyLedger(db);
    verifySeconds = (performance.now() - verifyStart) / 1000;
  }

  await printReport(before, after, builds, verification, verifySeconds);
} finally {
  await admin.end();
  await database.close();
  if (!options.keep && options.reuse === undefined) {
    await scratch.drop();
    log(`Dropped ${scratch.name}`);
  }
}

async function generate(): Promise<void> {
  const shape = {
    employees: Number(options.employees),
    cycles: Number(options.cycles),
    units: Number(options.units),
    seed: 20_260_101,
  };
  log(`Generating ${JSON.stringify(shape)}`);
  const start = performance.now();
  let total = 0;
  for (const phase of generateDistrictLog(shape)) {
    await insertPhase(admin, phase);
    total += phase.events.length;
    const seconds = (performance.now() - start) / 1000;
    log(
      `  ${phase.label}: ${phase.events.length} events, ${total} in all, ${seconds.toFixed(0)} s`,
    );
  }
  log("Vacuuming and analysing");
  await admin.query("vacuum analyze");
}

async function readIndexDefinitions(): Promise<Map<string, string>> {
  const { rows } = await admin.query<{ indexname: string; indexdef: string }>(
    "select indexname, indexdef from pg_indexes where indexname = any($1)",
    [auditIndexes],
  );
  const definitions = new Map(rows.map((row) => [row.indexname, row.indexdef]));
  for (const name of auditIndexes) {
    if (!definitions.has(name)) {
      throw new Error(
        `Index ${name} is missing from ${scratch.name}. Run without --reuse to build a fresh log.`,
      );
    }
  }
  return definitions;
}

interface BenchCase {
  name: string;
  request: (run: number) => AuditLogRequest;
}

/** Picks parameters from the log and builds one case per query shape. */
async function buildCases(): Promise<BenchCase[]> {
  const subjects = (
    await sql<{
      evaluation_id: string;
      employee_id: string;
      cycle_id: string;
      unit_id: string;
    }>`select evaluation_id, employee_id, cycle_id, unit_id
       from stream_subjects order by md5(stream_id) limit 40`.execute(db)
  ).rows;
  const bounds = (
    await sql<{ first: string; last: string; from: Date; to: Date }>`
      select min(global_position) as first, max(global_position) as last,
        min(recorded_at) as from, max(recorded_at) as to
      from events`.execute(db)
  ).rows[0]!;
  const first = BigInt(bounds.first);
  const last = BigInt(bounds.last);
  const samplePositions = Array.from(
    { length: 40 },
    (_, index) => first + ((last - first) * BigInt(index * 7 + 3)) / 283n,
  );
  const samples = await db
    .selectFrom("events")
    .select(["actor_id", "correlation_id", "recorded_at", "type"])
    .where(
      "global_position",
      "in",
      samplePositions.map((position) => position.toString()),
    )
    .execute();
  const evaluators = samples.filter((row) => row.type !== "EvaluationOpened");
  const middle = ((first + last) / 2n).toString();
  const month = 30 * 24 * 60 * 60 * 1000;
  const recentTo = new Date(bounds.to);
  // Cycles leave gaps of weeks without events, so the older month is
  // centred on an event a quarter of the way into the log.
  const quarter = await db
    .selectFrom("events")
    .select("recorded_at")
    .where("global_position", "=", (first + (last - first) / 4n).toString())
    .executeTakeFirstOrThrow();
  const oldFrom = new Date(quarter.recorded_at.getTime() - month / 2);
  const year = 12 * month;
  const pick = <T>(list: T[], run: number): T =>
    list[(run + list.length) % list.length]!;
  const page = (
    filter: AuditLogRequest["filter"],
    order: AuditLogRequest["order"] = "NEWEST_FIRST",
    after: string | null = null,
  ): AuditLogRequest => ({ filter, order, first: 50, after });

  return [
    { name: "all, newest first", request: () => page({}) },
    { name: "all, oldest first", request: () => page({}, "OLDEST_FIRST") },
    {
      name: "all, from a cursor mid-log",
      request: () => page({}, "NEWEST_FIRST", encodeAuditCursor(middle)),
    },
    {
      name: "evaluation",
      request: (run) =>
        page(
          { evaluationId: pick(subjects, run).evaluation_id },
          "OLDEST_FIRST",
        ),
    },
    {
      name: "employee, newest first",
      request: (run) => page({ employeeId: pick(subjects, run).employee_id }),
    },
    {
      name: "cycle, newest first",
      request: (run) => page({ cycleId: pick(subjects, run).cycle_id }),
    },
    {
      name: "cycle, oldest first",
      request: (run) =>
        page({ cycleId: pick(subjects, run).cycle_id }, "OLDEST_FIRST"),
    },
    {
      name: "cycle, from a cursor mid-log",
      request: (run) =>
        page(
          { cycleId: pick(subjects, run).cycle_id },
          "NEWEST_FIRST",
          encodeAuditCursor(middle),
        ),
    },
    {
      name: "unit, newest first",
      request: (run) => page({ unitId: pick(subjects, run).unit_id }),
    },
    {
      name: "actor, newest first",
      request: (run) => page({ actorId: pick(evaluators, run).actor_id }),
    },
    {
      name: "actor, oldest first",
      request: (run) =>
        page({ actorId: pick(evaluators, run).actor_id }, "OLDEST_FIRST"),
    },
    {
      name: "type EvaluationReopened, newest first",
      request: () => page({ eventTypes: ["EvaluationReopened"] }),
    },
    {
      name: "type EvaluationReopened, oldest first",
      request: () =>
        page({ eventTypes: ["EvaluationReopened"] }, "OLDEST_FIRST"),
    },
    {
      name: "types RatingRevised or EvaluationReopened",
      request: () =>
        page({ eventTypes: ["RatingRevised", "EvaluationReopened"] }),
    },
    {
      name: "last month, newest first",
      request: () =>
        page({ from: new Date(recentTo.getTime() - month), to: recentTo }),
    },
    {
      name: "a month years ago, newest first",
      request: () =>
        page({ from: oldFrom, to: new Date(oldFrom.getTime() + month) }),
    },
    {
      name: "a month years ago, oldest first",
      request: () =>
        page(
          { from: oldFrom, to: new Date(oldFrom.getTime() + month) },
          "OLDEST_FIRST",
        ),
    },
    {
      name: "a year, newest first",
      request: () =>
        page({ from: oldFrom, to: new Date(oldFrom.getTime() + year) }),
    },
    {
      name: "actor in a month years ago",
      request: (run) =>
        page({
          actorId: pick(evaluators, run).actor_id,
          from: oldFrom,
          to: new Date(oldFrom.getTime() + month),
        }),
    },
    {
      name: "unit in a year",
      request: (run) =>
        page({
          unitId: pick(subjects, run).unit_id,
          from: oldFrom,
          to: new Date(oldFrom.getTime() + year),
        }),
    },
    {
      name: "correlation id",
      request: (run) =>
        page({ correlationId: pick(samples, run).correlation_id }),
    },
    {
      name: "cycle and type RatingRevised",
      request: (run) =>
        page({
          cycleId: pick(subjects, run).cycle_id,
          eventTypes: ["RatingRevised"],
        }),
    },
  ];
}

async function timeCases(
  cases: BenchCase[],
  runs: number,
): Promise<Map<string, Timing | "timeout">> {
  const timings = new Map<string, Timing | "timeout">();
  for (const benchCase of cases) {
    try {
      const timing = await timeRuns(runs, (run) =>
        readAuditLog(db as Kysely<DatabaseSchema>, benchCase.request(run)),
      );
      timings.set(benchCase.name, timing);
      log(`  ${benchCase.name}: median ${timing.medianMs} ms`);
    } catch (error) {
      if (!String(error).includes("statement timeout")) throw error;
      timings.set(benchCase.name, "timeout");
      log(`  ${benchCase.name}: over ${beforeTimeoutMs} ms`);
    }
  }
  return timings;
}

async function printReport(
  before: Map<string, Timing | "timeout">,
  after: Map<string, Timing | "timeout">,
  builds: Array<[string, number]>,
  verification: Awaited<ReturnType<typeof verifyLedger>> | null,
  verifySeconds: number,
): Promise<void> {
  const counts = (
    await sql<{ events: string; streams: string; size: string }>`
      select (select count(*) from events) as events,
        (select count(*) from streams) as streams,
        pg_size_pretty(pg_database_size(current_database())) as size
    `.execute(db)
  ).rows[0]!;
  const show = (timing: Timing | "timeout" | undefined) =>
    timing === undefined
      ? "-"
      : timing === "timeout"
        ? `> ${beforeTimeoutMs}`
        : `${timing.medianMs}`;
  const lines = [
    `Log: ${counts.events} events in ${counts.streams} streams, database ${counts.size}.`,
    "",
    "| query (first 50) | without audit indexes, median ms | with, median ms | with, p95 ms |",
    "| --- | ---: | ---: | ---: |",
    ...[...after.keys()].map((name) => {
      const timing = after.get(name);
      const p95 =
        timing === undefined || timing === "timeout" ? "-" : timing.p95Ms;
      return `| ${name} | ${show(before.get(name))} | ${show(timing)} | ${p95} |`;
    }),
    "",
    "| index | build ms |",
    "| --- | ---: |",
    ...builds.map(([name, ms]) => `| ${name} | ${ms} |`),
    "",
    verification === null
      ? "Verification: skipped."
      : `Verification: ${verification.checkedEvents} events in ${verification.checkedStreams} streams in ${verifySeconds.toFixed(1)} s (${Math.round(verification.checkedEvents / verifySeconds)} events/s), intact: ${verification.intact}.`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
