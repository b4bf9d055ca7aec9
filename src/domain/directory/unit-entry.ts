import { InvalidInputError } from "../errors";
import {
  optionalDirectoryId,
  requireDirectoryId,
  requireDirectoryText,
} from "./directory-fields";

/** The kinds of organisational unit, from the top of the tree down. */
export const unitKinds = ["DISTRICT", "DIVISION", "SCHOOL", "OFFICE"] as const;

export type UnitKind = (typeof unitKinds)[number];

/**
 * One organisational unit. Units form a tree: a DISTRICT is a root and has
 * no parent, and every other unit has a parent unit.
 */
export interface UnitEntry {
  unitId: string;
  name: string;
  kind: UnitKind;
  /** Id of the unit this one belongs to, or null for a district. */
  parentId: string | null;
}

/** A unit change: the whole entry as it is from now on. */
export interface UnitRecorded {
  type: "UnitRegistered" | "UnitUpdated";
  data: UnitEntry;
}

/**
 * Returns the entry with its text trimmed and a blank parent as null.
 * Throws InvalidInputError naming the field for a malformed id, a blank
 * name, an unknown kind, a unit that is its own parent, a district with a
 * parent, or another kind of unit without one.
 */
export function normaliseUnitEntry(input: UnitEntry): UnitEntry {
  const unitId = requireDirectoryId(input.unitId, "unitId");
  const name = requireDirectoryText(input.name, "name");
  const kind = unitKinds.find((candidate) => candidate === input.kind);
  if (kind === undefined) {
    throw new InvalidInputError(
      `The kind "${input.kind}" of unit ${unitId} is not one of ${unitKinds.join(", ")}.`,
      { field: "kind" },
    );
  }
  const parentId = optionalDirectoryId(input.parentId, "parentId");

  if (parentId === unitId) {
    throw new InvalidInputError(
      `Unit ${unitId} cannot be its own parent. Give the unit it belongs to.`,
      { field: "parentId" },
    );
  }
  if (kind === "DISTRICT" && parentId !== null) {
    throw new InvalidInputError(
      `Unit ${unitId} is a district, which is the top of the tree, so it cannot have parent ${parentId}. Leave the parent empty, or give it another kind.`,
      { field: "parentId" },
    );
  }
  if (kind !== "DISTRICT" && parentId === null) {
    throw new InvalidInputError(
      `Unit ${unitId} is a ${kind.toLowerCase()} without a parent unit. Give the unit it belongs to; only a district sits at the top of the tree.`,
      { field: "parentId" },
    );
  }
  return { unitId, name, kind, parentId };
}

/**
 * Decides the event that brings a unit from `current` to an entry already
 * normalised by `normaliseUnitEntry`: registered when the unit is new,
 * updated when something changed, none when nothing did. It checks no
 * actor and no tree rule; `validateDirectoryLoad` does.
 */
export function decideUnitChange(
  current: UnitEntry | null,
  entry: UnitEntry,
): UnitRecorded[] {
  if (current === null) return [{ type: "UnitRegistered", data: entry }];
  if (
    current.name === entry.name &&
    current.kind === entry.kind &&
    current.parentId === entry.parentId
  ) {
    return [];
  }
  return [{ type: "UnitUpdated", data: entry }];
}
