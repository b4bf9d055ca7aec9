import { parseArgs } from "node:util";
import { evaluationStreamId } from "../application/execute-evaluation-command";
import { InvalidInputError } from "../domain/errors";
import { verifyLedger } from "../event-store/verify-ledger";
import type { CliCommand } from "./cli-command";

/**
 * `verify`: recomputes every stream's hash chain, or one stream's, prints
 * the first broken event of each broken stream, and exits 1 when any is
 * broken.
 */
export const verifyCommand: CliCommand = {
  name: "verify",
  usage: "verify [--stream ID | --evaluation ID]",
  summary:
    "Checks the hash chain of every stream (or one) and exits 1 when an event was changed, deleted or moved.",
  async run({ args, database, print }) {
    const { values } = parseArgs({
      args,
      options: {
        stream: { type: "string" },
        evaluation: { type: "string" },
      },
      strict: true,
    });
    if (values.stream !== undefined && values.evaluation !== undefined) {
      throw new InvalidInputError(
        "Give --stream or --evaluation, not both, or neither to check every stream.",
      );
    }
    const streamId =
      values.evaluation !== undefined
        ? evaluationStreamId(values.evaluation)
        : values.stream;

    const result = await verifyLedger(database.db, {
      ...(streamId !== undefined && { streamId }),
    });

    const seconds =
      (result.finishedAt.getTime() - result.startedAt.getTime()) / 1000;
    print(
      `Checked ${result.checkedEvents} events in ${result.checkedStreams} streams in ${seconds.toFixed(1)} s.`,
    );
    if (streamId !== undefined && result.checkedStreams === 0) {
      print(`No stream ${streamId} exists, so nothing was checked.`);
      return 1;
    }
    if (result.intact) {
      print("Every hash chain verified.");
      return 0;
    }
    print(`${result.brokenStreams.length} streams are broken:`);
    for (const broken of result.brokenStreams) {
      const event = broken.eventId ?? "(deleted)";
      print(
        `  ${broken.streamId} at version ${broken.streamVersion}, event ${event}:`,
      );
      for (const problem of broken.problems) {
        print(`    ${problem.code}: ${problem.message}`);
      }
    }
    return 1;
  },
};
