import type { Migration } from "kysely";
import * as eventStore from "./0001-event-store";
import * as readModels from "./0002-read-models";

/**
 * Every migration, keyed by name. Names sort in the order they run; a new
 * migration gets the next number and is added here.
 */
export const migrations: Record<string, Migration> = {
  "0001-event-store": eventStore,
  "0002-read-models": readModels,
};
