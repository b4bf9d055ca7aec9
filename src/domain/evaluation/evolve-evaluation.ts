import type {
  CurrentSignatures,
  EvaluationState,
  FoldableEvent,
  Signature,
  SignatureKind,
} from "./evaluation-state";
import { isSignedByEvaluator } from "./evaluation-status";

type EventOf<Type extends FoldableEvent["type"]> = Extract<
  FoldableEvent,
  { type: Type }
>;

/**
 * Applies one event to the state it follows and returns the new state,
 * leaving the input untouched. Pass null as `state` for the first event.
 *
 * Every stream that the decision functions can produce folds without error.
 * Throws a plain Error for a stream that cannot exist, which means:
 * - an event before EvaluationOpened, or a second EvaluationOpened.
 * - a gap in stream versions, or any event after EvaluationVoided.
 * - a second rating of a competency, or a revision of an unrated one.
 * - a sign-off or reopening whose previous step does not count.
 * - a reassignment whose `from` is not the current assignee.
 */
export function evolveEvaluation(
  state: EvaluationState | null,
  event: FoldableEvent,
): EvaluationState {
  if (state === null) {
    if (event.type !== "EvaluationOpened" || event.streamVersion !== 1) {
      throw new Error(
        `An evaluation stream must start with EvaluationOpened at version 1, but it starts with ${event.type} at version ${event.streamVersion}.`,
      );
    }
    return openEvaluation(event);
  }

  if (event.streamVersion !== state.version + 1) {
    throw new Error(
      `Evaluation ${state.id} is at version ${state.version}, so the next event must have version ${state.version + 1}, not ${event.streamVersion}.`,
    );
  }
  if (state.status === "VOIDED") {
    throw new Error(
      `Evaluation ${state.id} was voided, so ${event.type} cannot follow.`,
    );
  }

  return {
    ...applyEvent(state, event),
    version: event.streamVersion,
    lastChangedAt: later(state.lastChangedAt, event.metadata.effectiveAt),
  };
}

/**
 * Folds a whole stream, oldest event first. Returns null for an empty
 * stream. Throws as `evolveEvaluation` does for an impossible stream.
 */
export function foldEvaluation(
  events: Iterable<FoldableEvent>,
): EvaluationState | null {
  let state: EvaluationState | null = null;
  for (const event of events) {
    state = evolveEvaluation(state, event);
  }
  return state;
}

function openEvaluation(event: EventOf<"EvaluationOpened">): EvaluationState {
  const data = event.data;
  return {
    id: data.evaluationId,
    employeeId: data.employeeId,
    cycleId: data.cycleId,
    evaluatorId: data.evaluatorId,
    reviewerId: data.reviewerId,
    framework: { ...data.framework },
    leadershipApplies: data.leadershipApplies,
    employee: { ...data.employee },
    status: "DRAFT",
    version: event.streamVersion,
    openedAt: event.metadata.effectiveAt,
    lastChangedAt: event.metadata.effectiveAt,
    ratings: {},
    comments: [],
    signatures: { evaluator: null, employee: null, reviewer: null },
    signatureHistory: [],
    responses: [],
    reopenCount: 0,
    reopenedAt: null,
    everSigned: false,
    voidedReason: null,
  };
}

function applyEvent(
  state: EvaluationState,
  event: FoldableEvent,
): EvaluationState {
  switch (event.type) {
    case "EvaluationOpened":
      throw new Error(`Evaluation ${state.id} cannot be opened twice.`);
    case "CompetencyRated":
      return applyRating(state, event);
    case "RatingRevised":
      return applyRevision(state, event);
    case "CommentAdded":
      return {
        ...state,
        comments: [
          ...state.comments,
          {
            competencyKey: event.data.competencyKey,
            text: event.data.text,
            authorId: event.metadata.actorId,
            effectiveAt: event.metadata.effectiveAt,
          },
        ],
      };
    case "EvaluatorSigned":
      requireStatus(state, event, ["DRAFT", "REOPENED"]);
      return {
        ...addSignature(state, event, "EVALUATOR_SIGNED", state.evaluatorId),
        status: "AWAITING_EMPLOYEE",
        everSigned: true,
      };
    case "EmployeeAcknowledged":
    case "EmployeeRefusedToSign":
      requireStatus(state, event, ["AWAITING_EMPLOYEE"]);
      return {
        ...addSignature(
          state,
          event,
          event.type === "EmployeeAcknowledged"
            ? "EMPLOYEE_ACKNOWLEDGED"
            : "EMPLOYEE_REFUSED",
          state.employeeId,
        ),
        status: "AWAITING_REVIEWER",
      };
    case "ReviewerSigned":
      requireStatus(state, event, ["AWAITING_REVIEWER"]);
      if (state.reviewerId === null) {
        throw new Error(
          `Evaluation ${state.id} has no reviewer, so ReviewerSigned cannot follow.`,
        );
      }
      return {
        ...addSignature(state, event, "REVIEWER_SIGNED", state.reviewerId),
        status: "FINAL",
      };
    case "EmployeeResponseAttached":
      return {
        ...state,
        responses: [
          ...state.responses,
          {
            text: event.data.text,
            authorId: event.metadata.actorId,
            effectiveAt: event.metadata.effectiveAt,
          },
        ],
      };
    case "EvaluationReopened":
      if (!isSignedByEvaluator(state.status)) {
        throw new Error(
          `Evaluation ${state.id} has no evaluator signature that counts, so it cannot be reopened.`,
        );
      }
      return {
        ...state,
        status: "REOPENED",
        signatures: { evaluator: null, employee: null, reviewer: null },
        signatureHistory: state.signatureHistory.map((entry) => ({
          ...entry,
          counts: false,
        })),
        reopenCount: state.reopenCount + 1,
        reopenedAt: event.metadata.effectiveAt,
      };
    case "EvaluatorReassigned":
      requireAssignee(state, event, state.evaluatorId);
      return { ...state, evaluatorId: event.data.to };
    case "ReviewerReassigned":
      requireAssignee(state, event, state.reviewerId);
      return { ...state, reviewerId: event.data.to };
    case "EvaluationVoided":
      return { ...state, status: "VOIDED", voidedReason: event.data.reason };
  }
}

