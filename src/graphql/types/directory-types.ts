import { Field, InputType, Int, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "A person in the district directory, as they stand now or on the day asked for.",
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

  @Field(() => Int, {
    description:
      "Number of directory changes recorded up to and including this entry.",
  })
  version!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "UTC day this entry took effect, YYYY-MM-DD; null for an entry recorded before effective days were kept.",
  })
  effectiveOn!: string | null;
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

@ObjectType({ description: "One page of employees, in employee id order." })
export class EmployeePage {
  @Field(() => [Employee])
  employees!: Employee[];

  @Field(() => String, {
    nullable: true,
    description:
      "Pass as afterEmployeeId to read the next page; null on the last page.",
  })
  nextAfterEmployeeId!: string | null;
}
