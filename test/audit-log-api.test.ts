import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AuditLogDocument,
  CreateCycleDocument,
  OpenEvaluationDocument,
  RateTwoCompetenciesDocument,
  ReviseRatingDocument,
  type AuditEventFieldsFragment,
  type AuditLogQueryVariables,
} from "./generated/graphql";
import {
  openEvaluationOf,
  rateAsSupervisor,
  seedDistrict,
  type SeededDistrict,
} from "./support/audit-seed";
import {
  errorCodeOf,
  expectData,
  sendOperation,
} from "./support/graphql-client";
import { startTestService, type TestService } from "./support/test-service";

let service: TestService;
let district: SeededDistrict;
let secondCycleId: string;
/** E1's evaluation in the first cycle: three ratings by S1, one revised. */
let northId: string;
/** E1's evaluation in the second cycle: one rating. */
let laterNorthId: string;
/** E3's evaluation in the first cycle: two ratings by S2. */
let southId: string;

beforeAll(async () => {
  service = await startTestService();
  district = await seedDistrict(service);
  const [first, second, third] = district.ordinaryKeys;

  northId = await openEvaluationOf(district, "E1");
  await rateAsSupervisor(district, northId, first!, "EFFECTIVE");
  await rateAsSupervisor(district, northId, second!, "DEVELOPING", {
    comment: "Misses the morning checklist.",
  });
  await rateAsSupervisor(district, northId, third!, "HIGHLY_EFFECTIVE");
  expectData(
    await sendOperation(
      service.url,
      ReviseRatingDocument,
      {
        input: {
          evaluationId: northId,
          competencyKey: first!,
          level: "HIGHLY_EFFECTIVE",
          reason: "Led the spring deep clean.",
        },
      },
      district.tokens.supervisor,
    ),
  );

  southId = await openEvaluationOf(district, "E3");
  for (const key of [first!, second!]) {
    await rateAsSupervisor(
      district,
      southId,
      key,
      "EFFECTIVE",
      {},
      district.tokens.otherSupervisor,
    );
  }

  const cycle = expectData(
    await sendOperation(
      service.url,
      CreateCycleDocument,
      {
        input: {
          name: "2026-27 annual",
          startsOn: "2026-07-01",
          endsOn: "2027-06-30",
          responseWindowDays: 14,
        },
      },
      district.tokens.hr,
    ),
  );
  secondCycleId = cycle.createCycle.cycleId;
  const opened = expectData(
    await sendOperation(
      service.url,
      OpenEvaluationDocument,
      { input: { employeeId: "E1", cycleId: secondCycleId } },
      district.tokens.hr,
    ),
  );
  laterNorthId = opened.openEvaluation.id;
  await rateAsSupervisor(district, laterNorthId, first!, "EFFECTIVE");
});

afterAll(async () => {
  await service?.close();
});

async function auditPage(
  variables: AuditLogQueryVariables,
  token = district.tokens.auditor,
) {
  return expectData(
    await sendOperation(service.url, AuditLogDocument, variables, token),
  ).auditLog;
}

/** Reads every event the filter matches by following cursors. */
async function readAll(
  variables: AuditLogQueryVariables,
  pageSize = 100,
): Promise<AuditEventFieldsFragment[]> {
  const events: AuditEventFieldsFragment[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const result = await auditPage({ ...variables, first: pageSize, after });
    events.push(...result.edges.map((edge) => edge.node));
    if (!result.pageInfo.hasNextPage) return events;
    after = result.pageInfo.endCursor!;
  }
  throw new Error("the audit log did not end within 100 pages");
}

function streamsOf(events: AuditEventFieldsFragment[]): Set<string> {
  return new Set(events.map((event) => event.streamId));
}

describe("audit log access", () => {
  it.each([
    ["an anonymous caller", null, "UNAUTHENTICATED"],
    ["a supervisor", "supervisor", "FORBIDDEN"],
    ["an employee", "employee", "FORBIDDEN"],
    ["an analyst", "analyst", "FORBIDDEN"],
  ] as const)("rejects %s", async (_case, who, code) => {
    const token = who === null ? null : district.tokens[who];

    const response = await sendOperation(
      service.url,
      AuditLogDocument,
      { first: 5 },
      token,
    );

    expect(errorCodeOf(response)).toBe(code);
  });

  it.each(["auditor", "hr"] as const)("serves %s", async (who) => {
    const page = await auditPage({ first: 5 }, district.tokens[who]);

    expect(page.edges).toHaveLength(5);
  });
});

