import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/database-schema";
import { NotFoundError } from "../domain/errors";
import {
  decideAcknowledge,
  decideRecordRefusal,
} from "../domain/evaluation/acknowledge";
import { decideAddComment } from "../domain/evaluation/add-comment";
import { decideAttachResponse } from "../domain/evaluation/attach-response";
import type { EvaluationEvent } from "../domain/evaluation/evaluation-events";
import type { EvaluationState } from "../domain/evaluation/evaluation-state";
import { decideRateCompetency } from "../domain/evaluation/rate-competency";
import {
  decideReassignEvaluator,
  decideReassignReviewer,
} from "../domain/evaluation/reassign";
import { decideReopenEvaluation } from "../domain/evaluation/reopen-evaluation";
import { decideReviseRating } from "../domain/evaluation/revise-rating";
import { decideSignAsEvaluator } from "../domain/evaluation/sign-as-evaluator";
import { decideSignAsReviewer } from "../domain/evaluation/sign-as-reviewer";
import { decideVoidEvaluation } from "../domain/evaluation/void-evaluation";
import type { FrameworkDefinition } from "../domain/framework/framework-definition";
import { findCycle } from "../projections/cycle-projection";
import { findEmployee } from "../projections/employee-projection";
import type { CommandEnvironment } from "./command-environment";
import {
  executeEvaluationCommand,
  type DecisionInput,
} from "./execute-evaluation-command";
import { getFrameworkVersion } from "./framework-catalogue";

/** Fields every command on an existing evaluation accepts. */
export interface EvaluationCommandOptions {
  evaluationId: string;
  /** The version the client last saw; a stale one is a VERSION_CONFLICT. */
  expectedVersion?: number | null;
  /** Repeating a request with the same key returns the first result. */
  idempotencyKey?: string | null;
}

/** What a decision about an existing evaluation is given. */
interface ExistingEvaluation {
  state: EvaluationState;
  framework: FrameworkDefinition;
  input: DecisionInput;
}

/**
 * Runs a command against an existing evaluation: `decide` receives the
 * state and its pinned framework version. Throws NotFoundError when no
 * evaluation has that id.
 */
function commandOnEvaluation<Options extends EvaluationCommandOptions>(
  command: string,
  decide: (
    evaluation: ExistingEvaluation,
    options: Options,
  ) => Promise<EvaluationEvent[]> | EvaluationEvent[],
  effectiveAtOf: (options: Options) => Date | undefined = () => undefined,
) {
  return (environment: CommandEnvironment, options: Options) => {
    // The evaluation id is part of the input an idempotency key stands for,
    // so the same key on another evaluation is a different request.
    const { expectedVersion, idempotencyKey, ...input } = options;
    const { evaluationId } = options;
    return executeEvaluationCommand(
      environment,
      {
        evaluationId,
        command,
        input,
        expectedVersion: expectedVersion ?? null,
        idempotencyKey: idempotencyKey ?? null,
        effectiveAt: effectiveAtOf(options),
      },
      async (state, decisionInput) => {
        if (state === null) {
          throw new NotFoundError(`No evaluation ${evaluationId}.`, {
            evaluationId,
          });
        }
        const framework = await pinnedFramework(decisionInput.db, state);
        return decide({ state, framework, input: decisionInput }, options);
      },
    );
  };
}

async function pinnedFramework(
  db: Kysely<DatabaseSchema>,
  state: EvaluationState,
): Promise<FrameworkDefinition> {
  const published = await getFrameworkVersion(
    db,
    state.framework.key,
    state.framework.version,
  );
  return published.definition;
}

function context({ framework, input }: ExistingEvaluation) {
  return {
    actor: input.actor,
    now: input.now,
    framework,
    streamHash: input.streamHash,
  };
}

type SignOptions = EvaluationCommandOptions & { effectiveAt?: Date | null };

const signatureTime = (options: SignOptions) =>
  options.effectiveAt ?? undefined;

export const rateCompetency = commandOnEvaluation(
  "rateCompetency",
  (
    evaluation,
    options: EvaluationCommandOptions & {
      competencyKey: string;
      level: string;
      plus: boolean;
      comment?: string | null;
    },
  ) => decideRateCompetency(evaluation.state, options, context(evaluation)),
);

