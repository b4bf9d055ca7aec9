import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { NotFoundError } from "../../domain/errors";
import {
  findUnitAsOf,
  listUnitsAsOf,
} from "../../projections/directory-history";
import {
  findUnit,
  listUnits,
  type UnitRecord,
} from "../../projections/unit-projection";
import type { RequestContext } from "../request-context";
import { Unit, UnitKind } from "../types/unit-types";
import { optionalDay, requireSignedIn } from "./directory-access";

function toUnit(record: UnitRecord): Unit {
  return { ...record, kind: record.kind as UnitKind };
}

@Resolver()
export class UnitResolver {
  @Query(() => Unit, {
    description:
      "An organisational unit, now or as it stood at the end of the UTC day `asOf` (any signed-in user).",
  })
  async unit(
    @Ctx() context: RequestContext,
    @Arg("unitId", () => String) unitId: string,
    @Arg("asOf", () => String, { nullable: true }) asOf?: string | null,
  ): Promise<Unit> {
    requireSignedIn(context);
    const day = optionalDay(asOf);
    const record =
      day === null
        ? await findUnit(context.db, unitId)
        : await findUnitAsOf(context.db, unitId, day);
    if (record === null) {
      throw new NotFoundError(
        day === null
          ? `No unit ${unitId}.`
          : `Unit ${unitId} was not in the directory on ${day}.`,
        { unitId },
      );
    }
    return toUnit(record);
  }

  @Query(() => [Unit], {
    description:
      "Every organisational unit, now or at the end of the UTC day `asOf`, in unit id order; parentId links them into a tree (any signed-in user).",
  })
  async units(
    @Ctx() context: RequestContext,
    @Arg("asOf", () => String, { nullable: true }) asOf?: string | null,
  ): Promise<Unit[]> {
    requireSignedIn(context);
    const day = optionalDay(asOf);
    const records =
      day === null
        ? await listUnits(context.db)
        : await listUnitsAsOf(context.db, day);
    return records.map(toUnit);
  }
}
