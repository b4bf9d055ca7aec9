import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandEnvironment } from "../src/application/command-environment";
import { createCycle } from "../src/application/create-cycle";
import * as commands from "../src/application/evaluation-commands";
import { foldStoredEvaluation } from "../src/application/execute-evaluation-command";
import { openEvaluation } from "../src/application/open-evaluation";
import { publishBundledFrameworks } from "../src/application/publish-bundled-frameworks";
import { recordEmployee } from "../src/application/record-employee";
import type { Actor } from "../src/domain/actor";
import { LedgerError } from "../src/domain/errors";
import type { FrameworkDefinition } from "../src/domain/framework/framework-definition";
import type { RecordedEvent } from "../src/event-store/event-envelope";
import { readStream } from "../src/event-store/read-stream";
import {
  loadFrameworkFile,
  bundledFrameworkPaths,
} from "../src/frameworks/load-framework-file";
import { findEvaluationProjection } from "../src/projections/evaluation-projection";
import { createLogger } from "../src/server/logger";
import { openTestDatabase, type TestDatabase } from "./support/test-database";

// Parties of every generated evaluation. The evaluated employee changes per
// run; the evaluator, reviewer, HR and an outsider stay the same.
const evaluator: Actor = { userId: "u-s", employeeId: "S", roles: [] };
const reviewer: Actor = { userId: "u-d", employeeId: "D", roles: [] };
const hr: Actor = { userId: "u-hr", employeeId: null, roles: ["HR"] };
const outsider: Actor = { userId: "u-x", employeeId: "X", roles: [] };

// "right" picks whoever holds the role the command needs, so that runs get
// past the first signature; the others test that the wrong party is rejected.
type Party =
  "right" | "evaluator" | "employee" | "reviewer" | "hr" | "outsider";

type Step =
  | {
      kind: "rate" | "revise";
      party: Party;
      key: number;
      level: number;
      plus: boolean;
      comment: boolean;
      reason: boolean;
    }
  | { kind: "comment"; party: Party; key: number | null }
  | {
      kind:
        | "signAsEvaluator"
        | "acknowledge"
        | "refuse"
        | "signAsReviewer"
        | "respond";
      party: Party;
    }
  | { kind: "reopen" | "void"; party: Party; reason: boolean }
  | { kind: "reassignEvaluator"; party: Party };

const levels = ["DEVELOPING", "EFFECTIVE", "HIGHLY_EFFECTIVE", "OUTSTANDING"];

let database: TestDatabase;
let framework: FrameworkDefinition;
let competencyKeys: string[];
let cycleId: string;
let employeeCount = 0;
// Every status some run passed through, to show the runs reach deep states.
const statusesReached = new Set<string>();

function environment(actor: Actor): CommandEnvironment {
  return {
    db: database.db,
    actor,
    correlationId: randomUUID(),
    now: () => new Date(),
  };
}

const partyArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Party>("right") },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Party>(
      "evaluator",
      "employee",
      "reviewer",
      "hr",
      "outsider",
    ),
  },
);

const rightParty: Record<Step["kind"], Exclude<Party, "right">> = {
  rate: "evaluator",
  revise: "evaluator",
  comment: "evaluator",
  signAsEvaluator: "evaluator",
  refuse: "evaluator",
  reopen: "evaluator",
  acknowledge: "employee",
  respond: "employee",
  signAsReviewer: "reviewer",
  void: "hr",
  reassignEvaluator: "hr",
};

function stepArbitrary(keyCount: number): fc.Arbitrary<Step> {
  const key = fc.integer({ min: 0, max: keyCount });
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        kind: fc.constant("rate" as const),
        party: partyArbitrary,
        key,
        level: fc.integer({ min: 0, max: 3 }),
        plus: fc.boolean(),
        comment: fc.boolean(),
        reason: fc.boolean(),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("revise" as const),
        party: partyArbitrary,
        key,
        level: fc.integer({ min: 0, max: 3 }),
        plus: fc.boolean(),
        comment: fc.boolean(),
        reason: fc.boolean(),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("comment" as const),
        party: partyArbitrary,
        key: fc.option(key, { nil: null }),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constantFrom(
          "signAsEvaluator" as const,
          "acknowledge" as const,
          "refuse" as const,
          "signAsReviewer" as const,
          "respond" as const,
        ),
        party: partyArbitrary,
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constantFrom("reopen" as const, "void" as const),
        party: partyArbitrary,
        reason: fc.boolean(),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("reassignEvaluator" as const),
        party: partyArbitrary,
      }),
    },
  );
}

// Rating every competency early makes signatures reachable in short runs.
function rateAllSteps(keyCount: number): Step[] {
  return Array.from({ length: keyCount }, (_, key) => ({
    kind: "rate" as const,
    party: "evaluator" as const,
    key,
    level: key % 3,
    plus: key % 3 !== 0 && key % 2 === 0,
    comment: true,
    reason: false,
  }));
}

// The sign-offs in order, so that runs reach the later statuses often.
const signatureSteps: Step[] = [
  { kind: "signAsEvaluator", party: "right" },
  { kind: "acknowledge", party: "right" },
  { kind: "signAsReviewer", party: "right" },
];

