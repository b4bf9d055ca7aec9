import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import {
  loadDirectory,
  type DirectoryLoadResult,
} from "../../application/load-directory";
import { recordEmployee } from "../../application/record-employee";
import { unitsWithDescendants } from "../../domain/cycle/plan-launch";
import type { UnitKind } from "../../domain/directory/unit-entry";
import { NotFoundError } from "../../domain/errors";
import {
  findEmployeeAsOf,
  listEmployeesAsOf,
  listUnitsAsOf,
} from "../../projections/directory-history";
import {
  findEmployee,
  listEmployeesInUnits,
} from "../../projections/employee-projection";
import { listUnits } from "../../projections/unit-projection";
import type { RequestContext } from "../request-context";
import {
  DirectoryLoadInput,
  DirectoryLoadResult as DirectoryLoadResultType,
} from "../types/directory-load-types";
import {
  Employee,
  EmployeeInput,
  EmployeePage,
} from "../types/directory-types";
import {
  optionalDay,
  readsWholeDirectory,
  requirePageSize,
  requireRole,
  requireSignedIn,
} from "./directory-access";

@Resolver()
export class DirectoryResolver {
  @Query(() => Employee, {
    description:
      "A directory entry, now or as it stood at the end of the UTC day `asOf` (YYYY-MM-DD). HR and auditors read anyone; staff read themselves.",
  })
  async employee(
    @Ctx() context: RequestContext,
    @Arg("employeeId", () => String) employeeId: string,
    @Arg("asOf", () => String, { nullable: true }) asOf?: string | null,
  ): Promise<Employee> {
    const actor = requireSignedIn(context);
    const day = optionalDay(asOf);
    const visible =
      readsWholeDirectory(actor) || actor.employeeId === employeeId;
    if (!visible) {
      throw new NotFoundError(`No employee ${employeeId}.`, { employeeId });
    }
    const entry =
      day === null
        ? await findEmployee(context.db, employeeId)
        : await findEmployeeAsOf(context.db, employeeId, day);
    if (entry === null) {
      throw new NotFoundError(
        day === null
          ? `No employee ${employeeId}.`
          : `Employee ${employeeId} was not in the directory on ${day}.`,
        { employeeId },
      );
    }
    return entry;
  }

  @Query(() => EmployeePage, {
    description:
      "Employees of a unit, now or as they stood at the end of the UTC day `asOf`, in employee id order (HR and auditors).",
  })
  async unitEmployees(
    @Ctx() context: RequestContext,
    @Arg("unitId", () => String) unitId: string,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null,
    @Arg("includeSubunits", () => Boolean, {
      defaultValue: false,
      description: "Also list the employees of every unit below this one.",
    })
    includeSubunits: boolean,
    @Arg("first", () => Int, { defaultValue: 100 }) first: number,
    @Arg("afterEmployeeId", () => String, { nullable: true })
    afterEmployeeId: string | null,
  ): Promise<EmployeePage> {
    requireRole(context, ["HR", "AUDITOR"], "list the employees of a unit");
    const day = optionalDay(asOf);
    const limit = requirePageSize(first);
    const units =
      day === null
        ? await listUnits(context.db)
        : await listUnitsAsOf(context.db, day);
    if (!units.some((unit) => unit.unitId === unitId)) {
      throw new NotFoundError(
        day === null
          ? `No unit ${unitId}.`
          : `Unit ${unitId} was not in the directory on ${day}.`,
        { unitId },
      );
    }
    const unitIds = includeSubunits
      ? unitsWithDescendants(
          [unitId],
          new Map(units.map((unit) => [unit.unitId, unit.parentId])),
        )
      : [unitId];
    const after = afterEmployeeId ?? null;
    const employees =
      day === null
        ? await listEmployeesInUnits(context.db, unitIds, after, limit + 1)
        : await listEmployeesAsOf(context.db, {
            day,
            unitIds,
            afterEmployeeId: after,
            limit: limit + 1,
          });
    const page = employees.slice(0, limit);
    return {
      employees: page,
      nextAfterEmployeeId:
        employees.length > limit ? page.at(-1)!.employeeId : null,
    };
  }

  @Mutation(() => Employee, {
    description:
      "Adds or changes one directory entry, taking effect now (HR). The change is recorded as an event.",
  })
  recordEmployee(
    @Ctx() context: RequestContext,
    @Arg("input", () => EmployeeInput) input: EmployeeInput,
  ): Promise<Employee> {
    return recordEmployee(context, {
      ...input,
      reportsTo: input.reportsTo ?? null,
    });
  }

  @Mutation(() => DirectoryLoadResultType, {
    description:
      "Adds or changes many units and employees at once (HR). Every row is checked first: on any problem nothing is applied, and the BAD_USER_INPUT error lists every problem with its list and row in extensions.problems. Each new or changed entry appends one event; unchanged entries append nothing.",
  })
  loadDirectory(
    @Ctx() context: RequestContext,
    @Arg("input", () => DirectoryLoadInput) input: DirectoryLoadInput,
  ): Promise<DirectoryLoadResult> {
    return loadDirectory(context, {
      units: input.units.map((unit, index) => ({
        source: "units",
        row: index + 1,
        entry: {
          unitId: unit.unitId,
          name: unit.name,
          kind: unit.kind as UnitKind,
          parentId: unit.parentId ?? null,
        },
      })),
      employees: input.employees.map((employee, index) => ({
        source: "employees",
        row: index + 1,
        entry: { ...employee, reportsTo: employee.reportsTo ?? null },
      })),
      effectiveOn: input.effectiveOn ?? null,
    });
  }
}
