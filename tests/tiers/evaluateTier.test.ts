import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PatronageError } from "../../src/PatronageError.js";
import { evaluateTier, tierTimeline, type TierActivityRow, type TierProgramInput } from "../../src/tiers/index.js";
import { STARS } from "./STARS.js";

const JOINED = "2026-03-01";
/** Each change as "at kind from→to" (at as a local date in New York when it is midnight, else the ISO instant). */
const brief = (changes: { at: string; kind: string; from: string; to: string }[]): string[] => changes.map((c) => `${c.at} ${c.kind} ${c.from}→${c.to}`);

describe("evaluateTier and tierTimeline: Starbucks Rewards (golden cases)", () => {
  it("gives Green on joining, with what Gold needs", () => {
    const standing = evaluateTier(STARS, [], { asOf: "2026-03-02", joinedAt: JOINED });
    expect(standing).toMatchObject({ tier: "green", since: "2026-03-01T05:00:00.000Z", validUntil: null, qualifying: { points: "0" }, next: { tier: "gold", remaining: { points: "500" } }, keep: null, projectedAtExpiry: null });
  });

  it("moves up to Gold the moment 500 stars are in a 12-month period, for 12 months", () => {
    const activity = [
      { at: "2026-03-10T12:00:00-05:00", points: 260 },
      { at: "2026-06-15T18:30:00-04:00", points: 240 },
    ];
    expect(brief(tierTimeline(STARS, activity, { joinedAt: JOINED }))).toEqual(["2026-06-15T22:30:00.000Z upgrade green→gold", "2027-06-15T22:30:00.000Z downgrade gold→green"]);
    expect(evaluateTier(STARS, activity, { asOf: "2026-06-15T22:29:59.999Z", joinedAt: JOINED }).tier).toBe("green");
    expect(evaluateTier(STARS, activity, { asOf: "2026-06-15T22:30:00.000Z", joinedAt: JOINED })).toMatchObject({ tier: "gold", since: "2026-06-15T22:30:00.000Z", validUntil: "2027-06-15T22:30:00.000Z", keep: { remaining: { points: "500" } }, projectedAtExpiry: "green" });
  });

  it("does not count 500 stars spread over more than 12 months", () => {
    const activity = [
      { at: "2026-03-10", points: 260 },
      { at: "2027-03-11", points: 240 },
    ];
    expect(tierTimeline(STARS, activity, { joinedAt: JOINED })).toEqual([]);
    expect(evaluateTier(STARS, activity, { asOf: "2027-03-11", joinedAt: JOINED }).qualifying).toEqual({ points: "240" });
  });

  it("moves up the moment a refund leaves the 12 months, not at the next row", () => {
    // the purchase leaves the window before its refund: in between, the window holds −300 + 500
    const rows = [
      { at: "2026-03-02", points: 300 },
      { at: "2026-03-20", points: -300 },
      { at: "2027-03-10", points: 500 },
    ];
    expect(brief(tierTimeline(STARS, rows, { joinedAt: JOINED }))).toEqual(["2027-03-20T04:00:00.000Z upgrade green→gold", "2028-03-20T04:00:00.000Z downgrade gold→green"]);
    expect(evaluateTier(STARS, rows, { asOf: "2027-03-19", joinedAt: JOINED })).toMatchObject({ tier: "green", qualifying: { points: "200" } });
    expect(evaluateTier(STARS, rows, { asOf: "2027-04-01", joinedAt: JOINED })).toMatchObject({ tier: "gold", since: "2027-03-20T04:00:00.000Z", qualifying: { points: "500" } });
  });

  it("gives back a tier with a threshold of 0 when a refund leaves a calendar month", () => {
    const monthly: TierProgramInput = {
      id: "m",
      timeZone: "UTC",
      window: { type: "calendarMonth" },
      validity: { type: "endOfPeriod" },
      reversals: "downgradeWithinPeriod",
      tiers: [
        { id: "green", rank: 0 },
        { id: "member", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 0 }] } },
        { id: "gold", rank: 2, qualify: { criteria: [{ metric: "points", atLeast: 500 }] } },
      ],
    };
    const rows = [{ at: "2026-01-10T12:00:00Z", points: -100 }];
    expect(brief(tierTimeline(monthly, rows, { joinedAt: "2026-01-01", to: "2026-02-15" }))).toEqual(["2026-01-01T00:00:00.000Z upgrade green→member", "2026-01-10T12:00:00.000Z downgrade member→green", "2026-02-01T00:00:00.000Z upgrade green→member"]);
  });

  it("finds when a refund leaves a window of months past a month's end (a day the next month does not have)", () => {
    const monthly: TierProgramInput = { ...STARS, timeZone: "UTC", window: { type: "rolling", months: 1 } };
    const rows = [
      { at: "2026-03-30T12:00:00Z", points: 300 },
      { at: "2026-03-31T10:00:00Z", points: -300 },
      { at: "2026-04-30T13:00:00Z", points: 500 },
    ];
    // on 30 April the window starts on 30 March at the same time: the purchase has left it, the refund of 31 March stays in it until 1 May
    expect(evaluateTier(monthly, rows, { asOf: "2026-04-30T23:59:59Z", joinedAt: JOINED })).toMatchObject({ tier: "green", qualifying: { points: "200" } });
    expect(brief(tierTimeline(monthly, rows, { joinedAt: JOINED }))).toEqual(["2026-05-01T00:00:00.000Z upgrade green→gold", "2027-05-01T00:00:00.000Z downgrade gold→green"]);
  });

  it("projects the tier at expiry from the rows up to asOf only", () => {
    // 499 stars by asOf, the 500th after it: at asOf, Gold is not yet kept
    const rows = [
      { at: "2026-04-01", points: 500 },
      { at: "2026-12-01", points: 499 },
      { at: "2027-02-01", points: 1 },
    ];
    expect(evaluateTier(STARS, rows, { asOf: "2026-12-15", joinedAt: JOINED })).toMatchObject({ tier: "gold", keep: { remaining: { points: "1" } }, projectedAtExpiry: "green" });
    expect(evaluateTier(STARS, rows, { asOf: "2027-02-01", joinedAt: JOINED })).toMatchObject({ tier: "gold", validUntil: "2028-02-01T05:00:00.000Z", projectedAtExpiry: "green" });
  });

  it("keeps Gold with another 500 stars in the following year (the stars that reached it do not count again)", () => {
    const reached = [{ at: "2026-04-01", points: 500 }];
    // 499 more in the following year: not enough
    const short = [...reached, { at: "2026-12-01", points: 499 }];
    expect(brief(tierTimeline(STARS, short, { joinedAt: JOINED }))).toEqual(["2026-04-01T04:00:00.000Z upgrade green→gold", "2027-04-01T04:00:00.000Z downgrade gold→green"]);
    expect(evaluateTier(STARS, short, { asOf: "2027-01-01", joinedAt: JOINED }).keep).toEqual({ remaining: { points: "1" } });
    // 500 more: kept for 12 months from the renewal
    const kept = [...reached, { at: "2026-12-01", points: 499 }, { at: "2027-02-01", points: 1 }];
    expect(brief(tierTimeline(STARS, kept, { joinedAt: JOINED }))).toEqual([
      "2026-04-01T04:00:00.000Z upgrade green→gold",
      "2027-02-01T05:00:00.000Z renewal gold→gold",
      "2028-02-01T05:00:00.000Z downgrade gold→green",
    ]);
  });

  it("moves up to Reserve at any time, and a single order can cross two tiers", () => {
    const climb = [
      { at: "2026-04-01", points: 600 },
      { at: "2026-08-01", points: 1900 },
    ];
    expect(brief(tierTimeline(STARS, climb, { joinedAt: JOINED, to: "2026-12-31" }))).toEqual(["2026-04-01T04:00:00.000Z upgrade green→gold", "2026-08-01T04:00:00.000Z upgrade gold→reserve"]);
    const jump = [{ at: "2026-04-01", points: 2600 }];
    // a year later the window (2026-04-01, 2027-04-01] is empty: recomputed, the member is Green
    expect(brief(tierTimeline(STARS, jump, { joinedAt: JOINED }))).toEqual(["2026-04-01T04:00:00.000Z upgrade green→reserve", "2027-04-01T04:00:00.000Z downgrade reserve→green"]);
  });
});

