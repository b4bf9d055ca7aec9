import {
  computeEventHash,
  genesisHash,
} from "../../src/event-store/event-hash";
import framework from "../../src/frameworks/classified-performance-framework/v1.json";

/** The size of a generated district. */
export interface DistrictShape {
  /** Staff evaluated in every cycle; one in ten supervises. */
  employees: number;
  /** Evaluation cycles, half a year apart. */
  cycles: number;
  units: number;
  /** Seed of the pseudo-random choices, so a shape always gives one log. */
  seed: number;
}

/** One event with its hash link, ready to insert. */
export interface GeneratedEvent {
  eventId: string;
  streamId: string;
  streamVersion: number;
  type: string;
  data: unknown;
  actorId: string;
  recordedAt: Date;
  effectiveAt: Date;
  correlationId: string;
  reason: string | null;
  previousHash: string;
  hash: string;
}

/** A stream's head after its generated events. */
export interface GeneratedStream {
  streamId: string;
  streamType: string;
  version: number;
  lastHash: string;
}

/** The events of one phase of the district's life, in recorded order. */
export interface LogPhase {
  label: string;
  streams: GeneratedStream[];
  events: GeneratedEvent[];
}

const day = 24 * 60 * 60 * 1000;
const firstCycleStart = Date.parse("2016-01-04T08:00:00Z");

const competencies = framework.clusters.flatMap((cluster) =>
  cluster.competencies.map((competency) => ({
    key: competency.key,
    leadership: cluster.appliesTo === "SUPERVISORS",
  })),
);
const levels = ["DEVELOPING", "EFFECTIVE", "HIGHLY_EFFECTIVE"];

interface Person {
  employeeId: string;
  unitId: string;
  supervises: boolean;
  reportsTo: string | null;
}

/**
 * Generates a district's log phase by phase: the directory first, then each
 * cycle with every employee's evaluation. Evaluation events follow the
 * domain's order (opened, rated, revised, commented, signed by evaluator,
 * employee and reviewer, some reopened and signed again), and every stream
 * carries a valid hash chain, with each signature's `signedHash` set to the
 * hash before it. Within a phase, events are sorted by recorded time.
 */
export function* generateDistrictLog(
  shape: DistrictShape,
): Generator<LogPhase> {
  const random = mulberry32(shape.seed);
  const ids = new IdSource(random);
  const people = staffOf(shape);

  yield directoryPhase(people, ids);
  for (let cycle = 0; cycle < shape.cycles; cycle += 1) {
    yield cyclePhase(cycle, people, ids, random);
  }
}

function staffOf(shape: DistrictShape): Person[] {
  const people: Person[] = [
    {
      employeeId: "P000000",
      unitId: "U000",
      supervises: true,
      reportsTo: null,
    },
  ];
  const supervisorOfUnit = new Map<string, string>();
  for (let index = 1; index <= shape.employees; index += 1) {
    const unitId = `U${String(1 + (index % shape.units)).padStart(3, "0")}`;
    const employeeId = `P${String(index).padStart(6, "0")}`;
    const supervisor = supervisorOfUnit.get(unitId);
    if (supervisor === undefined || index % 10 === 0) {
      supervisorOfUnit.set(unitId, employeeId);
      people.push({
        employeeId,
        unitId,
        supervises: true,
        reportsTo: "P000000",
      });
    } else {
      people.push({
        employeeId,
        unitId,
        supervises: false,
        reportsTo: supervisor,
      });
    }
  }
  return people;
}

function directoryPhase(people: Person[], ids: IdSource): LogPhase {
  const builder = new PhaseBuilder("directory");
  const registeredAt = new Date(firstCycleStart - 30 * day);
  const correlationId = ids.uuid();
  for (const person of people) {
    const stream = builder.stream(`employee-${person.employeeId}`, "employee");
    stream.append({
      eventId: ids.uuid(),
      type: "EmployeeRegistered",
      data: {
        employeeId: person.employeeId,
        name: `Employee ${person.employeeId}`,
        jobClassification: person.supervises ? "Supervisor" : "Custodian",
        unitId: person.unitId,
        supervises: person.supervises,
        reportsTo: person.reportsTo,
      },
      actorId: "hr-1",
      recordedAt: registeredAt,
      effectiveAt: registeredAt,
      correlationId,
      reason: null,
    });
  }
  return builder.finish();
}

