import { describe, expect, it } from "vitest";
import type { Actor } from "../src/domain/actor";
import {
  ForbiddenError,
  InvalidInputError,
  LedgerError,
  RuleViolationError,
} from "../src/domain/errors";
import type { FrameworkDefinition } from "../src/domain/framework/framework-definition";
import {
  decideAcknowledge,
  decideRecordRefusal,
} from "../src/domain/evaluation/acknowledge";
import { decideAddComment } from "../src/domain/evaluation/add-comment";
import { decideAttachResponse } from "../src/domain/evaluation/attach-response";
import type {
  ResponseContext,
  SigningContext,
} from "../src/domain/evaluation/decision-context";
import type {
  EmployeeSnapshot,
  EvaluationEvent,
} from "../src/domain/evaluation/evaluation-events";
import {
  evolveEvaluation,
  foldEvaluation,
  type EvaluationState,
  type FoldableEvent,
} from "../src/domain/evaluation/evaluation-state";
import { nextActor } from "../src/domain/evaluation/evaluation-status";
import {
  decideOpenEvaluation,
  type OpenEvaluationCommand,
} from "../src/domain/evaluation/open-evaluation";
import { decideRateCompetency } from "../src/domain/evaluation/rate-competency";
import {
  decideReassignEvaluator,
  decideReassignReviewer,
} from "../src/domain/evaluation/reassign";
import { decideReopenEvaluation } from "../src/domain/evaluation/reopen-evaluation";
import { decideReviseRating } from "../src/domain/evaluation/revise-rating";
import { decideSignAsEvaluator } from "../src/domain/evaluation/sign-as-evaluator";
import { decideSignAsReviewer } from "../src/domain/evaluation/sign-as-reviewer";
import { decideVoidEvaluation } from "../src/domain/evaluation/void-evaluation";

// Fixtures: a small framework with two clusters for everyone and one for
// supervisors, and the people around one evaluation.

const framework: FrameworkDefinition = {
  key: "test-framework",
  version: 2,
  name: "Test Framework",
  description: "Two ordinary clusters and a Leadership cluster.",
  scale: {
    levels: [
      {
        key: "DEVELOPING",
        name: "Developing",
        description: "Inconsistent practice and outcomes",
        points: 1,
      },
      {
        key: "EFFECTIVE",
        name: "Effective",
        description: "Consistent practice and outcomes",
        points: 2,
      },
      {
        key: "HIGHLY_EFFECTIVE",
        name: "Highly Effective",
        description: "Exceptional practice and outcomes",
        points: 3,
      },
    ],
    plus: {
      name: "+",
      description: "Builds capacity of co-workers and peers",
      points: 0.5,
      allowedOn: ["EFFECTIVE", "HIGHLY_EFFECTIVE"],
    },
  },
  earlierFramework: null,
  policy: { commentRequiredOnLevels: ["DEVELOPING"] },
  clusters: [
    {
      key: "behavior-conduct",
      name: "Behavior/Conduct",
      definition: "appropriate behavior for the work setting",
      appliesTo: "ALL_EMPLOYEES",
      competencies: [
        competency("ethics-and-values", "Ethics & Values"),
        competency("sound-judgment", "Sound Judgment"),
      ],
    },
    {
      key: "communication",
      name: "Communication",
      definition: "providing and receiving information",
      appliesTo: "ALL_EMPLOYEES",
      competencies: [
        competency("written-communication", "Written Communication"),
      ],
    },
    {
      key: "leadership",
      name: "Leadership",
      definition: "management and supervision of staff",
      appliesTo: "SUPERVISORS",
      competencies: [competency("people-management", "People Management")],
    },
  ],
};

const ORDINARY_COMPETENCIES = [
  "ethics-and-values",
  "sound-judgment",
  "written-communication",
];

const hr: Actor = { userId: "user-hr", employeeId: "emp-hr", roles: ["HR"] };
const evaluator: Actor = {
  userId: "user-evaluator",
  employeeId: "emp-evaluator",
  roles: [],
};
const employee: Actor = {
  userId: "user-employee",
  employeeId: "emp-employee",
  roles: [],
};
const reviewer: Actor = {
  userId: "user-reviewer",
  employeeId: "emp-reviewer",
  roles: [],
};
const colleague: Actor = {
  userId: "user-colleague",
  employeeId: "emp-colleague",
  roles: [],
};

const employeeSnapshot: EmployeeSnapshot = {
  name: "Dana Reyes",
  jobClassification: "Office Technician",
  unitId: "unit-north-office",
  supervises: false,
  reportsTo: "emp-evaluator",
};

const START = Date.parse("2025-06-02T09:00:00.000Z");
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const RESPONSE_WINDOW_DAYS = 14;

function competency(key: string, name: string) {
  return { key, name, indicators: [], alignedWith: [], continues: null };
}

// Helpers: each step decides with the pure function, then folds the events
// as the application layer would after appending them.

type TestContext = SigningContext & ResponseContext;

function contextFor(
  actor: Actor,
  state: EvaluationState | null,
  now = timeOfNextStep(state),
): TestContext {
  return {
    actor,
    framework,
    now,
    streamHash: `hash-${state?.version ?? 0}`,
    responseWindowDays: RESPONSE_WINDOW_DAYS,
  };
}

function timeOfNextStep(state: EvaluationState | null): Date {
  return new Date(START + (state?.version ?? 0) * HOUR);
}

function record(
  state: EvaluationState | null,
  events: EvaluationEvent[],
  actor: Actor,
  effectiveAt: Date,
  recordedAt: Date = effectiveAt,
): EvaluationState {
  let next = state;
  for (const event of events) {
    const foldable = {
      ...event,
      recordedAt: recordedAt.toISOString(),
      metadata: {
        actorId: actor.userId,
        effectiveAt: effectiveAt.toISOString(),
        correlationId: "request-1",
        causationId: null,
        reason: null,
      },
      streamVersion: (next?.version ?? 0) + 1,
    } as FoldableEvent;
    next = evolveEvaluation(next, foldable);
  }
  if (next === null) {
    throw new Error("record() needs at least one event");
  }
  return next;
}

