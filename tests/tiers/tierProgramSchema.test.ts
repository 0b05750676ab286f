import { describe, expect, it } from "vitest";
import { PatronageError } from "../../src/PatronageError.js";
import { TIER_METRICS, tierBenefits, tierProgramSchema, type TierProgramInput } from "../../src/tiers/index.js";
import { STARS } from "./STARS.js";


/** The `INVALID_CONFIG` error parsing `input` throws (`program.…` path and message). */
function configError(input: unknown): PatronageError {
  try {
    tierBenefits(input as TierProgramInput, "green");
  } catch (error) {
    expect(error).toBeInstanceOf(PatronageError);
    expect((error as PatronageError).code).toBe("INVALID_CONFIG");
    return error as PatronageError;
  }
  throw new Error("expected INVALID_CONFIG");
}

/** STARS with some fields replaced. */
const stars = (change: Record<string, unknown>): unknown => ({ ...STARS, ...change });

describe("tierProgramSchema", () => {
  it("parses the TSDoc example, with its defaults", () => {
    const program = tierProgramSchema.parse({
      id: "stars",
      timeZone: "America/New_York",
      tiers: [
        { id: "green", rank: 0 },
        { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] }, benefits: { earnMultiplier: 1.2 } },
      ],
    });
    expect(program.tiers[1]).toEqual({ id: "gold", rank: 1, qualify: { combine: "any", criteria: [{ metric: "points", atLeast: "500" }] }, benefits: { earnMultiplier: "1.2", pointsNeverExpire: false, perks: [] } });
    expect(program.window).toEqual({ type: "rolling", days: 0, months: 12 });
    expect(program.validity).toEqual({ type: "months", months: 12 });
    expect(program.tiers[0]).toEqual({ id: "green", rank: 0, qualify: null, benefits: { earnMultiplier: "1", pointsNeverExpire: false, perks: [] } });
    expect(program).toMatchObject({ metrics: [], upgrade: "immediate", downgrade: { rule: "recompute", graceDays: 0 }, reversals: "keepStatus" });
  });

  it("is JSON in, JSON out: a parsed programme parses to itself", () => {
    const once = tierProgramSchema.parse(STARS);
    expect(tierProgramSchema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });

  it("keeps ranks as given, never ordering tiers by name or threshold", () => {
    const program = tierProgramSchema.parse({
      ...STARS,
      tiers: [
        { id: "b-top", rank: 9, qualify: { criteria: [{ metric: "spend", atLeast: "100.5" }] } },
        { id: "a-base", rank: -3 },
      ],
    });
    expect(program.tiers.map((t) => [t.id, t.rank])).toEqual([
      ["b-top", 9],
      ["a-base", -3],
    ]);
  });

  it("takes custom metrics, and every window, validity and downgrade", () => {
    const program = tierProgramSchema.parse({
      id: "hotel",
      timeZone: "Europe/Paris",
      metrics: ["nights"],
      tiers: [
        { id: "member", rank: 0 },
        { id: "silver", rank: 1, qualify: { combine: "any", criteria: [{ metric: "nights", atLeast: 10 }, { metric: "spend", atLeast: "2000" }] } },
        { id: "gold", rank: 2, qualify: { combine: "all", criteria: [{ metric: "nights", atLeast: 25 }, { metric: "spend", atLeast: "5000" }] } },
      ],
      window: { type: "calendarYear" },
      upgrade: "nextPeriod",
      validity: { type: "endOfNextPeriod" },
      downgrade: { rule: "oneDown", graceDays: 30 },
      reversals: "downgradeWithinPeriod",
    });
    expect(program.metrics).toEqual(["nights"]);
    expect(program.downgrade).toEqual({ rule: "oneDown", graceDays: 30 });
    for (const window of [{ type: "lifetime" }, { type: "calendarQuarter" }, { type: "calendarMonth" }, { type: "anniversary" }, { type: "rolling", days: 90 }]) {
      expect(tierProgramSchema.parse({ ...STARS, window }).window.type).toBe(window.type);
    }
  });

  it("refuses a bad programme with INVALID_CONFIG naming the path", () => {
    const cases: [unknown, string, RegExp][] = [
      [stars({ timeZone: "Mars/Olympus" }), "program.timeZone", /IANA time zone/],
      [stars({ tiers: [] }), "program.tiers", /.+/],
      [stars({ surprise: 1 }), "program", /surprise/],
      [stars({ window: { type: "rolling" } }), "program.window.days", /days or months/],
      [stars({ window: { type: "rolling", days: 30, months: 1 } }), "program.window.days", /days or months/],
      [stars({ validity: { type: "months", months: 0 } }), "program.validity.months", /.+/],
      [stars({ tiers: [{ id: "green", rank: 0 }, { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: -1 }] } }] }), "program.tiers[1].qualify.criteria[0].atLeast", /≥ 0/],
      [stars({ tiers: [{ id: "green", rank: 0, benefits: { earnMultiplier: 0 } }] }), "program.tiers[0].benefits.earnMultiplier", /> 0/],
      [stars({ tiers: [{ id: "green", rank: 0, benefits: { perks: [() => 1] } }] }), "program.tiers[0].benefits.perks[0]", /.+/],
    ];
    for (const [input, field, message] of cases) {
      const error = configError(input);
      expect(error.field, JSON.stringify(input)).toBe(field);
      expect(error.message).toMatch(message);
    }
  });

  it("checks the ladder: unique ids and ranks, one base tier at the bottom, known metrics", () => {
    const ladder = (tiers: unknown[], more: Record<string, unknown> = {}): unknown => ({ ...STARS, ...more, tiers });
    const gold = { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] } };
    const cases: [unknown, string, RegExp][] = [
      [ladder([{ id: "green", rank: 0 }, { ...gold, id: "green" }]), "program.tiers[1].id", /tier id "green" is also tiers\[0\]'s/],
      [ladder([{ id: "green", rank: 0 }, { ...gold, rank: 0 }]), "program.tiers[1].rank", /rank 0 is also tiers\[0\]'s/],
      [ladder([gold]), "program.tiers", /expected a base tier/],
      [ladder([{ id: "green", rank: 0 }, { id: "blue", rank: 1 }]), "program.tiers", /found 2: tiers\[0\], tiers\[1\]/],
      [ladder([{ id: "green", rank: 5 }, gold]), "program.tiers[1].rank", /rank 1 is below the base tier's \(5\)/],
      [ladder([{ id: "green", rank: 0 }, { ...gold, qualify: { criteria: [{ metric: "nights", atLeast: 5 }] } }]), "program.tiers[1].qualify.criteria[0].metric", /unknown metric "nights".*declare custom ones in metrics/],
      [ladder([{ id: "green", rank: 0 }], { metrics: ["spend"] }), "program.metrics[0]", /"spend" is built in/],
      [ladder([{ id: "green", rank: 0 }], { metrics: ["nights", "nights"] }), "program.metrics[1]", /"nights" is declared twice/],
    ];
    for (const [input, field, message] of cases) {
      const error = configError(input);
      expect(error.field, JSON.stringify(input)).toBe(field);
      expect(error.message).toMatch(message);
    }
  });

  it("refuses a tier that can never be held: whoever qualifies for it qualifies for a higher one", () => {
    const ladder = (lower: unknown, higher: unknown): unknown => ({ ...STARS, tiers: [{ id: "base", rank: 0 }, { id: "silver", rank: 1, qualify: lower }, { id: "gold", rank: 2, qualify: higher }] });
    const points = (atLeast: number) => ({ metric: "points", atLeast });
    const spend = (atLeast: number) => ({ metric: "spend", atLeast });
    const never: [unknown, unknown][] = [
      [{ criteria: [points(500)] }, { criteria: [points(300)] }],
      [{ criteria: [points(500)] }, { criteria: [points(500)] }],
      [{ combine: "all", criteria: [points(500), spend(1000)] }, { combine: "all", criteria: [points(400)] }],
      [{ combine: "all", criteria: [points(500), spend(1000)] }, { criteria: [spend(900), points(5000)] }],
      [{ criteria: [points(500), spend(50)] }, { criteria: [points(100), spend(10)] }],
      [{ criteria: [points(500)] }, { combine: "all", criteria: [points(200)] }],
    ];
    for (const [lower, higher] of never) {
      const error = configError(ladder(lower, higher));
      expect(error.field, JSON.stringify([lower, higher])).toBe("program.tiers[1].qualify");
      expect(error.message).toMatch(/tier "silver" can never be held: whoever qualifies for it qualifies for the higher tiers\[2\] \("gold"\)/);
    }
    const fine: [unknown, unknown][] = [
      [{ criteria: [points(500)] }, { criteria: [points(2500)] }],
      [{ criteria: [points(500), spend(1000)] }, { combine: "all", criteria: [points(400), spend(1200)] }],
      [{ combine: "all", criteria: [points(500), spend(1000)] }, { combine: "all", criteria: [points(400), spend(2000)] }],
      [{ criteria: [points(500), spend(50)] }, { criteria: [points(100)] }],
      [{ criteria: [points(0)] }, { criteria: [points(1)] }],
    ];
    for (const [lower, higher] of fine) expect(tierProgramSchema.safeParse(ladder(lower, higher)).success, JSON.stringify([lower, higher])).toBe(true);
  });

  it("asks for a window with periods for next-period upgrades and period validities", () => {
    expect(configError(stars({ upgrade: "nextPeriod" })).field).toBe("program.upgrade");
    expect(configError(stars({ validity: { type: "endOfPeriod" } })).message).toMatch(/validity "endOfPeriod" needs a window with periods \(calendar or anniversary\), not "rolling"/);
    expect(configError(stars({ window: { type: "lifetime" }, validity: { type: "endOfNextPeriod" } })).field).toBe("program.validity.type");
    expect(tierProgramSchema.safeParse(stars({ window: { type: "anniversary" }, upgrade: "nextPeriod", validity: { type: "endOfPeriod" } })).success).toBe(true);
  });
});

