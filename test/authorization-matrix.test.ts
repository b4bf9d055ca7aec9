import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parse, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../src/domain/actor";
import { buildLedgerSchema } from "../src/graphql/build-schema";
import {
  buildAuthorizationFixture,
  hrActor,
  people,
  staffActor,
  type AuthorizationFixture,
  type FixtureEvaluationName,
  type FixtureStatus,
} from "./support/authorization-fixture";
import { countEvents } from "./support/count-events";
import { postGraphQL, type RawResponse } from "./support/post-graphql";
import { startTestService, type TestService } from "./support/test-service";

// Every role runs every Query and Mutation field against a small district:
// P1 above D1, D1 above the supervisors S1 and S2, S1 above E1 and E2, S2
// above E3, and the HR officer H1 reporting to D1.

/** A caller, and the fixture evaluation its reads aim at. */
interface Identity {
  name: IdentityName;
  actor: Actor | null;
  target: FixtureEvaluationName;
  /** Whether its actions aim at `target`, its own draft, in any status. */
  ownDraft: boolean;
}

const identityNames = [
  "anonymous",
  "employeeOwnDraft",
  "employeeOwnSigned",
  "evaluator",
  "reviewer",
  "manager",
  "peerSupervisor",
  "supervisorOwnDraft",
  "hr",
  "hrOwnDraft",
  "auditor",
  "analyst",
] as const;
type IdentityName = (typeof identityNames)[number];

const identities: Identity[] = [
  { name: "anonymous", actor: null, target: "e2Draft", ownDraft: false },
  // E2, whose draft S1 is writing.
  {
    name: "employeeOwnDraft",
    actor: staffActor("E2"),
    target: "e2Draft",
    ownDraft: true,
  },
  // E1, whose evaluation S1 signed.
  {
    name: "employeeOwnSigned",
    actor: staffActor("E1"),
    target: "e1Signed",
    ownDraft: false,
  },
  // S1, evaluator of E1 and E2.
  {
    name: "evaluator",
    actor: staffActor("S1"),
    target: "e2Draft",
    ownDraft: false,
  },
  // D1, reviewer of E1, E2 and E3, and evaluator of S1, S2 and H1.
  {
    name: "reviewer",
    actor: staffActor("D1"),
    target: "e2Draft",
    ownDraft: false,
  },
  // P1, above the reviewer D1, and reviewer of S1 and H1.
  {
    name: "manager",
    actor: staffActor("P1"),
    target: "e2Draft",
    ownDraft: false,
  },
  // S2, evaluator of E3 only.
  {
    name: "peerSupervisor",
    actor: staffActor("S2"),
    target: "e2Draft",
    ownDraft: false,
  },
  // S1 again, this time on the draft D1 is writing about S1.
  {
    name: "supervisorOwnDraft",
    actor: staffActor("S1"),
    target: "s1Draft",
    ownDraft: true,
  },
  { name: "hr", actor: hrActor, target: "e2Draft", ownDraft: false },
  // H1, HR and evaluated by D1.
  {
    name: "hrOwnDraft",
    actor: staffActor("H1", ["HR"]),
    target: "h1Draft",
    ownDraft: true,
  },
  {
    name: "auditor",
    actor: { userId: "aud-1", employeeId: null, roles: ["AUDITOR"] },
    target: "e2Draft",
    ownDraft: false,
  },
  {
    name: "analyst",
    actor: { userId: "ana-1", employeeId: null, roles: ["ANALYST"] },
    target: "e2Draft",
    ownDraft: false,
  },
];

const allEvaluations: FixtureEvaluationName[] = [
  "e1Signed",
  "e2Draft",
  "s1Draft",
  "h1Draft",
  "e3Final",
  "e1Draft",
  "e1Rated",
  "e1AwaitingReviewer",
  "e1Final",
];
const e1Evaluations: FixtureEvaluationName[] = [
  "e1Signed",
  "e1Draft",
  "e1Rated",
  "e1AwaitingReviewer",
  "e1Final",
];