function cyclePhase(
  cycle: number,
  people: Person[],
  ids: IdSource,
  random: () => number,
): LogPhase {
  const builder = new PhaseBuilder(`cycle ${cycle + 1}`);
  const start = firstCycleStart + cycle * 182 * day;
  const cycleId = ids.uuid();
  const hr = `hr-${1 + (cycle % 5)}`;
  builder.stream(`cycle-${cycleId}`, "cycle").append({
    eventId: ids.uuid(),
    type: "CycleCreated",
    data: { cycleId, name: `Cycle ${cycle + 1}`, unitIds: [] },
    actorId: hr,
    recordedAt: new Date(start),
    effectiveAt: new Date(start),
    correlationId: ids.uuid(),
    reason: null,
  });

  const launchByUnit = new Map<string, string>();
  const byId = new Map(people.map((person) => [person.employeeId, person]));
  for (const person of people) {
    if (person.reportsTo === null) continue;
    const launch = launchByUnit.get(person.unitId) ?? ids.uuid();
    launchByUnit.set(person.unitId, launch);
    const evaluator = byId.get(person.reportsTo)!;
    const reviewer = evaluator.reportsTo ?? evaluator.employeeId;
    evaluationEvents(builder, ids, random, {
      person,
      cycleId,
      evaluatorUser: `u-${evaluator.employeeId}`,
      reviewerId: reviewer,
      hr,
      launch,
      start,
    });
  }
  return builder.finish();
}

interface EvaluationPlan {
  person: Person;
  cycleId: string;
  evaluatorUser: string;
  reviewerId: string;
  hr: string;
  launch: string;
  start: number;
}

function evaluationEvents(
  builder: PhaseBuilder,
  ids: IdSource,
  random: () => number,
  plan: EvaluationPlan,
): void {
  const { person } = plan;
  const evaluationId = ids.uuid();
  const stream = builder.stream(`evaluation-${evaluationId}`, "evaluation");
  let time = plan.start + random() * 3 * day;
  const next = (maxDays: number) => {
    time += (0.01 + random() * maxDays) * day;
    return new Date(time);
  };
  const add = (
    type: string,
    data: unknown,
    actorId: string,
    at: Date,
    reason: string | null = null,
    correlationId = ids.uuid(),
  ) =>
    stream.append({
      eventId: ids.uuid(),
      type,
      data,
      actorId,
      recordedAt: at,
      effectiveAt: at,
      correlationId,
      reason,
    });

  add(
    "EvaluationOpened",
    {
      evaluationId,
      employeeId: person.employeeId,
      cycleId: plan.cycleId,
      evaluatorId: person.reportsTo,
      reviewerId: plan.reviewerId,
      framework: { key: framework.key, version: framework.version },
      leadershipApplies: person.supervises,
      employee: {
        name: `Employee ${person.employeeId}`,
        jobClassification: person.supervises ? "Supervisor" : "Custodian",
        unitId: person.unitId,
        supervises: person.supervises,
        reportsTo: person.reportsTo,
      },
    },
    plan.hr,
    new Date(time),
    null,
    plan.launch,
  );

  const ratings = new Map<string, { level: string; plus: boolean }>();
  time += 10 * day;
  for (const competency of competencies) {
    if (competency.leadership && !person.supervises) continue;
    const level = levels[Math.floor(random() * 3)]!;
    const plus = level !== "DEVELOPING" && random() < 0.2;
    const comment = random() < 0.3 ? "Observed during the walk-through." : null;
    ratings.set(competency.key, { level, plus });
    add(
      "CompetencyRated",
      { competencyKey: competency.key, level, plus, comment },
      plan.evaluatorUser,
      next(2),
    );
  }

  const revise = (reason: string | null) => {
    const keys = [...ratings.keys()];
    const key = keys[Math.floor(random() * keys.length)]!;
    const previous = ratings.get(key)!;
    const level = levels[Math.floor(random() * 3)]!;
    const plus = level !== "DEVELOPING" && random() < 0.2;
    ratings.set(key, { level, plus });
    add(
      "RatingRevised",
      {
        competencyKey: key,
        level,
        plus,
        comment: null,
        previous: { ...previous, comment: null },
        reason,
      },
      plan.evaluatorUser,
      next(3),
      reason,
    );
  };
  const revisions = Math.floor(random() * 7);
  for (let index = 0; index < revisions; index += 1) {
    revise(random() < 0.5 ? "Second observation." : null);
  }
  const comments = Math.floor(random() * 7);
  for (let index = 0; index < comments; index += 1) {
    add(
      "CommentAdded",
      { competencyKey: null, text: "Discussed goals for next year." },
      plan.evaluatorUser,
      next(3),
    );
  }

  const signAll = () => {
    add(
      "EvaluatorSigned",
      { signedHash: stream.lastHash },
      plan.evaluatorUser,
      next(10),
    );
    if (random() < 0.03) {
      add("EmployeeRefusedToSign", { note: null }, plan.evaluatorUser, next(5));
    } else {
      add(
        "EmployeeAcknowledged",
        { signedHash: stream.lastHash },
        `u-${person.employeeId}`,
        next(5),
      );
    }
    add(
      "ReviewerSigned",
      { signedHash: stream.lastHash },
      `u-${plan.reviewerId}`,
      next(10),
    );
  };
  signAll();
  if (random() < 0.05) {
    const reason = "A rating was entered against the wrong competency.";
    add("EvaluationReopened", { reason }, plan.evaluatorUser, next(10), reason);
    revise("Corrected after reopening.");
    signAll();
  }
}