async function runStep(
  step: Step,
  evaluationId: string,
  employee: Actor,
  currentEvaluator: Actor,
): Promise<void> {
  const party = step.party === "right" ? rightParty[step.kind] : step.party;
  const actor = {
    evaluator: currentEvaluator,
    employee,
    reviewer,
    hr,
    outsider,
  }[party];
  const env = environment(actor);
  const base = { evaluationId };
  const keyOf = (index: number) => competencyKeys[index] ?? "not-a-competency";
  switch (step.kind) {
    case "rate":
      await commands.rateCompetency(env, {
        ...base,
        competencyKey: keyOf(step.key),
        level: levels[step.level]!,
        plus: step.plus,
        comment: step.comment ? "Observed all year." : null,
      });
      return;
    case "revise":
      await commands.reviseRating(env, {
        ...base,
        competencyKey: keyOf(step.key),
        level: levels[step.level]!,
        plus: step.plus,
        comment: step.comment ? "Seen again." : undefined,
        reason: step.reason ? "New evidence." : null,
      });
      return;
    case "comment":
      await commands.addComment(env, {
        ...base,
        competencyKey: step.key === null ? null : keyOf(step.key),
        text: "A note.",
      });
      return;
    case "signAsEvaluator":
      await commands.signAsEvaluator(env, base);
      return;
    case "acknowledge":
      await commands.acknowledgeEvaluation(env, base);
      return;
    case "refuse":
      await commands.recordRefusal(env, { ...base, note: "Declined to sign." });
      return;
    case "signAsReviewer":
      await commands.signAsReviewer(env, base);
      return;
    case "respond":
      await commands.attachResponse(env, { ...base, text: "My response." });
      return;
    case "reopen":
      await commands.reopenEvaluation(env, {
        ...base,
        reason: step.reason ? "Correct a rating." : "",
      });
      return;
    case "void":
      await commands.voidEvaluation(env, {
        ...base,
        reason: step.reason ? "Opened in error." : "",
      });
      return;
    case "reassignEvaluator":
      await commands.reassignEvaluator(env, {
        ...base,
        to: "X",
        reason: "Supervisor on leave.",
      });
      return;
  }
}

/**
 * Checks the stored history against the rules, with its own small replay so
 * that a bug in the domain's fold cannot hide a broken rule.
 */
function checkHistory(events: RecordedEvent[], employeeUser: string): string[] {
  const problems: string[] = [];
  const supervisorsOnly = new Set(
    framework.clusters
      .filter((c) => c.appliesTo === "SUPERVISORS")
      .flatMap((c) => c.competencies.map((k) => k.key)),
  );
  const allKeys = new Set(competencyKeys);
  const rated = new Set<string>();
  let stage:
    "draft" | "awaitingEmployee" | "awaitingReviewer" | "final" | "voided" =
    "draft";
  let evaluatorUser = evaluator.userId;
  let leadershipApplies = false;

  for (const event of events) {
    const data = event.data as Record<string, unknown>;
    const actor = event.metadata.actorId;
    const where = `${event.type} at version ${event.streamVersion}`;
    if (stage === "voided") problems.push(`${where} follows a void`);
    switch (event.type) {
      case "EvaluationOpened":
        leadershipApplies = data.leadershipApplies as boolean;
        if (actor !== hr.userId) problems.push(`${where} by ${actor}`);
        break;
      case "CompetencyRated":
      case "RatingRevised": {
        const key = data.competencyKey as string;
        if (stage !== "draft") problems.push(`${where} while signed`);
        if (actor !== evaluatorUser) problems.push(`${where} by ${actor}`);
        if (!allKeys.has(key)) problems.push(`${where} rates unknown ${key}`);
        if (supervisorsOnly.has(key) && !leadershipApplies)
          problems.push(`${where} rates Leadership`);
        if (data.plus === true && data.level === "DEVELOPING")
          problems.push(`${where} puts + on Developing`);
        if (
          !["DEVELOPING", "EFFECTIVE", "HIGHLY_EFFECTIVE"].includes(
            data.level as string,
          )
        )
          problems.push(`${where} level ${String(data.level)}`);
        rated.add(key);
        break;
      }
      case "EvaluatorSigned": {
        const applicable = competencyKeys.filter(
          (key) => leadershipApplies || !supervisorsOnly.has(key),
        );
        if (stage !== "draft") problems.push(`${where} out of order`);
        if (actor !== evaluatorUser) problems.push(`${where} by ${actor}`);
        if (applicable.some((key) => !rated.has(key)))
          problems.push(`${where} with competencies unrated`);
        stage = "awaitingEmployee";
        break;
      }
      case "EmployeeAcknowledged":
        if (stage !== "awaitingEmployee")
          problems.push(`${where} out of order`);
        if (actor !== employeeUser) problems.push(`${where} by ${actor}`);
        stage = "awaitingReviewer";
        break;
      case "EmployeeRefusedToSign":
        if (stage !== "awaitingEmployee")
          problems.push(`${where} out of order`);
        if (actor !== evaluatorUser) problems.push(`${where} by ${actor}`);
        stage = "awaitingReviewer";
        break;
      case "ReviewerSigned":
        if (stage !== "awaitingReviewer")
          problems.push(`${where} out of order`);
        if (actor !== reviewer.userId) problems.push(`${where} by ${actor}`);
        stage = "final";
        break;
      case "EvaluationReopened":
        if (stage === "draft") problems.push(`${where} before a signature`);
        if (!event.metadata.reason) problems.push(`${where} without a reason`);
        stage = "draft";
        break;
      case "EvaluationVoided":
        if (actor !== hr.userId) problems.push(`${where} by ${actor}`);
        if (!event.metadata.reason) problems.push(`${where} without a reason`);
        stage = "voided";
        break;
      case "EvaluatorReassigned":
        if (actor !== hr.userId) problems.push(`${where} by ${actor}`);
        evaluatorUser = outsider.userId;
        break;
      case "EmployeeResponseAttached":
        if (actor !== employeeUser) problems.push(`${where} by ${actor}`);
        if (stage === "draft") problems.push(`${where} before a signature`);
        break;
      case "CommentAdded":
        break;
      default:
        problems.push(`unexpected event ${event.type}`);
    }
  }
  return problems;
}

