import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

@ObjectType({
  description: "A person in the district directory, as they stand now.",
})
export class Employee {
  @Field(() => String)
  employeeId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  jobClassification!: string;

  @Field(() => String)
  unitId!: string;

  @Field(() => Boolean, {
    description: "Whether they supervise staff, which makes Leadership apply.",
  })
  supervises!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Employee id of their supervisor.",
  })
  reportsTo!: string | null;

  @Field(() => Int, { description: "Number of directory changes recorded." })
  version!: number;
}

@InputType({ description: "A directory entry as it should stand from now on." })
export class EmployeeInput {
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
  reportsTo?: string | null;
}

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

  @Field(() => [String], { description: "Units in scope; empty means all." })
  unitIds!: string[];

  @Field(() => [String], {
    description: "Job classifications in scope; empty means all.",
  })
  jobClassifications!: string[];

  @Field(() => String)
  status!: string;
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

  @Field(() => [String], { defaultValue: [] })
  unitIds!: string[];

  @Field(() => [String], { defaultValue: [] })
  jobClassifications!: string[];
}
