import { Field, ID, InputType, Int } from "type-graphql";
import { GraphQLISODateTime } from "type-graphql";

@InputType()
export class EvaluationCommandInput {
  @Field(() => ID)
  evaluationId!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The version the client last saw. When the evaluation has moved on, the request fails with VERSION_CONFLICT.",
  })
  expectedVersion?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A key naming this request. Repeating it returns the first result and appends nothing; reusing it for other input fails.",
  })
  idempotencyKey?: string | null;
}

@InputType()
export class SignatureCommandInput extends EvaluationCommandInput {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: "When the signature was made, if before now.",
  })
  effectiveAt?: Date | null;
}

@InputType()
export class OpenEvaluationInput {
  @Field(() => String)
  employeeId!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field(() => String, {
    nullable: true,
    description: "Defaults to the employee's supervisor.",
  })
  evaluatorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Defaults to the evaluator's supervisor.",
  })
  reviewerId?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType()
export class RateCompetencyInput extends EvaluationCommandInput {
  @Field(() => String)
  competencyKey!: string;

  @Field(() => String, { description: "Level key, such as EFFECTIVE." })
  level!: string;

  @Field(() => Boolean, { defaultValue: false })
  plus!: boolean;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@InputType()
export class ReviseRatingInput extends RateCompetencyInput {
  @Field(() => String, {
    nullable: true,
    description: "Required once the evaluator has ever signed the evaluation.",
  })
  reason?: string | null;
}

@InputType()
export class AddCommentInput extends EvaluationCommandInput {
  @Field(() => String, {
    nullable: true,
    description: "Omit for an overall comment.",
  })
  competencyKey?: string | null;

  @Field(() => String)
  text!: string;
}

@InputType()
export class SignAsEvaluatorInput extends SignatureCommandInput {}

@InputType()
export class AcknowledgeEvaluationInput extends SignatureCommandInput {}

@InputType()
export class SignAsReviewerInput extends SignatureCommandInput {}

@InputType()
export class RecordRefusalInput extends SignatureCommandInput {
  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class AttachResponseInput extends EvaluationCommandInput {
  @Field(() => String)
  text!: string;
}

@InputType()
export class ReasonInput extends EvaluationCommandInput {
  @Field(() => String)
  reason!: string;
}

@InputType()
export class ReassignInput extends ReasonInput {
  @Field(() => String, { description: "Employee id of the new party." })
  to!: string;
}
