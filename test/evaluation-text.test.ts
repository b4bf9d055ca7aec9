import { describe, expect, it } from "vitest";
import {
  optionalText,
  requireText,
} from "../src/domain/evaluation/evaluation-text";
import { InvalidInputError } from "../src/domain/errors";

const invisibleOnly = " \u200b\u2060\ufeff ";

describe("requireText", () => {
  it("rejects invisible characters only", () => {
    expect(() => requireText(invisibleOnly, "comment", 100)).toThrow(
      InvalidInputError,
    );
  });

  it("rejects a NUL character", () => {
    expect(() => requireText("fine\u0000text", "comment", 100)).toThrow(
      /control character/,
    );
  });

  it("keeps line breaks and tabs", () => {
    expect(requireText(" first\n\tsecond ", "comment", 100)).toBe(
      "first\n\tsecond",
    );
  });
});

describe("optionalText", () => {
  it("treats invisible characters as blank", () => {
    expect(optionalText(invisibleOnly, "comment", 100)).toBeNull();
  });

  it("rejects an escape character", () => {
    expect(() => optionalText("bold \u001b[1m", "comment", 100)).toThrow(
      InvalidInputError,
    );
  });
});
