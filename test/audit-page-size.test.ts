import { describe, expect, it } from "vitest";
import { checkAuditPageSize } from "../src/audit/audit-page-size";
import { LedgerError } from "../src/domain/errors";

function errorOf(action: () => unknown): LedgerError {
  try {
    action();
  } catch (error) {
    return error as LedgerError;
  }
  throw new Error("expected the check to fail");
}

describe("checkAuditPageSize", () => {
  it("defaults to the first 50 events", () => {
    expect(checkAuditPageSize(undefined, null)).toEqual({
      first: 50,
      last: null,
    });
  });

  it.each([1, 100])("accepts first %i", (first) => {
    expect(checkAuditPageSize(first, null)).toEqual({ first, last: null });
  });

  it.each([
    ["first 0", "first", 0, null],
    ["first 101", "first", 101, null],
    ["last 0", "last", null, 0],
    ["last 101", "last", null, 101],
  ] as const)("rejects %s naming the limit", (_case, argument, first, last) => {
    const error = errorOf(() => checkAuditPageSize(first, last));

    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain("from 1 to 100");
    expect(error.details).toMatchObject({ argument, maximum: 100 });
  });

  it("rejects first and last together", () => {
    const error = errorOf(() => checkAuditPageSize(5, 5));

    expect(error.code).toBe("BAD_USER_INPUT");
  });
});
