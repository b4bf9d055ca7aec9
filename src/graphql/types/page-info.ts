import { Field, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "Where a page of a connection sits, as the Relay connection specification describes.",
})
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the page's first edge; null for an empty page.",
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the page's last edge; null for an empty page.",
  })
  endCursor!: string | null;
}
