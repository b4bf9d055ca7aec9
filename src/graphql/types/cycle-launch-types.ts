import { Field, ID, Int, ObjectType } from "type-graphql";
import { Cycle } from "./cycle-types";
import { EvaluationStatus } from "./evaluation-types";

@ObjectType({ description: "An evaluation a launch opened." })
export class LaunchedEvaluation {
  @Field(() => ID)
  evaluationId!: string;

  @Field(() => String)
  employeeId!: string;

  @Field(() => String, { description: "The employee's supervisor." })
  evaluatorId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The supervisor's supervisor; null when there is none, and HR assigns one with reassignReviewer.",
  })
  reviewerId!: string | null;
}

@ObjectType({
  description: "An employee in scope who already had a live evaluation.",
})
export class AlreadyOpenEvaluation {
  @Field(() => String)
  employeeId!: string;

  @Field(() => ID)
  evaluationId!: string;
}

@ObjectType({
  description: "An employee in scope for whom the launch opened nothing.",
})
export class LaunchSkip {
  @Field(() => String)
  employeeId!: string;

  @Field(() => String, {
    description:
      "NO_SUPERVISOR, SUPERVISOR_NOT_IN_DIRECTORY, or the code of the error that stopped the opening.",
  })
  reason!: string;

  @Field(() => String, { description: "What is wrong and what to do." })
  message!: string;
}

@ObjectType({ description: "What one launch of a cycle did." })
export class CycleLaunchResult {
  @Field(() => Cycle)
  cycle!: Cycle;

  @Field(() => ID, {
    description:
      "Id of the CycleLaunched event, recorded as the cause of each evaluation opened.",
  })
  launchEventId!: string;

  @Field(() => Int)
  inScopeCount!: number;

  @Field(() => Int)
  openedCount!: number;

  @Field(() => [LaunchedEvaluation])
  opened!: LaunchedEvaluation[];

  @Field(() => [AlreadyOpenEvaluation])
  alreadyOpen!: AlreadyOpenEvaluation[];

  @Field(() => [LaunchSkip])
  skipped!: LaunchSkip[];

  @Field(() => [String], {
    description:
      "Employees whose evaluation opened without a reviewer, because their supervisor has no supervisor.",
  })
  withoutReviewer!: string[];
}

@ObjectType({ description: "An evaluation of a cycle in brief." })
export class EvaluationSummary {
  @Field(() => ID)
  evaluationId!: string;

  @Field(() => String)
  employeeId!: string;

  @Field(() => String, {
    description: "The employee's name when the evaluation opened.",
  })
  employeeName!: string;

  @Field(() => String)
  evaluatorId!: string;

  @Field(() => String, { nullable: true })
  reviewerId!: string | null;

  @Field(() => EvaluationStatus)
  status!: EvaluationStatus;
}

@ObjectType({ description: "What closing a cycle found." })
export class CycleCloseResult {
  @Field(() => Cycle)
  cycle!: Cycle;

  @Field(() => ID)
  closeEventId!: string;

  @Field(() => [EvaluationSummary], {
    description:
      "Live evaluations not yet final, by employee id; their workflow goes on. Voided ones are left out.",
  })
  notFinal!: EvaluationSummary[];
}
