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
  jobClassifications?: Array<string>;
  name: string;
  /** Days after the evaluator signs during which the employee may respond. */
  responseWindowDays: number;
  /** First day, YYYY-MM-DD. */
  startsOn: string;
  unitIds?: Array<string>;
};

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

export type SignAsEvaluatorInput = {
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
