import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import * as commands from "../../application/evaluation-commands";
import { getFrameworkVersion } from "../../application/framework-catalogue";
import { isEvaluationVisible } from "../../application/evaluation-visibility";
import { openEvaluation } from "../../application/open-evaluation";
import { NotFoundError, UnauthenticatedError } from "../../domain/errors";
import type { EvaluationState } from "../../domain/evaluation/evaluation-state";
import { nextActor } from "../../domain/evaluation/evaluation-status";
import {
  applicableCompetencies,
  findLevel,
} from "../../domain/framework/framework-queries";
import { findEvaluationProjection } from "../../projections/evaluation-projection";
import type { RequestContext } from "../request-context";
import {
  AcknowledgeEvaluationInput,
  AddCommentInput,
  AttachResponseInput,
  OpenEvaluationInput,
  RateCompetencyInput,
  ReasonInput,
  ReassignInput,
  RecordRefusalInput,
  ReviseRatingInput,
  SignAsEvaluatorInput,
  SignAsReviewerInput,
} from "../types/evaluation-inputs";
import {
  CurrentSignatures,
  Evaluation,
  NextAction,
  Rating,
} from "../types/evaluation-types";
import { Competency, Framework } from "../types/framework-types";
import { toFramework } from "../types/to-framework";

function plain<T extends object>(input: T): T {
  return { ...input };
}

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Query(() => Evaluation, {
    description:
      "An evaluation the caller may read. Any other id answers NOT_FOUND, as if it did not exist.",
  })
  async evaluation(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID) id: string,
  ): Promise<EvaluationState> {
    if (context.actor === null) {
      throw new UnauthenticatedError("Sign in to read evaluations.");
    }
    const state = await findEvaluationProjection(context.db, id);
    if (
      state === null ||
      !(await isEvaluationVisible(context.db, context.actor, state))
    ) {
      throw new NotFoundError(`No evaluation ${id}.`, { evaluationId: id });
    }
    return state;
  }

  @FieldResolver(() => Framework, {
    description: "The framework version the evaluation is pinned to.",
  })
  async framework(
    @Root() state: EvaluationState,
    @Ctx() context: RequestContext,
  ): Promise<Framework> {
    return toFramework(
      await getFrameworkVersion(
        context.db,
        state.framework.key,
        state.framework.version,
      ),
    );
  }

  @FieldResolver(() => [Rating], {
    description: "Current ratings in framework order.",
  })
  async ratings(
    @Root() state: EvaluationState,
    @Ctx() context: RequestContext,
  ): Promise<Rating[]> {
    const { definition } = await getFrameworkVersion(
      context.db,
      state.framework.key,
      state.framework.version,
    );
    return applicableCompetencies(definition, true)
      .filter((competency) => state.ratings[competency.key] !== undefined)
      .map((competency) => {
        const rating = state.ratings[competency.key]!;
        const level = findLevel(definition, rating.level);
        return {
          ...rating,
          competencyName: competency.name,
          levelName: level?.name ?? rating.level,
          points:
            (level?.points ?? 0) +
            (rating.plus ? definition.scale.plus.points : 0),
        };
      });
  }

  @FieldResolver(() => [Competency], {
    description:
      "Competencies this evaluation must rate, Leadership included only where it applies.",
  })
  async applicableCompetencies(
    @Root() state: EvaluationState,
    @Ctx() context: RequestContext,
  ): Promise<Competency[]> {
    const { definition } = await getFrameworkVersion(
      context.db,
      state.framework.key,
      state.framework.version,
    );
    return applicableCompetencies(definition, state.leadershipApplies);
  }

  @FieldResolver(() => [Competency], {
    description: "Applicable competencies that have no rating yet.",
  })
  async unratedCompetencies(
    @Root() state: EvaluationState,
    @Ctx() context: RequestContext,
  ): Promise<Competency[]> {
    const all = await this.applicableCompetencies(state, context);
    return all.filter(
      (competency) => state.ratings[competency.key] === undefined,
    );
  }

  @FieldResolver(() => CurrentSignatures)
  signatures(@Root() state: EvaluationState): CurrentSignatures {
    const counting = <T>(signature: T | null) =>
      signature === null ? null : { ...signature, counts: true };
    return {
      evaluator: counting(state.signatures.evaluator),
      employee: counting(state.signatures.employee),
      reviewer: counting(state.signatures.reviewer),
    } as CurrentSignatures;
  }

  @FieldResolver(() => NextAction, {
    description: "Who must act next; the party is null once final or voided.",
  })
  nextAction(@Root() state: EvaluationState): NextAction {
    return nextActor(state) as NextAction;
  }

  @FieldResolver(() => String)
  frameworkKey(@Root() state: EvaluationState): string {
    return state.framework.key;
  }

  @Mutation(() => Evaluation, {
    description: "Opens a draft evaluation (HR).",
  })
  openEvaluation(
    @Ctx() context: RequestContext,
    @Arg("input", () => OpenEvaluationInput) input: OpenEvaluationInput,
  ): Promise<EvaluationState> {
    return openEvaluation(context, plain(input));
  }

  @Mutation(() => Evaluation, {
    description: "Rates a competency that has no rating yet (evaluator).",
  })
  rateCompetency(
    @Ctx() context: RequestContext,
    @Arg("input", () => RateCompetencyInput) input: RateCompetencyInput,
  ): Promise<EvaluationState> {
    return commands.rateCompetency(context, plain(input));
  }

  @Mutation(() => Evaluation, {
    description:
      "Changes a rating, keeping the previous value in the history (evaluator).",
  })
  reviseRating(
    @Ctx() context: RequestContext,
    @Arg("input", () => ReviseRatingInput) input: ReviseRatingInput,
  ): Promise<EvaluationState> {
    return commands.reviseRating(context, plain(input));
  }

  @Mutation(() => Evaluation, {
    description: "Adds a comment on a competency or an overall comment.",
  })
  addComment(
    @Ctx() context: RequestContext,
    @Arg("input", () => AddCommentInput) input: AddCommentInput,
  ): Promise<EvaluationState> {
    return commands.addComment(context, {
      ...plain(input),
      competencyKey: input.competencyKey ?? null,
    });
  }

  @Mutation(() => Evaluation, {
    description:
      "Signs as evaluator once every applicable competency is rated.",
  })
  signAsEvaluator(
    @Ctx() context: RequestContext,
    @Arg("input", () => SignAsEvaluatorInput) input: SignAsEvaluatorInput,
  ): Promise<EvaluationState> {
    return commands.signAsEvaluator(context, plain(input));
  }

  @Mutation(() => Evaluation, {
    description:
      "Acknowledges receipt as the evaluated employee; this is not agreement.",
  })
  acknowledgeEvaluation(
    @Ctx() context: RequestContext,
    @Arg("input", () => AcknowledgeEvaluationInput)
    input: AcknowledgeEvaluationInput,
  ): Promise<EvaluationState> {
    return commands.acknowledgeEvaluation(context, plain(input));
  }

  @Mutation(() => Evaluation, {
    description:
      "Records that the employee refused to sign (evaluator); the evaluation proceeds.",
  })
  recordRefusal(
    @Ctx() context: RequestContext,
    @Arg("input", () => RecordRefusalInput) input: RecordRefusalInput,
  ): Promise<EvaluationState> {
    return commands.recordRefusal(context, plain(input));
  }

  @Mutation(() => Evaluation, {
    description:
      "Attaches the employee's written response within the cycle's response window.",
  })
  attachResponse(
    @Ctx() context: RequestContext,
    @Arg("input", () => AttachResponseInput) input: AttachResponseInput,
  ): Promise<EvaluationState> {
    return commands.attachResponse(context, plain(input));
  }

  @Mutation(() => Evaluation, { description: "Signs as reviewer, last." })
  signAsReviewer(
    @Ctx() context: RequestContext,
    @Arg("input", () => SignAsReviewerInput) input: SignAsReviewerInput,
  ): Promise<EvaluationState> {
    return commands.signAsReviewer(context, plain(input));
  }

  @Mutation(() => Evaluation, {
    description:
      "Reopens a signed evaluation to correct it; earlier signatures stop counting.",
  })
  reopenEvaluation(
    @Ctx() context: RequestContext,
    @Arg("input", () => ReasonInput) input: ReasonInput,
  ): Promise<EvaluationState> {
    return commands.reopenEvaluation(context, plain(input));
  }

  @Mutation(() => Evaluation, {
    description: "Assigns another evaluator (HR).",
  })
  reassignEvaluator(
    @Ctx() context: RequestContext,
    @Arg("input", () => ReassignInput) input: ReassignInput,
  ): Promise<EvaluationState> {
    return commands.reassignEvaluator(context, plain(input));
  }

  @Mutation(() => Evaluation, { description: "Assigns another reviewer (HR)." })
  reassignReviewer(
    @Ctx() context: RequestContext,
    @Arg("input", () => ReassignInput) input: ReassignInput,
  ): Promise<EvaluationState> {
    return commands.reassignReviewer(context, plain(input));
  }

  @Mutation(() => Evaluation, {
    description: "Voids an evaluation opened in error (HR).",
  })
  voidEvaluation(
    @Ctx() context: RequestContext,
    @Arg("input", () => ReasonInput) input: ReasonInput,
  ): Promise<EvaluationState> {
    return commands.voidEvaluation(context, plain(input));
  }
}
