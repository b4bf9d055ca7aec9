import { Field, InputType, Int, ObjectType } from "type-graphql";
import { EmployeeInput } from "./directory-types";
import { UnitInput } from "./unit-types";

@InputType({
  description:
    "Units and employees to bring into the directory, applied all together or not at all.",
})
export class DirectoryLoadInput {
  @Field(() => [UnitInput], {
    defaultValue: [],
    description: "Parents may come after their children.",
  })
  units!: UnitInput[];

  @Field(() => [EmployeeInput], {
    defaultValue: [],
    description: "Supervisors may come after the staff who report to them.",
  })
  employees!: EmployeeInput[];

  @Field(() => String, {
    nullable: true,
    description:
      "UTC day the changes took effect, YYYY-MM-DD, today or earlier; today when omitted.",
  })
  effectiveOn?: string | null;
}

@ObjectType({ description: "What a load changed for one kind of entry." })
export class DirectoryLoadCounts {
  @Field(() => [String], { description: "Ids of entries added." })
  registered!: string[];

  @Field(() => [String], { description: "Ids of entries changed." })
  updated!: string[];

  @Field(() => Int, {
    description: "Entries already as given, for which nothing was recorded.",
  })
  unchanged!: number;
}

@ObjectType()
export class DirectoryLoadResult {
  @Field(() => String, { description: "UTC day the changes took effect." })
  effectiveOn!: string;

  @Field(() => DirectoryLoadCounts)
  units!: DirectoryLoadCounts;

  @Field(() => DirectoryLoadCounts)
  employees!: DirectoryLoadCounts;
}
