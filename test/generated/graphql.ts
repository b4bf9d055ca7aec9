/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  | T
  | {
      [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never;
    };
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
export type AcknowledgeEvaluationInput = {
  /** When the signature was made, if before now. */
  effectiveAt?: string | null | undefined;
  evaluationId: string | number;
  /** The version the client last saw. When the evaluation has moved on, the request fails with VERSION_CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** A key naming this request. Repeating it returns the first result and appends nothing; reusing it for other input fails. */
  idempotencyKey?: string | null | undefined;
};

export type AddCommentInput = {
  /** Omit for an overall comment. */
  competencyKey?: string | null | undefined;
  evaluationId: string | number;
  /** The version the client last saw. When the evaluation has moved on, the request fails with VERSION_CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** A key naming this request. Repeating it returns the first result and appends nothing; reusing it for other input fails. */
  idempotencyKey?: string | null | undefined;
  text: string;
};

/** Filters of the audit log. Every given filter must match, and an absent one matches every event. */
export type AuditLogFilterInput = {
  /** User id of the actor. */
  actorId?: string | null | undefined;
  /** The events of one request. */
  correlationId?: string | null | undefined;
  /** Events of the cycle's evaluations and of the cycle itself. */
  cycleId?: string | number | null | undefined;
  /** Events of the employee's evaluations and of their directory entry. */
  employeeId?: string | null | undefined;
  evaluationId?: string | number | null | undefined;
  /** Any of these event types. */
  eventTypes?: Array<string> | null | undefined;
  /** Recorded at or after this time. */
  from?: string | null | undefined;
  streamId?: string | null | undefined;
  /** Recorded before this time. */
  to?: string | null | undefined;
  /** Events of evaluations opened while the employee was in the unit, and directory changes that name it. */
  unitId?: string | null | undefined;
};

/** The order of the audit log, by position in the global log. */
export type AuditLogOrder = "NEWEST_FIRST" | "OLDEST_FIRST";

/** Why a stored event fails verification. */
export type ChainProblemCode =
  /** Two events claim the same version. */
  | "DUPLICATE_VERSION"
  /** The event's content no longer gives its hash, so it was changed. */
  | "HASH_MISMATCH"
  /** The stream's recorded version or last hash disagrees with its last event. */
  | "HEAD_MISMATCH"
  /** Stream versions are missing, so events were deleted. */
  | "MISSING_EVENTS"
  /** The event sits before its predecessor in the global log. */
  | "OUT_OF_ORDER"
  /** The event does not link to its predecessor's hash, so an event was removed, inserted or moved. */
  | "PREVIOUS_HASH_MISMATCH"
  /** A signature's signed hash is not the hash of the event before it. */
  | "SIGNED_HASH_MISMATCH";

/** Who a cluster's competencies are rated for. */
export type ClusterAudience =
  /** Every employee. */
  | "ALL_EMPLOYEES"
  /** Supervisors and managers only. */
  | "SUPERVISORS";

export type CreateCycleInput = {
  /** Last day, YYYY-MM-DD. */
  endsOn: string;
  frameworkKey?: string | null | undefined;
  /** Latest published version when omitted. */
  frameworkVersion?: number | null | undefined;
  /** Job classifications in scope, matched ignoring case; empty means all. */
  jobClassifications?: Array<string>;
  name: string;
  /** Days after the evaluator signs during which the employee may respond. */
  responseWindowDays: number;
  /** First day, YYYY-MM-DD. */
  startsOn: string;
  /** Units in scope, each covering every unit below it; empty means all. */
  unitIds?: Array<string>;
};

/** Units and employees to bring into the directory, applied all together or not at all. */
export type DirectoryLoadInput = {
  /** UTC day the changes took effect, YYYY-MM-DD, today or earlier; today when omitted. */
  effectiveOn?: string | null | undefined;
  /** Supervisors may come after the staff who report to them. */
  employees?: Array<EmployeeInput>;
  /** Parents may come after their children. */
  units?: Array<UnitInput>;
};

/** What each group of a rating distribution stands for. */
export type DistributionGrouping = "CLUSTER" | "COMPETENCY";

/** A directory entry as it should stand from now on. */
export type EmployeeInput = {
  employeeId: string;
  jobClassification: string;
  name: string;
  reportsTo?: string | null | undefined;
  supervises: boolean;
  unitId: string;
};

/** A party to one evaluation. */
export type EvaluationParty = "EMPLOYEE" | "EVALUATOR" | "REVIEWER";

/** Where an evaluation stands, derived from its events. */
export type EvaluationStatus =
  /** The evaluator signed; the employee acknowledges next, or the evaluator records a refusal. */
  | "AWAITING_EMPLOYEE"
  /** The employee acknowledged or refused; the reviewer signs next. */
  | "AWAITING_REVIEWER"
  /** Opened; the evaluator is rating. */
  | "DRAFT"
  /** The reviewer signed. */
  | "FINAL"
  /** Reopened after a signature; earlier signatures no longer count. */
  | "REOPENED"
  /** Opened in error; nothing more happens to it. */
  | "VOIDED";

export type OpenEvaluationInput = {
  cycleId: string | number;
  employeeId: string;
  /** Defaults to the employee's supervisor. */
  evaluatorId?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  /** Defaults to the evaluator's supervisor. */
  reviewerId?: string | null | undefined;
};

export type RateCompetencyInput = {
  comment?: string | null | undefined;
  competencyKey: string;
  evaluationId: string | number;
  /** The version the client last saw. When the evaluation has moved on, the request fails with VERSION_CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** A key naming this request. Repeating it returns the first result and appends nothing; reusing it for other input fails. */
  idempotencyKey?: string | null | undefined;
  /** Level key, such as EFFECTIVE. */
  level: string;
  plus?: boolean;
};

/** Which final evaluations an aggregate covers. */
export type RatingDistributionInput = {
  cycleId: string | number;
  groupBy?: DistributionGrouping;
  jobClassification?: string | null | undefined;
  /** A unit and every unit below it, by the unit at opening. */
  unitId?: string | null | undefined;
};

export type ReasonInput = {
  evaluationId: string | number;
  /** The version the client last saw. When the evaluation has moved on, the request fails with VERSION_CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** A key naming this request. Repeating it returns the first result and appends nothing; reusing it for other input fails. */
  idempotencyKey?: string | null | undefined;
  reason: string;
};

export type ReassignInput = {
  evaluationId: string | number;
  /** The version the client last saw. When the evaluation has moved on, the request fails with VERSION_CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** A key naming this request. Repeating it returns the first result and appends nothing; reusing it for other input fails. */
  idempotencyKey?: string | null | undefined;
  reason: string;
  /** Employee id of the new party. */
  to: string;
};

export type ReviseRatingInput = {
  comment?: string | null | undefined;
  competencyKey: string;
  evaluationId: string | number;
  /** The version the client last saw. When the evaluation has moved on, the request fails with VERSION_CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** A key naming this request. Repeating it returns the first result and appends nothing; reusing it for other input fails. */
  idempotencyKey?: string | null | undefined;
  /** Level key, such as EFFECTIVE. */
  level: string;
  plus?: boolean;
  /** Required once the evaluator has ever signed the evaluation. */
  reason?: string | null | undefined;
};

export type SignAsEvaluatorInput = {
  /** When the signature was made, if before now. */
  effectiveAt?: string | null | undefined;
  evaluationId: string | number;
  /** The version the client last saw. When the evaluation has moved on, the request fails with VERSION_CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** A key naming this request. Repeating it returns the first result and appends nothing; reusing it for other input fails. */
  idempotencyKey?: string | null | undefined;
};

export type SignAsReviewerInput = {
  /** When the signature was made, if before now. */
  effectiveAt?: string | null | undefined;
  evaluationId: string | number;
  /** The version the client last saw. When the evaluation has moved on, the request fails with VERSION_CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** A key naming this request. Repeating it returns the first result and appends nothing; reusing it for other input fails. */
  idempotencyKey?: string | null | undefined;
};

/** A kind of sign-off, in the order they are given. */
export type SignatureKind =
  /** The employee signed for receipt, which is not agreement. */
  | "EMPLOYEE_ACKNOWLEDGED"
  /** The evaluator recorded that the employee refused to sign. */
  | "EMPLOYEE_REFUSED"
  | "EVALUATOR_SIGNED"
  | "REVIEWER_SIGNED";

/** An organisational unit as it should stand. */
export type UnitInput = {
  kind: UnitKind;
  name: string;
  /** Required for every kind but DISTRICT. */
  parentId?: string | null | undefined;
  unitId: string;
};

/** A kind of organisational unit. A district is the top of the tree; every other unit has a parent. */
export type UnitKind = "DISTRICT" | "DIVISION" | "OFFICE" | "SCHOOL";

export type RatingDistributionQueryVariables = Exact<{
  input: RatingDistributionInput;
}>;

export type RatingDistributionQuery = {
  ratingDistribution: {
    minimumGroupSize: number;
    evaluatedEmployees: number | null;
    suppressed: boolean;
    suppressionReason: string | null;
    groups: Array<{
      key: string;
      name: string;
      ratingCount: number;
      plusCount: number;
      averagePoints: number | null;
      levels: Array<{ level: string; name: string; count: number }>;
    }>;
  };
};

export type AuditEventFieldsFragment = {
  globalPosition: string;
  eventId: string;
  streamId: string;
  streamVersion: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  actorId: string;
  recordedAt: string;
  effectiveAt: string;
  correlationId: string;
  causationId: string | null;
  reason: string | null;
  previousHash: string;
  hash: string;
  subject: {
    evaluationId: string | null;
    employeeId: string | null;
    cycleId: string | null;
    unitId: string | null;
  };
};

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilterInput | null | undefined;
  order?: AuditLogOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type AuditLogQuery = {
  auditLog: {
    edges: Array<{
      cursor: string;
      node: {
        globalPosition: string;
        eventId: string;
        streamId: string;
        streamVersion: number;
        type: string;
        schemaVersion: number;
        data: unknown;
        actorId: string;
        recordedAt: string;
        effectiveAt: string;
        correlationId: string;
        causationId: string | null;
        reason: string | null;
        previousHash: string;
        hash: string;
        subject: {
          evaluationId: string | null;
          employeeId: string | null;
          cycleId: string | null;
          unitId: string | null;
        };
      };
    }>;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
};

export type VerifyLedgerQueryVariables = Exact<{
  streamId?: string | null | undefined;
  evaluationId?: string | number | null | undefined;
}>;

export type VerifyLedgerQuery = {
  verifyLedger: {
    intact: boolean;
    checkedStreams: number;
    checkedEvents: number;
    startedAt: string;
    finishedAt: string;
    brokenStreams: Array<{
      streamId: string;
      streamVersion: number;
      eventId: string | null;
      globalPosition: string | null;
      problems: Array<{ code: ChainProblemCode; message: string }>;
    }>;
  };
};

export type ReviseRatingMutationVariables = Exact<{
  input: ReviseRatingInput;
}>;

export type ReviseRatingMutation = {
  reviseRating: { id: string; version: number };
};

export type ReopenEvaluationMutationVariables = Exact<{
  input: ReasonInput;
}>;

export type ReopenEvaluationMutation = {
  reopenEvaluation: { id: string; version: number; status: EvaluationStatus };
};

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type AddCommentMutation = {
  addComment: { id: string; version: number };
};

export type RateTwoCompetenciesMutationVariables = Exact<{
  first: RateCompetencyInput;
  second: RateCompetencyInput;
}>;

export type RateTwoCompetenciesMutation = {
  first: { id: string; version: number };
  second: { id: string; version: number };
};

export type CycleFieldsFragment = {
  cycleId: string;
  name: string;
  status: string;
  unitIds: Array<string>;
  jobClassifications: Array<string>;
  launchCount: number;
  lastLaunchedAt: string | null;
  closedAt: string | null;
};

export type CycleQueryVariables = Exact<{
  cycleId: string | number;
}>;

export type CycleQuery = {
  cycle: {
    cycleId: string;
    name: string;
    status: string;
    unitIds: Array<string>;
    jobClassifications: Array<string>;
    launchCount: number;
    lastLaunchedAt: string | null;
    closedAt: string | null;
  };
};

export type LaunchCycleMutationVariables = Exact<{
  cycleId: string | number;
}>;

export type LaunchCycleMutation = {
  launchCycle: {
    launchEventId: string;
    inScopeCount: number;
    openedCount: number;
    withoutReviewer: Array<string>;
    cycle: {
      cycleId: string;
      name: string;
      status: string;
      unitIds: Array<string>;
      jobClassifications: Array<string>;
      launchCount: number;
      lastLaunchedAt: string | null;
      closedAt: string | null;
    };
    opened: Array<{
      evaluationId: string;
      employeeId: string;
      evaluatorId: string;
      reviewerId: string | null;
    }>;
    alreadyOpen: Array<{ employeeId: string; evaluationId: string }>;
    skipped: Array<{ employeeId: string; reason: string; message: string }>;
  };
};

export type CloseCycleMutationVariables = Exact<{
  cycleId: string | number;
  reason?: string | null | undefined;
}>;

export type CloseCycleMutation = {
  closeCycle: {
    closeEventId: string;
    cycle: {
      cycleId: string;
      name: string;
      status: string;
      unitIds: Array<string>;
      jobClassifications: Array<string>;
      launchCount: number;
      lastLaunchedAt: string | null;
      closedAt: string | null;
    };
    notFinal: Array<{
      evaluationId: string;
      employeeId: string;
      employeeName: string;
      evaluatorId: string;
      reviewerId: string | null;
      status: EvaluationStatus;
    }>;
  };
};

export type CycleEvaluationsQueryVariables = Exact<{
  cycleId: string | number;
  status?: EvaluationStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type CycleEvaluationsQuery = {
  cycleEvaluations: {
    nextCursor: string | null;
    evaluations: Array<{
      id: string;
      employeeId: string;
      evaluatorId: string;
      reviewerId: string | null;
      status: EvaluationStatus;
      leadershipApplies: boolean;
      version: number;
    }>;
  };
};

export type RateInBriefMutationVariables = Exact<{
  input: RateCompetencyInput;
}>;

export type RateInBriefMutation = {
  rateCompetency: { id: string; version: number };
};

export type SignAsEvaluatorInBriefMutationVariables = Exact<{
  input: SignAsEvaluatorInput;
}>;

export type SignAsEvaluatorInBriefMutation = {
  signAsEvaluator: { id: string; status: EvaluationStatus };
};

export type AcknowledgeInBriefMutationVariables = Exact<{
  input: AcknowledgeEvaluationInput;
}>;

export type AcknowledgeInBriefMutation = {
  acknowledgeEvaluation: { id: string; status: EvaluationStatus };
};

export type SignAsReviewerInBriefMutationVariables = Exact<{
  input: SignAsReviewerInput;
}>;

export type SignAsReviewerInBriefMutation = {
  signAsReviewer: { id: string; status: EvaluationStatus };
};

export type ReassignReviewerInBriefMutationVariables = Exact<{
  input: ReassignInput;
}>;

export type ReassignReviewerInBriefMutation = {
  reassignReviewer: { id: string; reviewerId: string | null };
};

export type RateEvaluationMutationVariables = Exact<{
  leadership: boolean;
  r1: RateCompetencyInput;
  r2: RateCompetencyInput;
  r3: RateCompetencyInput;
  r4: RateCompetencyInput;
  r5: RateCompetencyInput;
  r6: RateCompetencyInput;
  r7: RateCompetencyInput;
  r8: RateCompetencyInput;
  r9: RateCompetencyInput;
  r10: RateCompetencyInput;
  r11: RateCompetencyInput;
  r12: RateCompetencyInput;
  r13: RateCompetencyInput;
  r14: RateCompetencyInput;
  r15: RateCompetencyInput;
  r16: RateCompetencyInput;
  r17: RateCompetencyInput;
  r18: RateCompetencyInput;
  r19: RateCompetencyInput;
  r20: RateCompetencyInput;
  r21: RateCompetencyInput;
  r22: RateCompetencyInput;
  r23: RateCompetencyInput;
  r24: RateCompetencyInput;
}>;

export type RateEvaluationMutation = {
  r1: { version: number };
  r2: { version: number };
  r3: { version: number };
  r4: { version: number };
  r5: { version: number };
  r6: { version: number };
  r7: { version: number };
  r8: { version: number };
  r9: { version: number };
  r10: { version: number };
  r11: { version: number };
  r12: { version: number };
  r13: { version: number };
  r14: { version: number };
  r15: { version: number };
  r16: { version: number };
  r17: { version: number };
  r18: { version: number };
  r19: { version: number };
  r20: { version: number };
  r21: { version: number };
  r22?: { version: number };
  r23?: { version: number };
  r24?: { version: number };
};

export type RecordEmployeeMutationVariables = Exact<{
  input: EmployeeInput;
}>;

export type RecordEmployeeMutation = {
  recordEmployee: {
    employeeId: string;
    name: string;
    jobClassification: string;
    unitId: string;
    supervises: boolean;
    reportsTo: string | null;
    version: number;
  };
};

export type CreateCycleMutationVariables = Exact<{
  input: CreateCycleInput;
}>;

export type CreateCycleMutation = {
  createCycle: {
    cycleId: string;
    name: string;
    startsOn: string;
    endsOn: string;
    responseWindowDays: number;
    frameworkKey: string;
    frameworkVersion: number;
    status: string;
  };
};

export type EmployeeFieldsFragment = {
  employeeId: string;
  name: string;
  jobClassification: string;
  unitId: string;
  supervises: boolean;
  reportsTo: string | null;
  version: number;
  effectiveOn: string | null;
};

export type LoadDirectoryMutationVariables = Exact<{
  input: DirectoryLoadInput;
}>;

export type LoadDirectoryMutation = {
  loadDirectory: {
    effectiveOn: string;
    units: {
      registered: Array<string>;
      updated: Array<string>;
      unchanged: number;
    };
    employees: {
      registered: Array<string>;
      updated: Array<string>;
      unchanged: number;
    };
  };
};

export type EmployeeQueryVariables = Exact<{
  employeeId: string;
  asOf?: string | null | undefined;
}>;

export type EmployeeQuery = {
  employee: {
    employeeId: string;
    name: string;
    jobClassification: string;
    unitId: string;
    supervises: boolean;
    reportsTo: string | null;
    version: number;
    effectiveOn: string | null;
  };
};

export type UnitEmployeesQueryVariables = Exact<{
  unitId: string;
  asOf?: string | null | undefined;
  includeSubunits?: boolean | null | undefined;
  first?: number | null | undefined;
  afterEmployeeId?: string | null | undefined;
}>;

export type UnitEmployeesQuery = {
  unitEmployees: {
    nextAfterEmployeeId: string | null;
    employees: Array<{
      employeeId: string;
      name: string;
      jobClassification: string;
      unitId: string;
      supervises: boolean;
      reportsTo: string | null;
      version: number;
      effectiveOn: string | null;
    }>;
  };
};

export type UnitQueryVariables = Exact<{
  unitId: string;
  asOf?: string | null | undefined;
}>;

export type UnitQuery = {
  unit: {
    unitId: string;
    name: string;
    kind: UnitKind;
    parentId: string | null;
    version: number;
    effectiveOn: string;
  };
};

export type UnitsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;

export type UnitsQuery = {
  units: Array<{
    unitId: string;
    name: string;
    kind: UnitKind;
    parentId: string | null;
    version: number;
    effectiveOn: string;
  }>;
};

export type EvaluationFieldsFragment = {
  id: string;
  employeeId: string;
  cycleId: string;
  evaluatorId: string;
  reviewerId: string | null;
  status: EvaluationStatus;
  version: number;
  leadershipApplies: boolean;
  frameworkKey: string;
  framework: { version: number };
  employee: {
    name: string;
    jobClassification: string;
    unitId: string;
    supervises: boolean;
    reportsTo: string | null;
  };
  ratings: Array<{
    competencyKey: string;
    competencyName: string;
    level: string;
    levelName: string;
    plus: boolean;
    points: number;
    comment: string | null;
    ratedBy: string;
    revisionCount: number;
  }>;
  unratedCompetencies: Array<{ key: string }>;
  signatures: {
    evaluator: {
      kind: SignatureKind;
      signatoryId: string;
      effectiveAt: string;
      signedHash: string | null;
    } | null;
    employee: { kind: SignatureKind; signatoryId: string } | null;
    reviewer: { kind: SignatureKind; signatoryId: string } | null;
  };
  nextAction: { party: EvaluationParty | null; employeeId: string | null };
};

export type EvaluationQueryVariables = Exact<{
  id: string | number;
}>;

export type EvaluationQuery = {
  evaluation: {
    id: string;
    employeeId: string;
    cycleId: string;
    evaluatorId: string;
    reviewerId: string | null;
    status: EvaluationStatus;
    version: number;
    leadershipApplies: boolean;
    frameworkKey: string;
    framework: { version: number };
    employee: {
      name: string;
      jobClassification: string;
      unitId: string;
      supervises: boolean;
      reportsTo: string | null;
    };
    ratings: Array<{
      competencyKey: string;
      competencyName: string;
      level: string;
      levelName: string;
      plus: boolean;
      points: number;
      comment: string | null;
      ratedBy: string;
      revisionCount: number;
    }>;
    unratedCompetencies: Array<{ key: string }>;
    signatures: {
      evaluator: {
        kind: SignatureKind;
        signatoryId: string;
        effectiveAt: string;
        signedHash: string | null;
      } | null;
      employee: { kind: SignatureKind; signatoryId: string } | null;
      reviewer: { kind: SignatureKind; signatoryId: string } | null;
    };
    nextAction: { party: EvaluationParty | null; employeeId: string | null };
  };
};

export type OpenEvaluationMutationVariables = Exact<{
  input: OpenEvaluationInput;
}>;

export type OpenEvaluationMutation = {
  openEvaluation: {
    id: string;
    employeeId: string;
    cycleId: string;
    evaluatorId: string;
    reviewerId: string | null;
    status: EvaluationStatus;
    version: number;
    leadershipApplies: boolean;
    frameworkKey: string;
    framework: { version: number };
    employee: {
      name: string;
      jobClassification: string;
      unitId: string;
      supervises: boolean;
      reportsTo: string | null;
    };
    ratings: Array<{
      competencyKey: string;
      competencyName: string;
      level: string;
      levelName: string;
      plus: boolean;
      points: number;
      comment: string | null;
      ratedBy: string;
      revisionCount: number;
    }>;
    unratedCompetencies: Array<{ key: string }>;
    signatures: {
      evaluator: {
        kind: SignatureKind;
        signatoryId: string;
        effectiveAt: string;
        signedHash: string | null;
      } | null;
      employee: { kind: SignatureKind; signatoryId: string } | null;
      reviewer: { kind: SignatureKind; signatoryId: string } | null;
    };
    nextAction: { party: EvaluationParty | null; employeeId: string | null };
  };
};

export type RateCompetencyMutationVariables = Exact<{
  input: RateCompetencyInput;
}>;

export type RateCompetencyMutation = {
  rateCompetency: {
    id: string;
    employeeId: string;
    cycleId: string;
    evaluatorId: string;
    reviewerId: string | null;
    status: EvaluationStatus;
    version: number;
    leadershipApplies: boolean;
    frameworkKey: string;
    framework: { version: number };
    employee: {
      name: string;
      jobClassification: string;
      unitId: string;
      supervises: boolean;
      reportsTo: string | null;
    };
    ratings: Array<{
      competencyKey: string;
      competencyName: string;
      level: string;
      levelName: string;
      plus: boolean;
      points: number;
      comment: string | null;
      ratedBy: string;
      revisionCount: number;
    }>;
    unratedCompetencies: Array<{ key: string }>;
    signatures: {
      evaluator: {
        kind: SignatureKind;
        signatoryId: string;
        effectiveAt: string;
        signedHash: string | null;
      } | null;
      employee: { kind: SignatureKind; signatoryId: string } | null;
      reviewer: { kind: SignatureKind; signatoryId: string } | null;
    };
    nextAction: { party: EvaluationParty | null; employeeId: string | null };
  };
};

export type SignAsEvaluatorMutationVariables = Exact<{
  input: SignAsEvaluatorInput;
}>;

export type SignAsEvaluatorMutation = {
  signAsEvaluator: {
    id: string;
    employeeId: string;
    cycleId: string;
    evaluatorId: string;
    reviewerId: string | null;
    status: EvaluationStatus;
    version: number;
    leadershipApplies: boolean;
    frameworkKey: string;
    framework: { version: number };
    employee: {
      name: string;
      jobClassification: string;
      unitId: string;
      supervises: boolean;
      reportsTo: string | null;
    };
    ratings: Array<{
      competencyKey: string;
      competencyName: string;
      level: string;
      levelName: string;
      plus: boolean;
      points: number;
      comment: string | null;
      ratedBy: string;
      revisionCount: number;
    }>;
    unratedCompetencies: Array<{ key: string }>;
    signatures: {
      evaluator: {
        kind: SignatureKind;
        signatoryId: string;
        effectiveAt: string;
        signedHash: string | null;
      } | null;
      employee: { kind: SignatureKind; signatoryId: string } | null;
      reviewer: { kind: SignatureKind; signatoryId: string } | null;
    };
    nextAction: { party: EvaluationParty | null; employeeId: string | null };
  };
};

export type FrameworkQueryVariables = Exact<{
  key: string;
  version?: number | null | undefined;
}>;

export type FrameworkQuery = {
  framework: {
    id: string;
    key: string;
    version: number;
    name: string;
    contentHash: string;
    scale: {
      levels: Array<{
        key: string;
        name: string;
        description: string;
        points: number;
      }>;
      plus: {
        name: string;
        description: string;
        points: number;
        allowedOn: Array<string>;
      };
    };
    policy: { commentRequiredOnLevels: Array<string> };
    earlierFramework: { name: string; competencies: Array<string> } | null;
    clusters: Array<{
      key: string;
      name: string;
      definition: string;
      appliesTo: ClusterAudience;
      competencies: Array<{
        key: string;
        name: string;
        indicators: Array<string>;
        alignedWith: Array<string>;
        continues: string | null;
      }>;
    }>;
  };
};

export type LatestFrameworkQueryVariables = Exact<{ [key: string]: never }>;

export type LatestFrameworkQuery = {
  framework: { key: string; version: number };
};

export type PublishFrameworkVersionMutationVariables = Exact<{
  definition: unknown;
}>;

export type PublishFrameworkVersionMutation = {
  publishFrameworkVersion: {
    key: string;
    version: number;
    contentHash: string;
    competencies: Array<{
      key: string;
      name: string;
      continues: string | null;
    }>;
  };
};

export type RatingLineageQueryVariables = Exact<{
  evaluationId: string | number;
  competencyKey: string;
}>;

export type RatingLineageQuery = {
  ratingLineage: Array<{
    competencyKey: string;
    eventType: string;
    eventId: string;
    streamVersion: number;
    level: string;
    levelName: string;
    plus: boolean;
    comment: string | null;
    actorId: string;
    recordedAt: string;
    effectiveAt: string;
    reason: string | null;
    correlationId: string;
    hash: string;
    previous: { level: string; plus: boolean; comment: string | null } | null;
  }>;
};

export type EvaluationAsOfQueryVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
  version?: number | null | undefined;
}>;

export type EvaluationAsOfQuery = {
  evaluationAsOf: {
    version: number;
    recordedAt: string | null;
    explanation: string | null;
    evaluation: {
      id: string;
      status: EvaluationStatus;
      version: number;
      ratings: Array<{
        competencyKey: string;
        level: string;
        plus: boolean;
        comment: string | null;
        revisionCount: number;
      }>;
      comments: Array<{ competencyKey: string | null; text: string }>;
      signatures: {
        evaluator: {
          kind: SignatureKind;
          signedHash: string | null;
          streamVersion: number;
        } | null;
      };
      signatureHistory: Array<{
        kind: SignatureKind;
        streamVersion: number;
        counts: boolean;
      }>;
    } | null;
  };
};

export type DirectoryAsOfQueryVariables = Exact<{
  date: string;
  employeeId?: string | null | undefined;
  unitId?: string | null | undefined;
}>;

export type DirectoryAsOfQuery = {
  directoryAsOf: {
    date: string;
    employees: Array<{
      employeeId: string;
      name: string;
      jobClassification: string;
      unitId: string;
      supervises: boolean;
      reportsTo: string | null;
      effectiveOn: string;
      version: number;
    }>;
    units: Array<{
      unitId: string;
      name: string;
      kind: string;
      parentId: string | null;
      effectiveOn: string;
      version: number;
    }>;
  };
};

export type FrameworksAsOfQueryVariables = Exact<{
  date: string;
}>;

export type FrameworksAsOfQuery = {
  frameworksAsOf: Array<{ key: string; version: number; contentHash: string }>;
};

export const AuditEventFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuditEventFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "AuditEvent" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "globalPosition" } },
          { kind: "Field", name: { kind: "Name", value: "eventId" } },
          { kind: "Field", name: { kind: "Name", value: "streamId" } },
          { kind: "Field", name: { kind: "Name", value: "streamVersion" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "schemaVersion" } },
          { kind: "Field", name: { kind: "Name", value: "data" } },
          { kind: "Field", name: { kind: "Name", value: "actorId" } },
          { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
          { kind: "Field", name: { kind: "Name", value: "effectiveAt" } },
          { kind: "Field", name: { kind: "Name", value: "correlationId" } },
          { kind: "Field", name: { kind: "Name", value: "causationId" } },
          { kind: "Field", name: { kind: "Name", value: "reason" } },
          { kind: "Field", name: { kind: "Name", value: "previousHash" } },
          { kind: "Field", name: { kind: "Name", value: "hash" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subject" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluationId" },
                },
                { kind: "Field", name: { kind: "Name", value: "employeeId" } },
                { kind: "Field", name: { kind: "Name", value: "cycleId" } },
                { kind: "Field", name: { kind: "Name", value: "unitId" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEventFieldsFragment, unknown>;
export const CycleFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CycleFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cycle" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "cycleId" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "unitIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "jobClassifications" },
          },
          { kind: "Field", name: { kind: "Name", value: "launchCount" } },
          { kind: "Field", name: { kind: "Name", value: "lastLaunchedAt" } },
          { kind: "Field", name: { kind: "Name", value: "closedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CycleFieldsFragment, unknown>;
export const EmployeeFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EmployeeFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Employee" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "employeeId" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "jobClassification" } },
          { kind: "Field", name: { kind: "Name", value: "unitId" } },
          { kind: "Field", name: { kind: "Name", value: "supervises" } },
          { kind: "Field", name: { kind: "Name", value: "reportsTo" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "effectiveOn" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployeeFieldsFragment, unknown>;
export const EvaluationFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvaluationFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Evaluation" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "employeeId" } },
          { kind: "Field", name: { kind: "Name", value: "cycleId" } },
          { kind: "Field", name: { kind: "Name", value: "evaluatorId" } },
          { kind: "Field", name: { kind: "Name", value: "reviewerId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "leadershipApplies" } },
          { kind: "Field", name: { kind: "Name", value: "frameworkKey" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "framework" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "employee" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "jobClassification" },
                },
                { kind: "Field", name: { kind: "Name", value: "unitId" } },
                { kind: "Field", name: { kind: "Name", value: "supervises" } },
                { kind: "Field", name: { kind: "Name", value: "reportsTo" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "ratings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "competencyKey" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "competencyName" },
                },
                { kind: "Field", name: { kind: "Name", value: "level" } },
                { kind: "Field", name: { kind: "Name", value: "levelName" } },
                { kind: "Field", name: { kind: "Name", value: "plus" } },
                { kind: "Field", name: { kind: "Name", value: "points" } },
                { kind: "Field", name: { kind: "Name", value: "comment" } },
                { kind: "Field", name: { kind: "Name", value: "ratedBy" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revisionCount" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "unratedCompetencies" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "key" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "signatures" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluator" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatoryId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "effectiveAt" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signedHash" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "employee" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatoryId" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "reviewer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatoryId" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "nextAction" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "party" } },
                { kind: "Field", name: { kind: "Name", value: "employeeId" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationFieldsFragment, unknown>;
export const RatingDistributionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RatingDistribution" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RatingDistributionInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "ratingDistribution" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "minimumGroupSize" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluatedEmployees" },
                },
                { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "suppressionReason" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "groups" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "key" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "ratingCount" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "plusCount" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "averagePoints" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "levels" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "level" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "name" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "count" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RatingDistributionQuery,
  RatingDistributionQueryVariables
>;
export const AuditLogDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AuditLog" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "filter" },
          },
          type: {
            kind: "NamedType",
            name: { kind: "Name", value: "AuditLogFilterInput" },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "order" },
          },
          type: {
            kind: "NamedType",
            name: { kind: "Name", value: "AuditLogOrder" },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "first" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "after" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "last" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "before" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "auditLog" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "filter" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "order" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "order" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "first" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "after" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "last" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "last" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "before" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "before" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "cursor" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "FragmentSpread",
                              name: { kind: "Name", value: "AuditEventFields" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "hasNextPage" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "hasPreviousPage" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "startCursor" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "endCursor" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuditEventFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "AuditEvent" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "globalPosition" } },
          { kind: "Field", name: { kind: "Name", value: "eventId" } },
          { kind: "Field", name: { kind: "Name", value: "streamId" } },
          { kind: "Field", name: { kind: "Name", value: "streamVersion" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "schemaVersion" } },
          { kind: "Field", name: { kind: "Name", value: "data" } },
          { kind: "Field", name: { kind: "Name", value: "actorId" } },
          { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
          { kind: "Field", name: { kind: "Name", value: "effectiveAt" } },
          { kind: "Field", name: { kind: "Name", value: "correlationId" } },
          { kind: "Field", name: { kind: "Name", value: "causationId" } },
          { kind: "Field", name: { kind: "Name", value: "reason" } },
          { kind: "Field", name: { kind: "Name", value: "previousHash" } },
          { kind: "Field", name: { kind: "Name", value: "hash" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subject" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluationId" },
                },
                { kind: "Field", name: { kind: "Name", value: "employeeId" } },
                { kind: "Field", name: { kind: "Name", value: "cycleId" } },
                { kind: "Field", name: { kind: "Name", value: "unitId" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const VerifyLedgerDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "VerifyLedger" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "streamId" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "evaluationId" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "verifyLedger" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "streamId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "streamId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "evaluationId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "evaluationId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "intact" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "checkedStreams" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "checkedEvents" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "brokenStreams" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "streamId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "streamVersion" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "eventId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "globalPosition" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "problems" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "code" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "message" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "startedAt" } },
                { kind: "Field", name: { kind: "Name", value: "finishedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyLedgerQuery, VerifyLedgerQueryVariables>;
export const ReviseRatingDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ReviseRating" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "ReviseRatingInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "reviseRating" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ReviseRatingMutation,
  ReviseRatingMutationVariables
>;
export const ReopenEvaluationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ReopenEvaluation" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "ReasonInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "reopenEvaluation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ReopenEvaluationMutation,
  ReopenEvaluationMutationVariables
>;
export const AddCommentDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AddComment" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "AddCommentInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addComment" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const RateTwoCompetenciesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RateTwoCompetencies" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "first" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "second" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            alias: { kind: "Name", value: "first" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "first" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "second" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "second" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RateTwoCompetenciesMutation,
  RateTwoCompetenciesMutationVariables
>;
export const CycleDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Cycle" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "cycleId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cycle" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "cycleId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "cycleId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "CycleFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CycleFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cycle" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "cycleId" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "unitIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "jobClassifications" },
          },
          { kind: "Field", name: { kind: "Name", value: "launchCount" } },
          { kind: "Field", name: { kind: "Name", value: "lastLaunchedAt" } },
          { kind: "Field", name: { kind: "Name", value: "closedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CycleQuery, CycleQueryVariables>;
export const LaunchCycleDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "LaunchCycle" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "cycleId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "launchCycle" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "cycleId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "cycleId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "cycle" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "CycleFields" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "launchEventId" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "inScopeCount" },
                },
                { kind: "Field", name: { kind: "Name", value: "openedCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "opened" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "evaluationId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "employeeId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "evaluatorId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "reviewerId" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "alreadyOpen" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "employeeId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "evaluationId" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "skipped" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "employeeId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "reason" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "message" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "withoutReviewer" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CycleFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cycle" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "cycleId" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "unitIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "jobClassifications" },
          },
          { kind: "Field", name: { kind: "Name", value: "launchCount" } },
          { kind: "Field", name: { kind: "Name", value: "lastLaunchedAt" } },
          { kind: "Field", name: { kind: "Name", value: "closedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LaunchCycleMutation, LaunchCycleMutationVariables>;
export const CloseCycleDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CloseCycle" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "cycleId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "reason" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "closeCycle" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "cycleId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "cycleId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "reason" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "reason" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "cycle" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "CycleFields" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "closeEventId" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "notFinal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "evaluationId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "employeeId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "employeeName" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "evaluatorId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "reviewerId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "status" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CycleFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Cycle" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "cycleId" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "unitIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "jobClassifications" },
          },
          { kind: "Field", name: { kind: "Name", value: "launchCount" } },
          { kind: "Field", name: { kind: "Name", value: "lastLaunchedAt" } },
          { kind: "Field", name: { kind: "Name", value: "closedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseCycleMutation, CloseCycleMutationVariables>;
export const CycleEvaluationsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CycleEvaluations" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "cycleId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "status" },
          },
          type: {
            kind: "NamedType",
            name: { kind: "Name", value: "EvaluationStatus" },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "first" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "after" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cycleEvaluations" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "cycleId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "cycleId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "status" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "status" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "first" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "after" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluations" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "employeeId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "evaluatorId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "reviewerId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "status" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "leadershipApplies" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "version" },
                      },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "nextCursor" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CycleEvaluationsQuery,
  CycleEvaluationsQueryVariables
>;
export const RateInBriefDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RateInBrief" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RateInBriefMutation, RateInBriefMutationVariables>;
export const SignAsEvaluatorInBriefDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SignAsEvaluatorInBrief" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "SignAsEvaluatorInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "signAsEvaluator" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SignAsEvaluatorInBriefMutation,
  SignAsEvaluatorInBriefMutationVariables
>;
export const AcknowledgeInBriefDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AcknowledgeInBrief" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "AcknowledgeEvaluationInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "acknowledgeEvaluation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AcknowledgeInBriefMutation,
  AcknowledgeInBriefMutationVariables
>;
export const SignAsReviewerInBriefDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SignAsReviewerInBrief" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "SignAsReviewerInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "signAsReviewer" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SignAsReviewerInBriefMutation,
  SignAsReviewerInBriefMutationVariables
>;
export const ReassignReviewerInBriefDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ReassignReviewerInBrief" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "ReassignInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "reassignReviewer" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "reviewerId" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ReassignReviewerInBriefMutation,
  ReassignReviewerInBriefMutationVariables
>;
export const RateEvaluationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RateEvaluation" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "leadership" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "Boolean" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r1" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r2" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r3" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r4" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r5" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r6" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r7" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r8" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r9" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r10" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r11" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r12" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r13" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r14" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r15" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r16" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r17" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r18" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r19" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r20" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r21" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r22" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r23" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "r24" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            alias: { kind: "Name", value: "r1" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r1" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r2" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r2" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r3" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r3" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r4" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r4" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r5" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r5" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r6" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r6" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r7" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r7" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r8" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r8" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r9" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r9" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r10" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r10" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r11" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r11" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r12" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r12" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r13" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r13" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r14" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r14" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r15" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r15" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r16" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r16" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r17" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r17" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r18" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r18" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r19" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r19" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r20" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r20" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r21" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r21" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r22" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r22" },
                },
              },
            ],
            directives: [
              {
                kind: "Directive",
                name: { kind: "Name", value: "include" },
                arguments: [
                  {
                    kind: "Argument",
                    name: { kind: "Name", value: "if" },
                    value: {
                      kind: "Variable",
                      name: { kind: "Name", value: "leadership" },
                    },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r23" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r23" },
                },
              },
            ],
            directives: [
              {
                kind: "Directive",
                name: { kind: "Name", value: "include" },
                arguments: [
                  {
                    kind: "Argument",
                    name: { kind: "Name", value: "if" },
                    value: {
                      kind: "Variable",
                      name: { kind: "Name", value: "leadership" },
                    },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "r24" },
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "r24" },
                },
              },
            ],
            directives: [
              {
                kind: "Directive",
                name: { kind: "Name", value: "include" },
                arguments: [
                  {
                    kind: "Argument",
                    name: { kind: "Name", value: "if" },
                    value: {
                      kind: "Variable",
                      name: { kind: "Name", value: "leadership" },
                    },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RateEvaluationMutation,
  RateEvaluationMutationVariables
>;
export const RecordEmployeeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordEmployee" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "EmployeeInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordEmployee" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "employeeId" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "jobClassification" },
                },
                { kind: "Field", name: { kind: "Name", value: "unitId" } },
                { kind: "Field", name: { kind: "Name", value: "supervises" } },
                { kind: "Field", name: { kind: "Name", value: "reportsTo" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordEmployeeMutation,
  RecordEmployeeMutationVariables
>;
export const CreateCycleDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateCycle" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "CreateCycleInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createCycle" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "cycleId" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "startsOn" } },
                { kind: "Field", name: { kind: "Name", value: "endsOn" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "responseWindowDays" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "frameworkKey" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "frameworkVersion" },
                },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCycleMutation, CreateCycleMutationVariables>;
export const LoadDirectoryDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "LoadDirectory" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "DirectoryLoadInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "loadDirectory" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "effectiveOn" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "units" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "registered" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "updated" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "unchanged" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "employees" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "registered" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "updated" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "unchanged" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  LoadDirectoryMutation,
  LoadDirectoryMutationVariables
>;
export const EmployeeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Employee" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "employeeId" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "String" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "asOf" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "employee" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "employeeId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "employeeId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "asOf" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "asOf" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "EmployeeFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EmployeeFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Employee" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "employeeId" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "jobClassification" } },
          { kind: "Field", name: { kind: "Name", value: "unitId" } },
          { kind: "Field", name: { kind: "Name", value: "supervises" } },
          { kind: "Field", name: { kind: "Name", value: "reportsTo" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "effectiveOn" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployeeQuery, EmployeeQueryVariables>;
export const UnitEmployeesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "UnitEmployees" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "unitId" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "String" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "asOf" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "includeSubunits" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "first" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "afterEmployeeId" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "unitEmployees" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "unitId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "unitId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "asOf" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "asOf" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "includeSubunits" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "includeSubunits" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "first" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "afterEmployeeId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "afterEmployeeId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "employees" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "EmployeeFields" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nextAfterEmployeeId" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EmployeeFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Employee" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "employeeId" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "jobClassification" } },
          { kind: "Field", name: { kind: "Name", value: "unitId" } },
          { kind: "Field", name: { kind: "Name", value: "supervises" } },
          { kind: "Field", name: { kind: "Name", value: "reportsTo" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "effectiveOn" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitEmployeesQuery, UnitEmployeesQueryVariables>;
export const UnitDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Unit" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "unitId" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "String" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "asOf" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "unit" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "unitId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "unitId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "asOf" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "asOf" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "unitId" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "parentId" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "effectiveOn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitQuery, UnitQueryVariables>;
export const UnitsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Units" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "asOf" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "units" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "asOf" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "asOf" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "unitId" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "parentId" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "effectiveOn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitsQuery, UnitsQueryVariables>;
export const EvaluationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Evaluation" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "evaluation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "EvaluationFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvaluationFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Evaluation" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "employeeId" } },
          { kind: "Field", name: { kind: "Name", value: "cycleId" } },
          { kind: "Field", name: { kind: "Name", value: "evaluatorId" } },
          { kind: "Field", name: { kind: "Name", value: "reviewerId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "leadershipApplies" } },
          { kind: "Field", name: { kind: "Name", value: "frameworkKey" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "framework" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "employee" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "jobClassification" },
                },
                { kind: "Field", name: { kind: "Name", value: "unitId" } },
                { kind: "Field", name: { kind: "Name", value: "supervises" } },
                { kind: "Field", name: { kind: "Name", value: "reportsTo" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "ratings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "competencyKey" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "competencyName" },
                },
                { kind: "Field", name: { kind: "Name", value: "level" } },
                { kind: "Field", name: { kind: "Name", value: "levelName" } },
                { kind: "Field", name: { kind: "Name", value: "plus" } },
                { kind: "Field", name: { kind: "Name", value: "points" } },
                { kind: "Field", name: { kind: "Name", value: "comment" } },
                { kind: "Field", name: { kind: "Name", value: "ratedBy" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revisionCount" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "unratedCompetencies" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "key" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "signatures" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluator" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatoryId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "effectiveAt" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signedHash" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "employee" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatoryId" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "reviewer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatoryId" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "nextAction" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "party" } },
                { kind: "Field", name: { kind: "Name", value: "employeeId" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationQuery, EvaluationQueryVariables>;
export const OpenEvaluationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "OpenEvaluation" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "OpenEvaluationInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "openEvaluation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "EvaluationFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvaluationFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Evaluation" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "employeeId" } },
          { kind: "Field", name: { kind: "Name", value: "cycleId" } },
          { kind: "Field", name: { kind: "Name", value: "evaluatorId" } },
          { kind: "Field", name: { kind: "Name", value: "reviewerId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "leadershipApplies" } },
          { kind: "Field", name: { kind: "Name", value: "frameworkKey" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "framework" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "employee" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "jobClassification" },
                },
                { kind: "Field", name: { kind: "Name", value: "unitId" } },
                { kind: "Field", name: { kind: "Name", value: "supervises" } },
                { kind: "Field", name: { kind: "Name", value: "reportsTo" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "ratings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "competencyKey" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "competencyName" },
                },
                { kind: "Field", name: { kind: "Name", value: "level" } },
                { kind: "Field", name: { kind: "Name", value: "levelName" } },
                { kind: "Field", name: { kind: "Name", value: "plus" } },
                { kind: "Field", name: { kind: "Name", value: "points" } },
                { kind: "Field", name: { kind: "Name", value: "comment" } },
                { kind: "Field", name: { kind: "Name", value: "ratedBy" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revisionCount" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "unratedCompetencies" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "key" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "signatures" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluator" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatoryId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "effectiveAt" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signedHash" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "employee" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatoryId" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "reviewer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatoryId" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "nextAction" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "party" } },
                { kind: "Field", name: { kind: "Name", value: "employeeId" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  OpenEvaluationMutation,
  OpenEvaluationMutationVariables
>;
export const RateCompetencyDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RateCompetency" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "RateCompetencyInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "rateCompetency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "EvaluationFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvaluationFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Evaluation" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "employeeId" } },
          { kind: "Field", name: { kind: "Name", value: "cycleId" } },
          { kind: "Field", name: { kind: "Name", value: "evaluatorId" } },
          { kind: "Field", name: { kind: "Name", value: "reviewerId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "leadershipApplies" } },
          { kind: "Field", name: { kind: "Name", value: "frameworkKey" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "framework" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "employee" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "jobClassification" },
                },
                { kind: "Field", name: { kind: "Name", value: "unitId" } },
                { kind: "Field", name: { kind: "Name", value: "supervises" } },
                { kind: "Field", name: { kind: "Name", value: "reportsTo" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "ratings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "competencyKey" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "competencyName" },
                },
                { kind: "Field", name: { kind: "Name", value: "level" } },
                { kind: "Field", name: { kind: "Name", value: "levelName" } },
                { kind: "Field", name: { kind: "Name", value: "plus" } },
                { kind: "Field", name: { kind: "Name", value: "points" } },
                { kind: "Field", name: { kind: "Name", value: "comment" } },
                { kind: "Field", name: { kind: "Name", value: "ratedBy" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revisionCount" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "unratedCompetencies" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "key" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "signatures" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluator" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatoryId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "effectiveAt" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signedHash" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "employee" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatoryId" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "reviewer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatoryId" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "nextAction" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "party" } },
                { kind: "Field", name: { kind: "Name", value: "employeeId" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RateCompetencyMutation,
  RateCompetencyMutationVariables
>;
export const SignAsEvaluatorDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SignAsEvaluator" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "input" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "SignAsEvaluatorInput" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "signAsEvaluator" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "input" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "EvaluationFields" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvaluationFields" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Evaluation" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "employeeId" } },
          { kind: "Field", name: { kind: "Name", value: "cycleId" } },
          { kind: "Field", name: { kind: "Name", value: "evaluatorId" } },
          { kind: "Field", name: { kind: "Name", value: "reviewerId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "leadershipApplies" } },
          { kind: "Field", name: { kind: "Name", value: "frameworkKey" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "framework" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "employee" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "jobClassification" },
                },
                { kind: "Field", name: { kind: "Name", value: "unitId" } },
                { kind: "Field", name: { kind: "Name", value: "supervises" } },
                { kind: "Field", name: { kind: "Name", value: "reportsTo" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "ratings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "competencyKey" },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "competencyName" },
                },
                { kind: "Field", name: { kind: "Name", value: "level" } },
                { kind: "Field", name: { kind: "Name", value: "levelName" } },
                { kind: "Field", name: { kind: "Name", value: "plus" } },
                { kind: "Field", name: { kind: "Name", value: "points" } },
                { kind: "Field", name: { kind: "Name", value: "comment" } },
                { kind: "Field", name: { kind: "Name", value: "ratedBy" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "revisionCount" },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "unratedCompetencies" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "key" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "signatures" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluator" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatoryId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "effectiveAt" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signedHash" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "employee" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatoryId" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "reviewer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatoryId" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "nextAction" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "party" } },
                { kind: "Field", name: { kind: "Name", value: "employeeId" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SignAsEvaluatorMutation,
  SignAsEvaluatorMutationVariables
>;
export const FrameworkDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Framework" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "key" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "String" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "version" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "framework" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "key" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "key" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "version" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "version" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "key" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "contentHash" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "scale" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "levels" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "key" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "name" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "description" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "points" },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "plus" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "name" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "description" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "points" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "allowedOn" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "policy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: {
                          kind: "Name",
                          value: "commentRequiredOnLevels",
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "earlierFramework" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "competencies" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "clusters" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "key" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "definition" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "appliesTo" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "competencies" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "key" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "name" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "indicators" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "alignedWith" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "continues" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FrameworkQuery, FrameworkQueryVariables>;
export const LatestFrameworkDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "LatestFramework" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "framework" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "key" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  LatestFrameworkQuery,
  LatestFrameworkQueryVariables
>;
export const PublishFrameworkVersionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PublishFrameworkVersion" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "definition" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "JSONObject" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "publishFrameworkVersion" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "definition" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "definition" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "key" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "contentHash" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "competencies" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "key" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "continues" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PublishFrameworkVersionMutation,
  PublishFrameworkVersionMutationVariables
>;
export const RatingLineageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RatingLineage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "evaluationId" },
          },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "competencyKey" },
          },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "String" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "ratingLineage" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "evaluationId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "evaluationId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "competencyKey" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "competencyKey" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "competencyKey" },
                },
                { kind: "Field", name: { kind: "Name", value: "eventType" } },
                { kind: "Field", name: { kind: "Name", value: "eventId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "streamVersion" },
                },
                { kind: "Field", name: { kind: "Name", value: "level" } },
                { kind: "Field", name: { kind: "Name", value: "levelName" } },
                { kind: "Field", name: { kind: "Name", value: "plus" } },
                { kind: "Field", name: { kind: "Name", value: "comment" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "previous" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "level" } },
                      { kind: "Field", name: { kind: "Name", value: "plus" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "comment" },
                      },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "actorId" } },
                { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
                { kind: "Field", name: { kind: "Name", value: "effectiveAt" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "correlationId" },
                },
                { kind: "Field", name: { kind: "Name", value: "hash" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RatingLineageQuery, RatingLineageQueryVariables>;
export const EvaluationAsOfDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "EvaluationAsOf" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "at" } },
          type: {
            kind: "NamedType",
            name: { kind: "Name", value: "DateTimeISO" },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "version" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "evaluationAsOf" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "id" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "at" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "at" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "version" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "version" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
                { kind: "Field", name: { kind: "Name", value: "explanation" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluation" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "status" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "version" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "ratings" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "competencyKey" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "level" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "plus" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "comment" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "revisionCount" },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "comments" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "competencyKey" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "text" },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatures" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "evaluator" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "kind" },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "signedHash" },
                                  },
                                  {
                                    kind: "Field",
                                    name: {
                                      kind: "Name",
                                      value: "streamVersion",
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signatureHistory" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "kind" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "streamVersion" },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "counts" },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationAsOfQuery, EvaluationAsOfQueryVariables>;
export const DirectoryAsOfDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DirectoryAsOf" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "date" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "String" },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "employeeId" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "unitId" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "directoryAsOf" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "date" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "date" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "employeeId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "employeeId" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "unitId" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "unitId" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "date" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "employees" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "employeeId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "jobClassification" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "unitId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "supervises" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "reportsTo" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "effectiveOn" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "version" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "units" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "unitId" },
                      },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "parentId" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "effectiveOn" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "version" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DirectoryAsOfQuery, DirectoryAsOfQueryVariables>;
export const FrameworksAsOfDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "FrameworksAsOf" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "date" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "String" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "frameworksAsOf" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "date" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "date" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "key" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "contentHash" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FrameworksAsOfQuery, FrameworksAsOfQueryVariables>;