/** The fixture evaluations each identity may read, through any path. */
const readable: Record<IdentityName, FixtureEvaluationName[]> = {
  anonymous: [],
  employeeOwnDraft: [],
  employeeOwnSigned: ["e1Signed", "e1AwaitingReviewer", "e1Final"],
  evaluator: [...e1Evaluations, "e2Draft"],
  reviewer: allEvaluations,
  manager: allEvaluations,
  peerSupervisor: ["e3Final"],
  supervisorOwnDraft: [...e1Evaluations, "e2Draft"],
  hr: allEvaluations,
  hrOwnDraft: allEvaluations.filter((name) => name !== "h1Draft"),
  auditor: allEvaluations,
  analyst: [],
};

/** The fixture evaluation in each status that actions aim at: E1's. */
const e1InStatus: Record<FixtureStatus, FixtureEvaluationName> = {
  DRAFT: "e1Draft",
  RATED: "e1Rated",
  AWAITING_EMPLOYEE: "e1Signed",
  AWAITING_REVIEWER: "e1AwaitingReviewer",
  FINAL: "e1Final",
};

/** What one identity's request aims at, and whether it must succeed. */
interface CaseContext {
  identity: Identity;
  fixture: AuthorizationFixture;
  allowed: boolean;
}

type TargetKind = "evaluation" | "employee" | "other";

/** One operation of the matrix and its outcome for every identity. */
interface MatrixCase {
  /** The Query or Mutation field the operation runs. */
  field: string;
  /** Tells apart two cases of one field. */
  variant?: string;
  operation: string;
  /**
   * One outcome per identity, in the order of `identityNames`: `ok` for
   * data, UA for UNAUTHENTICATED, FB for FORBIDDEN, NF for NOT_FOUND, or
   * another error code.
   */
  outcomes: string;
  targetKind: TargetKind;
  /** The id the operation aims at for an identity. */
  targetOf(context: CaseContext): Promise<string> | string;
  variables(target: string, fixture: AuthorizationFixture): object;
  /** Checks the field's data of an allowed request. */
  check?(data: unknown, target: string, context: CaseContext): void;
}

// Columns of every outcome row:
// anonymous employeeOwnDraft employeeOwnSigned evaluator reviewer manager
// peerSupervisor supervisorOwnDraft hr hrOwnDraft auditor analyst
const codes: Record<string, string> = {
  UA: "UNAUTHENTICATED",
  FB: "FORBIDDEN",
  NF: "NOT_FOUND",
};

function outcomeOf(matrixCase: MatrixCase, identity: IdentityName): string {
  const row = matrixCase.outcomes.trim().split(/\s+/);
  if (row.length !== identityNames.length) {
    throw new Error(
      `The outcomes of ${matrixCase.field} give ${row.length} values, not one per identity (${identityNames.length}).`,
    );
  }
  const value = row[identityNames.indexOf(identity)]!;
  return codes[value] ?? value;
}

const evaluationFields = `
  id employeeId evaluatorId reviewerId status version
  employee { name unitId }
  ratings { competencyKey level plus comment }
  comments { authorId text }
  responses { text }
  signatureHistory { kind signatoryId }
`;

// Targets of reads: the identity's own fixture evaluation, or the person
// it belongs to.
const readTarget = ({ identity, fixture }: CaseContext) =>
  fixture.evaluations[identity.target].id;
const personTarget = ({ identity, fixture }: CaseContext) =>
  fixture.evaluations[identity.target].employeeId;

// Targets of actions: a fresh evaluation in `status` when the action must
// succeed, so each success starts from the same state. A rejected action
// aims at the identity's own draft, or else at E1's fixture evaluation in
// that status.
function actionTarget(status: FixtureStatus) {
  return async ({ identity, fixture, allowed }: CaseContext) => {
    if (allowed) return fixture.freshE1Evaluation(status);
    const name = identity.ownDraft ? identity.target : e1InStatus[status];
    return fixture.evaluations[name].id;
  };
}

function expectEvaluation(
  expected: Partial<Record<string, unknown>>,
): MatrixCase["check"] {
  return (data, target) => {
    expect(data).toMatchObject({ id: target, ...expected });
  };
}