function act<Command>(
  state: EvaluationState | null,
  decide: (
    state: EvaluationState | null,
    command: Command,
    context: TestContext,
  ) => EvaluationEvent[],
  command: Command,
  actor: Actor,
  now = timeOfNextStep(state),
): EvaluationState {
  const events = decide(state, command, contextFor(actor, state, now));
  return record(state, events, actor, now);
}

/** Runs a decision that must be rejected and returns the error. */
function expectRejection(
  run: () => EvaluationEvent[],
  errorClass: new (...args: never[]) => LedgerError,
  code: string,
): LedgerError {
  let events: EvaluationEvent[] | undefined;
  let error: unknown;
  try {
    events = run();
  } catch (caught) {
    error = caught;
  }
  expect(events).toBeUndefined();
  expect(error).toBeInstanceOf(errorClass);
  expect((error as LedgerError).code).toBe(code);
  return error as LedgerError;
}

function openCommand(
  overrides: Partial<OpenEvaluationCommand> = {},
): OpenEvaluationCommand {
  return {
    evaluationId: "evaluation-1",
    employeeId: "emp-employee",
    cycleId: "cycle-2025-26",
    evaluatorId: "emp-evaluator",
    reviewerId: "emp-reviewer",
    employee: employeeSnapshot,
    ...overrides,
  };
}

function opened(overrides: Partial<OpenEvaluationCommand> = {}) {
  return act(null, decideOpenEvaluation, openCommand(overrides), hr);
}

function rated(state = opened(), competencyKeys = ORDINARY_COMPETENCIES) {
  let next = state;
  for (const competencyKey of competencyKeys) {
    next = act(
      next,
      decideRateCompetency,
      { competencyKey, level: "EFFECTIVE", plus: false },
      evaluator,
    );
  }
  return next;
}

function signed(state = rated()) {
  return act(state, decideSignAsEvaluator, {}, evaluator);
}

function acknowledged(state = signed()) {
  return act(state, decideAcknowledge, {}, employee);
}

function final(state = acknowledged()) {
  return act(state, decideSignAsReviewer, {}, reviewer);
}

function reopened(state = final()) {
  return act(
    state,
    decideReopenEvaluation,
    { reason: "The Sound Judgment rating used the wrong year." },
    evaluator,
  );
}

describe("opening an evaluation", () => {
  it("opens a draft pinned to the framework version", () => {
    const events = decideOpenEvaluation(
      null,
      openCommand(),
      contextFor(hr, null),
    );

    expect(events).toEqual([
      {
        type: "EvaluationOpened",
        data: {
          evaluationId: "evaluation-1",
          employeeId: "emp-employee",
          cycleId: "cycle-2025-26",
          evaluatorId: "emp-evaluator",
          reviewerId: "emp-reviewer",
          framework: { key: "test-framework", version: 2 },
          leadershipApplies: false,
          employee: employeeSnapshot,
        },
      },
    ]);
  });

  it("applies Leadership to a supervisor", () => {
    const state = opened({
      employee: { ...employeeSnapshot, supervises: true },
    });

    expect(state.leadershipApplies).toBe(true);
  });

  it("rejects opening an open evaluation", () => {
    const state = opened();

    expectRejection(
      () => decideOpenEvaluation(state, openCommand(), contextFor(hr, state)),
      RuleViolationError,
      "EVALUATION_ALREADY_OPEN",
    );
  });

  it("rejects opening by a user without HR", () => {
    const error = expectRejection(
      () =>
        decideOpenEvaluation(null, openCommand(), contextFor(evaluator, null)),
      ForbiddenError,
      "FORBIDDEN",
    );

    expect(error.message).toContain("Only HR");
  });

  it("rejects HR opening their own evaluation", () => {
    expectRejection(
      () =>
        decideOpenEvaluation(
          null,
          openCommand({ employeeId: "emp-hr" }),
          contextFor(hr, null),
        ),
      ForbiddenError,
      "FORBIDDEN",
    );
  });

  it("rejects the employee as evaluator", () => {
    expectRejection(
      () =>
        decideOpenEvaluation(
          null,
          openCommand({ evaluatorId: "emp-employee" }),
          contextFor(hr, null),
        ),
      RuleViolationError,
      "SELF_EVALUATION",
    );
  });

  it("rejects the employee as reviewer", () => {
    expectRejection(
      () =>
        decideOpenEvaluation(
          null,
          openCommand({ reviewerId: "emp-employee" }),
          contextFor(hr, null),
        ),
      RuleViolationError,
      "SELF_EVALUATION",
    );
  });

  it("rejects the evaluator as reviewer", () => {
    expectRejection(
      () =>
        decideOpenEvaluation(
          null,
          openCommand({ reviewerId: "emp-evaluator" }),
          contextFor(hr, null),
        ),
      RuleViolationError,
      "REVIEWER_IS_EVALUATOR",
    );
  });

  it("rejects a blank cycle id", () => {
    const error = expectRejection(
      () =>
        decideOpenEvaluation(
          null,
          openCommand({ cycleId: "  " }),
          contextFor(hr, null),
        ),
      InvalidInputError,
      "BAD_USER_INPUT",
    );

    expect(error.details).toEqual({ field: "cycleId" });
  });
});

