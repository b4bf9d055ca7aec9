import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { closeCycle } from "../../application/close-cycle";
import { createCycle } from "../../application/create-cycle";
import { launchCycle } from "../../application/launch-cycle";
import {
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from "../../domain/errors";
import type { EvaluationState } from "../../domain/evaluation/evaluation-state";
import { isUuid } from "../../domain/ids";
import { listCycleEvaluations } from "../../projections/cycle-evaluations";
import {
  findCycle,
  type CycleRecord,
} from "../../projections/cycle-projection";
import type { RequestContext } from "../request-context";
import {
  CycleCloseResult,
  CycleLaunchResult,
} from "../types/cycle-launch-types";
import { CycleEvaluationPage } from "../types/cycle-evaluation-page";
import { CreateCycleInput, Cycle } from "../types/cycle-types";
import { EvaluationStatus } from "../types/evaluation-types";
import {
  readsWholeDirectory,
  requirePageSize,
  requireRole,
  requireSignedIn,
} from "./directory-access";

function toCycle(record: CycleRecord): Cycle {
  return {
    ...record,
    frameworkKey: record.framework.key,
    frameworkVersion: record.framework.version,
  };
}

@Resolver()
export class CycleResolver {
  @Query(() => Cycle, { description: "A cycle (any signed-in user)." })
  async cycle(
    @Ctx() context: RequestContext,
    @Arg("cycleId", () => ID) cycleId: string,
  ): Promise<Cycle> {
    requireSignedIn(context);
    const record = await findCycle(context.db, cycleId);
    if (record === null) {
      throw new NotFoundError(`No cycle ${cycleId}.`, { cycleId });
    }
    return toCycle(record);
  }

  @Mutation(() => Cycle, {
    description:
      "Creates an evaluation cycle (HR). A unit in the scope covers every unit below it.",
  })
  async createCycle(
    @Ctx() context: RequestContext,
    @Arg("input", () => CreateCycleInput) input: CreateCycleInput,
  ): Promise<Cycle> {
    requireRole(context, ["HR"], "create a cycle");
    return toCycle(await createCycle(context, { ...input }));
  }

  @Mutation(() => CycleLaunchResult, {
    description:
      "Opens a draft evaluation for every employee in the cycle's scope who has none live in it (HR), with their supervisor as evaluator and the supervisor's supervisor as reviewer. Launching again opens only what is missing. Employees without a supervisor are reported in skipped.",
  })
  async launchCycle(
    @Ctx() context: RequestContext,
    @Arg("cycleId", () => ID) cycleId: string,
  ): Promise<CycleLaunchResult> {
    requireRole(context, ["HR"], "launch a cycle");
    const result = await launchCycle(context, cycleId);
    return {
      ...result,
      cycle: toCycle(result.cycle),
      openedCount: result.opened.length,
      withoutReviewer: result.opened
        .filter((opened) => opened.reviewerId === null)
        .map((opened) => opened.employeeId),
    };
  }

  @Mutation(() => CycleCloseResult, {
    description:
      "Closes a cycle (HR): no new evaluation opens in it, while work on open ones goes on. Lists the live evaluations not yet final.",
  })
  async closeCycle(
    @Ctx() context: RequestContext,
    @Arg("cycleId", () => ID) cycleId: string,
    @Arg("reason", () => String, { nullable: true }) reason?: string | null,
  ): Promise<CycleCloseResult> {
    requireRole(context, ["HR"], "close a cycle");
    const result = await closeCycle(context, { cycleId, reason });
    return {
      ...result,
      cycle: toCycle(result.cycle),
      notFinal: result.notFinal.map((summary) => ({
        ...summary,
        status: summary.status as EvaluationStatus,
      })),
    };
  }

  @Query(() => CycleEvaluationPage, {
    description:
      "Evaluations of a cycle the caller may read, in employee id order: all for HR and auditors; for staff, those they evaluate or review, those of everyone below them in the directory, and their own once the evaluator signed.",
  })
  async cycleEvaluations(
    @Ctx() context: RequestContext,
    @Arg("cycleId", () => ID) cycleId: string,
    @Arg("status", () => EvaluationStatus, { nullable: true })
    status: EvaluationStatus | null,
    @Arg("first", () => Int, { defaultValue: 100 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<CycleEvaluationPage> {
    const actor = requireSignedIn(context);
    const whole = readsWholeDirectory(actor);
    if (!whole && actor.employeeId === null) {
      throw new ForbiddenError(
        "Only HR, auditors and staff with a directory entry can list a cycle's evaluations.",
        {
          requiredRoles: ["HR", "AUDITOR", "EVALUATOR", "REVIEWER", "EMPLOYEE"],
        },
      );
    }
    const limit = requirePageSize(first);
    if ((await findCycle(context.db, cycleId)) === null) {
      throw new NotFoundError(`No cycle ${cycleId}.`, { cycleId });
    }
    const states = await listCycleEvaluations(context.db, {
      cycleId,
      status: status ?? null,
      readerEmployeeId: whole ? null : actor.employeeId,
      after: after === null || after === undefined ? null : decodeCursor(after),
      limit: limit + 1,
    });
    const page = states.slice(0, limit);
    return {
      // Nobody, whatever their role, lists their own evaluation before the
      // evaluator has signed it.
      evaluations: page.filter(
        (state) => state.employeeId !== actor.employeeId || state.everSigned,
      ),
      nextCursor: states.length > limit ? encodeCursor(page.at(-1)!) : null,
    };
  }
}

function encodeCursor(state: EvaluationState): string {
  return Buffer.from(JSON.stringify([state.employeeId, state.id])).toString(
    "base64url",
  );
}

function decodeCursor(cursor: string): {
  employeeId: string;
  evaluationId: string;
} {
  try {
    const [employeeId, evaluationId] = JSON.parse(
      Buffer.from(cursor, "base64url").toString("utf8"),
    ) as unknown[];
    if (
      typeof employeeId === "string" &&
      typeof evaluationId === "string" &&
      isUuid(evaluationId)
    ) {
      return { employeeId, evaluationId };
    }
  } catch {
    // Reported below.
  }
  throw new InvalidInputError(
    `The cursor "${cursor}" is not one this list handed out. Pass a nextCursor from an earlier page.`,
    { field: "after" },
  );
}