function evaluationMutation(
  field: string,
  inputType: string,
  status: FixtureStatus,
  input: (fixture: AuthorizationFixture) => object,
  outcomes: string,
  expected: Partial<Record<string, unknown>>,
): MatrixCase {
  return {
    field,
    operation: `mutation ($input: ${inputType}!) {
      ${field}(input: $input) { id employeeId evaluatorId reviewerId status }
    }`,
    outcomes,
    targetKind: "evaluation",
    targetOf: actionTarget(status),
    variables: (evaluationId, fixture) => ({
      input: { evaluationId, ...input(fixture) },
    }),
    check: expectEvaluation(expected),
  };
}

function readsEvaluation(data: unknown, target: string, context: CaseContext) {
  const evaluation = context.fixture.evaluations[context.identity.target];
  expect(target).toBe(evaluation.id);
  expect(data).toMatchObject({
    id: evaluation.id,
    employeeId: evaluation.employeeId,
    employee: { name: people[evaluation.employeeId]!.name },
  });
}

function idsOf(list: Array<{ employeeId: string }>): string[] {
  return list.map((entry) => entry.employeeId);
}

const cycleEvaluationReaders: Partial<Record<IdentityName, string[]>> = {
  employeeOwnDraft: [],
  employeeOwnSigned: ["E1"],
  evaluator: ["E1", "E2"],
  reviewer: ["E1", "E2", "E3", "H1", "S1"],
  manager: ["E1", "E2", "E3", "H1", "S1"],
  peerSupervisor: ["E3"],
  supervisorOwnDraft: ["E1", "E2"],
  hr: ["E1", "E2", "E3", "H1", "S1"],
  hrOwnDraft: ["E1", "E2", "E3", "S1"],
  auditor: ["E1", "E2", "E3", "H1", "S1"],
};

const suppressed = (data: unknown) => {
  expect(data).toEqual({
    suppressed: true,
    evaluatedEmployees: null,
    groups: [],
  });
};