describe("folding events", () => {
  it("returns null for an empty stream", () => {
    expect(foldEvaluation([])).toBeNull();
  });

  it("throws on an event before EvaluationOpened", () => {
    expect(() =>
      evolveEvaluation(null, {
        type: "EvaluationVoided",
        data: { reason: "Opened in error." },
        metadata: {
          actorId: "user-hr",
          effectiveAt: new Date(START).toISOString(),
          correlationId: "request-1",
          causationId: null,
          reason: null,
        },
        streamVersion: 1,
      }),
    ).toThrow(/must start with EvaluationOpened/);
  });

  it("throws on a gap in stream versions", () => {
    const state = opened();

    expect(() =>
      evolveEvaluation(state, {
        type: "CommentAdded",
        data: { competencyKey: null, text: "Good year." },
        metadata: {
          actorId: "user-evaluator",
          effectiveAt: new Date(START).toISOString(),
          correlationId: "request-1",
          causationId: null,
          reason: null,
        },
        streamVersion: 3,
      }),
    ).toThrow(/version 2, not 3/);
  });

  it("throws on an event after EvaluationVoided", () => {
    const voided = act(
      opened(),
      decideVoidEvaluation,
      { reason: "Opened for the wrong employee." },
      hr,
    );

    expect(() =>
      record(
        voided,
        [{ type: "CommentAdded", data: { competencyKey: null, text: "x" } }],
        evaluator,
        new Date(START),
      ),
    ).toThrow(/was voided/);
  });

  it("leaves the earlier state untouched", () => {
    const before = opened();
    const after = rated(before, ["ethics-and-values"]);

    expect(before.ratings).toEqual({});
    expect(before.version).toBe(1);
    expect(after.version).toBe(2);
  });
});

describe("rating a competency", () => {
  it("records level, mark, trimmed comment, rater and time", () => {
    const state = act(
      opened(),
      decideRateCompetency,
      {
        competencyKey: "sound-judgment",
        level: "HIGHLY_EFFECTIVE",
        plus: true,
        comment: "  Weighs options carefully.  ",
      },
      evaluator,
    );

    expect(state.ratings["sound-judgment"]).toEqual({
      competencyKey: "sound-judgment",
      level: "HIGHLY_EFFECTIVE",
      plus: true,
      comment: "Weighs options carefully.",
      ratedBy: "user-evaluator",
      ratedAt: new Date(START + HOUR).toISOString(),
      revisedBy: null,
      revisedAt: null,
      revisionReason: null,
      revisionCount: 0,
    });
  });

  it("stores a blank comment as none", () => {
    const state = act(
      opened(),
      decideRateCompetency,
      {
        competencyKey: "sound-judgment",
        level: "EFFECTIVE",
        plus: false,
        comment: "   ",
      },
      evaluator,
    );

    expect(state.ratings["sound-judgment"]?.comment).toBeNull();
  });

  it("rejects + on Developing", () => {
    const state = opened();

    const error = expectRejection(
      () =>
        decideRateCompetency(
          state,
          { competencyKey: "sound-judgment", level: "DEVELOPING", plus: true },
          contextFor(evaluator, state),
        ),
      RuleViolationError,
      "PLUS_NOT_ALLOWED",
    );

    expect(error.message).toBe(
      "Developing cannot carry a + mark. The + applies only to Effective or Highly Effective.",
    );
  });

  it("rejects a level outside the scale", () => {
    const state = opened();

    const error = expectRejection(
      () =>
        decideRateCompetency(
          state,
          {
            competencyKey: "sound-judgment",
            level: "OUTSTANDING",
            plus: false,
          },
          contextFor(evaluator, state),
        ),
      RuleViolationError,
      "UNKNOWN_LEVEL",
    );

    expect(error.message).toContain(
      "Choose Developing, Effective or Highly Effective",
    );
  });

  it("rejects a competency outside the pinned version", () => {
    const state = opened();

    expectRejection(
      () =>
        decideRateCompetency(
          state,
          { competencyKey: "integrity", level: "EFFECTIVE", plus: false },
          contextFor(evaluator, state),
        ),
      RuleViolationError,
      "COMPETENCY_NOT_IN_FRAMEWORK",
    );
  });

  it("rejects Leadership for a non-supervisor", () => {
    const state = opened();

    const error = expectRejection(
      () =>
        decideRateCompetency(
          state,
          {
            competencyKey: "people-management",
            level: "EFFECTIVE",
            plus: false,
          },
          contextFor(evaluator, state),
        ),
      RuleViolationError,
      "LEADERSHIP_NOT_APPLICABLE",
    );

    expect(error.message).toContain("People Management belongs to Leadership");
  });

  it("accepts Leadership for a supervisor", () => {
    const state = opened({
      employee: { ...employeeSnapshot, supervises: true },
    });

    const next = rated(state, ["people-management"]);

    expect(next.ratings["people-management"]?.level).toBe("EFFECTIVE");
  });

  it("rejects rating a rated competency", () => {
    const state = rated(opened(), ["sound-judgment"]);

    const error = expectRejection(
      () =>
        decideRateCompetency(
          state,
          { competencyKey: "sound-judgment", level: "EFFECTIVE", plus: false },
          contextFor(evaluator, state),
        ),
      RuleViolationError,
      "ALREADY_RATED",
    );

    expect(error.message).toContain("Revise the rating");
  });

  it("rejects a comment over 4000 characters", () => {
    const state = opened();

    const error = expectRejection(
      () =>
        decideRateCompetency(
          state,
          {
            competencyKey: "sound-judgment",
            level: "EFFECTIVE",
            plus: false,
            comment: "a".repeat(4001),
          },
          contextFor(evaluator, state),
        ),
      InvalidInputError,
      "BAD_USER_INPUT",
    );

    expect(error.details).toMatchObject({ field: "comment", maxLength: 4000 });
  });

  it.each([
    ["the employee", employee],
    ["the reviewer", reviewer],
    ["a colleague", colleague],
    ["HR", hr],
  ])("rejects rating by %s", (_name, actor) => {
    const state = opened();

    const error = expectRejection(
      () =>
        decideRateCompetency(
          state,
          { competencyKey: "sound-judgment", level: "EFFECTIVE", plus: false },
          contextFor(actor, state),
        ),
      ForbiddenError,
      "FORBIDDEN",
    );

    expect(error.message).toContain("evaluator");
  });

  it("rejects rating after the evaluator signed", () => {
    const state = signed();

    expectRejection(
      () =>
        decideRateCompetency(
          state,
          { competencyKey: "sound-judgment", level: "EFFECTIVE", plus: false },
          contextFor(evaluator, state),
        ),
      RuleViolationError,
      "EVALUATION_SIGNED",
    );
  });
});

