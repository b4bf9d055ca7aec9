import {
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from "type-graphql";

export enum DistributionGrouping {
  CLUSTER = "CLUSTER",
  COMPETENCY = "COMPETENCY",
}

registerEnumType(DistributionGrouping, {
  name: "DistributionGrouping",
  description: "What each group of a rating distribution stands for.",
});

@InputType({ description: "Which final evaluations an aggregate covers." })
export class RatingDistributionInput {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => String, {
    nullable: true,
    description: "A unit and every unit below it, by the unit at opening.",
  })
  unitId?: string | null;

  @Field(() => String, { nullable: true })
  jobClassification?: string | null;

  @Field(() => DistributionGrouping, {
    defaultValue: DistributionGrouping.CLUSTER,
  })
  groupBy!: DistributionGrouping;
}

@ObjectType({ description: "How many ratings of a group fell on one level." })
export class LevelCount {
  @Field(() => String)
  level!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "The ratings of one cluster or competency." })
export class DistributionGroup {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  ratingCount!: number;

  @Field(() => [LevelCount])
  levels!: LevelCount[];

  @Field(() => Int)
  plusCount!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Mean points, + included, per the framework's scale.",
  })
  averagePoints!: number | null;
}

@ObjectType({
  description:
    "Ratings of a cycle's final evaluations by level. A group too small to hide one person comes back suppressed, without numbers.",
})
export class RatingDistribution {
  @Field(() => Int, {
    description: "Fewest evaluated employees a shown aggregate describes.",
  })
  minimumGroupSize!: number;

  @Field(() => Int, {
    nullable: true,
    description: "Evaluated employees in the scope; null when suppressed.",
  })
  evaluatedEmployees!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;

  @Field(() => String, { nullable: true })
  suppressionReason!: string | null;

  @Field(() => [DistributionGroup])
  groups!: DistributionGroup[];
}
