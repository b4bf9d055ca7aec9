import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { evaluationStreamId } from "../../application/execute-evaluation-command";
import type { AuditEvent as StoredAuditEvent } from "../../audit/audit-event";
import {
  requireLogReader,
  withoutUnreadableEvaluations,
} from "../../audit/audit-access";
import { encodeAuditCursor } from "../../audit/audit-cursor";
import { checkAuditPageSize } from "../../audit/audit-page-size";
import { readDirectoryOnDay } from "../../audit/directory-as-of";
import { listFrameworksOnDay } from "../../audit/frameworks-as-of";
import { readAuditLog } from "../../audit/read-audit-log";
import { requireCalendarDate } from "../../domain/directory/effective-date";
import { InvalidInputError } from "../../domain/errors";
import { verifyLedger } from "../../event-store/verify-ledger";
import type { RequestContext } from "../request-context";
import {
  AuditEvent,
  AuditEventConnection,
  AuditLogFilterInput,
  AuditLogOrder,
} from "../types/audit-types";
import { Framework } from "../types/framework-types";
import { DirectoryAsOf } from "../types/history-types";
import { toFramework } from "../types/to-framework";
import { LedgerVerification } from "../types/verification-types";

function toAuditEventType(event: StoredAuditEvent): AuditEvent {
  return {
    globalPosition: event.globalPosition,
    eventId: event.eventId,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    actorId: event.metadata.actorId,
    recordedAt: event.recordedAt,
    effectiveAt: event.metadata.effectiveAt,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    reason: event.metadata.reason,
    subject: event.subject,
    previousHash: event.previousHash,
    hash: event.hash,
  };
}

/** Queries over the whole log, for auditors and HR only. */
@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description:
      "Every stored event, filtered and paged as a Relay connection (auditors and HR). Give first (with after) or last (with before), 1 to 100; first defaults to 50. Cursors stay valid while new events arrive.",
  })
  async auditLog(
    @Ctx() context: RequestContext,
    @Arg("filter", () => AuditLogFilterInput, { nullable: true })
    filter: AuditLogFilterInput | null,
    @Arg("order", () => AuditLogOrder, {
      defaultValue: AuditLogOrder.NEWEST_FIRST,
    })
    order: AuditLogOrder,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("last", () => Int, { nullable: true }) last: number | null,
    @Arg("before", () => String, { nullable: true }) before: string | null,
  ): Promise<AuditEventConnection> {
    const actor = requireLogReader(context.actor, "the audit log");
    const pageSize = checkAuditPageSize(first, last);
    const page = await readAuditLog(context.db, {
      filter: { ...filter },
      order,
      ...pageSize,
      after: after ?? null,
      before: before ?? null,
    });

    const readable = await withoutUnreadableEvaluations(
      context.db,
      actor,
      page.events,
    );
    const edges = readable.map((event) => ({
      cursor: encodeAuditCursor(event.globalPosition),
      node: toAuditEventType(event),
    }));
    // NOTE: a page that lost hidden events contains fewer than `first` edges.
    // Its cursors still mark the whole page read, so paging goes on past it.
    const startEvent = page.events[0];
    const endEvent = page.events.at(-1);
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor:
          startEvent === undefined
            ? null
            : encodeAuditCursor(startEvent.globalPosition),
        endCursor:
          endEvent === undefined
            ? null
            : encodeAuditCursor(endEvent.globalPosition),
      },
    };
  }

  @Query(() => LedgerVerification, {
    description:
      "Recomputes the hash chain of every stream, or of one stream or evaluation, and reports the first broken event of each (auditors and HR). The whole log can take minutes.",
  })
  async verifyLedger(
    @Ctx() context: RequestContext,
    @Arg("streamId", () => String, { nullable: true }) streamId: string | null,
    @Arg("evaluationId", () => ID, { nullable: true })
    evaluationId: string | null,
  ): Promise<LedgerVerification> {
    requireLogReader(context.actor, "the ledger's verification");
    if (streamId != null && evaluationId != null) {
      throw new InvalidInputError(
        "Give streamId or evaluationId, not both, or neither to check every stream.",
      );
    }
    const stream =
      evaluationId != null ? evaluationStreamId(evaluationId) : streamId;
    const verification = await verifyLedger(context.db, {
      ...(stream != null && { streamId: stream }),
    });
    return verification as LedgerVerification;
  }

  @Query(() => DirectoryAsOf, {
    description:
      "The directory as it stood at the end of a UTC day: each entry as the change in force then left it (auditors and HR).",
  })
  async directoryAsOf(
    @Ctx() context: RequestContext,
    @Arg("date", () => String, { description: "The day, YYYY-MM-DD." })
    date: string,
    @Arg("employeeId", () => String, { nullable: true })
    employeeId: string | null,
    @Arg("unitId", () => String, { nullable: true }) unitId: string | null,
  ): Promise<DirectoryAsOf> {
    requireLogReader(context.actor, "the directory's history");
    const day = requireCalendarDate(date, "date");
    const directory = await readDirectoryOnDay(context.db, day, {
      employeeId,
      unitId,
    });
    return { date: day, ...directory };
  }

  @Query(() => [Framework], {
    description:
      "The framework versions published on or before a UTC day, oldest first (auditors and HR).",
  })
  async frameworksAsOf(
    @Ctx() context: RequestContext,
    @Arg("date", () => String, { description: "The day, YYYY-MM-DD." })
    date: string,
  ): Promise<Framework[]> {
    requireLogReader(context.actor, "the frameworks' history");
    const day = requireCalendarDate(date, "date");
    const published = await listFrameworksOnDay(context.db, day);
    return published.map(toFramework);
  }
}
