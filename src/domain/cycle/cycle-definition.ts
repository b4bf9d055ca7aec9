import type { Actor } from "../actor";
import { ForbiddenError, InvalidInputError } from "../errors";
import type { FrameworkRef } from "../evaluation/evaluation-events";

/** An evaluation period and the staff it covers. */
export interface CycleDefinition {
  cycleId: string;
  /** Such as "2025-26 annual". */
  name: string;
  /** First day of the period, `YYYY-MM-DD`. */
  startsOn: string;
  /** Last day of the period, `YYYY-MM-DD`. */
  endsOn: string;
  /** Days after the evaluator signs during which the employee may respond. */
  responseWindowDays: number;
  /** The framework version evaluations of this cycle are opened under. */
  framework: FrameworkRef;
  /** Unit ids in scope; empty means every unit. */
  unitIds: string[];
  /** Job classifications in scope; empty means every classification. */
  jobClassifications: string[];
}

export interface CycleCreated {
  type: "CycleCreated";
  data: CycleDefinition;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const maxResponseWindowDays = 365;

/**
 * Decides CycleCreated for a new cycle, with text trimmed.
 *
 * Throws ForbiddenError unless the actor has the HR role, and
 * InvalidInputError naming the field for a blank name, a malformed or
 * impossible date, an end before the start, or a response window outside
 * 1 to 365 days.
 */
export function decideCreateCycle(
  input: CycleDefinition,
  actor: Actor,
): CycleCreated[] {
  if (!actor.roles.includes("HR")) {
    throw new ForbiddenError("Only HR can create a cycle.");
  }
  const name = input.name.trim();
  if (name === "" || name.length > 200) {
    throw new InvalidInputError("The cycle name must be 1 to 200 characters.", {
      field: "name",
    });
  }
  requireDate(input.startsOn, "startsOn");
  requireDate(input.endsOn, "endsOn");
  if (input.endsOn < input.startsOn) {
    throw new InvalidInputError(
      `The cycle ends on ${input.endsOn}, before it starts on ${input.startsOn}.`,
      { field: "endsOn" },
    );
  }
  if (
    !Number.isInteger(input.responseWindowDays) ||
    input.responseWindowDays < 1 ||
    input.responseWindowDays > maxResponseWindowDays
  ) {
    throw new InvalidInputError(
      `The response window must be a whole number of days from 1 to ${maxResponseWindowDays}, not ${input.responseWindowDays}.`,
      { field: "responseWindowDays" },
    );
  }
  return [
    {
      type: "CycleCreated",
      data: {
        ...input,
        name,
        unitIds: unique(input.unitIds.map((id) => id.trim())),
        jobClassifications: unique(
          input.jobClassifications.map((value) => value.trim()),
        ),
      },
    },
  ];
}

function requireDate(value: string, field: string): void {
  const parsed = new Date(`${value}T00:00:00Z`);
  if (
    !datePattern.test(value) ||
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== value
  ) {
    throw new InvalidInputError(
      `The ${field} "${value}" is not a calendar date in the form YYYY-MM-DD.`,
      { field },
    );
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value !== ""))];
}
