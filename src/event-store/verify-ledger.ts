import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import { eventColumns, type EventRow } from "./event-row";
import {
  verifyStreamChain,
  type BrokenLink,
  type StreamHead,
} from "./verify-stream-chain";

export interface VerifyLedgerOptions {
  /** Checks this one stream instead of every stream. */
  streamId?: string;
  /** Streams read per database round trip; 200 when absent. */
  streamsPerBatch?: number;
}

/** The findings of one verification run. */
export interface LedgerVerification {
  /** True when every checked stream verified. */
  intact: boolean;
  checkedStreams: number;
  checkedEvents: number;
  /** The first broken event of each broken stream, in stream id order. */
  brokenStreams: BrokenLink[];
  startedAt: Date;
  finishedAt: Date;
}

const defaultStreamsPerBatch = 200;

/**
 * Checks the hash chain of every stream, or of `options.streamId`, as
 * `verifyStreamChain` describes. Each batch of streams is read in one
 * repeatable-read transaction, so an append that commits meanwhile never
 * looks like a broken head. A stream named in `streamId` that does not
 * exist counts as zero streams checked. Throws only database errors.
 *
 * NOTE: the chain is checked against itself and the `streams` heads only.
 * A forger who rewrites a whole stream, its signatures and its head
 * consistently passes. Comparing heads with a copy kept outside the
 * database would catch that.
 */
export async function verifyLedger(
  db: Kysely<DatabaseSchema>,
  options: VerifyLedgerOptions = {},
): Promise<LedgerVerification> {
  const startedAt = new Date();
  const batchSize = options.streamsPerBatch ?? defaultStreamsPerBatch;
  const brokenStreams: BrokenLink[] = [];
  let checkedStreams = 0;
  let checkedEvents = 0;
  let after: string | null = null;

  for (;;) {
    const batch = await readBatch(db, after, batchSize, options.streamId);
    for (const { head, rows } of batch) {
      const check = verifyStreamChain(head, rows);
      checkedStreams += 1;
      checkedEvents += check.checkedEvents;
      if (check.broken !== null) brokenStreams.push(check.broken);
    }
    if (batch.length < batchSize || options.streamId !== undefined) break;
    after = batch.at(-1)!.head.streamId;
  }

  return {
    intact: brokenStreams.length === 0,
    checkedStreams,
    checkedEvents,
    brokenStreams,
    startedAt,
    finishedAt: new Date(),
  };
}

interface StoredStream {
  head: StreamHead;
  rows: EventRow[];
}

async function readBatch(
  db: Kysely<DatabaseSchema>,
  after: string | null,
  limit: number,
  streamId: string | undefined,
): Promise<StoredStream[]> {
  return db
    .transaction()
    .setIsolationLevel("repeatable read")
    .execute(async (trx) => {
      let headQuery = trx
        .selectFrom("streams")
        .select(["stream_id", "version", "last_hash"])
        .orderBy("stream_id")
        .limit(limit);
      if (streamId !== undefined) {
        headQuery = headQuery.where("stream_id", "=", streamId);
      }
      if (after !== null) headQuery = headQuery.where("stream_id", ">", after);
      const heads = await headQuery.execute();
      if (heads.length === 0) return [];

      const rows = (await trx
        .selectFrom("events")
        .select(eventColumns)
        .where(
          "stream_id",
          "in",
          heads.map((head) => head.stream_id),
        )
        .orderBy("stream_id")
        .orderBy("stream_version")
        .orderBy("global_position")
        .execute()) as EventRow[];

      const rowsByStream = new Map<string, EventRow[]>();
      for (const row of rows) {
        const list = rowsByStream.get(row.stream_id) ?? [];
        list.push(row);
        rowsByStream.set(row.stream_id, list);
      }
      return heads.map((head) => ({
        head: {
          streamId: head.stream_id,
          version: Number(head.version),
          lastHash: head.last_hash,
        },
        rows: rowsByStream.get(head.stream_id) ?? [],
      }));
    });
}