/** A programme on calendar years in Shanghai: Silver at 1,000.00 spend, Gold at 5 orders and 3,000 spend. */
const SHANGHAI: TierProgramInput = {
  id: "bank",
  timeZone: "Asia/Shanghai",
  tiers: [
    { id: "basic", rank: 0 },
    { id: "silver", rank: 1, qualify: { criteria: [{ metric: "spend", atLeast: "1000.00" }] } },
    { id: "gold", rank: 2, qualify: { combine: "all", criteria: [{ metric: "orders", atLeast: 5 }, { metric: "spend", atLeast: 3000 }] } },
  ],
  window: { type: "calendarYear" },
  validity: { type: "endOfNextPeriod" },
};

describe("evaluateTier and tierTimeline: boundaries", () => {
  it("qualifies exactly at the threshold, in exact decimals", () => {
    const rows = [
      { at: "2026-02-01", spend: "0.1" },
      { at: "2026-02-02", spend: 0.2 },
      { at: "2026-02-03", spend: "999.69" },
    ];
    expect(evaluateTier(SHANGHAI, rows, { asOf: "2026-02-03", joinedAt: "2026-01-01" })).toMatchObject({ tier: "basic", qualifying: { spend: "999.99", orders: "0" }, next: { tier: "silver", remaining: { spend: "0.01" } } });
    const exact = [...rows, { at: "2026-02-04", spend: "0.01" }];
    expect(evaluateTier(SHANGHAI, exact, { asOf: "2026-02-04", joinedAt: "2026-01-01" })).toMatchObject({ tier: "silver", qualifying: { spend: "1000" }, validUntil: "2027-12-31T16:00:00.000Z" });
  });

  it("holds a tier with thresholds of 0 from joining", () => {
    const program = { ...STARS, tiers: [{ id: "green", rank: 0 }, { id: "welcome", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 0 }] } }] };
    expect(evaluateTier(program, [], { asOf: "2026-03-01", joinedAt: JOINED })).toMatchObject({ tier: "welcome", since: "2026-03-01T05:00:00.000Z" });
  });

  it("counts a calendar year in the programme's zone: the last minutes of 31 December and the first of 1 January fall apart", () => {
    const rows = [
      { at: "2026-12-31T23:50:00+08:00", spend: 600, orders: 1 },
      { at: "2027-01-01T00:10:00+08:00", spend: 600, orders: 1 },
    ];
    expect(evaluateTier(SHANGHAI, rows, { asOf: "2027-01-02", joinedAt: "2026-01-01" }).qualifying).toEqual({ spend: "600", orders: "1" });
    expect(tierTimeline(SHANGHAI, rows, { joinedAt: "2026-01-01" })).toEqual([]);
    // in UTC the same rows share a year (2026-12-31T15:50Z and 16:10Z)
    expect(brief(tierTimeline({ ...SHANGHAI, timeZone: "UTC" }, rows, { joinedAt: "2026-01-01" }))[0]).toBe("2026-12-31T16:10:00.000Z upgrade basic→silver");
  });

  it("reaches Gold with all of its criteria, and keeps a tier to the end of the next calendar year", () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ at: `2026-0${i + 1}-15`, spend: 700, orders: 1 }));
    expect(brief(tierTimeline(SHANGHAI, rows, { joinedAt: "2026-01-01" }))).toEqual([
      "2026-02-14T16:00:00.000Z upgrade basic→silver",
      "2026-05-14T16:00:00.000Z upgrade silver→gold",
      "2027-12-31T16:00:00.000Z downgrade gold→basic",
    ]);
  });

  it("ends a month's validity at local midnight across a DST change, and counts months on the local calendar", () => {
    const program: TierProgramInput = { ...STARS, window: { type: "calendarMonth" }, validity: { type: "endOfPeriod" } };
    // clocks in New York spring forward on 2026-03-08; March ends at midnight EDT (04:00Z)
    const standing = evaluateTier(program, [{ at: "2026-03-08T01:30:00-05:00", points: 500 }], { asOf: "2026-03-20", joinedAt: JOINED });
    expect(standing).toMatchObject({ tier: "gold", validUntil: "2026-04-01T04:00:00.000Z" });
    expect(evaluateTier(STARS, [{ at: "2026-03-31T10:00:00-04:00", points: 500 }], { asOf: "2026-04-01", joinedAt: JOINED }).validUntil).toBe("2027-03-31T14:00:00.000Z");
    // 12 months after 29 February is 28 February
    expect(evaluateTier(STARS, [{ at: "2024-02-29T12:00:00-05:00", points: 500 }], { asOf: "2024-03-01", joinedAt: "2024-01-01" }).validUntil).toBe("2025-02-28T17:00:00.000Z");
  });
});