const queryCases: MatrixCase[] = [
  {
    field: "auditLog",
    variant: "of one evaluation",
    operation: `query ($filter: AuditLogFilterInput) {
      auditLog(first: 100, filter: $filter) {
        edges { node { streamId type data subject { evaluationId } } }
      }
    }`,
    outcomes: "UA FB FB FB FB FB FB FB ok ok ok FB",
    targetKind: "other",
    targetOf: readTarget,
    variables: (evaluationId) => ({ filter: { evaluationId } }),
    check: (data, target, { identity }) => {
      const nodes = (data as { edges: Array<{ node: unknown }> }).edges.map(
        (edge) => edge.node as { subject: { evaluationId: string } },
      );
      for (const node of nodes) {
        expect(node.subject.evaluationId).toBe(target);
      }
      const own = readable[identity.name].includes(identity.target);
      expect(nodes.length > 0).toBe(own);
    },
  },
  {
    field: "auditLog",
    variant: "of the main cycle",
    operation: `query ($filter: AuditLogFilterInput) {
      auditLog(first: 100, filter: $filter) {
        edges { node { streamId type data } }
      }
    }`,
    outcomes: "UA FB FB FB FB FB FB FB ok ok ok FB",
    targetKind: "other",
    targetOf: () => "",
    variables: (_, fixture) => ({ filter: { cycleId: fixture.mainCycleId } }),
    check: (data) => {
      expect((data as { edges: unknown[] }).edges.length).toBeGreaterThan(0);
    },
  },
  {
    field: "cycle",
    operation: `query ($cycleId: ID!) { cycle(cycleId: $cycleId) { cycleId name } }`,
    outcomes: "UA ok ok ok ok ok ok ok ok ok ok ok",
    targetKind: "other",
    targetOf: ({ fixture }) => fixture.mainCycleId,
    variables: (cycleId) => ({ cycleId }),
    check: (data, target) => {
      expect(data).toMatchObject({ cycleId: target });
    },
  },
  {
    field: "cycleEvaluations",
    operation: `query ($cycleId: ID!) {
      cycleEvaluations(cycleId: $cycleId, first: 20) {
        evaluations { ${evaluationFields} }
        nextCursor
      }
    }`,
    outcomes: "UA ok ok ok ok ok ok ok ok ok ok FB",
    targetKind: "other",
    targetOf: ({ fixture }) => fixture.mainCycleId,
    variables: (cycleId) => ({ cycleId }),
    check: (data, _, { identity }) => {
      const page = data as { evaluations: Array<{ employeeId: string }> };
      expect(idsOf(page.evaluations)).toEqual(
        cycleEvaluationReaders[identity.name],
      );
    },
  },
  {
    field: "directoryAsOf",
    operation: `query ($date: String!, $employeeId: String) {
      directoryAsOf(date: $date, employeeId: $employeeId) {
        employees { employeeId name }
      }
    }`,
    outcomes: "UA FB FB FB FB FB FB FB ok ok ok FB",
    targetKind: "employee",
    targetOf: personTarget,
    variables: (employeeId) => ({
      date: new Date().toISOString().slice(0, 10),
      employeeId,
    }),
    check: (data, target) => {
      const directory = data as { employees: Array<{ employeeId: string }> };
      expect(idsOf(directory.employees)).toEqual([target]);
    },
  },
  {
    field: "employee",
    operation: `query ($employeeId: String!) {
      employee(employeeId: $employeeId) { employeeId name reportsTo }
    }`,
    outcomes: "UA ok ok NF NF NF NF ok ok ok ok NF",
    targetKind: "employee",
    targetOf: personTarget,
    variables: (employeeId) => ({ employeeId }),
    check: (data, target) => {
      expect(data).toMatchObject({
        employeeId: target,
        name: people[target]!.name,
      });
    },
  },
  {
    field: "evaluation",
    operation: `query ($id: ID!) { evaluation(id: $id) { ${evaluationFields} } }`,
    outcomes: "UA NF ok ok ok ok NF NF ok NF ok NF",
    targetKind: "evaluation",
    targetOf: readTarget,
    variables: (id) => ({ id }),
    check: readsEvaluation,
  },
  {
    field: "evaluationAsOf",
    operation: `query ($id: ID!) {
      evaluationAsOf(id: $id, version: 3) {
        version evaluation { ${evaluationFields} }
      }
    }`,
    outcomes: "UA NF ok ok ok ok NF NF ok NF ok NF",
    targetKind: "evaluation",
    targetOf: readTarget,
    variables: (id) => ({ id }),
    check: (data, target, context) => {
      const asOf = data as { version: number; evaluation: unknown };
      expect(asOf.version).toBe(3);
      readsEvaluation(asOf.evaluation, target, context);
    },
  },
  {
    field: "framework",
    operation: `query { framework { key version } }`,
    outcomes: "ok ok ok ok ok ok ok ok ok ok ok ok",
    targetKind: "other",
    targetOf: () => "",
    variables: () => ({}),
    check: (data) => {
      expect(data).toEqual({
        key: "classified-performance-framework",
        version: 1,
      });
    },
  },
  {
    field: "frameworks",
    operation: `query { frameworks { key version } }`,
    outcomes: "ok ok ok ok ok ok ok ok ok ok ok ok",
    targetKind: "other",
    targetOf: () => "",
    variables: () => ({}),
    check: (data) => {
      expect(data).toEqual([
        { key: "classified-performance-framework", version: 1 },
      ]);
    },
  },
  {
    field: "frameworksAsOf",
    operation: `query ($date: String!) { frameworksAsOf(date: $date) { key } }`,
    outcomes: "UA FB FB FB FB FB FB FB ok ok ok FB",
    targetKind: "other",
    targetOf: () => "",
    variables: () => ({ date: new Date().toISOString().slice(0, 10) }),
    check: (data) => {
      expect(data).toEqual([{ key: "classified-performance-framework" }]);
    },
  },
  {
    field: "ratingDistribution",
    variant: "of a closed cycle",
    operation: `query ($input: RatingDistributionInput!) {
      ratingDistribution(input: $input) {
        suppressed evaluatedEmployees groups { key ratingCount }
      }
    }`,
    outcomes: "UA FB FB FB FB FB FB FB ok ok ok ok",
    targetKind: "other",
    targetOf: ({ fixture }) => fixture.closedCycleId,
    variables: (cycleId) => ({ input: { cycleId } }),
    check: suppressed,
  },
  {
    field: "ratingDistribution",
    variant: "of one school in an open cycle",
    operation: `query ($input: RatingDistributionInput!) {
      ratingDistribution(input: $input) {
        suppressed evaluatedEmployees groups { key ratingCount }
      }
    }`,
    outcomes: "UA FB FB FB FB FB FB FB ok ok ok CYCLE_OPEN",
    targetKind: "other",
    targetOf: ({ fixture }) => fixture.mainCycleId,
    variables: (cycleId) => ({ input: { cycleId, unitId: "south-high" } }),
    check: suppressed,
  },
  {
    field: "ratingLineage",
    operation: `query ($evaluationId: ID!, $competencyKey: String!) {
      ratingLineage(evaluationId: $evaluationId, competencyKey: $competencyKey) {
        actorId level comment
      }
    }`,
    outcomes: "UA NF ok ok ok ok NF NF ok NF ok NF",
    targetKind: "evaluation",
    targetOf: readTarget,
    variables: (evaluationId, fixture) => ({
      evaluationId,
      competencyKey: fixture.ordinaryKeys[0],
    }),
    check: (data, _, { identity, fixture }) => {
      const evaluation = fixture.evaluations[identity.target];
      expect(data).toEqual([
        expect.objectContaining({ comment: evaluation.markers[0] }),
      ]);
    },
  },
  {
    field: "unit",
    operation: `query { unit(unitId: "north-high") { unitId name } }`,
    outcomes: "UA ok ok ok ok ok ok ok ok ok ok ok",
    targetKind: "other",
    targetOf: () => "",
    variables: () => ({}),
    check: (data) => {
      expect(data).toEqual({ unitId: "north-high", name: "North High" });
    },
  },
  {
    field: "unitEmployees",
    operation: `query {
      unitEmployees(unitId: "north-high") { employees { employeeId name } }
    }`,
    outcomes: "UA FB FB FB FB FB FB FB ok ok ok FB",
    targetKind: "other",
    targetOf: () => "",
    variables: () => ({}),
    check: (data) => {
      const page = data as { employees: Array<{ employeeId: string }> };
      expect(idsOf(page.employees)).toEqual(["E1", "E2", "S1"]);
    },
  },
  {
    field: "units",
    operation: `query { units { unitId } }`,
    outcomes: "UA ok ok ok ok ok ok ok ok ok ok ok",
    targetKind: "other",
    targetOf: () => "",
    variables: () => ({}),
    check: (data) => {
      expect(data).toHaveLength(4);
    },
  },
  {
    field: "verifyLedger",
    operation: `query ($evaluationId: ID) {
      verifyLedger(evaluationId: $evaluationId) { intact checkedStreams }
    }`,
    outcomes: "UA FB FB FB FB FB FB FB ok ok ok FB",
    targetKind: "other",
    targetOf: readTarget,
    variables: (evaluationId) => ({ evaluationId }),
    check: (data) => {
      expect(data).toEqual({ intact: true, checkedStreams: 1 });
    },
  },
];