beforeAll(async () => {
  database = await openTestDatabase();
  await publishBundledFrameworks(database.db, createLogger("silent"));
  framework = await loadFrameworkFile(bundledFrameworkPaths()[0]!);
  competencyKeys = framework.clusters.flatMap((c) =>
    c.competencies.map((k) => k.key),
  );
  for (const entry of [
    { employeeId: "D", supervises: true, reportsTo: null },
    { employeeId: "S", supervises: true, reportsTo: "D" },
    { employeeId: "X", supervises: false, reportsTo: "D" },
  ]) {
    await recordEmployee(environment(hr), {
      ...entry,
      name: `Person ${entry.employeeId}`,
      jobClassification: "Clerk",
      unitId: "office",
    });
  }
  const cycle = await createCycle(environment(hr), {
    name: "Property runs",
    startsOn: "2026-01-01",
    endsOn: "2026-12-31",
    responseWindowDays: 30,
    unitIds: [],
    jobClassifications: [],
  });
  cycleId = cycle.cycleId;
});

afterAll(async () => {
  await database?.close();
});

describe("evaluation history", () => {
  it("keeps every rule under random commands", async () => {
    const keyCount = competencyKeys.length;
    const scenario = fc.record({
      supervises: fc.boolean(),
      rateAllFirst: fc.boolean(),
      signaturesFirst: fc.integer({ min: 0, max: 3 }),
      steps: fc.array(stepArbitrary(keyCount), { minLength: 1, maxLength: 40 }),
    });

    await fc.assert(
      fc.asyncProperty(
        scenario,
        async ({ supervises, rateAllFirst, signaturesFirst, steps }) => {
          employeeCount += 1;
          const employeeId = `E${employeeCount}`;
          const employee: Actor = {
            userId: `u-${employeeId}`,
            employeeId,
            roles: [],
          };
          await recordEmployee(environment(hr), {
            employeeId,
            name: `Employee ${employeeId}`,
            jobClassification: "Clerk",
            unitId: "office",
            supervises,
            reportsTo: "S",
          });
          const opened = await openEvaluation(environment(hr), {
            employeeId,
            cycleId,
          });
          const streamId = `evaluation-${opened.id}`;
          const allSteps = [
            ...(rateAllFirst ? rateAllSteps(keyCount) : []),
            ...signatureSteps.slice(0, signaturesFirst),
            ...steps,
          ];

          let currentEvaluator = evaluator;
          for (const step of allSteps) {
            const before = (await readStream(database.db, streamId)).length;
            try {
              await runStep(step, opened.id, employee, currentEvaluator);
              if (step.kind === "reassignEvaluator")
                currentEvaluator = outsider;
            } catch (error) {
              if (!(error instanceof LedgerError)) throw error;
              const after = (await readStream(database.db, streamId)).length;
              expect(after, `${step.kind} was rejected but appended`).toBe(
                before,
              );
            }
          }

          const history = await readStream(database.db, streamId);
          const projection = await findEvaluationProjection(
            database.db,
            opened.id,
          );
          expect(projection).toEqual(foldStoredEvaluation(history));
          for (const event of history) {
            statusesReached.add(
              foldStoredEvaluation(
                history.slice(0, Number(event.streamVersion)),
              ).status,
            );
          }
          expect(checkHistory(history, employee.userId)).toEqual([]);
        },
      ),
      { numRuns: 60, seed: Number(process.env.PROPERTY_SEED ?? 20261204) },
    );
    expect([...statusesReached].sort()).toEqual([
      "AWAITING_EMPLOYEE",
      "AWAITING_REVIEWER",
      "DRAFT",
      "FINAL",
      "REOPENED",
      "VOIDED",
    ]);
  }, 240_000);
});
