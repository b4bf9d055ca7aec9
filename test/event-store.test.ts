import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LedgerError } from "../src/domain/errors";
import { appendToStream } from "../src/event-store/append-to-stream";
import type { NewEvent } from "../src/event-store/event-envelope";
import { computeEventHash, genesisHash } from "../src/event-store/event-hash";
import { hashedContentOf } from "../src/event-store/event-row";
import { readAll, type Checkpoint } from "../src/event-store/read-all";
import { readStream } from "../src/event-store/read-stream";
import {
  openTestDatabase,
  testDatabaseKind,
  type TestDatabase,
} from "./support/test-database";

function noteEvent(text: string, eventId: string = randomUUID()): NewEvent {
  return {
    eventId,
    type: "NoteTaken",
    schemaVersion: 1,
    data: { text, nested: { b: 2, a: [1, "x"] } },
    metadata: {
      actorId: "tester",
      effectiveAt: "2026-09-01T08:00:00.000Z",
      correlationId: randomUUID(),
      causationId: null,
      reason: null,
    },
  };
}

function newStreamId(): string {
  return `note-${randomUUID()}`;
}

async function captureError(action: () => Promise<unknown>) {
  try {
    await action();
  } catch (error) {
    return error as LedgerError;
  }
  throw new Error("expected the action to fail");
}

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

async function countEvents(streamId: string): Promise<number> {
  return (await readStream(database.db, streamId)).length;
}