describe("audit log filters", () => {
  it("lists one evaluation's events in stream order", async () => {
    const events = await readAll({
      filter: { evaluationId: northId },
      order: "OLDEST_FIRST",
    });

    expect(events.map((event) => event.streamVersion)).toEqual([1, 2, 3, 4, 5]);
    expect(events.map((event) => event.type)).toEqual([
      "EvaluationOpened",
      "CompetencyRated",
      "CompetencyRated",
      "CompetencyRated",
      "RatingRevised",
    ]);
    expect(events[4]!.reason).toBe("Led the spring deep clean.");
    expect(events[4]!.actorId).toBe("u-S1");
    expect(events[1]!.previousHash).toBe(events[0]!.hash);
    expect(events[0]!.subject).toEqual({
      evaluationId: northId,
      employeeId: "E1",
      cycleId: district.cycleId,
      unitId: "north-high",
    });
  });

  it("finds an employee's evaluations and directory entry", async () => {
    const events = await readAll({ filter: { employeeId: "E1" } });

    expect(streamsOf(events)).toEqual(
      new Set([
        "employee-E1",
        `evaluation-${northId}`,
        `evaluation-${laterNorthId}`,
      ]),
    );
    expect(events.every((event) => event.subject.employeeId === "E1")).toBe(
      true,
    );
  });

  it("finds a cycle's evaluations and the cycle itself", async () => {
    const events = await readAll({ filter: { cycleId: district.cycleId } });

    expect(streamsOf(events)).toEqual(
      new Set([
        `cycle-${district.cycleId}`,
        `evaluation-${northId}`,
        `evaluation-${southId}`,
      ]),
    );
  });

  it("finds a unit's evaluations and directory changes", async () => {
    const events = await readAll({ filter: { unitId: "south-high" } });

    expect(streamsOf(events)).toEqual(
      new Set(["employee-S2", "employee-E3", `evaluation-${southId}`]),
    );
  });

  it("finds what one user did", async () => {
    const events = await readAll({ filter: { actorId: "u-S2" } });

    expect(events).toHaveLength(2);
    expect(
      events.every((event) => event.streamId === `evaluation-${southId}`),
    ).toBe(true);
  });

  it("finds events of the given types", async () => {
    const events = await readAll({
      filter: { eventTypes: ["RatingRevised", "CycleCreated"] },
    });

    expect(events.map((event) => event.type).sort()).toEqual([
      "CycleCreated",
      "CycleCreated",
      "RatingRevised",
    ]);
  });

  it("combines filters", async () => {
    const events = await readAll({
      filter: {
        employeeId: "E1",
        cycleId: district.cycleId,
        actorId: "u-S1",
        eventTypes: ["CompetencyRated"],
      },
    });

    expect(events).toHaveLength(3);
    expect(streamsOf(events)).toEqual(new Set([`evaluation-${northId}`]));
  });

  it("keeps events recorded within a time range", async () => {
    const all = await readAll({ order: "OLDEST_FIRST" });
    const from = all[10]!.recordedAt;
    const to = all[20]!.recordedAt;

    const events = await readAll({
      filter: { from, to },
      order: "OLDEST_FIRST",
    });

    const expected = all.filter(
      (event) =>
        Date.parse(event.recordedAt) >= Date.parse(from) &&
        Date.parse(event.recordedAt) < Date.parse(to),
    );
    expect(events.map((event) => event.eventId)).toEqual(
      expected.map((event) => event.eventId),
    );
    expect(events.length).toBeGreaterThan(0);
  });

  it("rejects an empty list of types", async () => {
    const response = await sendOperation(
      service.url,
      AuditLogDocument,
      { filter: { eventTypes: [] } },
      district.tokens.auditor,
    );

    expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
  });
});