let frameworkDefinition: Record<string, unknown>;
let newEmployeeCount = 0;

function newEmployee(): Record<string, unknown> {
  newEmployeeCount += 1;
  return {
    employeeId: `N${newEmployeeCount}`,
    name: `New Hire ${newEmployeeCount}`,
    jobClassification: "Custodian",
    unitId: "district-office",
    supervises: false,
    reportsTo: "D1",
  };
}

const cycleInput = {
  name: "Matrix created cycle",
  startsOn: "2026-07-01",
  endsOn: "2027-06-30",
  responseWindowDays: 14,
};

// Columns: anonymous employeeOwnDraft employeeOwnSigned evaluator reviewer
// manager peerSupervisor supervisorOwnDraft hr hrOwnDraft auditor analyst
const mutationCases: MatrixCase[] = [
  evaluationMutation(
    "acknowledgeEvaluation",
    "AcknowledgeEvaluationInput",
    "AWAITING_EMPLOYEE",
    () => ({}),
    "UA NF ok FB FB FB NF NF FB NF FB NF",
    { status: "AWAITING_REVIEWER" },
  ),
  evaluationMutation(
    "addComment",
    "AddCommentInput",
    "DRAFT",
    () => ({ text: "An overall comment from the matrix." }),
    "UA NF NF ok ok FB NF NF FB NF FB NF",
    { status: "DRAFT" },
  ),
  evaluationMutation(
    "attachResponse",
    "AttachResponseInput",
    "AWAITING_EMPLOYEE",
    () => ({ text: "A response from the matrix." }),
    "UA NF ok FB FB FB NF NF FB NF FB NF",
    { status: "AWAITING_EMPLOYEE" },
  ),
  {
    field: "closeCycle",
    operation: `mutation ($cycleId: ID!) {
      closeCycle(cycleId: $cycleId) { cycle { cycleId status } }
    }`,
    outcomes: "UA FB FB FB FB FB FB FB ok ok FB FB",
    targetKind: "other",
    targetOf: ({ fixture, allowed }) =>
      allowed ? fixture.freshCycle() : fixture.emptyCycleId,
    variables: (cycleId) => ({ cycleId }),
    check: (data, target) => {
      expect(data).toEqual({ cycle: { cycleId: target, status: "CLOSED" } });
    },
  },
  {
    field: "createCycle",
    operation: `mutation ($input: CreateCycleInput!) {
      createCycle(input: $input) { name status }
    }`,
    outcomes: "UA FB FB FB FB FB FB FB ok ok FB FB",
    targetKind: "other",
    targetOf: () => "",
    variables: () => ({ input: cycleInput }),
    check: (data) => {
      expect(data).toEqual({ name: cycleInput.name, status: "OPEN" });
    },
  },
  {
    field: "launchCycle",
    operation: `mutation ($cycleId: ID!) {
      launchCycle(cycleId: $cycleId) { openedCount opened { employeeId } }
    }`,
    outcomes: "UA FB FB FB FB FB FB FB ok ok FB FB",
    targetKind: "other",
    targetOf: ({ fixture, allowed }) =>
      allowed ? fixture.freshCycle(true) : fixture.southCycleId,
    variables: (cycleId) => ({ cycleId }),
    check: (data) => {
      const launch = data as { opened: Array<{ employeeId: string }> };
      expect(idsOf(launch.opened).sort()).toEqual(["E3", "S2"]);
    },
  },
  {
    field: "loadDirectory",
    operation: `mutation ($input: DirectoryLoadInput!) {
      loadDirectory(input: $input) { employees { registered } }
    }`,
    outcomes: "UA FB FB FB FB FB FB FB ok ok FB FB",
    targetKind: "other",
    targetOf: () => "",
    variables: () => ({ input: { employees: [newEmployee()] } }),
    check: (data) => {
      expect(data).toEqual({
        employees: { registered: [`N${newEmployeeCount}`] },
      });
    },
  },
  {
    field: "openEvaluation",
    operation: `mutation ($input: OpenEvaluationInput!) {
      openEvaluation(input: $input) { employeeId status }
    }`,
    outcomes: "UA FB FB FB FB FB FB FB ok FB FB FB",
    targetKind: "employee",
    targetOf: personTarget,
    variables: (employeeId, fixture) => ({
      input: { employeeId, cycleId: fixture.emptyCycleId },
    }),
    check: (data, target) => {
      expect(data).toEqual({ employeeId: target, status: "DRAFT" });
    },
  },
  {
    field: "publishFrameworkVersion",
    operation: `mutation ($definition: JSONObject!) {
      publishFrameworkVersion(definition: $definition) { key version }
    }`,
    outcomes: "UA FB FB FB FB FB FB FB ok ok FB FB",
    targetKind: "other",
    targetOf: () => "",
    variables: () => ({ definition: frameworkDefinition }),
    check: (data) => {
      expect(data).toEqual({
        key: "classified-performance-framework",
        version: 1,
      });
    },
  },
  evaluationMutation(
    "rateCompetency",
    "RateCompetencyInput",
    "DRAFT",
    (fixture) => ({
      competencyKey: fixture.ordinaryKeys[5],
      level: "EFFECTIVE",
    }),
    "UA NF NF ok FB FB NF NF FB NF FB NF",
    { status: "DRAFT" },
  ),
  evaluationMutation(
    "reassignEvaluator",
    "ReassignInput",
    "DRAFT",
    () => ({ to: "S2", reason: "S1 is on leave for the term." }),
    "UA NF NF FB FB FB NF NF ok NF FB NF",
    { evaluatorId: "S2" },
  ),
  evaluationMutation(
    "reassignReviewer",
    "ReassignInput",
    "DRAFT",
    () => ({ to: "P1", reason: "D1 is on leave for the term." }),
    "UA NF NF FB FB FB NF NF ok NF FB NF",
    { reviewerId: "P1" },
  ),
  {
    field: "recordEmployee",
    operation: `mutation ($input: EmployeeInput!) {
      recordEmployee(input: $input) { employeeId }
    }`,
    outcomes: "UA FB FB FB FB FB FB FB ok ok FB FB",
    targetKind: "other",
    targetOf: () => "",
    variables: () => ({ input: newEmployee() }),
    check: (data) => {
      expect(data).toEqual({ employeeId: `N${newEmployeeCount}` });
    },
  },
  evaluationMutation(
    "recordRefusal",
    "RecordRefusalInput",
    "AWAITING_EMPLOYEE",
    () => ({ note: "Declined to sign." }),
    "UA NF FB ok FB FB NF NF FB NF FB NF",
    { status: "AWAITING_REVIEWER" },
  ),
  evaluationMutation(
    "reopenEvaluation",
    "ReasonInput",
    "FINAL",
    () => ({ reason: "A rating needs a correction." }),
    "UA NF FB ok ok FB NF NF ok NF FB NF",
    { status: "REOPENED" },
  ),
  evaluationMutation(
    "reviseRating",
    "ReviseRatingInput",
    "DRAFT",
    (fixture) => ({
      competencyKey: fixture.ordinaryKeys[1],
      level: "HIGHLY_EFFECTIVE",
      reason: "Led the spring clean.",
    }),
    "UA NF NF ok FB FB NF NF FB NF FB NF",
    { status: "DRAFT" },
  ),
  evaluationMutation(
    "signAsEvaluator",
    "SignAsEvaluatorInput",
    "RATED",
    () => ({}),
    "UA NF NF ok FB FB NF NF FB NF FB NF",
    { status: "AWAITING_EMPLOYEE" },
  ),
  evaluationMutation(
    "signAsReviewer",
    "SignAsReviewerInput",
    "AWAITING_REVIEWER",
    () => ({}),
    "UA NF FB FB ok FB NF NF FB NF FB NF",
    { status: "FINAL" },
  ),
  evaluationMutation(
    "voidEvaluation",
    "ReasonInput",
    "DRAFT",
    () => ({ reason: "Opened in error." }),
    "UA NF NF FB FB FB NF NF ok NF FB NF",
    { status: "VOIDED" },
  ),
];