describe("evaluateTier and tierTimeline: the rules", () => {
  const reserve = [{ at: "2026-04-01", points: 2600 }];

  it("oneDown: falls one level per validity; never: keeps a tier for life", () => {
    const oneDown: TierProgramInput = { ...STARS, downgrade: { rule: "oneDown" } };
    expect(brief(tierTimeline(oneDown, reserve, { joinedAt: JOINED }))).toEqual([
      "2026-04-01T04:00:00.000Z upgrade green→reserve",
      "2027-04-01T04:00:00.000Z downgrade reserve→gold",
      "2028-04-01T04:00:00.000Z downgrade gold→green",
    ]);
    const never: TierProgramInput = { ...STARS, downgrade: { rule: "never" } };
    expect(brief(tierTimeline(never, reserve, { joinedAt: JOINED, to: "2040-01-01" }))).toEqual(["2026-04-01T04:00:00.000Z upgrade green→reserve"]);
    expect(evaluateTier(never, reserve, { asOf: "2040-01-01", joinedAt: JOINED })).toMatchObject({ tier: "reserve", validUntil: null, keep: null, projectedAtExpiry: null });
  });

  it("waits out the grace period before a downgrade, and a renewal within it keeps the tier", () => {
    const grace: TierProgramInput = { ...STARS, downgrade: { rule: "recompute", graceDays: 30 } };
    const reached = [{ at: "2026-04-01", points: 500 }];
    expect(brief(tierTimeline(grace, reached, { joinedAt: JOINED }))).toEqual(["2026-04-01T04:00:00.000Z upgrade green→gold", "2027-05-01T04:00:00.000Z downgrade gold→green"]);
    const late = [...reached, { at: "2027-04-15", points: 500 }];
    expect(brief(tierTimeline(grace, late, { joinedAt: JOINED, to: "2027-12-31" }))).toEqual(["2026-04-01T04:00:00.000Z upgrade green→gold", "2027-04-15T04:00:00.000Z renewal gold→gold"]);
  });

  it("nextPeriod: an upgrade takes effect when the next period starts", () => {
    const program: TierProgramInput = { ...SHANGHAI, upgrade: "nextPeriod" };
    const rows = [{ at: "2026-06-01", spend: 1200, orders: 1 }];
    expect(brief(tierTimeline(program, rows, { joinedAt: "2026-01-01" }))).toEqual(["2026-12-31T16:00:00.000Z upgrade basic→silver", "2028-12-31T16:00:00.000Z downgrade silver→basic"]);
    expect(evaluateTier(program, rows, { asOf: "2026-12-01", joinedAt: "2026-01-01" }).tier).toBe("basic");
  });

  it("a refund lowers the window; by the reversals rule it keeps or takes back the tier within its period", () => {
    const rows: TierActivityRow[] = [
      { at: "2026-03-01", spend: "1200", orders: 1 },
      { at: "2026-03-20", spend: "-300", orders: -1 },
    ];
    expect(evaluateTier(SHANGHAI, rows, { asOf: "2026-04-01", joinedAt: "2026-01-01" })).toMatchObject({ tier: "silver", qualifying: { spend: "900", orders: "0" } });
    const strict: TierProgramInput = { ...SHANGHAI, reversals: "downgradeWithinPeriod" };
    expect(brief(tierTimeline(strict, rows, { joinedAt: "2026-01-01" }))).toEqual(["2026-02-28T16:00:00.000Z upgrade basic→silver", "2026-03-19T16:00:00.000Z downgrade silver→basic"]);
    // a refund in the next year does not take back a tier reached the year before
    const later: TierActivityRow[] = [{ at: "2026-03-01", spend: "1200", orders: 1 }, { at: "2027-01-20", spend: "-300" }];
    expect(evaluateTier(strict, later, { asOf: "2027-02-01", joinedAt: "2026-01-01" }).tier).toBe("silver");
  });

  it("overrides: a tier granted or locked by hand shows while it lasts, then the rules take over", () => {
    const rows = [{ at: "2026-04-01", points: 500 }];
    const overrides = [
      { mode: "grant" as const, tierId: "reserve", from: "2026-05-01", until: "2026-06-01", reason: "service recovery" },
      { mode: "lock" as const, from: "2027-03-15", until: "2027-06-01", reason: "medical leave" },
    ];
    expect(brief(tierTimeline(STARS, rows, { joinedAt: JOINED, overrides, to: "2027-12-31" }))).toEqual([
      "2026-04-01T04:00:00.000Z upgrade green→gold",
      "2026-05-01T04:00:00.000Z override gold→reserve",
      "2026-06-01T04:00:00.000Z override-ended reserve→gold",
      "2027-03-15T04:00:00.000Z override gold→gold",
      "2027-06-01T04:00:00.000Z override-ended gold→green",
    ]);
    expect(evaluateTier(STARS, rows, { asOf: "2027-05-01", joinedAt: JOINED, overrides })).toMatchObject({ tier: "gold", since: "2027-03-15T04:00:00.000Z", validUntil: "2027-06-01T04:00:00.000Z", keep: null });
    expect(evaluateTier(STARS, rows, { asOf: "2026-05-10", joinedAt: JOINED, overrides }).reasons.at(-1)).toBe("held by an override (grant) since 2026-05-01T04:00:00.000Z: service recovery");
  });
});

