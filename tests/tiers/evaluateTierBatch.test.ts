import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PatronageError } from "../../src/PatronageError.js";
import { evaluateTier, evaluateTierBatch, type TierProgramInput } from "../../src/tiers/index.js";
import { STARS } from "./STARS.js";


describe("evaluateTierBatch", () => {
  it("evaluates members from columns (the TSDoc example)", () => {
    const program = {
      id: "stars",
      timeZone: "UTC",
      tiers: [
        { id: "green", rank: 0 },
        { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] } },
      ],
    };
    const day = (d: number) => Date.UTC(2026, 0, d);
    const result = evaluateTierBatch(program, { member: [0, 1, 0], at: [day(2), day(3), day(9)], metrics: { points: [300, 100, 250] } }, { asOf: "2026-02-01", joinedAt: "2026-01-01" });
    expect(Array.from(result.level, (l) => result.tiers[l])).toEqual(["gold", "green"]);
    expect(new Date(result.since[0]!).toISOString()).toBe("2026-01-09T00:00:00.000Z");
    expect(result.validUntil[1]).toBe(Number.POSITIVE_INFINITY);
  });

  it("gives what evaluateTier gives each member, for every window and rule (fast-check, seed 607)", () => {
    const programs = fc.constantFrom<TierProgramInput>(
      STARS,
      { ...STARS, downgrade: { rule: "oneDown", graceDays: 10 }, reversals: "downgradeWithinPeriod" },
      { ...STARS, window: { type: "calendarYear" }, validity: { type: "endOfNextPeriod" } },
      { ...STARS, window: { type: "anniversary" }, upgrade: "nextPeriod", validity: { type: "endOfPeriod" } },
      { ...STARS, window: { type: "rolling", days: 90 }, downgrade: { rule: "never" } },
    );
    const start = Date.parse("2026-03-01T05:00:00Z");
    const row = fc.record({ member: fc.integer({ min: 0, max: 5 }), day: fc.integer({ min: 0, max: 800 }), points: fc.oneof(fc.integer({ min: -100, max: 900 }), fc.constantFrom(0.5, 12.25)) });
    fc.assert(
      fc.property(programs, fc.array(row, { maxLength: 40 }), fc.integer({ min: 0, max: 1000 }), fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 6, maxLength: 6 }), (program, rows, asOfDay, joined) => {
        const joinedAt = joined.map((d) => start + d * 86_400_000);
        const usable = rows.filter((r) => start + r.day * 86_400_000 + 3_600_000 >= (joinedAt[r.member] as number));
        const asOf = new Date(start + (31 + asOfDay) * 86_400_000);
        const result = evaluateTierBatch(
          program,
          { member: usable.map((r) => r.member), at: Float64Array.from(usable, (r) => start + r.day * 86_400_000 + 3_600_000), metrics: { points: usable.map((r) => r.points) } },
          { asOf, joinedAt, members: 6 },
        );
        for (let m = 0; m < 6; m++) {
          const own = usable.filter((r) => r.member === m).map((r) => ({ at: new Date(start + r.day * 86_400_000 + 3_600_000), points: r.points }));
          const one = evaluateTier(program, own, { asOf, joinedAt: new Date(joinedAt[m] as number) });
          expect(result.tiers[result.level[m]!]).toBe(one.tier);
          expect(new Date(result.since[m]!).toISOString()).toBe(one.since);
          expect(result.validUntil[m] === Number.POSITIVE_INFINITY ? null : new Date(result.validUntil[m]!).toISOString()).toBe(one.validUntil);
        }
      }),
      { seed: 607, numRuns: 200 },
    );
  });

  it("gives what evaluateTier gives each of 3,000 members, rows in any order (members in several buckets of the grouping)", () => {
    const members = 3000;
    let seed = 11;
    const next = (): number => (seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32;
    const start = Date.parse("2026-03-01T05:00:00Z");
    const rows = Array.from({ length: 24_000 }, () => {
      const member = Math.floor(next() * members);
      // every 50th member buys ten times as much (Reserve); one row in 20 is a refund
      return { member, at: start + Math.floor(next() * 700) * 86_400_000 + 54_000_000, points: Math.floor(next() * (member % 50 === 0 ? 3000 : 300)) - (next() < 0.05 ? 400 : 0) };
    });
    const asOf = new Date(start + 720 * 86_400_000);
    const result = evaluateTierBatch(STARS, { member: Int32Array.from(rows, (r) => r.member), at: Float64Array.from(rows, (r) => r.at), metrics: { points: rows.map((r) => r.points) } }, { asOf, joinedAt: new Date(start) });
    const own = Array.from({ length: members }, () => [] as { at: Date; points: number }[]);
    for (const r of rows) own[r.member]?.push({ at: new Date(r.at), points: r.points });
    for (let m = 0; m < members; m++) {
      const one = evaluateTier(STARS, own[m] ?? [], { asOf, joinedAt: new Date(start) });
      expect([result.tiers[result.level[m]!], new Date(result.since[m]!).toISOString()], `member ${m}`).toEqual([one.tier, one.since]);
    }
    expect(new Set(result.level).size).toBe(3);
  });

  it("refuses bad columns and options, naming the field", () => {
    const ok = { member: [0], at: [Date.UTC(2026, 1, 1)], metrics: { points: [10] } };
    const options = { asOf: "2026-03-01", joinedAt: "2026-01-01" };
    const cases: [() => unknown, string][] = [
      [() => evaluateTierBatch(STARS, null as never, options), "columns"],
      [() => evaluateTierBatch(STARS, { ...ok, member: 5 as never }, options), "columns.member"],
      [() => evaluateTierBatch(STARS, { ...ok, at: [] }, options), "columns.at"],
      [() => evaluateTierBatch(STARS, { ...ok, member: [-1] }, options), "columns.member[0]"],
      [() => evaluateTierBatch(STARS, { ...ok, member: [3] }, { ...options, members: 2 }), "columns.member[0]"],
      [() => evaluateTierBatch(STARS, { ...ok, at: [Number.NaN] }, options), "columns.at[0]"],
      [() => evaluateTierBatch(STARS, { ...ok, metrics: { stars: [1] } }, options), "columns.metrics.stars"],
      [() => evaluateTierBatch(STARS, { ...ok, metrics: { points: [1, 2] } }, options), "columns.metrics.points"],
      [() => evaluateTierBatch(STARS, { ...ok, metrics: { points: [Number.POSITIVE_INFINITY] } }, options), "columns.metrics.points[0]"],
      [() => evaluateTierBatch(STARS, { ...ok, metrics: null as never }, options), "columns.metrics"],
      [() => evaluateTierBatch(STARS, ok, { ...options, asOf: "later" }), "options.asOf"],
      [() => evaluateTierBatch(STARS, ok, { ...options, joinedAt: [] }), "options.joinedAt"],
      [() => evaluateTierBatch(STARS, ok, { ...options, joinedAt: [Number.NaN] }), "options.joinedAt[0]"],
      [() => evaluateTierBatch(STARS, ok, { ...options, joinedAt: [Date.UTC(2026, 5, 1)] }), "options.joinedAt[0]"],
      [() => evaluateTierBatch(STARS, ok, { ...options, joinedAt: "2026-02-15" }), "columns.at[0]"],
      [() => evaluateTierBatch(STARS, ok, null as never), "options"],
      [() => evaluateTierBatch(STARS, ok, { ...options, members: -1 }), "options.members"],
      [() => evaluateTierBatch(STARS, { ...ok, metrics: { points: [2 ** 53] } }, options), "columns.metrics.points[0]"],
      [() => evaluateTierBatch(STARS, { member: [0, 0], at: [Date.UTC(2026, 1, 1), Date.UTC(2026, 1, 2)], metrics: { points: [2 ** 52, 2 ** 52] } }, options), "columns.metrics.points"],
      [() => evaluateTierBatch(STARS, { ...ok, metrics: { points: [0.1234567890123] } }, options), "columns.metrics.points[0]"],
      [() => evaluateTierBatch(STARS, { ...ok, metrics: { points: ["12.5" as never] } }, options), "columns.metrics.points[0]"],
      // 12 decimals make the threshold 100,000 (10^17 units) inexact
      [() => evaluateTierBatch({ ...STARS, tiers: [{ id: "green", rank: 0 }, { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 100_000 }] } }] }, { ...ok, metrics: { points: [1e-12] } }, options), "columns.metrics.points"],
      [() => evaluateTierBatch(STARS, { member: [0, 0], at: [Date.UTC(2026, 1, 1), Date.UTC(2025, 1, 1)], metrics: {} }, options), "columns.at[1]"],
    ];
    for (const [run, field] of cases) {
      let caught: unknown;
      try {
        run();
      } catch (error) {
        caught = error;
      }
      expect(caught, field).toBeInstanceOf(PatronageError);
      expect((caught as PatronageError).field, field).toBe(field);
    }
  });
});