let service: TestService;
let fixture: AuthorizationFixture;
const tokens = new Map<IdentityName, string | null>();

beforeAll(async () => {
  service = await startTestService();
  fixture = await buildAuthorizationFixture(service);
  for (const identity of identities) {
    tokens.set(
      identity.name,
      identity.actor === null ? null : await service.tokenFor(identity.actor),
    );
  }
  frameworkDefinition = JSON.parse(
    await readFile(
      new URL(
        "../src/frameworks/classified-performance-framework/v1.json",
        import.meta.url,
      ),
      "utf8",
    ),
  ) as Record<string, unknown>;
});

afterAll(async () => {
  await service?.close();
});

function rootFieldOf(operation: string): string {
  const definition = parse(operation).definitions[0] as OperationDefinitionNode;
  const selection = definition.selectionSet.selections[0]!;
  if (selection.kind !== "Field") {
    throw new Error("The operation's first selection is not a field.");
  }
  return selection.name.value;
}

// Comment and response texts of the evaluations the identity may not read.
function hiddenMarkers(identity: Identity): string[] {
  return allEvaluations
    .filter((name) => !readable[identity.name].includes(name))
    .flatMap((name) => fixture.evaluations[name].markers);
}

function send(
  matrixCase: MatrixCase,
  identity: Identity,
  target: string,
): Promise<RawResponse> {
  return postGraphQL(
    service.url,
    {
      query: matrixCase.operation,
      variables: matrixCase.variables(target, fixture),
    },
    tokens.get(identity.name) ?? null,
  );
}

