import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { GraphQLISODateTime } from "type-graphql";
import { getFrameworkVersion } from "../../application/framework-catalogue";
import { requireReadableEvaluation } from "../../audit/audit-access";
import { readEvaluationAsOf } from "../../audit/evaluation-as-of";
import { readRatingLineage } from "../../audit/rating-lineage";
import { InvalidInputError } from "../../domain/errors";
import {
  findCompetency,
  findLevel,
} from "../../domain/framework/framework-queries";
import type { RequestContext } from "../request-context";
import { EvaluationAsOf, RatingLineageEntry } from "../types/history-types";

/**
 * The history of one evaluation, readable by every user who may read the
 * evaluation. For anyone else the evaluation does not exist.
 */
@Resolver()
export class EvaluationHistoryResolver {
  @Query(() => [RatingLineageEntry], {
    description:
      "Every value a competency's rating had in an evaluation, oldest first, with who set it, when, why and from which request. Readable by every user who may read the evaluation.",
  })
  async ratingLineage(
    @Ctx() context: RequestContext,
    @Arg("evaluationId", () => ID) evaluationId: string,
    @Arg("competencyKey", () => String) competencyKey: string,
  ): Promise<RatingLineageEntry[]> {
    const state = await requireReadableEvaluation(
      context.db,
      context.actor,
      evaluationId,
    );
    const { definition } = await getFrameworkVersion(
      context.db,
      state.framework.key,
      state.framework.version,
    );
    if (findCompetency(definition, competencyKey) === undefined) {
      throw new InvalidInputError(
        `Competency "${competencyKey}" is not in framework ${definition.key} version ${definition.version}, which this evaluation is pinned to. Use a competency key of that version.`,
        { argument: "competencyKey" },
      );
    }

    const lineage = await readRatingLineage(
      context.db,
      evaluationId,
      competencyKey,
    );
    return lineage.map((entry) => ({
      ...entry,
      levelName: findLevel(definition, entry.level)?.name ?? entry.level,
    }));
  }

  @Query(() => EvaluationAsOf, {
    description:
      "An evaluation as it stood at a recorded time or at a stream version: give exactly one of at and version. Before the evaluation was opened, evaluation is null and explanation says when it was. Readable by every user who may read the evaluation.",
  })
  async evaluationAsOf(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("at", () => GraphQLISODateTime, { nullable: true }) at: Date | null,
    @Arg("version", () => Int, { nullable: true }) version: number | null,
  ): Promise<EvaluationAsOf> {
    await requireReadableEvaluation(context.db, context.actor, id);
    if ((at == null) === (version == null)) {
      throw new InvalidInputError(
        "Give exactly one of at (a recorded time) and version (a stream version).",
        { argument: at == null ? "at" : "version" },
      );
    }

    const point = at != null ? { at } : { version: version! };
    const asOf = await readEvaluationAsOf(context.db, id, point);
    return {
      evaluation: asOf.state,
      version: asOf.version,
      recordedAt: asOf.recordedAt,
      explanation: asOf.explanation,
    };
  }
}