describe("tierBenefits", () => {
  it("gives a tier's benefits (the TSDoc example)", () => {
    const program = {
      id: "stars",
      timeZone: "America/New_York",
      tiers: [
        { id: "green", rank: 0 },
        { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] }, benefits: { earnMultiplier: "1.2", pointsNeverExpire: true } },
      ],
    };
    expect(tierBenefits(program, "gold")).toEqual({ earnMultiplier: "1.2", pointsNeverExpire: true, perks: [] });
    expect(tierBenefits(program, "green").earnMultiplier).toBe("1");
  });

  it("gives the Starbucks golden programme's multipliers and perks, frozen", () => {
    expect(tierBenefits(STARS, "reserve")).toEqual({ earnMultiplier: "1.7", pointsNeverExpire: true, perks: [{ kind: "event", name: "Reserve tasting" }] });
    expect(Object.isFrozen(tierBenefits(STARS, "reserve").perks[0])).toBe(true);
    expect(tierBenefits(tierProgramSchema.parse(STARS), "gold").earnMultiplier).toBe("1.2");
  });

  it("refuses a tier the programme does not have, naming tierId", () => {
    expect(() => tierBenefits(STARS, "platinum")).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "tierId" }));
    expect(() => tierBenefits(STARS, "platinum")).toThrow(/one of the programme's tiers \("green", "gold", "reserve"\)/);
  });
});

describe("TIER_METRICS", () => {
  it("lists the built-in metrics (the TSDoc example)", () => {
    expect(TIER_METRICS).toEqual(["points", "spend", "orders", "visits"]);
  });
});