describe("evaluateTier and tierTimeline: bad input", () => {
  const error = (run: () => unknown): PatronageError => {
    try {
      run();
    } catch (e) {
      expect(e).toBeInstanceOf(PatronageError);
      return e as PatronageError;
    }
    throw new Error("expected a PatronageError");
  };

  it("names the field and the value", () => {
    const options = { asOf: "2026-05-01", joinedAt: JOINED };
    const cases: [() => unknown, string, RegExp][] = [
      [() => evaluateTier(STARS, [{ at: "2026-04-01", point: 5 } as TierActivityRow], options), "activity[0].point", /a known metric \(points, spend, orders, visits/],
      [() => evaluateTier(STARS, [{ at: "2026-04-01", points: "1e3" }], options), "activity[0].points", /a finite number or a decimal string/],
      [() => evaluateTier(STARS, [{ at: "2026-04-01", points: Number.NaN }], options), "activity[0].points", /finite/],
      [() => evaluateTier(STARS, [{ at: "2026-02-01", points: 5 }], options), "activity[0].at", /no earlier than joinedAt/],
      [() => evaluateTier(STARS, [{ at: "yesterday", points: 5 }], options), "activity[0].at", /ISO-8601/],
      [() => evaluateTier(STARS, [null as unknown as TierActivityRow], options), "activity[0]", /an activity row object/],
      [() => evaluateTier(STARS, {} as TierActivityRow[], options), "activity", /an array/],
      [() => evaluateTier(STARS, [], { asOf: "soon", joinedAt: JOINED }), "options.asOf", /ISO-8601/],
      [() => evaluateTier(STARS, [], { asOf: "2026-05-01", joinedAt: "2026-13-01" }), "options.joinedAt", /ISO-8601/],
      [() => evaluateTier(STARS, [], { ...options, overrides: [{ mode: "grant", tierId: "platinum", from: JOINED, reason: "x" }] }), "options.overrides[0].tierId", /one of the programme's tiers/],
      [() => evaluateTier(STARS, [], { ...options, overrides: [{ mode: "lock", from: "2026-05-01", until: "2026-04-01", reason: "x" }] }), "options.overrides[0].until", /after from/],
      [() => evaluateTier(STARS, [], { ...options, overrides: [{ mode: "lock", from: JOINED, reason: " " }] }), "options.overrides[0].reason", /a reason/],
      [() => tierTimeline(STARS, [], { joinedAt: JOINED, from: "2026-06-01", to: "2026-05-01" }), "options.to", /no earlier than from/],
      [() => evaluateTier(STARS, [], null as unknown as { asOf: string; joinedAt: string }), "options", /an options object/],
      [() => evaluateTier(STARS, [], { ...options, overrides: {} as never }), "options.overrides", /an array of overrides/],
      [() => evaluateTier(STARS, [], { ...options, overrides: [null as never] }), "options.overrides[0]", /an override object/],
      [() => evaluateTier(STARS, [], { ...options, overrides: [{ mode: "pin" as never, from: JOINED, reason: "x" }] }), "options.overrides[0].mode", /"grant" or "lock"/],
      [() => evaluateTier(STARS, [], { ...options, overrides: [{ mode: "lock", tierId: "gold", from: JOINED, reason: "x" }] }), "options.overrides[0].tierId", /a lock keeps the tier/],
      [() => evaluateTier(STARS, [{ at: "2026-04-01", points: "0.0000000000001" }], options), "activity[0].points", /at most 12 decimals/],
      [() => evaluateTier(STARS, [{ at: "2026-04-01", points: 2 ** 53 }], options), "activity[0].points", /running total stays exact/],
    ];
    for (const [run, field, message] of cases) {
      const e = error(run);
      expect(e.code, field).toBe("INVALID_ARGUMENT");
      expect(e.field).toBe(field);
      expect(e.message).toMatch(message);
    }
    expect(error(() => evaluateTier({ ...STARS, tiers: [] }, [], options)).code).toBe("INVALID_CONFIG");
    // numbers in exponent form, signs and zeros are read exactly
    expect(evaluateTier(STARS, [{ at: "2026-04-01", points: 1e-7 }, { at: "2026-04-02", points: "+499.9999999" }, { at: "2026-04-03", points: "-0" }], options).qualifying).toEqual({ points: "500" });
  });
});

describe("evaluateTier and tierTimeline: laws (fast-check, seed 606)", () => {
  const row = fc.record({ day: fc.integer({ min: 0, max: 900 }), points: fc.integer({ min: -150, max: 900 }) });
  const programs = fc.constantFrom<TierProgramInput>(
    STARS,
    { ...STARS, downgrade: { rule: "oneDown", graceDays: 10 } },
    { ...STARS, reversals: "downgradeWithinPeriod" },
    { ...STARS, window: { type: "calendarYear" }, validity: { type: "endOfNextPeriod" } },
    { ...STARS, window: { type: "anniversary" }, upgrade: "nextPeriod", validity: { type: "endOfPeriod" } },
    { ...STARS, window: { type: "lifetime" }, downgrade: { rule: "never" } },
  );
  const start = Date.parse("2026-03-01T05:00:00Z");
  const toRows = (rows: { day: number; points: number }[]): TierActivityRow[] => rows.map((r) => ({ at: new Date(start + r.day * 86_400_000 + 3_600_000), points: r.points }));

  it("evaluateTier at t is the last state of tierTimeline up to t", () => {
    fc.assert(
      fc.property(programs, fc.array(row, { maxLength: 25 }), fc.integer({ min: 0, max: 1200 }), (program, rows, day) => {
        const activity = toRows(rows);
        const asOf = new Date(start + day * 86_400_000);
        const changes = tierTimeline(program, activity, { joinedAt: JOINED, to: asOf });
        const standing = evaluateTier(program, activity, { asOf, joinedAt: JOINED });
        expect(standing.tier).toBe(changes.at(-1)?.to ?? "green");
        const moves = changes.filter((c) => c.kind !== "renewal");
        expect(standing.since).toBe(moves.at(-1)?.at ?? "2026-03-01T05:00:00.000Z");
        for (let k = 1; k < changes.length; k++) expect((changes[k] as { from: string }).from).toBe((changes[k - 1] as { to: string }).to);
      }),
      { seed: 606, numRuns: 300 },
    );
  });

  it("more qualifying activity never gives a lower tier at the same asOf: the tier the window qualifies for, and a status kept for life", () => {
    const level = (tier: string): number => ["green", "gold", "reserve"].indexOf(tier);
    const lifetime: TierProgramInput = { ...STARS, window: { type: "lifetime" }, downgrade: { rule: "never" } };
    const qualifying = (activity: TierActivityRow[], asOf: Date): number => {
      const points = Number(evaluateTier(STARS, activity, { asOf, joinedAt: JOINED }).qualifying["points"]);
      return points >= 2500 ? 2 : points >= 500 ? 1 : 0;
    };
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), fc.array(row, { maxLength: 5 }), fc.integer({ min: 0, max: 1200 }), (rows, extra, day) => {
        const some = toRows(rows.map((r) => ({ ...r, points: Math.abs(r.points) })));
        const more = [...some, ...toRows(extra.map((r) => ({ ...r, points: Math.abs(r.points) })))];
        const asOf = new Date(start + day * 86_400_000);
        expect(level(evaluateTier(lifetime, more, { asOf, joinedAt: JOINED }).tier)).toBeGreaterThanOrEqual(level(evaluateTier(lifetime, some, { asOf, joinedAt: JOINED }).tier));
        expect(qualifying(more, asOf)).toBeGreaterThanOrEqual(qualifying(some, asOf));
      }),
      { seed: 606, numRuns: 300 },
    );
  });

  it("with immediate upgrades, the tier held is never below the tier the window qualifies for, refunds included (where the window's start only moves forward)", () => {
    // In UTC, windows of days and calendar periods start ever later. Windows of months start a
    // little earlier on days a shorter month lacks, and local windows in the hour clocks go back:
    // a row can leave such a window and come back (docs/tiers.md, "Windows").
    const utc: TierProgramInput = { ...STARS, timeZone: "UTC" };
    const immediate = fc.constantFrom<TierProgramInput>(
      { ...utc, window: { type: "rolling", days: 365 } },
      { ...utc, window: { type: "rolling", days: 90 }, downgrade: { rule: "oneDown", graceDays: 5 } },
      { ...utc, window: { type: "calendarQuarter" }, validity: { type: "endOfPeriod" } },
      { ...STARS, window: { type: "calendarMonth" }, reversals: "downgradeWithinPeriod" },
    );
    const refundRow = fc.record({ day: fc.integer({ min: 0, max: 800 }), points: fc.oneof(fc.integer({ min: 0, max: 900 }), fc.integer({ min: -1200, max: -1 })) });
    fc.assert(
      fc.property(immediate, fc.array(refundRow, { maxLength: 15 }), fc.integer({ min: 0, max: 900 }), (program, rows, day) => {
        const standing = evaluateTier(program, toRows(rows), { asOf: new Date(start + day * 86_400_000), joinedAt: JOINED });
        const points = Number(standing.qualifying["points"]);
        const window = points >= 2500 ? 2 : points >= 500 ? 1 : 0;
        expect(["green", "gold", "reserve"].indexOf(standing.tier)).toBeGreaterThanOrEqual(window);
      }),
      { seed: 606, numRuns: 400 },
    );
  });

  it("a status with a validity has memory: reaching Gold earlier ends it earlier", () => {
    const later = [
      { at: "2026-03-02", points: 450 },
      { at: "2026-09-18", points: 50 },
    ];
    const earlier = [...later, { at: "2026-06-10", points: 50 }];
    expect(evaluateTier(STARS, later, { asOf: "2027-07-01", joinedAt: JOINED }).tier).toBe("gold");
    expect(evaluateTier(STARS, earlier, { asOf: "2027-07-01", joinedAt: JOINED }).tier).toBe("green");
  });
});

