import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLISODateTime } from "type-graphql";
import { Evaluation } from "./evaluation-types";

@ObjectType({ description: "A rating value without its history." })
export class RatingValue {
  @Field(() => String, { description: "Level key, such as EFFECTIVE." })
  level!: string;

  @Field(() => Boolean)
  plus!: boolean;

  @Field(() => String, { nullable: true })
  comment!: string | null;
}

@ObjectType({
  description:
    "One value a competency's rating had, and who set it, when and why.",
})
export class RatingLineageEntry {
  @Field(() => String)
  competencyKey!: string;

  @Field(() => String, {
    description: "CompetencyRated for the first value, RatingRevised after.",
  })
  eventType!: string;

  @Field(() => ID)
  eventId!: string;

  @Field(() => Int)
  streamVersion!: number;

  @Field(() => String, { description: "Level key, such as EFFECTIVE." })
  level!: string;

  @Field(() => String, {
    description: "Level name in the pinned framework version.",
  })
  levelName!: string;

  @Field(() => Boolean)
  plus!: boolean;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => RatingValue, {
    nullable: true,
    description: "The value this one replaced; null for the first rating.",
  })
  previous!: RatingValue | null;

  @Field(() => String, {
    description: "User id of the user who set the value.",
  })
  actorId!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: string;

  @Field(() => GraphQLISODateTime)
  effectiveAt!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, {
    description: "Correlation id of the request the value came from.",
  })
  correlationId!: string;

  @Field(() => String, { description: "The event's hash chain link." })
  hash!: string;
}

@ObjectType({
  description: "An evaluation as it stood at a moment or a stream version.",
})
export class EvaluationAsOf {
  @Field(() => Evaluation, {
    nullable: true,
    description: "Null when the evaluation had not been opened yet.",
  })
  evaluation!: unknown;

  @Field(() => Int, {
    description: "Stream version of the last event folded; 0 before the first.",
  })
  version!: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: "When the last event folded was recorded.",
  })
  recordedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The reason evaluation is null, or null when it is not.",
  })
  explanation!: string | null;
}

@ObjectType({ description: "A directory entry in force on a day." })
export class EmployeeAsOf {
  @Field(() => String)
  employeeId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  jobClassification!: string;

  @Field(() => String)
  unitId!: string;

  @Field(() => Boolean)
  supervises!: boolean;

  @Field(() => String, { nullable: true })
  reportsTo!: string | null;

  @Field(() => String, {
    description: "UTC day the entry in force took effect, YYYY-MM-DD.",
  })
  effectiveOn!: string;

  @Field(() => Int, {
    description: "Stream version of the change that recorded the entry.",
  })
  version!: number;
}

@ObjectType({ description: "An organisational unit in force on a day." })
export class UnitAsOf {
  @Field(() => String)
  unitId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "DISTRICT, DIVISION, SCHOOL or OFFICE." })
  kind!: string;

  @Field(() => String, { nullable: true })
  parentId!: string | null;

  @Field(() => String, { description: "UTC day it took effect, YYYY-MM-DD." })
  effectiveOn!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType({
  description: "The directory as it stood at the end of a UTC day.",
})
export class DirectoryAsOf {
  @Field(() => String, { description: "The day, YYYY-MM-DD." })
  date!: string;

  @Field(() => [EmployeeAsOf], { description: "In employee id order." })
  employees!: EmployeeAsOf[];

  @Field(() => [UnitAsOf], { description: "In unit id order." })
  units!: UnitAsOf[];
}