function applyRating(
  state: EvaluationState,
  event: EventOf<"CompetencyRated">,
): EvaluationState {
  const data = event.data;
  if (state.ratings[data.competencyKey] !== undefined) {
    throw new Error(
      `Competency ${data.competencyKey} of evaluation ${state.id} is already rated, so it can only be revised.`,
    );
  }
  return {
    ...state,
    ratings: {
      ...state.ratings,
      [data.competencyKey]: {
        competencyKey: data.competencyKey,
        level: data.level,
        plus: data.plus,
        comment: data.comment,
        ratedBy: event.metadata.actorId,
        ratedAt: event.metadata.effectiveAt,
        revisedBy: null,
        revisedAt: null,
        revisionReason: null,
        revisionCount: 0,
      },
    },
  };
}

function applyRevision(
  state: EvaluationState,
  event: EventOf<"RatingRevised">,
): EvaluationState {
  const data = event.data;
  const current = state.ratings[data.competencyKey];
  if (current === undefined) {
    throw new Error(
      `Competency ${data.competencyKey} of evaluation ${state.id} is not rated, so it cannot be revised.`,
    );
  }
  return {
    ...state,
    ratings: {
      ...state.ratings,
      [data.competencyKey]: {
        ...current,
        level: data.level,
        plus: data.plus,
        comment: data.comment,
        revisedBy: event.metadata.actorId,
        revisedAt: event.metadata.effectiveAt,
        revisionReason: data.reason,
        revisionCount: current.revisionCount + 1,
      },
    },
  };
}

const partyOfSignature: Record<SignatureKind, keyof CurrentSignatures> = {
  EVALUATOR_SIGNED: "evaluator",
  EMPLOYEE_ACKNOWLEDGED: "employee",
  EMPLOYEE_REFUSED: "employee",
  REVIEWER_SIGNED: "reviewer",
};

function addSignature(
  state: EvaluationState,
  event: EventOf<
    | "EvaluatorSigned"
    | "EmployeeAcknowledged"
    | "EmployeeRefusedToSign"
    | "ReviewerSigned"
  >,
  kind: SignatureKind,
  signatoryId: string,
): EvaluationState {
  const signature: Signature = {
    kind,
    signatoryId,
    recordedBy: event.metadata.actorId,
    effectiveAt: event.metadata.effectiveAt,
    recordedAt: event.recordedAt ?? event.metadata.effectiveAt,
    signedHash: "signedHash" in event.data ? event.data.signedHash : null,
    refusalNote: "note" in event.data ? event.data.note : null,
    streamVersion: event.streamVersion,
  };
  const party = partyOfSignature[kind];
  return {
    ...state,
    signatures: { ...state.signatures, [party]: signature },
    signatureHistory: [
      ...state.signatureHistory,
      { ...signature, counts: true },
    ],
  };
}

function requireStatus(
  state: EvaluationState,
  event: FoldableEvent,
  allowed: EvaluationState["status"][],
): void {
  if (!allowed.includes(state.status)) {
    throw new Error(
      `Evaluation ${state.id} is ${state.status}, so ${event.type} cannot follow.`,
    );
  }
}

function requireAssignee(
  state: EvaluationState,
  event: EventOf<"EvaluatorReassigned" | "ReviewerReassigned">,
  current: string | null,
): void {
  if (event.data.from !== current) {
    throw new Error(
      `${event.type} in evaluation ${state.id} reassigns from ${event.data.from}, but the current assignee is ${current ?? "nobody"}.`,
    );
  }
}

function later(first: string, second: string): string {
  return Date.parse(second) > Date.parse(first) ? second : first;
}