describe("the TSDoc examples", () => {
  const program = {
    id: "stars",
    timeZone: "America/New_York",
    tiers: [
      { id: "green", rank: 0 },
      { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] } },
      { id: "reserve", rank: 2, qualify: { criteria: [{ metric: "points", atLeast: 2500 }] } },
    ],
  };
  const activity = [
    { at: "2026-03-01", points: 300 },
    { at: "2026-05-10", points: 200 },
    { at: "2026-09-01", points: 120 },
  ];

  it("tierTimeline", () => {
    const twoTiers = { ...program, tiers: program.tiers.slice(0, 2) };
    expect(tierTimeline(twoTiers, activity.slice(0, 2), { joinedAt: "2026-03-01", to: "2027-06-01" }).map((c) => `${c.at} ${c.kind} ${c.to}`)).toEqual([
      "2026-05-10T04:00:00.000Z upgrade gold",
      "2027-05-10T04:00:00.000Z downgrade green",
    ]);
  });

  it("evaluateTier", () => {
    const standing = evaluateTier(program, activity, { asOf: "2026-10-01", joinedAt: "2026-03-01" });
    expect(standing.tier).toBe("gold");
    expect(standing.validUntil).toBe("2027-05-10T04:00:00.000Z");
    expect(standing.qualifying).toEqual({ points: "620" });
    expect(standing.next).toEqual({ tier: "reserve", remaining: { points: "1880" } });
    expect(standing.keep).toEqual({ remaining: { points: "380" } });
    expect(standing.projectedAtExpiry).toBe("green");
  });
});

