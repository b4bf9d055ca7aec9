import {
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from "type-graphql";
import { GraphQLISODateTime } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { PageInfo } from "./page-info";

export enum AuditLogOrder {
  NEWEST_FIRST = "NEWEST_FIRST",
  OLDEST_FIRST = "OLDEST_FIRST",
}

registerEnumType(AuditLogOrder, {
  name: "AuditLogOrder",
  description: "The order of the audit log, by position in the global log.",
});

@ObjectType({ description: "Whom an event concerns." })
export class EventSubject {
  @Field(() => ID, { nullable: true })
  evaluationId!: string | null;

  @Field(() => String, { nullable: true })
  employeeId!: string | null;

  @Field(() => ID, { nullable: true })
  cycleId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "For an evaluation, the employee's unit when it was opened; for a directory change, the unit it names.",
  })
  unitId!: string | null;
}

@ObjectType({
  description: "A stored event with its metadata and its hash chain link.",
})
export class AuditEvent {
  @Field(() => String, {
    description:
      "Position in the global log, in the order events were written. A slow concurrent transaction can commit a lower position after a higher one is already visible.",
  })
  globalPosition!: string;

  @Field(() => ID)
  eventId!: string;

  @Field(() => String)
  streamId!: string;

  @Field(() => Int, { description: "1 for the stream's first event." })
  streamVersion!: number;

  @Field(() => String, { description: "Such as RatingRevised." })
  type!: string;

  @Field(() => Int)
  schemaVersion!: number;

  @Field(() => GraphQLJSON, { description: "The event's data as stored." })
  data!: unknown;

  @Field(() => String, { description: "User id of the actor." })
  actorId!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: string;

  @Field(() => GraphQLISODateTime, {
    description: "When the fact took effect, which may be before recordedAt.",
  })
  effectiveAt!: string;

  @Field(() => String, {
    description: "Shared by every event of the request that appended it.",
  })
  correlationId!: string;

  @Field(() => String, { nullable: true })
  causationId!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => EventSubject)
  subject!: EventSubject;

  @Field(() => String, {
    description: "Hash of the event before it in its stream.",
  })
  previousHash!: string;

  @Field(() => String, {
    description: "SHA-256 over previousHash and the event's content, in hex.",
  })
  hash!: string;
}

@ObjectType()
export class AuditEventEdge {
  @Field(() => String, {
    description: "Opaque; pass it as after or before to page from here.",
  })
  cursor!: string;

  @Field(() => AuditEvent)
  node!: AuditEvent;
}

@ObjectType({ description: "A page of the audit log." })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge])
  edges!: AuditEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@InputType({
  description:
    "Filters of the audit log. Every given filter must match, and an absent one matches every event.",
})
export class AuditLogFilterInput {
  @Field(() => ID, { nullable: true })
  evaluationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Events of the employee's evaluations and of their directory entry.",
  })
  employeeId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Events of the cycle's evaluations and of the cycle itself.",
  })
  cycleId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Events of evaluations opened while the employee was in the unit, and directory changes that name it.",
  })
  unitId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "User id of the actor.",
  })
  actorId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "Any of these event types.",
  })
  eventTypes?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: "The events of one request.",
  })
  correlationId?: string | null;

  @Field(() => String, { nullable: true })
  streamId?: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: "Recorded at or after this time.",
  })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: "Recorded before this time.",
  })
  to?: Date | null;
}
