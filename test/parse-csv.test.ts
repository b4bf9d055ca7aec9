import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv } from "../src/cli/parse-csv";

describe("parseCsv", () => {
  it("reads quoted commas, quotes and line breaks", () => {
    const records = parseCsv(
      'id,name,note\r\n1,"Lee, Pat","said ""hi"""\n2,"two\nlines",\n',
    );

    expect(records).toEqual([
      { line: 1, fields: ["id", "name", "note"] },
      { line: 2, fields: ["1", "Lee, Pat", 'said "hi"'] },
      { line: 3, fields: ["2", "two\nlines", ""] },
    ]);
  });

  it("numbers records by the line they start on", () => {
    const records = parseCsv('a\n\n"b\nc"\nd');

    expect(records.map((record) => record.line)).toEqual([1, 3, 5]);
  });

  it("drops a byte order mark and keeps spaces", () => {
    expect(parseCsv("\uFEFF x ,y")).toEqual([
      { line: 1, fields: [" x ", "y"] },
    ]);
  });

  it("keeps an empty quoted field", () => {
    expect(parseCsv('"",b')).toEqual([{ line: 1, fields: ["", "b"] }]);
  });

  it.each([
    ["a quote inside an unquoted field", 'a\nb"c,d', 2],
    ["text after a closing quote", 'a\n"b"c', 2],
    ["a quoted field never closed", 'a\n"b,\nc', 2],
  ])("rejects %s with its line", (_case, text, line) => {
    let caught: unknown;
    try {
      parseCsv(text);
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(CsvSyntaxError);
    expect((caught as CsvSyntaxError).line).toBe(line);
  });
});
