import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import type { AuditLogFilter } from "../audit/audit-log-filter";
import type { AuditLogOrder } from "../audit/read-audit-log";
import { formatEvents, type ExportFormat } from "../audit/export-format";
import { iterateAuditLog } from "../audit/iterate-audit-log";
import { InvalidInputError, NotFoundError } from "../domain/errors";
import type { CliCommand } from "./cli-command";

const options = {
  evaluation: { type: "string" },
  audit: { type: "boolean" },
  format: { type: "string" },
  out: { type: "string" },
  employee: { type: "string" },
  cycle: { type: "string" },
  unit: { type: "string" },
  actor: { type: "string" },
  type: { type: "string", multiple: true },
  correlation: { type: "string" },
  stream: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  order: { type: "string" },
} as const;

/**
 * `export`: writes an evaluation's whole history, or the audit log filtered
 * as the audit log query filters it, as JSON Lines or CSV, to a file or to
 * stdout. Each event carries its metadata, subject and hashes, so the file
 * can be checked against the ledger later.
 */
export const exportCommand: CliCommand = {
  name: "export",
  usage:
    "export (--evaluation ID | --audit [--employee ID] [--cycle ID] [--unit ID] [--actor USER] [--type TYPE]... [--correlation ID] [--stream ID] [--from TIME] [--to TIME] [--order oldest|newest]) --format jsonl|csv [--out FILE]",
  summary:
    "Writes an evaluation's history or a filtered audit log as JSON Lines or CSV, oldest event first unless --order newest.",
  async run({ args, database, print }) {
    const { values } = parseArgs({ args, options, strict: true });
    const format = readFormat(values.format);
    const order = readOrder(values.order);
    const filter = readFilter(values);

    const lines = formatEvents(
      iterateAuditLog(database.db, filter, order),
      format,
    );
    if (values.out === undefined) {
      let count = 0;
      for await (const line of lines) {
        print(line);
        count += 1;
      }
      requireSomeEvents(
        values.evaluation,
        format === "csv" ? count - 1 : count,
      );
      return 0;
    }

    const count = await writeLines(values.out, lines, format);
    requireSomeEvents(values.evaluation, count);
    print(`Wrote ${count} events to ${values.out}.`);
    return 0;
  },
};

type Values = ReturnType<
  typeof parseArgs<{ options: typeof options }>
>["values"];

function readFilter(values: Values): AuditLogFilter {
  const auditFilters = [
    values.employee,
    values.cycle,
    values.unit,
    values.actor,
    values.type,
    values.correlation,
    values.stream,
    values.from,
    values.to,
  ];
  if ((values.evaluation === undefined) === (values.audit !== true)) {
    throw new InvalidInputError(
      "Give either --evaluation ID for one evaluation's history, or --audit with optional filters for the audit log.",
    );
  }
  if (values.evaluation !== undefined) {
    if (auditFilters.some((value) => value !== undefined)) {
      throw new InvalidInputError(
        "Filters such as --employee or --from apply to --audit only, because --evaluation exports the whole history of one evaluation.",
      );
    }
    return { evaluationId: values.evaluation };
  }
  return {
    employeeId: values.employee,
    cycleId: values.cycle,
    unitId: values.unit,
    actorId: values.actor,
    eventTypes: values.type,
    correlationId: values.correlation,
    streamId: values.stream,
    from: readTime(values.from, "--from"),
    to: readTime(values.to, "--to"),
  };
}

function readFormat(value: string | undefined): ExportFormat {
  if (value !== "jsonl" && value !== "csv") {
    throw new InvalidInputError(
      value === undefined
        ? "Give --format jsonl or --format csv."
        : `--format ${value} is not supported: use jsonl or csv.`,
    );
  }
  return value;
}

function readOrder(value: string | undefined): AuditLogOrder {
  if (value === undefined || value === "oldest") return "OLDEST_FIRST";
  if (value === "newest") return "NEWEST_FIRST";
  throw new InvalidInputError(
    `--order ${value} is not supported: use oldest or newest.`,
  );
}

function readTime(value: string | undefined, option: string): Date | null {
  if (value === undefined) return null;
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) {
    throw new InvalidInputError(
      `${option} "${value}" is not a time: use ISO 8601, such as 2026-03-01T00:00:00Z.`,
    );
  }
  return time;
}

function requireSomeEvents(evaluationId: string | undefined, count: number) {
  if (evaluationId !== undefined && count === 0) {
    throw new NotFoundError(`No evaluation ${evaluationId}.`, {
      evaluationId,
    });
  }
}

async function writeLines(
  path: string,
  lines: AsyncIterable<string>,
  format: ExportFormat,
): Promise<number> {
  const lineEnding = format === "csv" ? "\r\n" : "\n";
  const file = createWriteStream(path, { encoding: "utf8" });
  let count = 0;
  try {
    for await (const line of lines) {
      if (!file.write(`${line}${lineEnding}`)) await once(file, "drain");
      count += 1;
    }
  } finally {
    file.end();
    await finished(file);
  }
  return format === "csv" ? count - 1 : count;
}