/** Collects a phase's streams and sorts its events by recorded time. */
class PhaseBuilder {
  private readonly streams: StreamBuilder[] = [];

  constructor(private readonly label: string) {}

  stream(streamId: string, streamType: string): StreamBuilder {
    const stream = new StreamBuilder(streamId, streamType);
    this.streams.push(stream);
    return stream;
  }

  finish(): LogPhase {
    const events = this.streams.flatMap((stream) => stream.events);
    events.sort(compareRecorded);
    return {
      label: this.label,
      streams: this.streams.map((stream) => ({
        streamId: stream.streamId,
        streamType: stream.streamType,
        version: stream.events.length,
        lastHash: stream.lastHash,
      })),
      events,
    };
  }
}

function compareRecorded(a: GeneratedEvent, b: GeneratedEvent): number {
  const byTime = a.recordedAt.getTime() - b.recordedAt.getTime();
  if (byTime !== 0) return byTime;
  if (a.streamId !== b.streamId) return a.streamId < b.streamId ? -1 : 1;
  return a.streamVersion - b.streamVersion;
}

type NewGeneratedEvent = Omit<
  GeneratedEvent,
  "streamId" | "streamVersion" | "previousHash" | "hash"
>;

class StreamBuilder {
  readonly events: GeneratedEvent[] = [];
  lastHash = genesisHash;

  constructor(
    readonly streamId: string,
    readonly streamType: string,
  ) {}

  append(event: NewGeneratedEvent): void {
    const streamVersion = this.events.length + 1;
    const hash = computeEventHash(this.lastHash, {
      streamId: this.streamId,
      streamVersion,
      eventId: event.eventId,
      type: event.type,
      schemaVersion: 1,
      data: event.data,
      actorId: event.actorId,
      recordedAt: event.recordedAt.toISOString(),
      effectiveAt: event.effectiveAt.toISOString(),
      correlationId: event.correlationId,
      causationId: null,
      reason: event.reason,
    });
    this.events.push({
      ...event,
      streamId: this.streamId,
      streamVersion,
      previousHash: this.lastHash,
      hash,
    });
    this.lastHash = hash;
  }
}

/** Version 4 UUIDs drawn from the seeded generator, so runs repeat. */
class IdSource {
  constructor(private readonly random: () => number) {}

  uuid(): string {
    const hex = Array.from({ length: 32 }, () =>
      Math.floor(this.random() * 16).toString(16),
    );
    hex[12] = "4";
    hex[16] = "89ab"[Math.floor(this.random() * 4)]!;
    const text = hex.join("");
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  }
}

// A small, fast seeded generator (Mulberry32); its quality is plenty for
// picking test data.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