// A message and extensions with the target replaced, so that a hidden
// record and a missing one can be compared.
function shapeOf(response: RawResponse, target: string) {
  const error = response.errors![0]!;
  const hide = (text: string) => text.replaceAll(target, "<target>");
  return {
    code: error.extensions?.code,
    message: hide(error.message),
    extensions: hide(JSON.stringify(error.extensions)),
  };
}

function randomTargetOf(kind: TargetKind): string {
  return kind === "evaluation" ? randomUUID() : `Z${Date.now()}`;
}

function personOf(matrixCase: MatrixCase, target: string): string | null {
  if (matrixCase.targetKind === "employee") return target;
  const evaluation = allEvaluations
    .map((name) => fixture.evaluations[name])
    .find((entry) => entry.id === target);
  return evaluation?.employeeId ?? null;
}

async function runCase(
  matrixCase: MatrixCase,
  identity: Identity,
  mutation: boolean,
): Promise<void> {
  const expected = outcomeOf(matrixCase, identity.name);
  const allowed = expected === "ok";
  const context: CaseContext = { identity, fixture, allowed };
  const target = await matrixCase.targetOf(context);
  const eventsBefore = await countEvents(service.database.db);

  const response = await send(matrixCase, identity, target);
  const eventsAfter = await countEvents(service.database.db);

  for (const marker of hiddenMarkers(identity)) {
    expect(response.text).not.toContain(marker);
  }
  if (allowed) {
    expect(response.errors).toBeUndefined();
    matrixCase.check?.(response.data![matrixCase.field], target, context);
    return;
  }

  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions?.code).toBe(expected);
  expect(response.data?.[matrixCase.field] ?? null).toBeNull();
  if (mutation) expect(eventsAfter).toBe(eventsBefore);
  const person = personOf(matrixCase, target);
  if (person !== null && person !== identity.actor?.employeeId) {
    expect(response.text).not.toContain(people[person]!.name);
  }

  if (expected === "NOT_FOUND" && matrixCase.targetKind !== "other") {
    const randomTarget = randomTargetOf(matrixCase.targetKind);
    const missing = await send(matrixCase, identity, randomTarget);
    expect(shapeOf(response, target)).toEqual(shapeOf(missing, randomTarget));
  }
}