describe("revising a rating", () => {
  it("keeps the previous value in the event", () => {
    const state = rated();

    const events = decideReviseRating(
      state,
      {
        competencyKey: "sound-judgment",
        level: "HIGHLY_EFFECTIVE",
        plus: true,
        comment: "Led the records clean-up.",
      },
      contextFor(evaluator, state),
    );

    expect(events).toEqual([
      {
        type: "RatingRevised",
        data: {
          competencyKey: "sound-judgment",
          level: "HIGHLY_EFFECTIVE",
          plus: true,
          comment: "Led the records clean-up.",
          previous: { level: "EFFECTIVE", plus: false, comment: null },
          reason: null,
        },
      },
    ]);
  });

  it("counts revisions and keeps the first rater", () => {
    let state = rated();
    state = act(
      state,
      decideReviseRating,
      { competencyKey: "sound-judgment", level: "DEVELOPING", plus: false },
      evaluator,
    );
    state = act(
      state,
      decideReviseRating,
      { competencyKey: "sound-judgment", level: "EFFECTIVE", plus: true },
      evaluator,
    );

    const rating = state.ratings["sound-judgment"];
    expect(rating?.level).toBe("EFFECTIVE");
    expect(rating?.plus).toBe(true);
    expect(rating?.revisionCount).toBe(2);
    expect(rating?.ratedAt).toBe(new Date(START + 2 * HOUR).toISOString());
    expect(rating?.revisedAt).toBe(new Date(START + 5 * HOUR).toISOString());
  });

  it("keeps the comment when the command omits it", () => {
    const state = act(
      opened(),
      decideRateCompetency,
      {
        competencyKey: "sound-judgment",
        level: "EFFECTIVE",
        plus: false,
        comment: "Steady.",
      },
      evaluator,
    );

    const events = decideReviseRating(
      state,
      { competencyKey: "sound-judgment", level: "EFFECTIVE", plus: true },
      contextFor(evaluator, state),
    );

    expect(events[0]?.data).toMatchObject({ comment: "Steady.", plus: true });
  });

  it("rejects revising an unrated competency", () => {
    const state = opened();

    const error = expectRejection(
      () =>
        decideReviseRating(
          state,
          { competencyKey: "sound-judgment", level: "EFFECTIVE", plus: false },
          contextFor(evaluator, state),
        ),
      RuleViolationError,
      "NOT_RATED",
    );

    expect(error.message).toContain("Rate it instead");
  });

  it("rejects a revision that changes nothing", () => {
    const state = rated();

    expectRejection(
      () =>
        decideReviseRating(
          state,
          {
            competencyKey: "sound-judgment",
            level: "EFFECTIVE",
            plus: false,
            comment: "   ",
          },
          contextFor(evaluator, state),
        ),
      RuleViolationError,
      "NO_CHANGE",
    );
  });

  it("rejects + on Developing in a revision", () => {
    const state = rated();

    expectRejection(
      () =>
        decideReviseRating(
          state,
          { competencyKey: "sound-judgment", level: "DEVELOPING", plus: true },
          contextFor(evaluator, state),
        ),
      RuleViolationError,
      "PLUS_NOT_ALLOWED",
    );
  });

  it("rejects revising after the evaluator signed", () => {
    const state = signed();

    expectRejection(
      () =>
        decideReviseRating(
          state,
          {
            competencyKey: "sound-judgment",
            level: "HIGHLY_EFFECTIVE",
            plus: false,
            reason: "Late evidence.",
          },
          contextFor(evaluator, state),
        ),
      RuleViolationError,
      "EVALUATION_SIGNED",
    );
  });

  it("requires a reason once ever signed", () => {
    const state = reopened();

    expectRejection(
      () =>
        decideReviseRating(
          state,
          {
            competencyKey: "sound-judgment",
            level: "HIGHLY_EFFECTIVE",
            plus: false,
            reason: "  ",
          },
          contextFor(evaluator, state),
        ),
      RuleViolationError,
      "REASON_REQUIRED",
    );
  });

  it("records the reason after a reopen", () => {
    const state = act(
      reopened(),
      decideReviseRating,
      {
        competencyKey: "sound-judgment",
        level: "HIGHLY_EFFECTIVE",
        plus: false,
        reason: " Rated against last year's goals. ",
      },
      evaluator,
    );

    expect(state.ratings["sound-judgment"]?.revisionReason).toBe(
      "Rated against last year's goals.",
    );
  });
});

describe("adding a comment", () => {
  it("stores an overall comment with its author", () => {
    const state = act(
      opened(),
      decideAddComment,
      { competencyKey: null, text: " A strong year. " },
      evaluator,
    );

    expect(state.comments).toEqual([
      {
        competencyKey: null,
        text: "A strong year.",
        authorId: "user-evaluator",
        effectiveAt: new Date(START + HOUR).toISOString(),
      },
    ]);
  });

  it("rejects an empty comment", () => {
    const state = opened();

    const error = expectRejection(
      () =>
        decideAddComment(
          state,
          { competencyKey: "sound-judgment", text: " \n " },
          contextFor(evaluator, state),
        ),
      InvalidInputError,
      "BAD_USER_INPUT",
    );

    expect(error.details).toEqual({ field: "comment" });
  });

  it("rejects a competency comment after signing", () => {
    const state = signed();

    expectRejection(
      () =>
        decideAddComment(
          state,
          { competencyKey: "sound-judgment", text: "One more thing." },
          contextFor(evaluator, state),
        ),
      RuleViolationError,
      "EVALUATION_SIGNED",
    );
  });

  it("rejects a Leadership comment for a non-supervisor", () => {
    const state = opened();

    expectRejection(
      () =>
        decideAddComment(
          state,
          { competencyKey: "people-management", text: "Runs a tidy team." },
          contextFor(evaluator, state),
        ),
      RuleViolationError,
      "LEADERSHIP_NOT_APPLICABLE",
    );
  });

  it("lets the reviewer comment overall after signing", () => {
    const state = act(
      acknowledged(),
      decideAddComment,
      { competencyKey: null, text: "Agree with the evaluator." },
      reviewer,
    );

    expect(state.comments.at(-1)?.authorId).toBe("user-reviewer");
  });

  it("rejects a reviewer comment on a competency", () => {
    const state = opened();

    expectRejection(
      () =>
        decideAddComment(
          state,
          { competencyKey: "sound-judgment", text: "Seems high." },
          contextFor(reviewer, state),
        ),
      ForbiddenError,
      "FORBIDDEN",
    );
  });

  it("rejects a comment by the employee", () => {
    const state = opened();

    expectRejection(
      () =>
        decideAddComment(
          state,
          { competencyKey: null, text: "I disagree." },
          contextFor(employee, state),
        ),
      ForbiddenError,
      "FORBIDDEN",
    );
  });
});

