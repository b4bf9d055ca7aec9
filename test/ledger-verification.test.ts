import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCommand } from "../src/cli/verify-command";
import type { Database } from "../src/database/connect-database";
import { verifyLedger } from "../src/event-store/verify-ledger";
import { createLogger } from "../src/server/logger";
import { VerifyLedgerDocument } from "./generated/graphql";
import {
  completeAndSign,
  openEvaluationOf,
  rateAsSupervisor,
  seedDistrict,
  type SeededDistrict,
} from "./support/audit-seed";
import {
  errorCodeOf,
  expectData,
  sendOperation,
} from "./support/graphql-client";
import { rewriteChainFrom, tamperWithEvents } from "./support/tamper";
import { startTestService, type TestService } from "./support/test-service";

let service: TestService;
let district: SeededDistrict;

beforeAll(async () => {
  service = await startTestService();
  district = await seedDistrict(service);
});

afterAll(async () => {
  await service?.close();
});

function db() {
  return service.database.db;
}

function streamOf(evaluationId: string): string {
  return `evaluation-${evaluationId}`;
}

async function eventIdAt(streamId: string, version: number): Promise<string> {
  const row = await db()
    .selectFrom("events")
    .select("event_id")
    .where("stream_id", "=", streamId)
    .where("stream_version", "=", String(version))
    .executeTakeFirstOrThrow();
  return row.event_id;
}

/** Opens an evaluation of the employee and rates the first `count` keys. */
async function ratedEvaluation(
  employeeId: string,
  count: number,
): Promise<string> {
  const evaluationId = await openEvaluationOf(district, employeeId);
  for (const key of district.ordinaryKeys.slice(0, count)) {
    await rateAsSupervisor(district, evaluationId, key, "EFFECTIVE");
  }
  return evaluationId;
}

async function runVerifyCommand(database: Database, args: string[] = []) {
  const lines: string[] = [];
  const exitCode = await verifyCommand.run({
    args,
    database,
    logger: createLogger("silent"),
    print: (line) => lines.push(line),
  });
  return { exitCode, output: lines.join("\n") };
}

describe("an untouched ledger", () => {
  it("verifies every stream and event", async () => {
    await ratedEvaluation("E2", 2);
    const counts = await sql<{ streams: string; events: string }>`
      select (select count(*) from streams) as streams,
        (select count(*) from events) as events
    `.execute(db());

    const result = await verifyLedger(db(), { streamsPerBatch: 3 });

    expect(result.intact).toBe(true);
    expect(result.brokenStreams).toEqual([]);
    expect(result.checkedStreams).toBe(Number(counts.rows[0]!.streams));
    expect(result.checkedEvents).toBe(Number(counts.rows[0]!.events));
  });

  it("passes the verify command with exit code 0", async () => {
    const { exitCode, output } = await runVerifyCommand(service.database);

    expect(exitCode).toBe(0);
    expect(output).toContain("Every hash chain verified.");
  });

  it("reports intact over GraphQL to an auditor", async () => {
    const { verifyLedger: result } = expectData(
      await sendOperation(
        service.url,
        VerifyLedgerDocument,
        {},
        district.tokens.auditor,
      ),
    );

    expect(result.intact).toBe(true);
    expect(result.checkedEvents).toBeGreaterThan(10);
  });
});

