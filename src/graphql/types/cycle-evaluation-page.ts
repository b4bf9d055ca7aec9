import { Field, ObjectType } from "type-graphql";
import type { EvaluationState } from "../../domain/evaluation/evaluation-state";
import { Evaluation } from "./evaluation-types";

@ObjectType({
  description: "One page of a cycle's evaluations, in employee id order.",
})
export class CycleEvaluationPage {
  @Field(() => [Evaluation])
  evaluations!: EvaluationState[];

  @Field(() => String, {
    nullable: true,
    description: "Pass as `after` to read the next page; null on the last.",
  })
  nextCursor!: string | null;
}