describe("evaluateTier and tierTimeline: cases a review found", () => {
  const ladder = (more: Partial<TierProgramInput>): TierProgramInput => ({
    id: "p",
    timeZone: "UTC",
    tiers: [
      { id: "base", rank: 0 },
      { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] } },
      { id: "plat", rank: 2, qualify: { criteria: [{ metric: "spend", atLeast: 1000 }] } },
    ],
    ...more,
  });
  const show = (changes: { at: string; kind: string; from: string; to: string }[]): string[] => changes.map((c) => `${c.at.slice(0, 10)} ${c.kind} ${c.from}→${c.to}`);

  it("membership years end on the next anniversary (from 29 February; across DST)", () => {
    const program = ladder({ window: { type: "anniversary" }, validity: { type: "endOfPeriod" }, tiers: [{ id: "base", rank: 0 }, { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 100 }] } }] });
    expect(show(tierTimeline(program, [{ at: "2028-02-28T12:00:00Z", points: 100 }], { joinedAt: "2024-02-29T00:00:00Z" }))).toEqual(["2028-02-28 upgrade base→gold", "2028-02-29 downgrade gold→base"]);
    const york = { ...program, timeZone: "America/New_York" };
    expect(evaluateTier(york, [{ at: "2026-06-01", points: 100 }], { asOf: "2026-07-01", joinedAt: "2025-03-08T02:30:00-05:00" }).validUntil).toBe("2027-03-08T07:30:00.000Z");
  });

  it("nextPeriod: a validity that ends renews the held tier and leaves a higher one for its period", () => {
    const program = ladder({ window: { type: "calendarYear" }, upgrade: "nextPeriod", validity: { type: "months", months: 6 } });
    expect(show(tierTimeline(program, [{ at: "2026-05-01", points: 500 }, { at: "2027-03-01", spend: 1000 }], { joinedAt: "2026-01-01", to: "2028-02-01" }))).toEqual([
      "2027-01-01 upgrade base→gold",
      "2027-07-01 renewal gold→gold",
      "2028-01-01 upgrade gold→plat",
    ]);
  });

  it("a reversal never moves a member up, and a refunded qualification cancels a next-period upgrade", () => {
    const strict = ladder({ window: { type: "calendarYear" }, upgrade: "nextPeriod", validity: { type: "endOfNextPeriod" }, reversals: "downgradeWithinPeriod" });
    expect(show(tierTimeline(strict, [{ at: "2026-05-01", points: 500 }, { at: "2027-03-01", points: -10, spend: 1000 }], { joinedAt: "2026-01-01", to: "2028-02-01" }))).toEqual([
      "2027-01-01 upgrade base→gold",
      "2028-01-01 upgrade gold→plat",
    ]);
    expect(tierTimeline(strict, [{ at: "2026-11-01", points: 500 }, { at: "2026-12-01", points: -500 }], { joinedAt: "2026-01-01", to: "2027-02-01" })).toEqual([]);
  });

  it("a reversal takes back only a tier it put out of reach, reached by qualifying in the period", () => {
    const program: TierProgramInput = {
      ...ladder({ window: { type: "calendarYear" }, validity: { type: "months", months: 3 }, downgrade: { rule: "oneDown" }, reversals: "downgradeWithinPeriod" }),
      tiers: [
        { id: "base", rank: 0 },
        { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] } },
        { id: "plat", rank: 2, qualify: { criteria: [{ metric: "points", atLeast: 1000 }] } },
      ],
    };
    const rows = [
      { at: "2025-12-01", points: 1000 },
      { at: "2026-04-01", points: 10 },
      { at: "2026-04-02", points: -1 },
    ];
    expect(show(tierTimeline(program, rows, { joinedAt: "2025-01-01", to: "2026-05-01" }))).toEqual(["2025-12-01 upgrade base→plat", "2026-03-01 downgrade plat→gold"]);
  });

  it("a lock inside a grant keeps the granted tier", () => {
    const overrides = [
      { mode: "grant" as const, tierId: "plat", from: "2026-02-01", until: "2026-06-01", reason: "vip" },
      { mode: "lock" as const, from: "2026-03-01", until: "2026-04-01", reason: "audit" },
    ];
    expect(evaluateTier(ladder({}), [], { asOf: "2026-03-15", joinedAt: "2026-01-01", overrides }).tier).toBe("plat");
    expect(show(tierTimeline(ladder({}), [], { joinedAt: "2026-01-01", overrides })).map((c) => c.slice(11))).toEqual(["override base→plat", "override plat→plat", "override plat→plat", "override-ended plat→base"]);
  });

  it("refuses an asOf or an override before joining, a threshold past 12 decimals, and a metric named at", () => {
    expect(() => evaluateTier(ladder({}), [], { asOf: "2025-06-01", joinedAt: "2026-01-01" })).toThrow(expect.objectContaining({ field: "options.asOf" }));
    expect(() => evaluateTier(ladder({}), [], { asOf: "2026-06-01", joinedAt: "2026-01-01", overrides: [{ mode: "grant", tierId: "gold", from: "2025-06-01", reason: "x" }] })).toThrow(
      expect.objectContaining({ field: "options.overrides[0].from" }),
    );
    const fine = { ...ladder({}), tiers: [{ id: "base", rank: 0 }, { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: "0.0000000000001" }] } }] };
    expect(() => evaluateTier(fine, [], { asOf: "2026-06-01", joinedAt: "2026-01-01" })).toThrow(expect.objectContaining({ code: "INVALID_CONFIG", field: "program.tiers[1].qualify.criteria[0].atLeast" }));
    const big = { ...ladder({}), tiers: [{ id: "base", rank: 0 }, { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: "9000000" }] } }] };
    expect(() => evaluateTier(big, [{ at: "2026-02-01", points: "0.000000000001" }], { asOf: "2026-06-01", joinedAt: "2026-01-01" })).toThrow(/keep the threshold 9000000 exact/);
    expect(() => evaluateTier({ ...ladder({}), metrics: ["at"] }, [], { asOf: "2026-06-01", joinedAt: "2026-01-01" })).toThrow(expect.objectContaining({ code: "INVALID_CONFIG", field: "program.metrics[0]" }));
  });
});