function caseName(matrixCase: MatrixCase, identity: Identity): string {
  const variant = matrixCase.variant ? ` ${matrixCase.variant}` : "";
  const outcome = outcomeOf(matrixCase, identity.name);
  return `${matrixCase.field}${variant} as ${identity.name}: ${outcome}`;
}

describe("authorization matrix", () => {
  it("covers every Query and Mutation field", async () => {
    const schema = await buildLedgerSchema();
    const covered = (cases: MatrixCase[]) =>
      [...new Set(cases.map((matrixCase) => matrixCase.field))].sort();

    expect(covered(queryCases)).toEqual(
      Object.keys(schema.getQueryType()!.getFields()).sort(),
    );
    expect(covered(mutationCases)).toEqual(
      Object.keys(schema.getMutationType()!.getFields()).sort(),
    );
    for (const matrixCase of [...queryCases, ...mutationCases]) {
      expect(rootFieldOf(matrixCase.operation)).toBe(matrixCase.field);
      for (const name of identityNames) outcomeOf(matrixCase, name);
    }
  });

  describe("queries", () => {
    for (const matrixCase of queryCases) {
      for (const identity of identities) {
        it(caseName(matrixCase, identity), () =>
          runCase(matrixCase, identity, false),
        );
      }
    }
  });

  describe("mutations", () => {
    for (const matrixCase of mutationCases) {
      for (const identity of identities) {
        it(caseName(matrixCase, identity), () =>
          runCase(matrixCase, identity, true),
        );
      }
    }
  });
});