describe("audit log paging", () => {
  it("walks newest first without gaps or repeats", async () => {
    const oldestFirst = await readAll({ order: "OLDEST_FIRST" });

    const newestFirst = await readAll({ order: "NEWEST_FIRST" }, 4);

    expect(newestFirst.map((event) => event.eventId)).toEqual(
      [...oldestFirst].reverse().map((event) => event.eventId),
    );
    const positions = oldestFirst.map((event) => BigInt(event.globalPosition));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
  });

  it("reports pages on both sides of a cursor", async () => {
    const first = await auditPage({ first: 3 });
    const second = await auditPage({
      first: 3,
      after: first.pageInfo.endCursor,
    });

    expect(first.pageInfo.hasPreviousPage).toBe(false);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(first.pageInfo.endCursor).toBe(first.edges[2]!.cursor);
  });

  it("pages back with last and before", async () => {
    const forward = await auditPage({ first: 10 });
    const lastCursor = forward.edges[9]!.cursor;

    const back = await auditPage({ last: 4, before: lastCursor });

    expect(back.edges.map((edge) => edge.node.eventId)).toEqual(
      forward.edges.slice(5, 9).map((edge) => edge.node.eventId),
    );
    expect(back.pageInfo.hasPreviousPage).toBe(true);
    expect(back.pageInfo.hasNextPage).toBe(true);
  });

  it("keeps cursors valid while new events arrive", async () => {
    const before = await readAll({ order: "NEWEST_FIRST" });
    const firstPage = await auditPage({ first: 5 });
    const oldestFirstEnd = (await auditPage({ last: 1, order: "OLDEST_FIRST" }))
      .pageInfo.endCursor;

    const [, , , fourth] = district.ordinaryKeys;
    await rateAsSupervisor(district, northId, fourth!, "EFFECTIVE");
    const secondPage = await auditPage({
      first: 5,
      after: firstPage.pageInfo.endCursor,
    });
    const arrived = await auditPage({
      first: 5,
      after: oldestFirstEnd,
      order: "OLDEST_FIRST",
    });

    expect(secondPage.edges.map((edge) => edge.node.eventId)).toEqual(
      before.slice(5, 10).map((event) => event.eventId),
    );
    expect(arrived.edges).toHaveLength(1);
    expect(arrived.edges[0]!.node.type).toBe("CompetencyRated");
    expect(arrived.edges[0]!.node.subject.evaluationId).toBe(northId);
  });

  it.each([
    ["first 0", { first: 0 }],
    ["first 101", { first: 101 }],
    ["last 101", { last: 101 }],
  ])("rejects %s naming the limit", async (_case, variables) => {
    const response = await sendOperation(
      service.url,
      AuditLogDocument,
      variables,
      district.tokens.auditor,
    );

    // The service-wide page size rule may reject the request before the
    // resolver's own check, which returns BAD_USER_INPUT, gets to run.
    expect(["BAD_USER_INPUT", "PAGE_SIZE_OUT_OF_RANGE"]).toContain(
      errorCodeOf(response),
    );
    expect(response.errors![0]!.message).toMatch(/1 to 100/);
    expect(response.data).toBeNull();
  });

  it("rejects first and last together", async () => {
    const response = await sendOperation(
      service.url,
      AuditLogDocument,
      { first: 5, last: 5 },
      district.tokens.auditor,
    );

    expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
  });

  it("rejects a cursor it did not hand out", async () => {
    const response = await sendOperation(
      service.url,
      AuditLogDocument,
      { first: 5, after: "not-a-cursor" },
      district.tokens.auditor,
    );

    expect(errorCodeOf(response)).toBe("BAD_USER_INPUT");
    expect(response.errors![0]!.message).toContain("not-a-cursor");
  });
});

describe("correlation ids", () => {
  it("group the events of one request", async () => {
    const [, , , , fifth, sixth] = district.ordinaryKeys;
    expectData(
      await sendOperation(
        service.url,
        RateTwoCompetenciesDocument,
        {
          first: {
            evaluationId: southId,
            competencyKey: fifth!,
            level: "EFFECTIVE",
          },
          second: {
            evaluationId: southId,
            competencyKey: sixth!,
            level: "HIGHLY_EFFECTIVE",
          },
        },
        district.tokens.otherSupervisor,
      ),
    );
    const latest = (await auditPage({ first: 1 })).edges[0]!.node;

    const request = await readAll({
      filter: { correlationId: latest.correlationId },
      order: "OLDEST_FIRST",
    });

    expect(request).toHaveLength(2);
    expect(
      request.map(
        (event) => (event.data as { competencyKey: string }).competencyKey,
      ),
    ).toEqual([fifth, sixth]);
    const others = await readAll({ filter: { evaluationId: southId } });
    const sharing = others.filter(
      (event) => event.correlationId === latest.correlationId,
    );
    expect(sharing).toHaveLength(2);
  });
});
