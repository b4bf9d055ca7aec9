import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLISODateTime } from "type-graphql";

export enum ChainProblemCode {
  MISSING_EVENTS = "MISSING_EVENTS",
  DUPLICATE_VERSION = "DUPLICATE_VERSION",
  OUT_OF_ORDER = "OUT_OF_ORDER",
  PREVIOUS_HASH_MISMATCH = "PREVIOUS_HASH_MISMATCH",
  HASH_MISMATCH = "HASH_MISMATCH",
  SIGNED_HASH_MISMATCH = "SIGNED_HASH_MISMATCH",
  HEAD_MISMATCH = "HEAD_MISMATCH",
}

registerEnumType(ChainProblemCode, {
  name: "ChainProblemCode",
  description: "Why a stored event fails verification.",
  valuesConfig: {
    MISSING_EVENTS: {
      description: "Stream versions are missing, so events were deleted.",
    },
    DUPLICATE_VERSION: { description: "Two events claim the same version." },
    OUT_OF_ORDER: {
      description: "The event sits before its predecessor in the global log.",
    },
    PREVIOUS_HASH_MISMATCH: {
      description:
        "The event does not link to its predecessor's hash, so an event was removed, inserted or moved.",
    },
    HASH_MISMATCH: {
      description:
        "The event's content no longer gives its hash, so it was changed.",
    },
    SIGNED_HASH_MISMATCH: {
      description:
        "A signature's signed hash is not the hash of the event before it.",
    },
    HEAD_MISMATCH: {
      description:
        "The stream's recorded version or last hash disagrees with its last event.",
    },
  },
});

@ObjectType()
export class ChainProblem {
  @Field(() => ChainProblemCode)
  code!: ChainProblemCode;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: "The first event of a stream that fails." })
export class BrokenLink {
  @Field(() => String)
  streamId!: string;

  @Field(() => Int)
  streamVersion!: number;

  @Field(() => ID, {
    nullable: true,
    description: "Null when the event was deleted and left no row.",
  })
  eventId!: string | null;

  @Field(() => String, { nullable: true })
  globalPosition!: string | null;

  @Field(() => [ChainProblem])
  problems!: ChainProblem[];
}

@ObjectType({ description: "The outcome of checking the hash chains." })
export class LedgerVerification {
  @Field(() => Boolean, { description: "True when every chain verified." })
  intact!: boolean;

  @Field(() => Int)
  checkedStreams!: number;

  @Field(() => Int)
  checkedEvents!: number;

  @Field(() => [BrokenLink], {
    description: "The first broken event of each broken stream.",
  })
  brokenStreams!: BrokenLink[];

  @Field(() => GraphQLISODateTime)
  startedAt!: Date;

  @Field(() => GraphQLISODateTime)
  finishedAt!: Date;
}