export const reviseRating = commandOnEvaluation(
  "reviseRating",
  (
    evaluation,
    options: EvaluationCommandOptions & {
      competencyKey: string;
      level: string;
      plus: boolean;
      comment?: string | null;
      reason?: string | null;
    },
  ) => decideReviseRating(evaluation.state, options, context(evaluation)),
);

export const addComment = commandOnEvaluation(
  "addComment",
  (
    evaluation,
    options: EvaluationCommandOptions & {
      competencyKey: string | null;
      text: string;
    },
  ) => decideAddComment(evaluation.state, options, context(evaluation)),
);

export const signAsEvaluator = commandOnEvaluation<SignOptions>(
  "signAsEvaluator",
  (
    evaluation,
    options: EvaluationCommandOptions & { effectiveAt?: Date | null },
  ) =>
    decideSignAsEvaluator(
      evaluation.state,
      { effectiveAt: signatureTime(options) },
      context(evaluation),
    ),
  signatureTime,
);

export const acknowledgeEvaluation = commandOnEvaluation<SignOptions>(
  "acknowledgeEvaluation",
  (
    evaluation,
    options: EvaluationCommandOptions & { effectiveAt?: Date | null },
  ) =>
    decideAcknowledge(
      evaluation.state,
      { effectiveAt: signatureTime(options) },
      context(evaluation),
    ),
  signatureTime,
);

export const recordRefusal = commandOnEvaluation<
  SignOptions & { note?: string | null }
>(
  "recordRefusal",
  (
    evaluation,
    options: EvaluationCommandOptions & {
      note?: string | null;
      effectiveAt?: Date | null;
    },
  ) =>
    decideRecordRefusal(
      evaluation.state,
      { note: options.note, effectiveAt: signatureTime(options) },
      context(evaluation),
    ),
  signatureTime,
);

export const attachResponse = commandOnEvaluation(
  "attachResponse",
  async (evaluation, options: EvaluationCommandOptions & { text: string }) => {
    const cycle = await findCycle(
      evaluation.input.db,
      evaluation.state.cycleId,
    );
    return decideAttachResponse(
      evaluation.state,
      { text: options.text },
      {
        ...context(evaluation),
        responseWindowDays: cycle?.responseWindowDays ?? 0,
      },
    );
  },
);

export const signAsReviewer = commandOnEvaluation<SignOptions>(
  "signAsReviewer",
  (
    evaluation,
    options: EvaluationCommandOptions & { effectiveAt?: Date | null },
  ) =>
    decideSignAsReviewer(
      evaluation.state,
      { effectiveAt: signatureTime(options) },
      context(evaluation),
    ),
  signatureTime,
);

export const reopenEvaluation = commandOnEvaluation(
  "reopenEvaluation",
  (evaluation, options: EvaluationCommandOptions & { reason: string }) =>
    decideReopenEvaluation(
      evaluation.state,
      { reason: options.reason },
      context(evaluation),
    ),
);

type ReassignOptions = EvaluationCommandOptions & {
  to: string;
  reason: string;
};

async function requireDirectoryEntry(
  db: Kysely<DatabaseSchema>,
  employeeId: string,
  role: string,
): Promise<void> {
  if ((await findEmployee(db, employeeId)) === null) {
    throw new NotFoundError(
      `No employee ${employeeId} in the directory to act as ${role}.`,
      { employeeId },
    );
  }
}

export const reassignEvaluator = commandOnEvaluation(
  "reassignEvaluator",
  async (evaluation, options: ReassignOptions) => {
    await requireDirectoryEntry(evaluation.input.db, options.to, "evaluator");
    return decideReassignEvaluator(
      evaluation.state,
      { to: options.to, reason: options.reason },
      context(evaluation),
    );
  },
);

export const reassignReviewer = commandOnEvaluation(
  "reassignReviewer",
  async (evaluation, options: ReassignOptions) => {
    await requireDirectoryEntry(evaluation.input.db, options.to, "reviewer");
    return decideReassignReviewer(
      evaluation.state,
      { to: options.to, reason: options.reason },
      context(evaluation),
    );
  },
);

export const voidEvaluation = commandOnEvaluation(
  "voidEvaluation",
  (evaluation, options: EvaluationCommandOptions & { reason: string }) =>
    decideVoidEvaluation(
      evaluation.state,
      { reason: options.reason },
      context(evaluation),
    ),
);