describe("appendToStream", () => {
  it("starts a stream expected not to exist", async () => {
    const streamId = newStreamId();
    const result = await appendToStream(database.db, {
      streamId,
      streamType: "note",
      expectedVersion: "no-stream",
      events: [noteEvent("one"), noteEvent("two")],
    });

    expect(result.streamVersion).toBe(2);
    expect(result.duplicate).toBe(false);
    expect(result.events.map((event) => event.streamVersion)).toEqual([1, 2]);
    const stored = await readStream(database.db, streamId);
    expect(stored.map((event) => event.data)).toEqual([
      { text: "one", nested: { a: [1, "x"], b: 2 } },
      { text: "two", nested: { a: [1, "x"], b: 2 } },
    ]);
    expect(stored[0]!.metadata.actorId).toBe("tester");
    expect(stored[0]!.metadata.effectiveAt).toBe("2026-09-01T08:00:00.000Z");
    expect(stored[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("rejects a second start with VERSION_CONFLICT", async () => {
    const streamId = newStreamId();
    await appendToStream(database.db, {
      streamId,
      streamType: "note",
      expectedVersion: "no-stream",
      events: [noteEvent("first")],
    });

    const error = await captureError(() =>
      appendToStream(database.db, {
        streamId,
        streamType: "note",
        expectedVersion: "no-stream",
        events: [noteEvent("again")],
      }),
    );

    expect(error.code).toBe("VERSION_CONFLICT");
    expect(error.details).toMatchObject({
      expectedVersion: "no-stream",
      actualVersion: 1,
    });
    expect(error.message).toContain("version 1");
    expect(error.message).toContain("no stream yet");
    expect(await countEvents(streamId)).toBe(1);
  });

  it("rejects a stale exact version and names both", async () => {
    const streamId = newStreamId();
    await appendToStream(database.db, {
      streamId,
      streamType: "note",
      expectedVersion: "no-stream",
      events: [noteEvent("a"), noteEvent("b")],
    });

    const error = await captureError(() =>
      appendToStream(database.db, {
        streamId,
        streamType: "note",
        expectedVersion: 1,
        events: [noteEvent("c")],
      }),
    );

    expect(error.code).toBe("VERSION_CONFLICT");
    expect(error.details).toMatchObject({
      expectedVersion: 1,
      actualVersion: 2,
    });
    expect(await countEvents(streamId)).toBe(2);
  });

  it("appends at the exact version and with any version", async () => {
    const streamId = newStreamId();
    await appendToStream(database.db, {
      streamId,
      streamType: "note",
      expectedVersion: "no-stream",
      events: [noteEvent("a")],
    });
    await appendToStream(database.db, {
      streamId,
      streamType: "note",
      expectedVersion: 1,
      events: [noteEvent("b")],
    });
    const result = await appendToStream(database.db, {
      streamId,
      streamType: "note",
      expectedVersion: "any",
      events: [noteEvent("c")],
    });

    expect(result.streamVersion).toBe(3);
    expect(await countEvents(streamId)).toBe(3);
  });

  it("rejects an exact version on a missing stream", async () => {
    const streamId = newStreamId();
    const error = await captureError(() =>
      appendToStream(database.db, {
        streamId,
        streamType: "note",
        expectedVersion: 3,
        events: [noteEvent("a")],
      }),
    );

    expect(error.code).toBe("VERSION_CONFLICT");
    expect(error.details).toMatchObject({
      expectedVersion: 3,
      actualVersion: 0,
    });
    const streams = await database.db
      .selectFrom("streams")
      .select("stream_id")
      .where("stream_id", "=", streamId)
      .execute();
    expect(streams).toEqual([]);
  });

  it("acknowledges a retried append once", async () => {
    const streamId = newStreamId();
    const events = [noteEvent("a"), noteEvent("b")];
    const first = await appendToStream(database.db, {
      streamId,
      streamType: "note",
      expectedVersion: "no-stream",
      events,
    });
    const retry = await appendToStream(database.db, {
      streamId,
      streamType: "note",
      expectedVersion: "no-stream",
      events,
    });

    expect(retry.duplicate).toBe(true);
    expect(retry.streamVersion).toBe(2);
    expect(retry.events.map((event) => event.globalPosition)).toEqual(
      first.events.map((event) => event.globalPosition),
    );
    expect(await countEvents(streamId)).toBe(2);
  });

  it("rejects an event id reused for other content", async () => {
    const streamId = newStreamId();
    const original = noteEvent("original");
    await appendToStream(database.db, {
      streamId,
      streamType: "note",
      expectedVersion: "no-stream",
      events: [original],
    });

    const error = await captureError(() =>
      appendToStream(database.db, {
        streamId,
        streamType: "note",
        expectedVersion: "any",
        events: [noteEvent("changed", original.eventId)],
      }),
    );

    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain(original.eventId);
    expect(await countEvents(streamId)).toBe(1);
  });

  it("rejects an event id that is not a UUID", async () => {
    const streamId = newStreamId();
    const error = await captureError(() =>
      appendToStream(database.db, {
        streamId,
        streamType: "note",
        expectedVersion: "any",
        events: [noteEvent("a", "not-a-uuid")],
      }),
    );

    expect(error.code).toBe("BAD_USER_INPUT");
    expect(await countEvents(streamId)).toBe(0);
  });

  it("links each event to the previous one by hash", async () => {
    const streamId = newStreamId();
    await appendToStream(database.db, {
      streamId,
      streamType: "note",
      expectedVersion: "no-stream",
      events: [noteEvent("a"), noteEvent("b")],
    });
    await appendToStream(database.db, {
      streamId,
      streamType: "note",
      expectedVersion: 2,
      events: [noteEvent("c")],
    });

    const rows = await database.db
      .selectFrom("events")
      .selectAll()
      .where("stream_id", "=", streamId)
      .orderBy("stream_version")
      .execute();
    let previous = genesisHash;
    for (const row of rows) {
      expect(row.previous_hash).toBe(previous);
      expect(row.hash).toBe(computeEventHash(previous, hashedContentOf(row)));
      previous = row.hash;
    }
    expect(rows).toHaveLength(3);
  });
});

describe("events table", () => {
  it.each([
    ["update", sql`update events set type = 'Altered'`],
    ["delete", sql`delete from events`],
    ["truncate", sql`truncate events cascade`],
  ])("rejects %s", async (_name, statement) => {
    const streamId = newStreamId();
    await appendToStream(database.db, {
      streamId,
      streamType: "note",
      expectedVersion: "no-stream",
      events: [noteEvent("kept")],
    });

    await expect(statement.execute(database.db)).rejects.toThrow(/append-only/);
    const stored = await readStream(database.db, streamId);
    expect(stored.map((event) => event.type)).toEqual(["NoteTaken"]);
  });
});

describe("readAll", () => {
  // Any transaction on the PostgreSQL cluster, even in another database,
  // holds readers back while it runs, so a reader may need a few polls to
  // see events already committed. Reads keep only the ids a test wrote.
  async function readEverything(
    after: Checkpoint | null,
    wanted: ReadonlySet<string> = new Set(),
    waitForAll = false,
  ) {
    const seen: string[] = [];
    let checkpoint = after;
    const deadline = Date.now() + 10_000;
    for (let page = 0; page < 10_000; page += 1) {
      const result = await readAll(database.db, checkpoint, 50);
      seen.push(
        ...result.events
          .map((event) => event.eventId)
          .filter((eventId) => wanted.has(eventId)),
      );
      checkpoint = result.checkpoint;
      if (result.events.length > 0) continue;
      if (!waitForAll || seen.length >= wanted.size || Date.now() > deadline) {
        break;
      }
      await sleep(20);
    }
    return { seen, checkpoint };
  }

  it("pages through the log in order without gaps", async () => {
    const start = await readEverything(null);
    const streamId = newStreamId();
    const events = Array.from({ length: 120 }, (_, index) =>
      noteEvent(`note ${index}`),
    );
    await appendToStream(database.db, {
      streamId,
      streamType: "note",
      expectedVersion: "no-stream",
      events,
    });

    const ids = events.map((event) => event.eventId);
    const after = await readEverything(start.checkpoint, new Set(ids), true);

    expect(after.seen).toEqual(ids);
  });

  it("rejects a malformed checkpoint", async () => {
    const error = await captureError(() => readAll(database.db, "12;x", 10));

    expect(error.code).toBe("BAD_USER_INPUT");
  });

  it.runIf(testDatabaseKind === "postgres")(
    "holds back a faster writer until the slower one commits",
    async () => {
      const start = await readEverything(null);
      const slowEvent = noteEvent("slow");
      const fastEvent = noteEvent("fast");
      let slowAppended!: () => void;
      const slowHasAppended = new Promise<void>((resolve) => {
        slowAppended = resolve;
      });
      let commitSlow!: () => void;
      const slowMayCommit = new Promise<void>((resolve) => {
        commitSlow = resolve;
      });

      const slowWriter = database.db.transaction().execute(async (trx) => {
        await appendToStream(trx, {
          streamId: newStreamId(),
          streamType: "note",
          expectedVersion: "no-stream",
          events: [slowEvent],
        });
        slowAppended();
        await slowMayCommit;
      });
      await slowHasAppended;
      await appendToStream(database.db, {
        streamId: newStreamId(),
        streamType: "note",
        expectedVersion: "no-stream",
        events: [fastEvent],
      });

      const ours = new Set([slowEvent.eventId, fastEvent.eventId]);
      const whileSlowIsOpen = await readEverything(start.checkpoint, ours);
      commitSlow();
      await slowWriter;
      const afterSlowCommits = await readEverything(
        whileSlowIsOpen.checkpoint,
        ours,
        true,
      );

      expect(whileSlowIsOpen.seen).toEqual([]);
      expect(afterSlowCommits.seen).toEqual([
        slowEvent.eventId,
        fastEvent.eventId,
      ]);
    },
  );

  it.runIf(testDatabaseKind === "postgres")(
    "sees every event once while writers commit out of order",
    async () => {
      const start = await readEverything(null);
      const writerCount = 8;
      const appendsPerWriter = 15;
      const written: string[] = [];
      let writersDone = false;

      const writers = Array.from({ length: writerCount }, async (_, writer) => {
        for (let round = 0; round < appendsPerWriter; round += 1) {
          const event = noteEvent(`writer ${writer} round ${round}`);
          await database.db.transaction().execute(async (trx) => {
            await appendToStream(trx, {
              streamId: newStreamId(),
              streamType: "note",
              expectedVersion: "no-stream",
              events: [event],
            });
            // Hold some transactions open so commits finish out of order.
            await sleep((writer * 7 + round * 3) % 11);
          });
          written.push(event.eventId);
        }
      });

      const seen: string[] = [];
      const reader = (async () => {
        let checkpoint = start.checkpoint;
        for (let poll = 0; poll < 5000; poll += 1) {
          const finishing = writersDone;
          const page = await readAll(database.db, checkpoint, 20);
          seen.push(...page.events.map((event) => event.eventId));
          checkpoint = page.checkpoint;
          const writtenSet = new Set(written);
          const caughtUp =
            seen.filter((eventId) => writtenSet.has(eventId)).length ===
            writerCount * appendsPerWriter;
          if (finishing && caughtUp) return;
          if (page.events.length === 0) await sleep(2);
        }
        throw new Error("reader did not catch up within 5000 polls");
      })();

      await Promise.all(writers);
      writersDone = true;
      await reader;

      const writtenSet = new Set(written);
      const ours = seen.filter((eventId) => writtenSet.has(eventId));
      expect(ours).toHaveLength(writerCount * appendsPerWriter);
      expect(new Set(ours).size).toBe(ours.length);
      expect([...ours].sort()).toEqual([...written].sort());
    },
  );
});

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
