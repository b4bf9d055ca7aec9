/** One record of a CSV file, with the line it starts on. */
export interface CsvRecord {
  /** Line number from 1 where the record starts; a quoted field may span lines. */
  line: number;
  fields: string[];
}

/** Text that is not valid CSV, with the line where the problem is. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

/**
 * Parses CSV text as RFC 4180 describes it: comma-separated fields, records
 * ended by CRLF, LF or CR, and fields in double quotes that may hold commas,
 * line breaks and quotes written twice (`""`). A leading byte order mark is
 * dropped, and empty lines are skipped. Fields are returned as written,
 * without trimming.
 *
 * Throws CsvSyntaxError for a quote inside an unquoted field, text after a
 * closing quote, or a quoted field that never closes.
 */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let recordHasText = false;
  let line = 1;
  let recordLine = 1;
  let index = 0;

  while (index < input.length) {
    const char = input[index]!;

    if (char === "\n" || char === "\r") {
      index += char === "\r" && input[index + 1] === "\n" ? 2 : 1;
      if (recordHasText)
        records.push({ line: recordLine, fields: [...fields, field] });
      fields = [];
      field = "";
      recordHasText = false;
      line += 1;
      recordLine = line;
      continue;
    }

    recordHasText = true;
    if (char === ",") {
      fields.push(field);
      field = "";
      index += 1;
    } else if (char !== '"') {
      field += char;
      index += 1;
    } else if (field !== "") {
      throw new CsvSyntaxError(
        line,
        `Line ${line}: a double quote appears inside an unquoted field. Put the field in double quotes and write the quote as two ("").`,
      );
    } else {
      const quoted = readQuotedField(input, index + 1, line);
      field = quoted.value;
      index = quoted.end;
      line = quoted.line;
      const next = input[index];
      if (
        next !== undefined &&
        next !== "," &&
        next !== "\n" &&
        next !== "\r"
      ) {
        throw new CsvSyntaxError(
          line,
          `Line ${line}: text follows the closing quote of a field. Put the whole field inside the quotes.`,
        );
      }
    }
  }
  if (recordHasText)
    records.push({ line: recordLine, fields: [...fields, field] });
  return records;
}

/**
 * Reads a quoted field's content from `start`, just after its opening
 * quote. Returns the content, the index after the closing quote, and the
 * line the closing quote is on.
 */
function readQuotedField(
  input: string,
  start: number,
  startLine: number,
): { value: string; end: number; line: number } {
  let value = "";
  let line = startLine;
  let index = start;
  while (index < input.length) {
    const char = input[index]!;
    if (char === '"' && input[index + 1] === '"') {
      value += '"';
      index += 2;
      continue;
    }
    if (char === '"') return { value, end: index + 1, line };
    if (char === "\n" || (char === "\r" && input[index + 1] !== "\n")) {
      line += 1;
    }
    value += char;
    index += 1;
  }
  throw new CsvSyntaxError(
    startLine,
    `Line ${startLine}: a quoted field is never closed. End it with a double quote, and write a quote inside it as two ("").`,
  );
}
