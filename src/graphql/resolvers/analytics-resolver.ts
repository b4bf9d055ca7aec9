import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { computeRatingDistribution } from "../../application/rating-distribution";
import { UnauthenticatedError } from "../../domain/errors";
import type { RequestContext } from "../request-context";
import {
  RatingDistribution,
  RatingDistributionInput,
} from "../types/analytics-types";

@Resolver()
export class AnalyticsResolver {
  @Query(() => RatingDistribution, {
    description:
      "Ratings of a cycle's final evaluations by level (analysts, HR, auditors). Analysts see closed cycles only.",
  })
  async ratingDistribution(
    @Ctx() context: RequestContext,
    @Arg("input", () => RatingDistributionInput) input: RatingDistributionInput,
  ): Promise<RatingDistribution> {
    if (context.actor === null) {
      throw new UnauthenticatedError("Sign in to read aggregates.");
    }
    return computeRatingDistribution(
      context.db,
      context.actor,
      {
        cycleId: input.cycleId,
        unitId: input.unitId ?? null,
        jobClassification: input.jobClassification ?? null,
      },
      input.groupBy,
    );
  }
}
