import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import type { Actor } from "../domain/actor";
import {
  minimumGroupSize,
  suppressionReason,
} from "../domain/analytics/small-group-suppression";
import {
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
} from "../domain/errors";
import type { FrameworkDefinition } from "../domain/framework/framework-definition";
import { listCompetencies } from "../domain/framework/framework-queries";
import { findCycle } from "../projections/cycle-projection";
import {
  countEvaluatedEmployees,
  countRatings,
  type AggregateScope,
  type RatingCount,
} from "../projections/rating-distribution";
import { listUnitAncestors } from "../projections/unit-ancestors";
import { getFrameworkVersion } from "./framework-catalogue";

export type DistributionGrouping = "CLUSTER" | "COMPETENCY";

/** Ratings of one group (a cluster or a competency) by level. */
export interface DistributionGroup {
  key: string;
  name: string;
  ratingCount: number;
  levels: Array<{ level: string; name: string; count: number }>;
  plusCount: number;
  /** Mean of the level points plus the + points, per the framework. */
  averagePoints: number | null;
}

export interface RatingDistribution {
  scope: AggregateScope;
  minimumGroupSize: number;
  /** Null when suppressed, so the size of a small group stays hidden. */
  evaluatedEmployees: number | null;
  suppressed: boolean;
  suppressionReason: string | null;
  groups: DistributionGroup[];
}

const readerRoles = ["ANALYST", "HR", "AUDITOR"] as const;

/**
 * Computes how the final evaluations of a cycle were rated, by cluster or by
 * competency, within a unit subtree and a job classification. Analysts see
 * closed cycles only, so the population behind an aggregate cannot change
 * between two queries and reveal a person by subtraction. Groups under the
 * minimum size, and groups a wider scope would reveal by subtraction, come
 * back suppressed with no numbers.
 *
 * Throws ForbiddenError unless the actor is an analyst, HR or an auditor,
 * NotFoundError for an unknown cycle, and RuleViolationError CYCLE_OPEN when
 * an analyst asks about a cycle that is not closed.
 */
export async function computeRatingDistribution(
  db: Kysely<DatabaseSchema>,
  actor: Actor,
  scope: AggregateScope,
  grouping: DistributionGrouping,
): Promise<RatingDistribution> {
  if (!readerRoles.some((role) => actor.roles.includes(role))) {
    throw new ForbiddenError(
      "Rating distributions are for analysts, HR and auditors.",
    );
  }
  const cycle = await findCycle(db, scope.cycleId);
  if (cycle === null) {
    throw new NotFoundError(`No cycle ${scope.cycleId}.`, {
      cycleId: scope.cycleId,
    });
  }
  const privileged =
    actor.roles.includes("HR") || actor.roles.includes("AUDITOR");
  if (!privileged && cycle.status !== "CLOSED") {
    throw new RuleViolationError(
      "CYCLE_OPEN",
      `Cycle "${cycle.name}" is still open, so its numbers can still change. Aggregates are available once HR closes it.`,
      { cycleId: scope.cycleId },
    );
  }

  const population = await countEvaluatedEmployees(db, scope);
  const containing = await Promise.all(
    (await widerScopes(db, scope)).map((wider) =>
      countEvaluatedEmployees(db, wider),
    ),
  );
  const reason = suppressionReason(population, containing);
  if (reason !== null) {
    return {
      scope,
      minimumGroupSize,
      evaluatedEmployees: null,
      suppressed: true,
      suppressionReason: reason,
      groups: [],
    };
  }

  const { definition } = await getFrameworkVersion(
    db,
    cycle.framework.key,
    cycle.framework.version,
  );
  return {
    scope,
    minimumGroupSize,
    evaluatedEmployees: population,
    suppressed: false,
    suppressionReason: null,
    groups: groupCounts(definition, await countRatings(db, scope), grouping),
  };
}

// Every scope that contains this one with one or more filters removed or the
// unit replaced by one of its ancestors.
async function widerScopes(
  db: Kysely<DatabaseSchema>,
  scope: AggregateScope,
): Promise<AggregateScope[]> {
  const units: Array<string | null> =
    scope.unitId === null
      ? [null]
      : [scope.unitId, ...(await listUnitAncestors(db, scope.unitId)), null];
  const classifications: Array<string | null> =
    scope.jobClassification === null ? [null] : [scope.jobClassification, null];
  const wider: AggregateScope[] = [];
  for (const unitId of units) {
    for (const jobClassification of classifications) {
      if (
        unitId === scope.unitId &&
        jobClassification === scope.jobClassification
      ) {
        continue;
      }
      wider.push({ cycleId: scope.cycleId, unitId, jobClassification });
    }
  }
  return wider;
}

function groupCounts(
  definition: FrameworkDefinition,
  counts: RatingCount[],
  grouping: DistributionGrouping,
): DistributionGroup[] {
  const competencies = listCompetencies(definition);
  const groupOf = new Map(
    competencies.map((competency) => [
      competency.key,
      grouping === "CLUSTER" ? competency.clusterKey : competency.key,
    ]),
  );
  const names = new Map<string, string>(
    grouping === "CLUSTER"
      ? definition.clusters.map((cluster) => [cluster.key, cluster.name])
      : competencies.map((competency) => [competency.key, competency.name]),
  );
  const points = new Map(
    definition.scale.levels.map((level) => [level.key, level.points]),
  );

  return [...names.entries()].map(([key, name]) => {
    const mine = counts.filter(
      (count) => groupOf.get(count.competencyKey) === key,
    );
    const ratingCount = mine.reduce((sum, count) => sum + count.count, 0);
    const totalPoints = mine.reduce(
      (sum, count) =>
        sum +
        count.count *
          ((points.get(count.level) ?? 0) +
            (count.plus ? definition.scale.plus.points : 0)),
      0,
    );
    return {
      key,
      name,
      ratingCount,
      levels: definition.scale.levels.map((level) => ({
        level: level.key,
        name: level.name,
        count: mine
          .filter((count) => count.level === level.key)
          .reduce((sum, count) => sum + count.count, 0),
      })),
      plusCount: mine
        .filter((count) => count.plus)
        .reduce((sum, count) => sum + count.count, 0),
      averagePoints: ratingCount === 0 ? null : totalPoints / ratingCount,
    };
  });
}
