import {
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from "type-graphql";
import { GraphQLISODateTime } from "type-graphql";

export enum ClusterAudience {
  ALL_EMPLOYEES = "ALL_EMPLOYEES",
  SUPERVISORS = "SUPERVISORS",
}

registerEnumType(ClusterAudience, {
  name: "ClusterAudience",
  description: "Who a cluster's competencies are rated for.",
  valuesConfig: {
    ALL_EMPLOYEES: { description: "Every employee." },
    SUPERVISORS: { description: "Supervisors and managers only." },
  },
});

@ObjectType({ description: "A level of the rating scale." })
export class RatingLevel {
  @Field(() => String, { description: "Stable key, such as EFFECTIVE." })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Float, { description: "Value used for averages." })
  points!: number;
}

@ObjectType({ description: 'The "+" mark that may be added to some levels.' })
export class PlusMark {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Float, { description: "Points added to the level's points." })
  points!: number;

  @Field(() => [String], {
    description: "Keys of the levels that may carry it.",
  })
  allowedOn!: string[];
}

@ObjectType({ description: "The levels, lowest first, and the + mark." })
export class RatingScale {
  @Field(() => [RatingLevel])
  levels!: RatingLevel[];

  @Field(() => PlusMark)
  plus!: PlusMark;
}

@ObjectType({ description: "One rated area of a framework." })
export class Competency {
  @Field(() => String, {
    description: "Stable key, such as ethics-and-values.",
  })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], {
    description: "Behavioural indicators, one sentence each.",
  })
  indicators!: string[];

  @Field(() => [String], {
    description:
      "Competencies of the earlier framework that this one replaces.",
  })
  alignedWith!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      "Key of the competency in the previous version that this one continues.",
  })
  continues!: string | null;

  @Field(() => String, { description: "Key of the cluster that contains it." })
  clusterKey!: string;
}

@ObjectType({ description: "A group of competencies." })
export class Cluster {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  definition!: string;

  @Field(() => ClusterAudience)
  appliesTo!: ClusterAudience;

  @Field(() => [Competency])
  competencies!: Competency[];
}

@ObjectType({
  description: "The framework whose competencies this one is aligned with.",
})
export class EarlierFramework {
  @Field(() => String)
  name!: string;

  @Field(() => [String])
  competencies!: string[];
}

@ObjectType({ description: "Rules a framework version may set differently." })
export class FrameworkPolicy {
  @Field(() => [String], {
    description:
      "Levels whose ratings need a comment before the evaluator signs.",
  })
  commentRequiredOnLevels!: string[];
}

@ObjectType({
  description: "A published, immutable version of a competency framework.",
})
export class Framework {
  @Field(() => ID, {
    description:
      "The key and version, such as classified-performance-framework@1.",
  })
  id!: string;

  @Field(() => String)
  key!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => RatingScale)
  scale!: RatingScale;

  @Field(() => EarlierFramework, { nullable: true })
  earlierFramework!: EarlierFramework | null;

  @Field(() => FrameworkPolicy)
  policy!: FrameworkPolicy;

  @Field(() => [Cluster])
  clusters!: Cluster[];

  @Field(() => [Competency], {
    description: "Every competency in document order.",
  })
  competencies!: Competency[];

  @Field(() => String, {
    description: "SHA-256 of the definition's canonical JSON.",
  })
  contentHash!: string;

  @Field(() => GraphQLISODateTime)
  publishedAt!: Date;
}
