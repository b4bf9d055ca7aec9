/* eslint-disable */
import * as types from "./graphql";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  "mutation RecordEmployee($input: EmployeeInput!) {\n  recordEmployee(input: $input) {\n    employeeId\n    name\n    jobClassification\n    unitId\n    supervises\n    reportsTo\n    version\n  }\n}\n\nmutation CreateCycle($input: CreateCycleInput!) {\n  createCycle(input: $input) {\n    cycleId\n    name\n    startsOn\n    endsOn\n    responseWindowDays\n    frameworkKey\n    frameworkVersion\n    status\n  }\n}": typeof types.RecordEmployeeDocument;
  "fragment EvaluationFields on Evaluation {\n  id\n  employeeId\n  cycleId\n  evaluatorId\n  reviewerId\n  status\n  version\n  leadershipApplies\n  frameworkKey\n  framework {\n    version\n  }\n  employee {\n    name\n    jobClassification\n    unitId\n    supervises\n    reportsTo\n  }\n  ratings {\n    competencyKey\n    competencyName\n    level\n    levelName\n    plus\n    points\n    comment\n    ratedBy\n    revisionCount\n  }\n  unratedCompetencies {\n    key\n  }\n  signatures {\n    evaluator {\n      kind\n      signatoryId\n      effectiveAt\n      signedHash\n    }\n    employee {\n      kind\n      signatoryId\n    }\n    reviewer {\n      kind\n      signatoryId\n    }\n  }\n  nextAction {\n    party\n    employeeId\n  }\n}\n\nquery Evaluation($id: ID!) {\n  evaluation(id: $id) {\n    ...EvaluationFields\n  }\n}\n\nmutation OpenEvaluation($input: OpenEvaluationInput!) {\n  openEvaluation(input: $input) {\n    ...EvaluationFields\n  }\n}\n\nmutation RateCompetency($input: RateCompetencyInput!) {\n  rateCompetency(input: $input) {\n    ...EvaluationFields\n  }\n}\n\nmutation SignAsEvaluator($input: SignAsEvaluatorInput!) {\n  signAsEvaluator(input: $input) {\n    ...EvaluationFields\n  }\n}": typeof types.EvaluationFieldsFragmentDoc;
  "query Framework($key: String!, $version: Int) {\n  framework(key: $key, version: $version) {\n    id\n    key\n    version\n    name\n    contentHash\n    scale {\n      levels {\n        key\n        name\n        description\n        points\n      }\n      plus {\n        name\n        description\n        points\n        allowedOn\n      }\n    }\n    policy {\n      commentRequiredOnLevels\n    }\n    earlierFramework {\n      name\n      competencies\n    }\n    clusters {\n      key\n      name\n      definition\n      appliesTo\n      competencies {\n        key\n        name\n        indicators\n        alignedWith\n        continues\n      }\n    }\n  }\n}\n\nquery LatestFramework {\n  framework {\n    key\n    version\n  }\n}\n\nmutation PublishFrameworkVersion($definition: JSONObject!) {\n  publishFrameworkVersion(definition: $definition) {\n    key\n    version\n    contentHash\n    competencies {\n      key\n      name\n      continues\n    }\n  }\n}": typeof types.FrameworkDocument;
};
const documents: Documents = {
  "mutation RecordEmployee($input: EmployeeInput!) {\n  recordEmployee(input: $input) {\n    employeeId\n    name\n    jobClassification\n    unitId\n    supervises\n    reportsTo\n    version\n  }\n}\n\nmutation CreateCycle($input: CreateCycleInput!) {\n  createCycle(input: $input) {\n    cycleId\n    name\n    startsOn\n    endsOn\n    responseWindowDays\n    frameworkKey\n    frameworkVersion\n    status\n  }\n}":
    types.RecordEmployeeDocument,
  "fragment EvaluationFields on Evaluation {\n  id\n  employeeId\n  cycleId\n  evaluatorId\n  reviewerId\n  status\n  version\n  leadershipApplies\n  frameworkKey\n  framework {\n    version\n  }\n  employee {\n    name\n    jobClassification\n    unitId\n    supervises\n    reportsTo\n  }\n  ratings {\n    competencyKey\n    competencyName\n    level\n    levelName\n    plus\n    points\n    comment\n    ratedBy\n    revisionCount\n  }\n  unratedCompetencies {\n    key\n  }\n  signatures {\n    evaluator {\n      kind\n      signatoryId\n      effectiveAt\n      signedHash\n    }\n    employee {\n      kind\n      signatoryId\n    }\n    reviewer {\n      kind\n      signatoryId\n    }\n  }\n  nextAction {\n    party\n    employeeId\n  }\n}\n\nquery Evaluation($id: ID!) {\n  evaluation(id: $id) {\n    ...EvaluationFields\n  }\n}\n\nmutation OpenEvaluation($input: OpenEvaluationInput!) {\n  openEvaluation(input: $input) {\n    ...EvaluationFields\n  }\n}\n\nmutation RateCompetency($input: RateCompetencyInput!) {\n  rateCompetency(input: $input) {\n    ...EvaluationFields\n  }\n}\n\nmutation SignAsEvaluator($input: SignAsEvaluatorInput!) {\n  signAsEvaluator(input: $input) {\n    ...EvaluationFields\n  }\n}":
    types.EvaluationFieldsFragmentDoc,
  "query Framework($key: String!, $version: Int) {\n  framework(key: $key, version: $version) {\n    id\n    key\n    version\n    name\n    contentHash\n    scale {\n      levels {\n        key\n        name\n        description\n        points\n      }\n      plus {\n        name\n        description\n        points\n        allowedOn\n      }\n    }\n    policy {\n      commentRequiredOnLevels\n    }\n    earlierFramework {\n      name\n      competencies\n    }\n    clusters {\n      key\n      name\n      definition\n      appliesTo\n      competencies {\n        key\n        name\n        indicators\n        alignedWith\n        continues\n      }\n    }\n  }\n}\n\nquery LatestFramework {\n  framework {\n    key\n    version\n  }\n}\n\nmutation PublishFrameworkVersion($definition: JSONObject!) {\n  publishFrameworkVersion(definition: $definition) {\n    key\n    version\n    contentHash\n    competencies {\n      key\n      name\n      continues\n    }\n  }\n}":
    types.FrameworkDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "mutation RecordEmployee($input: EmployeeInput!) {\n  recordEmployee(input: $input) {\n    employeeId\n    name\n    jobClassification\n    unitId\n    supervises\n    reportsTo\n    version\n  }\n}\n\nmutation CreateCycle($input: CreateCycleInput!) {\n  createCycle(input: $input) {\n    cycleId\n    name\n    startsOn\n    endsOn\n    responseWindowDays\n    frameworkKey\n    frameworkVersion\n    status\n  }\n}",
): (typeof documents)["mutation RecordEmployee($input: EmployeeInput!) {\n  recordEmployee(input: $input) {\n    employeeId\n    name\n    jobClassification\n    unitId\n    supervises\n    reportsTo\n    version\n  }\n}\n\nmutation CreateCycle($input: CreateCycleInput!) {\n  createCycle(input: $input) {\n    cycleId\n    name\n    startsOn\n    endsOn\n    responseWindowDays\n    frameworkKey\n    frameworkVersion\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "fragment EvaluationFields on Evaluation {\n  id\n  employeeId\n  cycleId\n  evaluatorId\n  reviewerId\n  status\n  version\n  leadershipApplies\n  frameworkKey\n  framework {\n    version\n  }\n  employee {\n    name\n    jobClassification\n    unitId\n    supervises\n    reportsTo\n  }\n  ratings {\n    competencyKey\n    competencyName\n    level\n    levelName\n    plus\n    points\n    comment\n    ratedBy\n    revisionCount\n  }\n  unratedCompetencies {\n    key\n  }\n  signatures {\n    evaluator {\n      kind\n      signatoryId\n      effectiveAt\n      signedHash\n    }\n    employee {\n      kind\n      signatoryId\n    }\n    reviewer {\n      kind\n      signatoryId\n    }\n  }\n  nextAction {\n    party\n    employeeId\n  }\n}\n\nquery Evaluation($id: ID!) {\n  evaluation(id: $id) {\n    ...EvaluationFields\n  }\n}\n\nmutation OpenEvaluation($input: OpenEvaluationInput!) {\n  openEvaluation(input: $input) {\n    ...EvaluationFields\n  }\n}\n\nmutation RateCompetency($input: RateCompetencyInput!) {\n  rateCompetency(input: $input) {\n    ...EvaluationFields\n  }\n}\n\nmutation SignAsEvaluator($input: SignAsEvaluatorInput!) {\n  signAsEvaluator(input: $input) {\n    ...EvaluationFields\n  }\n}",
): (typeof documents)["fragment EvaluationFields on Evaluation {\n  id\n  employeeId\n  cycleId\n  evaluatorId\n  reviewerId\n  status\n  version\n  leadershipApplies\n  frameworkKey\n  framework {\n    version\n  }\n  employee {\n    name\n    jobClassification\n    unitId\n    supervises\n    reportsTo\n  }\n  ratings {\n    competencyKey\n    competencyName\n    level\n    levelName\n    plus\n    points\n    comment\n    ratedBy\n    revisionCount\n  }\n  unratedCompetencies {\n    key\n  }\n  signatures {\n    evaluator {\n      kind\n      signatoryId\n      effectiveAt\n      signedHash\n    }\n    employee {\n      kind\n      signatoryId\n    }\n    reviewer {\n      kind\n      signatoryId\n    }\n  }\n  nextAction {\n    party\n    employeeId\n  }\n}\n\nquery Evaluation($id: ID!) {\n  evaluation(id: $id) {\n    ...EvaluationFields\n  }\n}\n\nmutation OpenEvaluation($input: OpenEvaluationInput!) {\n  openEvaluation(input: $input) {\n    ...EvaluationFields\n  }\n}\n\nmutation RateCompetency($input: RateCompetencyInput!) {\n  rateCompetency(input: $input) {\n    ...EvaluationFields\n  }\n}\n\nmutation SignAsEvaluator($input: SignAsEvaluatorInput!) {\n  signAsEvaluator(input: $input) {\n    ...EvaluationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "query Framework($key: String!, $version: Int) {\n  framework(key: $key, version: $version) {\n    id\n    key\n    version\n    name\n    contentHash\n    scale {\n      levels {\n        key\n        name\n        description\n        points\n      }\n      plus {\n        name\n        description\n        points\n        allowedOn\n      }\n    }\n    policy {\n      commentRequiredOnLevels\n    }\n    earlierFramework {\n      name\n      competencies\n    }\n    clusters {\n      key\n      name\n      definition\n      appliesTo\n      competencies {\n        key\n        name\n        indicators\n        alignedWith\n        continues\n      }\n    }\n  }\n}\n\nquery LatestFramework {\n  framework {\n    key\n    version\n  }\n}\n\nmutation PublishFrameworkVersion($definition: JSONObject!) {\n  publishFrameworkVersion(definition: $definition) {\n    key\n    version\n    contentHash\n    competencies {\n      key\n      name\n      continues\n    }\n  }\n}",
): (typeof documents)["query Framework($key: String!, $version: Int) {\n  framework(key: $key, version: $version) {\n    id\n    key\n    version\n    name\n    contentHash\n    scale {\n      levels {\n        key\n        name\n        description\n        points\n      }\n      plus {\n        name\n        description\n        points\n        allowedOn\n      }\n    }\n    policy {\n      commentRequiredOnLevels\n    }\n    earlierFramework {\n      name\n      competencies\n    }\n    clusters {\n      key\n      name\n      definition\n      appliesTo\n      competencies {\n        key\n        name\n        indicators\n        alignedWith\n        continues\n      }\n    }\n  }\n}\n\nquery LatestFramework {\n  framework {\n    key\n    version\n  }\n}\n\nmutation PublishFrameworkVersion($definition: JSONObject!) {\n  publishFrameworkVersion(definition: $definition) {\n    key\n    version\n    contentHash\n    competencies {\n      key\n      name\n      continues\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
