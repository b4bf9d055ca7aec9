import type { EventMetadata } from "../../event-store/event-envelope";
import type {
  EmployeeSnapshot,
  EvaluationEvent,
  FrameworkRef,
} from "./evaluation-events";
import type { EvaluationStatus } from "./evaluation-status";

export { evolveEvaluation, foldEvaluation } from "./evolve-evaluation";

/** An evaluation event read back from its stream, ready to be folded. */
export type FoldableEvent = EvaluationEvent & {
  metadata: EventMetadata;
  /** 1 for the EvaluationOpened event, increasing by one. */
  streamVersion: number;
  /**
   * When the event was stored, as an ISO 8601 string. Absent for an event
   * not stored yet, which counts as stored at its effective time.
   */
  recordedAt?: string;
};

/** The current rating of one competency. Times are ISO 8601 strings. */
export interface CompetencyRating {
  competencyKey: string;
  /** Key of a level of the pinned framework's scale, such as `EFFECTIVE`. */
  level: string;
  plus: boolean;
  comment: string | null;
  /** User id of the user who gave the first rating. */
  ratedBy: string;
  /** When the first rating took effect. */
  ratedAt: string;
  /** User id of the user who made the latest revision, or null if none. */
  revisedBy: string | null;
  revisedAt: string | null;
  /** The reason given for the latest revision, if any. */
  revisionReason: string | null;
  revisionCount: number;
}

/** A comment on one competency, or on the whole evaluation. */
export interface EvaluationComment {
  /** Null for an overall comment. */
  competencyKey: string | null;
  text: string;
  /** User id of the author. */
  authorId: string;
  effectiveAt: string;
}

/** The kinds of sign-off, in the order they are given. */
export type SignatureKind =
  | "EVALUATOR_SIGNED"
  | "EMPLOYEE_ACKNOWLEDGED"
  | "EMPLOYEE_REFUSED"
  | "REVIEWER_SIGNED";

/**
 * One sign-off. An employee's refusal to sign is recorded here too, by the
 * evaluator, because the evaluation proceeds on it as on an acknowledgement.
 */
export interface Signature {
  kind: SignatureKind;
  /**
   * Employee id of the party who signed, or who refused. For a refusal this
   * is the evaluated employee, although the evaluator recorded it.
   */
  signatoryId: string;
  /** User id of the user who recorded the sign-off. */
  recordedBy: string;
  /** When the sign-off took effect, which may be before it was recorded. */
  effectiveAt: string;
  /** When the sign-off was recorded, and so first visible to the others. */
  recordedAt: string;
  /** Hash of the stream's last event when signed, or null for a refusal. */
  signedHash: string | null;
  /** The evaluator's note on a refusal, or null for other sign-offs. */
  refusalNote: string | null;
  /** Stream version of the event that recorded the sign-off. */
  streamVersion: number;
}

/** A sign-off as kept in the history, with whether it still counts. */
export interface SignatureHistoryEntry extends Signature {
  /** False once the evaluation has been reopened after this sign-off. */
  counts: boolean;
}

/** The sign-offs that count now, one per party. */
export interface CurrentSignatures {
  evaluator: Signature | null;
  /** The employee's acknowledgement, or the refusal the evaluator recorded. */
  employee: Signature | null;
  reviewer: Signature | null;
}

/** A written response of the employee, kept with the evaluation for good. */
export interface EmployeeResponse {
  text: string;
  /** User id of the employee who attached it. */
  authorId: string;
  effectiveAt: string;
}

/**
 * An evaluation as its events leave it: assignments, ratings, comments,
 * sign-offs and responses. Employee ids refer to directory entries, and user
 * ids to the users who acted (`EventMetadata.actorId`).
 */
export interface EvaluationState {
  id: string;
  /** Employee id of the evaluated employee. */
  employeeId: string;
  cycleId: string;
  /** Employee id of the current evaluator. */
  evaluatorId: string;
  /** Employee id of the current reviewer, or null while none is assigned. */
  reviewerId: string | null;
  /** The framework version the evaluation is pinned to. */
  framework: FrameworkRef;
  /** Whether the Leadership competencies (SUPERVISORS clusters) are rated. */
  leadershipApplies: boolean;
  /** The employee's directory entry when the evaluation was opened. */
  employee: EmployeeSnapshot;
  status: EvaluationStatus;
  /** Stream version of the last event folded into this state. */
  version: number;
  /** When the evaluation was opened. */
  openedAt: string;
  /**
   * The latest effective time of any event, so that a backdated signature
   * cannot predate something it signs.
   */
  lastChangedAt: string;
  /** Current ratings by competency key. */
  ratings: Record<string, CompetencyRating>;
  /** Comments in the order they were added. */
  comments: EvaluationComment[];
  signatures: CurrentSignatures;
  /** Every sign-off ever given, oldest first. */
  signatureHistory: SignatureHistoryEntry[];
  /** Employee responses, oldest first. */
  responses: EmployeeResponse[];
  reopenCount: number;
  /** When the evaluation was last reopened, or null if never. */
  reopenedAt: string | null;
  /** Whether the evaluator has ever signed, even if reopened since. */
  everSigned: boolean;
  /** The reason given when the evaluation was voided, or null. */
  voidedReason: string | null;
}