describe("signing as evaluator", () => {
  it("rejects signing with competencies unrated", () => {
    const state = rated(opened(), ["sound-judgment"]);

    const error = expectRejection(
      () => decideSignAsEvaluator(state, {}, contextFor(evaluator, state)),
      RuleViolationError,
      "RATINGS_INCOMPLETE",
    );

    expect(error.message).toBe(
      "Rate every competency before signing. Not rated yet: Ethics & Values and Written Communication.",
    );
    expect(error.details).toEqual({
      missingCompetencies: [
        { competencyKey: "ethics-and-values", name: "Ethics & Values" },
        {
          competencyKey: "written-communication",
          name: "Written Communication",
        },
      ],
    });
  });

  it("requires Leadership ratings for a supervisor", () => {
    const state = rated(
      opened({ employee: { ...employeeSnapshot, supervises: true } }),
    );

    const error = expectRejection(
      () => decideSignAsEvaluator(state, {}, contextFor(evaluator, state)),
      RuleViolationError,
      "RATINGS_INCOMPLETE",
    );

    expect(error.message).toContain("People Management");
  });

  it("requires a comment on a Developing rating", () => {
    const state = act(
      rated(),
      decideReviseRating,
      { competencyKey: "sound-judgment", level: "DEVELOPING", plus: false },
      evaluator,
    );

    const error = expectRejection(
      () => decideSignAsEvaluator(state, {}, contextFor(evaluator, state)),
      RuleViolationError,
      "COMMENT_REQUIRED",
    );

    expect(error.message).toBe(
      "A rating of Developing needs a comment before signing. Add a comment for Sound Judgment.",
    );
    expect(error.details).toEqual({
      uncommentedCompetencies: [
        { competencyKey: "sound-judgment", name: "Sound Judgment" },
      ],
    });
  });

  it("accepts a competency comment for Developing", () => {
    let state = act(
      rated(),
      decideReviseRating,
      { competencyKey: "sound-judgment", level: "DEVELOPING", plus: false },
      evaluator,
    );
    state = act(
      state,
      decideAddComment,
      { competencyKey: "sound-judgment", text: "Needs to check facts." },
      evaluator,
    );

    const next = signed(state);

    expect(next.status).toBe("AWAITING_EMPLOYEE");
  });

  it("stores the stream hash as signed hash", () => {
    const state = rated();

    const events = decideSignAsEvaluator(
      state,
      {},
      contextFor(evaluator, state),
    );

    expect(events).toEqual([
      { type: "EvaluatorSigned", data: { signedHash: "hash-4" } },
    ]);
  });

  it("rejects the employee signing as evaluator", () => {
    const state = rated();

    const error = expectRejection(
      () => decideSignAsEvaluator(state, {}, contextFor(employee, state)),
      ForbiddenError,
      "FORBIDDEN",
    );

    expect(error.message).toContain("employee being evaluated");
  });

  it("rejects a second evaluator signature", () => {
    const state = signed();

    const error = expectRejection(
      () => decideSignAsEvaluator(state, {}, contextFor(evaluator, state)),
      RuleViolationError,
      "OUT_OF_ORDER",
    );

    expect(error.message).toContain("The employee acknowledges it next");
  });

  it("rejects a signature date in the future", () => {
    const state = rated();
    const context = contextFor(evaluator, state);

    const error = expectRejection(
      () =>
        decideSignAsEvaluator(
          state,
          { effectiveAt: new Date(context.now.getTime() + 1) },
          context,
        ),
      InvalidInputError,
      "BAD_USER_INPUT",
    );

    expect(error.details).toMatchObject({ field: "effectiveAt" });
  });

  it("rejects a signature date before opening", () => {
    const state = rated();

    expectRejection(
      () =>
        decideSignAsEvaluator(
          state,
          { effectiveAt: new Date(START - 1) },
          contextFor(evaluator, state),
        ),
      InvalidInputError,
      "BAD_USER_INPUT",
    );
  });
});

