/**
 * The facts that happen to an evaluation. An evaluation is the stream of
 * these events; nothing is updated or deleted.
 */

/** The framework version an evaluation is pinned to. */
export interface FrameworkRef {
  key: string;
  version: number;
}

/** The employee's directory entry as it stood when the evaluation opened. */
export interface EmployeeSnapshot {
  name: string;
  jobClassification: string;
  unitId: string;
  supervises: boolean;
  reportsTo: string | null;
}

export interface EvaluationOpened {
  type: "EvaluationOpened";
  data: {
    evaluationId: string;
    employeeId: string;
    cycleId: string;
    evaluatorId: string;
    reviewerId: string | null;
    framework: FrameworkRef;
    leadershipApplies: boolean;
    employee: EmployeeSnapshot;
  };
}

export interface CompetencyRated {
  type: "CompetencyRated";
  data: {
    competencyKey: string;
    level: string;
    plus: boolean;
    comment: string | null;
  };
}

export interface RatingRevised {
  type: "RatingRevised";
  data: {
    competencyKey: string;
    level: string;
    plus: boolean;
    comment: string | null;
    previous: { level: string; plus: boolean; comment: string | null };
    /** Reason for the change. Required once the evaluator has ever signed. */
    reason: string | null;
  };
}

export interface CommentAdded {
  type: "CommentAdded";
  /** `competencyKey` is null for an overall comment. */
  data: { competencyKey: string | null; text: string };
}

/**
 * A signature. `signedHash` is the hash of the last event of the stream when
 * the signature was given, so a later change to what was signed shows.
 */
interface SignatureData {
  signedHash: string | null;
}

export interface EvaluatorSigned {
  type: "EvaluatorSigned";
  data: SignatureData;
}

export interface EmployeeAcknowledged {
  type: "EmployeeAcknowledged";
  data: SignatureData;
}

/** Recorded by the evaluator; the evaluation proceeds without the signature. */
export interface EmployeeRefusedToSign {
  type: "EmployeeRefusedToSign";
  data: { note: string | null };
}

export interface EmployeeResponseAttached {
  type: "EmployeeResponseAttached";
  data: { text: string };
}

export interface ReviewerSigned {
  type: "ReviewerSigned";
  data: SignatureData;
}

/** Earlier signatures stay in the stream but stop counting. */
export interface EvaluationReopened {
  type: "EvaluationReopened";
  data: { reason: string };
}

export interface EvaluatorReassigned {
  type: "EvaluatorReassigned";
  data: { from: string; to: string; reason: string };
}

export interface ReviewerReassigned {
  type: "ReviewerReassigned";
  data: { from: string | null; to: string; reason: string };
}

export interface EvaluationVoided {
  type: "EvaluationVoided";
  data: { reason: string };
}

export type EvaluationEvent =
  | EvaluationOpened
  | CompetencyRated
  | RatingRevised
  | CommentAdded
  | EvaluatorSigned
  | EmployeeAcknowledged
  | EmployeeRefusedToSign
  | EmployeeResponseAttached
  | ReviewerSigned
  | EvaluationReopened
  | EvaluatorReassigned
  | ReviewerReassigned
  | EvaluationVoided;

export type EvaluationEventType = EvaluationEvent["type"];

/** Schema version of each event type's `data`, bumped when its shape changes. */
export const evaluationEventSchemaVersion: Record<EvaluationEventType, number> =
  {
    EvaluationOpened: 1,
    CompetencyRated: 1,
    RatingRevised: 1,
    CommentAdded: 1,
    EvaluatorSigned: 1,
    EmployeeAcknowledged: 1,
    EmployeeRefusedToSign: 1,
    EmployeeResponseAttached: 1,
    ReviewerSigned: 1,
    EvaluationReopened: 1,
    EvaluatorReassigned: 1,
    ReviewerReassigned: 1,
    EvaluationVoided: 1,
  };
