import type { Migration } from "kysely";
import * as eventStore from "./0001-event-store";
import * as readModels from "./0002-read-models";
import * as directoryAndCycles from "./0003-directory-and-cycles";
import * as audit from "./0004-audit";

/**
 * Every migration, keyed by name. Names sort in the order they run; a new
 * migration gets the next number and is added here.
 */
export const migrations: Record<string, Migration> = {
  "0001-event-store": eventStore,
  "0002-read-models": readModels,
  "0003-directory-and-cycles": directoryAndCycles,
  "0004-audit": audit,
};
