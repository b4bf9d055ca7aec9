import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
} from "type-graphql";

@ObjectType({ description: "An evaluation period and the staff it covers." })
export class Cycle {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "First day, YYYY-MM-DD." })
  startsOn!: string;

  @Field(() => String, { description: "Last day, YYYY-MM-DD." })
  endsOn!: string;

  @Field(() => Int)
  responseWindowDays!: number;

  @Field(() => String)
  frameworkKey!: string;

  @Field(() => Int)
  frameworkVersion!: number;

  @Field(() => [String], {
    description:
      "Units in scope, each with every unit below it; empty means all.",
  })
  unitIds!: string[];

  @Field(() => [String], {
    description:
      "Job classifications in scope, matched ignoring case; empty means all.",
  })
  jobClassifications!: string[];

  @Field(() => String, {
    description:
      "OPEN, or CLOSED once HR closed it: then no new evaluation opens in it.",
  })
  status!: string;

  @Field(() => Int, { description: "Number of times HR launched the cycle." })
  launchCount!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastLaunchedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;
}

@InputType()
export class CreateCycleInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "First day, YYYY-MM-DD." })
  startsOn!: string;

  @Field(() => String, { description: "Last day, YYYY-MM-DD." })
  endsOn!: string;

  @Field(() => Int, {
    description:
      "Days after the evaluator signs during which the employee may respond.",
  })
  responseWindowDays!: number;

  @Field(() => String, { nullable: true })
  frameworkKey?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Latest published version when omitted.",
  })
  frameworkVersion?: number | null;

  @Field(() => [String], {
    defaultValue: [],
    description:
      "Units in scope, each covering every unit below it; empty means all.",
  })
  unitIds!: string[];

  @Field(() => [String], {
    defaultValue: [],
    description:
      "Job classifications in scope, matched ignoring case; empty means all.",
  })
  jobClassifications!: string[];
}
