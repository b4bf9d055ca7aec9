import {
  Field,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from "type-graphql";

export enum UnitKind {
  DISTRICT = "DISTRICT",
  DIVISION = "DIVISION",
  SCHOOL = "SCHOOL",
  OFFICE = "OFFICE",
}

registerEnumType(UnitKind, {
  name: "UnitKind",
  description:
    "A kind of organisational unit. A district is the top of the tree; every other unit has a parent.",
});

@ObjectType({
  description:
    "An organisational unit, as it stands now or on the day asked for.",
})
export class Unit {
  @Field(() => String)
  unitId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => String, {
    nullable: true,
    description: "The unit this one belongs to; null for a district.",
  })
  parentId!: string | null;

  @Field(() => Int, {
    description: "Number of changes recorded up to and including this entry.",
  })
  version!: number;

  @Field(() => String, { description: "UTC day this entry took effect." })
  effectiveOn!: string;
}

@InputType({ description: "An organisational unit as it should stand." })
export class UnitInput {
  @Field(() => String)
  unitId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => String, {
    nullable: true,
    description: "Required for every kind but DISTRICT.",
  })
  parentId?: string | null;
}
