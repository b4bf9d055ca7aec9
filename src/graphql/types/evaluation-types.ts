import {
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from "type-graphql";
import { GraphQLISODateTime } from "type-graphql";

export enum EvaluationStatus {
  DRAFT = "DRAFT",
  AWAITING_EMPLOYEE = "AWAITING_EMPLOYEE",
  AWAITING_REVIEWER = "AWAITING_REVIEWER",
  FINAL = "FINAL",
  REOPENED = "REOPENED",
  VOIDED = "VOIDED",
}

registerEnumType(EvaluationStatus, {
  name: "EvaluationStatus",
  description: "Where an evaluation stands, derived from its events.",
  valuesConfig: {
    DRAFT: { description: "Opened; the evaluator is rating." },
    AWAITING_EMPLOYEE: {
      description:
        "The evaluator signed; the employee acknowledges next, or the evaluator records a refusal.",
    },
    AWAITING_REVIEWER: {
      description:
        "The employee acknowledged or refused; the reviewer signs next.",
    },
    FINAL: { description: "The reviewer signed." },
    REOPENED: {
      description:
        "Reopened after a signature; earlier signatures no longer count.",
    },
    VOIDED: { description: "Opened in error; nothing more happens to it." },
  },
});

export enum EvaluationParty {
  EVALUATOR = "EVALUATOR",
  EMPLOYEE = "EMPLOYEE",
  REVIEWER = "REVIEWER",
}

registerEnumType(EvaluationParty, {
  name: "EvaluationParty",
  description: "A party to one evaluation.",
});

export enum SignatureKind {
  EVALUATOR_SIGNED = "EVALUATOR_SIGNED",
  EMPLOYEE_ACKNOWLEDGED = "EMPLOYEE_ACKNOWLEDGED",
  EMPLOYEE_REFUSED = "EMPLOYEE_REFUSED",
  REVIEWER_SIGNED = "REVIEWER_SIGNED",
}

registerEnumType(SignatureKind, {
  name: "SignatureKind",
  description: "A kind of sign-off, in the order they are given.",
  valuesConfig: {
    EMPLOYEE_ACKNOWLEDGED: {
      description: "The employee signed for receipt, which is not agreement.",
    },
    EMPLOYEE_REFUSED: {
      description: "The evaluator recorded that the employee refused to sign.",
    },
  },
});

@ObjectType({
  description: "The employee's directory entry when the evaluation was opened.",
})
export class EmployeeSnapshot {
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
}

@ObjectType({ description: "The current rating of one competency." })
export class Rating {
  @Field(() => String)
  competencyKey!: string;

  @Field(() => String, {
    description: "Competency name in the pinned framework version.",
  })
  competencyName!: string;

  @Field(() => String, { description: "Level key, such as EFFECTIVE." })
  level!: string;

  @Field(() => String, { description: "Level name, such as Effective." })
  levelName!: string;

  @Field(() => Boolean)
  plus!: boolean;

  @Field(() => Float, {
    description: "The level's points plus the + mark's points.",
  })
  points!: number;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => String, {
    description: "User id of the user who gave the first rating.",
  })
  ratedBy!: string;

  @Field(() => GraphQLISODateTime)
  ratedAt!: string;

  @Field(() => String, { nullable: true })
  revisedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revisedAt!: string | null;

  @Field(() => Int)
  revisionCount!: number;
}

@ObjectType({
  description: "A comment on one competency, or on the whole evaluation.",
})
export class EvaluationComment {
  @Field(() => String, {
    nullable: true,
    description: "Null for an overall comment.",
  })
  competencyKey!: string | null;

  @Field(() => String)
  text!: string;

  @Field(() => String, { description: "User id of the author." })
  authorId!: string;

  @Field(() => GraphQLISODateTime)
  effectiveAt!: string;
}

@ObjectType({ description: "A sign-off." })
export class Signature {
  @Field(() => SignatureKind)
  kind!: SignatureKind;

  @Field(() => String, {
    description: "Employee id of the party who signed or refused.",
  })
  signatoryId!: string;

  @Field(() => String, {
    description: "User id of the user who recorded the sign-off.",
  })
  recordedBy!: string;

  @Field(() => GraphQLISODateTime, {
    description:
      "When the sign-off took effect, which may be before it was recorded.",
  })
  effectiveAt!: string;

  @Field(() => GraphQLISODateTime, {
    description:
      "When the sign-off was recorded; the response window counts from here.",
  })
  recordedAt!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Hash of the evaluation's last event at the moment of signing.",
  })
  signedHash!: string | null;

  @Field(() => String, { nullable: true })
  refusalNote!: string | null;

  @Field(() => Int, {
    description: "Stream version of the event that recorded it.",
  })
  streamVersion!: number;

  @Field(() => Boolean, {
    description: "False once the evaluation was reopened after this sign-off.",
  })
  counts!: boolean;
}

@ObjectType({ description: "The sign-offs that count now." })
export class CurrentSignatures {
  @Field(() => Signature, { nullable: true })
  evaluator!: Signature | null;

  @Field(() => Signature, {
    nullable: true,
    description:
      "The employee's acknowledgement, or the refusal the evaluator recorded.",
  })
  employee!: Signature | null;

  @Field(() => Signature, { nullable: true })
  reviewer!: Signature | null;
}

@ObjectType({
  description: "A written response of the employee, kept for good.",
})
export class EmployeeResponse {
  @Field(() => String)
  text!: string;

  @Field(() => String)
  authorId!: string;

  @Field(() => GraphQLISODateTime)
  effectiveAt!: string;
}

@ObjectType({ description: "Who the evaluation waits for." })
export class NextAction {
  @Field(() => EvaluationParty, { nullable: true })
  party!: EvaluationParty | null;

  @Field(() => String, {
    nullable: true,
    description: "Employee id of that party; null when none is assigned.",
  })
  employeeId!: string | null;
}

@ObjectType({
  description: "A performance evaluation, as its events leave it.",
})
export class Evaluation {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  employeeId!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field(() => String)
  evaluatorId!: string;

  @Field(() => String, { nullable: true })
  reviewerId!: string | null;

  @Field(() => EvaluationStatus)
  status!: EvaluationStatus;

  @Field(() => Int, {
    description:
      "Stream version of the last event; send it back as expectedVersion.",
  })
  version!: number;

  @Field(() => Boolean)
  leadershipApplies!: boolean;

  @Field(() => EmployeeSnapshot)
  employee!: EmployeeSnapshot;

  @Field(() => GraphQLISODateTime)
  openedAt!: string;

  @Field(() => [EvaluationComment])
  comments!: EvaluationComment[];

  @Field(() => CurrentSignatures)
  signatures!: CurrentSignatures;

  @Field(() => [Signature], {
    description: "Every sign-off ever given, oldest first.",
  })
  signatureHistory!: Signature[];

  @Field(() => [EmployeeResponse])
  responses!: EmployeeResponse[];

  @Field(() => Int)
  reopenCount!: number;

  @Field(() => String, { nullable: true })
  voidedReason!: string | null;
}