describe("signing order", () => {
  it("rejects acknowledging before the evaluator signs", () => {
    const state = rated();

    const error = expectRejection(
      () => decideAcknowledge(state, {}, contextFor(employee, state)),
      RuleViolationError,
      "OUT_OF_ORDER",
    );

    expect(error.message).toBe(
      "The employee cannot acknowledge now. The evaluator signs first, once every competency is rated.",
    );
  });

  it("rejects the reviewer before the employee", () => {
    const state = signed();

    const error = expectRejection(
      () => decideSignAsReviewer(state, {}, contextFor(reviewer, state)),
      RuleViolationError,
      "OUT_OF_ORDER",
    );

    expect(error.details).toEqual({
      status: "AWAITING_EMPLOYEE",
      nextParty: "EMPLOYEE",
    });
  });

  it("rejects a refusal before the evaluator signs", () => {
    const state = rated();

    expectRejection(
      () => decideRecordRefusal(state, {}, contextFor(evaluator, state)),
      RuleViolationError,
      "OUT_OF_ORDER",
    );
  });

  it("rejects acknowledgement by the evaluator", () => {
    const state = signed();

    expectRejection(
      () => decideAcknowledge(state, {}, contextFor(evaluator, state)),
      ForbiddenError,
      "FORBIDDEN",
    );
  });

  it("rejects a refusal recorded by the employee", () => {
    const state = signed();

    expectRejection(
      () => decideRecordRefusal(state, {}, contextFor(employee, state)),
      ForbiddenError,
      "FORBIDDEN",
    );
  });

  it("rejects an acknowledgement dated before the evaluator", () => {
    const state = signed();

    expectRejection(
      () =>
        decideAcknowledge(
          state,
          { effectiveAt: new Date(START) },
          contextFor(employee, state),
        ),
      InvalidInputError,
      "BAD_USER_INPUT",
    );
  });

  it("rejects the reviewer sign without a reviewer", () => {
    const state = acknowledged(signed(rated(opened({ reviewerId: null }))));

    expectRejection(
      () => decideSignAsReviewer(state, {}, contextFor(reviewer, state)),
      RuleViolationError,
      "REVIEWER_NOT_ASSIGNED",
    );
    expect(nextActor(state)).toEqual({ party: "REVIEWER", employeeId: null });
  });

  it("rejects signing by a colleague as reviewer", () => {
    const state = acknowledged();

    expectRejection(
      () => decideSignAsReviewer(state, {}, contextFor(colleague, state)),
      ForbiddenError,
      "FORBIDDEN",
    );
  });
});