describe("tampering", () => {
  it("is caught when a stored rating is changed", async () => {
    const evaluationId = await ratedEvaluation("E1", 3);
    const streamId = streamOf(evaluationId);
    const changed = await eventIdAt(streamId, 3);

    await tamperWithEvents(
      db(),
      sql`update events
          set data = jsonb_set(data, '{level}', '"HIGHLY_EFFECTIVE"')
          where event_id = ${changed}`,
    );
    const result = await verifyLedger(db(), { streamId });

    expect(result.intact).toBe(false);
    expect(result.brokenStreams).toHaveLength(1);
    const broken = result.brokenStreams[0]!;
    expect(broken.streamVersion).toBe(3);
    expect(broken.eventId).toBe(changed);
    expect(broken.problems.map((problem) => problem.code)).toEqual([
      "HASH_MISMATCH",
    ]);
  });

  it("is caught when an event is deleted", async () => {
    const evaluationId = await ratedEvaluation("E4", 3);
    const streamId = streamOf(evaluationId);
    const deleted = await eventIdAt(streamId, 2);
    const following = await eventIdAt(streamId, 3);

    await tamperWithEvents(
      db(),
      sql`delete from events where event_id = ${deleted}`,
    );
    const result = await verifyLedger(db(), { streamId });

    const broken = result.brokenStreams[0]!;
    expect(broken.streamVersion).toBe(3);
    expect(broken.eventId).toBe(following);
    expect(broken.problems.map((problem) => problem.code)).toEqual([
      "MISSING_EVENTS",
      "PREVIOUS_HASH_MISMATCH",
    ]);
    expect(broken.problems[0]!.message).toContain("Version 2 is missing");
  });

  it("is caught when the last event is deleted", async () => {
    const evaluationId = await ratedEvaluation("E5", 2);
    const streamId = streamOf(evaluationId);
    const deleted = await eventIdAt(streamId, 3);

    await tamperWithEvents(
      db(),
      sql`delete from events where event_id = ${deleted}`,
    );
    const result = await verifyLedger(db(), { streamId });

    const broken = result.brokenStreams[0]!;
    expect(broken.streamVersion).toBe(3);
    expect(broken.eventId).toBeNull();
    expect(broken.problems.map((problem) => problem.code)).toEqual([
      "MISSING_EVENTS",
    ]);
  });

  it("is caught when two events swap places", async () => {
    const evaluationId = await ratedEvaluation("E6", 3);
    const streamId = streamOf(evaluationId);
    const second = await eventIdAt(streamId, 2);
    const third = await eventIdAt(streamId, 3);

    await tamperWithEvents(
      db(),
      sql`update events set stream_version = 1000 where event_id = ${second}`,
    );
    await tamperWithEvents(
      db(),
      sql`update events set stream_version = 2 where event_id = ${third}`,
    );
    await tamperWithEvents(
      db(),
      sql`update events set stream_version = 3 where event_id = ${second}`,
    );
    const result = await verifyLedger(db(), { streamId });

    const broken = result.brokenStreams[0]!;
    expect(broken.streamVersion).toBe(2);
    expect(broken.eventId).toBe(third);
    expect(broken.problems.map((problem) => problem.code)).toEqual([
      "PREVIOUS_HASH_MISMATCH",
      "HASH_MISMATCH",
    ]);
  });

  it("shows on the signature when a signed rating is forged", async () => {
    const evaluationId = await openEvaluationOf(district, "E3");
    const streamId = streamOf(evaluationId);
    await completeAndSign(
      district,
      evaluationId,
      [],
      district.tokens.otherSupervisor,
    );
    const signature = await db()
      .selectFrom("events")
      .select(["event_id", "stream_version"])
      .where("stream_id", "=", streamId)
      .where("type", "=", "EvaluatorSigned")
      .executeTakeFirstOrThrow();

    // The forger changes a rating and recomputes every later hash, so only
    // the hash the evaluator signed still tells the truth.
    const forged = await eventIdAt(streamId, 2);
    await tamperWithEvents(
      db(),
      sql`update events
          set data = jsonb_set(data, '{level}', '"DEVELOPING"')
          where event_id = ${forged}`,
    );
    await rewriteChainFrom(db(), streamId, 2);
    const result = await verifyLedger(db(), { streamId });

    const broken = result.brokenStreams[0]!;
    expect(broken.eventId).toBe(signature.event_id);
    expect(broken.streamVersion).toBe(Number(signature.stream_version));
    expect(broken.problems.map((problem) => problem.code)).toEqual([
      "SIGNED_HASH_MISMATCH",
    ]);
  });

  it("fails the verify command with exit code 1", async () => {
    const { exitCode, output } = await runVerifyCommand(service.database);

    expect(exitCode).toBe(1);
    expect(output).toContain("5 streams are broken:");
    expect(output).toContain("HASH_MISMATCH");
    expect(output).toContain("SIGNED_HASH_MISMATCH");
  });

  it("reports every broken stream over GraphQL", async () => {
    const { verifyLedger: result } = expectData(
      await sendOperation(
        service.url,
        VerifyLedgerDocument,
        {},
        district.tokens.hr,
      ),
    );

    expect(result.intact).toBe(false);
    expect(result.brokenStreams).toHaveLength(5);
  });

  it("checks one evaluation when asked", async () => {
    const intactId = (
      await db()
        .selectFrom("evaluations")
        .select("evaluation_id")
        .where("employee_id", "=", "E2")
        .executeTakeFirstOrThrow()
    ).evaluation_id;

    const { verifyLedger: result } = expectData(
      await sendOperation(
        service.url,
        VerifyLedgerDocument,
        { evaluationId: intactId },
        district.tokens.auditor,
      ),
    );

    expect(result.intact).toBe(true);
    expect(result.checkedStreams).toBe(1);
  });
});

describe("verification access", () => {
  it.each([
    ["an anonymous caller", null, "UNAUTHENTICATED"],
    ["a supervisor", "supervisor", "FORBIDDEN"],
    ["an analyst", "analyst", "FORBIDDEN"],
  ] as const)("rejects %s", async (_case, who, code) => {
    const token = who === null ? null : district.tokens[who];

    const response = await sendOperation(
      service.url,
      VerifyLedgerDocument,
      {},
      token,
    );

    expect(errorCodeOf(response)).toBe(code);
  });
});
