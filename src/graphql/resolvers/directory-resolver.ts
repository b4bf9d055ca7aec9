import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { createCycle } from "../../application/create-cycle";
import { recordEmployee } from "../../application/record-employee";
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from "../../domain/errors";
import type { Actor } from "../../domain/actor";
import {
  findCycle,
  type CycleRecord,
} from "../../projections/cycle-projection";
import { findEmployee } from "../../projections/employee-projection";
import type { RequestContext } from "../request-context";
import {
  CreateCycleInput,
  Cycle,
  Employee,
  EmployeeInput,
} from "../types/directory-types";

function toCycle(record: CycleRecord): Cycle {
  return {
    ...record,
    frameworkKey: record.framework.key,
    frameworkVersion: record.framework.version,
  };
}

function requireDirectoryReader(context: RequestContext): Actor {
  if (context.actor === null) {
    throw new UnauthenticatedError("Sign in to read the directory.");
  }
  return context.actor;
}

@Resolver()
export class DirectoryResolver {
  @Query(() => Employee, {
    description:
      "A directory entry. HR and auditors read anyone; staff read themselves.",
  })
  async employee(
    @Ctx() context: RequestContext,
    @Arg("employeeId", () => String) employeeId: string,
  ): Promise<Employee> {
    const actor = requireDirectoryReader(context);
    const visible =
      actor.roles.includes("HR") ||
      actor.roles.includes("AUDITOR") ||
      actor.employeeId === employeeId;
    const entry = visible ? await findEmployee(context.db, employeeId) : null;
    if (entry === null) {
      throw new NotFoundError(`No employee ${employeeId}.`, { employeeId });
    }
    return entry;
  }

  @Mutation(() => Employee, {
    description:
      "Adds or changes a directory entry (HR). The change is recorded as an event.",
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

  @Query(() => Cycle, { description: "A cycle (any signed-in user)." })
  async cycle(
    @Ctx() context: RequestContext,
    @Arg("cycleId", () => ID) cycleId: string,
  ): Promise<Cycle> {
    requireDirectoryReader(context);
    const record = await findCycle(context.db, cycleId);
    if (record === null) {
      throw new NotFoundError(`No cycle ${cycleId}.`, { cycleId });
    }
    return toCycle(record);
  }

  @Mutation(() => Cycle, { description: "Creates an evaluation cycle (HR)." })
  async createCycle(
    @Ctx() context: RequestContext,
    @Arg("input", () => CreateCycleInput) input: CreateCycleInput,
  ): Promise<Cycle> {
    const actor = requireDirectoryReader(context);
    if (!actor.roles.includes("HR")) {
      throw new ForbiddenError("Only HR can create a cycle.");
    }
    return toCycle(await createCycle(context, { ...input }));
  }
}