describe("evaluation lifecycle", () => {
  it("moves from open to final in order", () => {
    const draft = opened();
    expect(draft.status).toBe("DRAFT");
    expect(nextActor(draft)).toEqual({
      party: "EVALUATOR",
      employeeId: "emp-evaluator",
    });

    const ratedDraft = rated(draft);
    expect(ratedDraft.status).toBe("DRAFT");
    expect(Object.keys(ratedDraft.ratings).sort()).toEqual(
      [...ORDINARY_COMPETENCIES].sort(),
    );

    const awaitingEmployee = signed(ratedDraft);
    expect(awaitingEmployee.status).toBe("AWAITING_EMPLOYEE");
    expect(awaitingEmployee.everSigned).toBe(true);
    expect(nextActor(awaitingEmployee)).toEqual({
      party: "EMPLOYEE",
      employeeId: "emp-employee",
    });

    const awaitingReviewer = acknowledged(awaitingEmployee);
    expect(awaitingReviewer.status).toBe("AWAITING_REVIEWER");
    expect(nextActor(awaitingReviewer)).toEqual({
      party: "REVIEWER",
      employeeId: "emp-reviewer",
    });

    const done = final(awaitingReviewer);
    expect(done.status).toBe("FINAL");
    expect(nextActor(done)).toEqual({ party: null, employeeId: null });
    expect(done.version).toBe(7);
  });

  it("keeps who signed, when and over what", () => {
    const state = final();

    expect(state.signatures.evaluator).toEqual({
      kind: "EVALUATOR_SIGNED",
      signatoryId: "emp-evaluator",
      recordedBy: "user-evaluator",
      effectiveAt: new Date(START + 4 * HOUR).toISOString(),
      recordedAt: new Date(START + 4 * HOUR).toISOString(),
      signedHash: "hash-4",
      refusalNote: null,
      streamVersion: 5,
    });
    expect(state.signatures.employee?.kind).toBe("EMPLOYEE_ACKNOWLEDGED");
    expect(state.signatures.employee?.signatoryId).toBe("emp-employee");
    expect(state.signatures.reviewer?.kind).toBe("REVIEWER_SIGNED");
    expect(state.signatures.reviewer?.signedHash).toBe("hash-6");
    expect(state.signatureHistory.map((entry) => entry.counts)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it("counts the response window from recording", () => {
    const state = rated();
    const signedOn = new Date(state.lastChangedAt);
    const recordedOn = new Date(signedOn.getTime() + 20 * DAY);

    const events = decideSignAsEvaluator(
      state,
      { effectiveAt: signedOn },
      contextFor(evaluator, state, recordedOn),
    );
    const next = record(state, events, evaluator, signedOn, recordedOn);

    expect(next.signatures.evaluator?.effectiveAt).toBe(signedOn.toISOString());
    const closesAt = recordedOn.getTime() + RESPONSE_WINDOW_DAYS * DAY;
    expect(
      decideAttachResponse(
        next,
        { text: "Read it today." },
        contextFor(employee, next, new Date(closesAt)),
      ),
    ).toHaveLength(1);
    expectRejection(
      () =>
        decideAttachResponse(
          next,
          { text: "Late thoughts." },
          contextFor(employee, next, new Date(closesAt + 1)),
        ),
      RuleViolationError,
      "RESPONSE_WINDOW_CLOSED",
    );
  });

  it("rejects a signature dated before the last rating", () => {
    const state = rated();
    const beforeLastRating = new Date(Date.parse(state.lastChangedAt) - 1);

    expectRejection(
      () =>
        decideSignAsEvaluator(
          state,
          { effectiveAt: beforeLastRating },
          contextFor(evaluator, state),
        ),
      InvalidInputError,
      "BAD_USER_INPUT",
    );
  });

  it("proceeds on a recorded refusal", () => {
    const state = act(
      signed(),
      decideRecordRefusal,
      { note: "  Declined to sign in the meeting.  " },
      evaluator,
    );

    expect(state.status).toBe("AWAITING_REVIEWER");
    expect(state.signatures.employee).toMatchObject({
      kind: "EMPLOYEE_REFUSED",
      signatoryId: "emp-employee",
      recordedBy: "user-evaluator",
      signedHash: null,
      refusalNote: "Declined to sign in the meeting.",
    });
    expect(nextActor(state).party).toBe("REVIEWER");

    const done = final(state);
    expect(done.status).toBe("FINAL");
  });

  it("reopens with earlier signatures kept", () => {
    const state = reopened();

    expect(state.status).toBe("REOPENED");
    expect(state.reopenCount).toBe(1);
    expect(state.everSigned).toBe(true);
    expect(state.signatures).toEqual({
      evaluator: null,
      employee: null,
      reviewer: null,
    });
    expect(state.signatureHistory).toHaveLength(3);
    expect(state.signatureHistory.every((entry) => !entry.counts)).toBe(true);
    expect(nextActor(state)).toEqual({
      party: "EVALUATOR",
      employeeId: "emp-evaluator",
    });
  });

  it("signs again to final after a reopen", () => {
    let state = act(
      reopened(),
      decideReviseRating,
      {
        competencyKey: "sound-judgment",
        level: "HIGHLY_EFFECTIVE",
        plus: true,
        reason: "Rated against last year's goals.",
      },
      evaluator,
    );
    state = signed(state);
    expect(state.status).toBe("AWAITING_EMPLOYEE");

    state = final(acknowledged(state));

    expect(state.status).toBe("FINAL");
    expect(state.signatureHistory.map((entry) => entry.counts)).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
    expect(state.signatures.evaluator?.streamVersion).toBe(10);
  });

  it("rejects reopening an unsigned evaluation", () => {
    const state = rated();

    expectRejection(
      () =>
        decideReopenEvaluation(
          state,
          { reason: "Fix a typo." },
          contextFor(evaluator, state),
        ),
      RuleViolationError,
      "EVALUATION_NOT_SIGNED",
    );
  });

  it("rejects reopening without a reason", () => {
    const state = final();

    const error = expectRejection(
      () =>
        decideReopenEvaluation(
          state,
          { reason: "   " },
          contextFor(reviewer, state),
        ),
      RuleViolationError,
      "REASON_REQUIRED",
    );

    expect(error.details).toEqual({ field: "reason" });
  });

  it("rejects a reason over 2000 characters", () => {
    const state = final();

    expectRejection(
      () =>
        decideReopenEvaluation(
          state,
          { reason: "x".repeat(2001) },
          contextFor(hr, state),
        ),
      InvalidInputError,
      "BAD_USER_INPUT",
    );
  });

  it("rejects reopening by the employee", () => {
    const state = final();

    expectRejection(
      () =>
        decideReopenEvaluation(
          state,
          { reason: "I disagree." },
          contextFor(employee, state),
        ),
      ForbiddenError,
      "FORBIDDEN",
    );
  });
});

describe("attaching an employee response", () => {
  const signedAt = START + 4 * HOUR;
  const closesAt = signedAt + RESPONSE_WINDOW_DAYS * DAY;

  it("accepts a response at the window's last instant", () => {
    const state = act(
      acknowledged(),
      decideAttachResponse,
      { text: "  I was covering two desks in March.  " },
      employee,
      new Date(closesAt),
    );

    expect(state.responses).toEqual([
      {
        text: "I was covering two desks in March.",
        authorId: "user-employee",
        effectiveAt: new Date(closesAt).toISOString(),
      },
    ]);
  });

  it("rejects a response just after the window", () => {
    const state = acknowledged();

    const error = expectRejection(
      () =>
        decideAttachResponse(
          state,
          { text: "Late thoughts." },
          contextFor(employee, state, new Date(closesAt + 1)),
        ),
      RuleViolationError,
      "RESPONSE_WINDOW_CLOSED",
    );

    expect(error.details).toEqual({
      signedAt: new Date(signedAt).toISOString(),
      closesAt: new Date(closesAt).toISOString(),
      responseWindowDays: RESPONSE_WINDOW_DAYS,
    });
  });

  it("accepts a response on a final evaluation", () => {
    const state = act(
      final(),
      decideAttachResponse,
      { text: "For the record." },
      employee,
      new Date(closesAt - 1),
    );

    expect(state.status).toBe("FINAL");
    expect(state.responses).toHaveLength(1);
  });

  it("rejects a response before the evaluator signs", () => {
    const state = rated();

    expectRejection(
      () =>
        decideAttachResponse(
          state,
          { text: "Early thoughts." },
          contextFor(employee, state),
        ),
      RuleViolationError,
      "EVALUATION_NOT_SIGNED",
    );
  });

  it("rejects a response by the evaluator", () => {
    const state = signed();

    expectRejection(
      () =>
        decideAttachResponse(
          state,
          { text: "On the employee's behalf." },
          contextFor(evaluator, state),
        ),
      ForbiddenError,
      "FORBIDDEN",
    );
  });

  it("rejects an empty response", () => {
    const state = signed();

    const error = expectRejection(
      () =>
        decideAttachResponse(
          state,
          { text: "  " },
          contextFor(employee, state),
        ),
      InvalidInputError,
      "BAD_USER_INPUT",
    );

    expect(error.details).toEqual({ field: "response" });
  });
});

describe("reassigning and voiding", () => {
  it("hands the evaluation to a new evaluator", () => {
    const state = act(
      rated(opened(), ["sound-judgment"]),
      decideReassignEvaluator,
      { to: "emp-colleague", reason: "Transferred to another office." },
      hr,
    );

    expect(state.evaluatorId).toBe("emp-colleague");
    expect(nextActor(state).employeeId).toBe("emp-colleague");
    expectRejection(
      () =>
        decideRateCompetency(
          state,
          {
            competencyKey: "ethics-and-values",
            level: "EFFECTIVE",
            plus: false,
          },
          contextFor(evaluator, state),
        ),
      ForbiddenError,
      "FORBIDDEN",
    );
    expect(
      decideRateCompetency(
        state,
        { competencyKey: "ethics-and-values", level: "EFFECTIVE", plus: false },
        contextFor(colleague, state),
      ),
    ).toHaveLength(1);
  });

  it("rejects reassignment by the evaluator", () => {
    const state = opened();

    const error = expectRejection(
      () =>
        decideReassignEvaluator(
          state,
          { to: "emp-colleague", reason: "Going on leave." },
          contextFor(evaluator, state),
        ),
      ForbiddenError,
      "FORBIDDEN",
    );

    expect(error.message).toContain("Only HR");
  });

  it("rejects the employee as new evaluator", () => {
    const state = opened();

    expectRejection(
      () =>
        decideReassignEvaluator(
          state,
          { to: "emp-employee", reason: "Self-assessment." },
          contextFor(hr, state),
        ),
      RuleViolationError,
      "SELF_EVALUATION",
    );
  });

  it("rejects reassignment without a reason", () => {
    const state = opened();

    expectRejection(
      () =>
        decideReassignEvaluator(
          state,
          { to: "emp-colleague", reason: "" },
          contextFor(hr, state),
        ),
      RuleViolationError,
      "REASON_REQUIRED",
    );
  });

  it("rejects reassigning to the current evaluator", () => {
    const state = opened();

    expectRejection(
      () =>
        decideReassignEvaluator(
          state,
          { to: "emp-evaluator", reason: "Confirming." },
          contextFor(hr, state),
        ),
      RuleViolationError,
      "NO_CHANGE",
    );
  });

  it("assigns a first reviewer who can then sign", () => {
    let state = acknowledged(signed(rated(opened({ reviewerId: null }))));
    state = act(
      state,
      decideReassignReviewer,
      { to: "emp-reviewer", reason: "Reviewer position filled." },
      hr,
    );

    expect(state.reviewerId).toBe("emp-reviewer");
    expect(final(state).status).toBe("FINAL");
  });

  it("rejects the evaluator as new reviewer", () => {
    const state = opened();

    expectRejection(
      () =>
        decideReassignReviewer(
          state,
          { to: "emp-evaluator", reason: "Short-staffed." },
          contextFor(hr, state),
        ),
      RuleViolationError,
      "REVIEWER_IS_EVALUATOR",
    );
  });

  it("voids with the reason kept", () => {
    const state = act(
      opened(),
      decideVoidEvaluation,
      { reason: "  Opened for the wrong cycle. " },
      hr,
    );

    expect(state.status).toBe("VOIDED");
    expect(state.voidedReason).toBe("Opened for the wrong cycle.");
    expect(nextActor(state)).toEqual({ party: null, employeeId: null });
  });

  it("rejects voiding without a reason", () => {
    const state = opened();

    expectRejection(
      () => decideVoidEvaluation(state, { reason: " " }, contextFor(hr, state)),
      RuleViolationError,
      "REASON_REQUIRED",
    );
  });

  it("rejects voiding by the evaluator", () => {
    const state = opened();

    expectRejection(
      () =>
        decideVoidEvaluation(
          state,
          { reason: "Opened in error." },
          contextFor(evaluator, state),
        ),
      ForbiddenError,
      "FORBIDDEN",
    );
  });
});

describe("closed evaluations", () => {
  const voided = () =>
    act(signed(), decideVoidEvaluation, { reason: "Duplicate." }, hr);

  it.each([
    [
      "rating",
      (state: EvaluationState) =>
        decideRateCompetency(
          state,
          { competencyKey: "sound-judgment", level: "EFFECTIVE", plus: false },
          contextFor(evaluator, state),
        ),
    ],
    [
      "acknowledging",
      (state: EvaluationState) =>
        decideAcknowledge(state, {}, contextFor(employee, state)),
    ],
    [
      "responding",
      (state: EvaluationState) =>
        decideAttachResponse(
          state,
          { text: "Noted." },
          contextFor(employee, state),
        ),
    ],
    [
      "reopening",
      (state: EvaluationState) =>
        decideReopenEvaluation(
          state,
          { reason: "Fix." },
          contextFor(evaluator, state),
        ),
    ],
    [
      "voiding again",
      (state: EvaluationState) =>
        decideVoidEvaluation(
          state,
          { reason: "Again." },
          contextFor(hr, state),
        ),
    ],
    [
      "reassigning",
      (state: EvaluationState) =>
        decideReassignReviewer(
          state,
          { to: "emp-colleague", reason: "Cover." },
          contextFor(hr, state),
        ),
    ],
  ])("rejects %s a voided evaluation", (_name, decide) => {
    const state = voided();

    expectRejection(
      () => decide(state),
      RuleViolationError,
      "EVALUATION_VOIDED",
    );
  });

  it.each([
    [
      "rating",
      (state: EvaluationState) =>
        decideRateCompetency(
          state,
          { competencyKey: "sound-judgment", level: "EFFECTIVE", plus: false },
          contextFor(evaluator, state),
        ),
    ],
    [
      "commenting",
      (state: EvaluationState) =>
        decideAddComment(
          state,
          { competencyKey: null, text: "Afterthought." },
          contextFor(reviewer, state),
        ),
    ],
    [
      "signing again",
      (state: EvaluationState) =>
        decideSignAsReviewer(state, {}, contextFor(reviewer, state)),
    ],
    [
      "reassigning",
      (state: EvaluationState) =>
        decideReassignEvaluator(
          state,
          { to: "emp-colleague", reason: "Cover." },
          contextFor(hr, state),
        ),
    ],
    [
      "voiding",
      (state: EvaluationState) =>
        decideVoidEvaluation(
          state,
          { reason: "Duplicate." },
          contextFor(hr, state),
        ),
    ],
  ])("rejects %s a final evaluation", (_name, decide) => {
    const state = final();

    const error = expectRejection(
      () => decide(state),
      RuleViolationError,
      "EVALUATION_FINAL",
    );

    expect(error.message).toContain("Reopen it first");
  });

  it("rejects commands before the evaluation opens", () => {
    expectRejection(
      () =>
        decideRateCompetency(
          null,
          { competencyKey: "sound-judgment", level: "EFFECTIVE", plus: false },
          contextFor(evaluator, null),
        ),
      RuleViolationError,
      "EVALUATION_NOT_OPEN",
    );
  });

  it("throws on a framework other than the pinned one", () => {
    const state = opened();

    expect(() =>
      decideRateCompetency(
        state,
        { competencyKey: "sound-judgment", level: "EFFECTIVE", plus: false },
        {
          ...contextFor(evaluator, state),
          framework: { ...framework, version: 3 },
        },
      ),
    ).toThrow(/pinned to framework test-framework version 2/);
  });
});
