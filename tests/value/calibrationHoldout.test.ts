import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calibrationHoldout, type CalibrationHoldoutOptions } from "../../src/value/calibrationHoldout.js";
import { summarizeTransactions } from "../../src/value/summarizeTransactions.js";
import type { Transaction } from "../../src/value/Transaction.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

const INVALID = "INVALID_ARGUMENT";

describe("examples", () => {
  it("splits one customer at calibrationEnd and leaves out a customer who first buys in the holdout", () => {
    const { summaries, excluded } = calibrationHoldout(
      [
        { customerId: "ann", at: "2024-01-01", amount: 20 },
        { customerId: "ann", at: "2024-01-08", amount: 10 },
        { customerId: "ann", at: "2024-01-20", amount: 6 },
        { customerId: "ann", at: "2024-01-20", amount: 4 }, // same day: one purchase of 10
        { customerId: "ann", at: "2024-01-25", amount: 30 },
        { customerId: "cyd", at: "2024-01-22", amount: 9 }, // first buys in the holdout
      ],
      { calibrationEnd: "2024-01-14", observationEnd: "2024-01-28", timeUnit: "week" },
    );
    expect(summaries[0]).toEqual({
      customerId: "ann",
      frequency: 1,
      recency: 1,
      T: 1.8571428571428572,
      monetaryValue: 10,
      totalAmount: "30",
      frequencyHoldout: 2,
      monetaryHoldout: 20,
      totalAmountHoldout: "40",
      durationHoldout: 2,
    });
    expect(summaries).toHaveLength(1);
    expect(excluded).toEqual({ transactionsAfterObservationEnd: 0, customersAfterCalibrationEnd: 1 });
  });
});

function tx(customerId: string, at: Date | string, amount?: string | number): Transaction {
  return amount === undefined ? { customerId, at } : { customerId, at, amount };
}

describe("calibrationHoldout", () => {
  const rows = [
    tx("a", "2024-01-01", "5.00"),
    tx("b", "2024-01-03", "7.25"),
    tx("a", "2024-01-04", "1.10"),
    tx("b", "2024-01-12", "2.00"),
    tx("b", "2024-01-12", "3.00"),
    tx("b", "2024-01-15", "1.00"),
    tx("c", "2024-01-11", "9.99"), // holdout only
    tx("d", "2024-02-01", "4.00"), // after observationEnd only
    tx("a", "2024-02-02", "8.00"), // after observationEnd
  ];
  const options = { calibrationEnd: "2024-01-10", observationEnd: "2024-01-31" } as const;

  it("gives calibration summaries, holdout outcomes and columns in order of first appearance", () => {
    const { summaries, columns, excluded } = calibrationHoldout(rows, options);
    expect(summaries).toEqual([
      {
        customerId: "a",
        frequency: 1,
        recency: 3,
        T: 9,
        monetaryValue: 1.1,
        totalAmount: "6.1",
        frequencyHoldout: 0,
        monetaryHoldout: null,
        totalAmountHoldout: "0",
        durationHoldout: 21,
      },
      {
        customerId: "b",
        frequency: 0,
        recency: 0,
        T: 7,
        monetaryValue: null,
        totalAmount: "7.25",
        frequencyHoldout: 2,
        monetaryHoldout: 3,
        totalAmountHoldout: "6",
        durationHoldout: 21,
      },
    ]);
    expect(columns).toEqual({
      customerId: ["a", "b"],
      frequency: new Float64Array([1, 0]),
      recency: new Float64Array([3, 0]),
      T: new Float64Array([9, 7]),
      monetaryValue: new Float64Array([1.1, 0]),
      frequencyHoldout: new Float64Array([0, 2]),
      monetaryHoldout: new Float64Array([0, 3]),
      durationHoldout: new Float64Array([21, 21]),
    });
    expect(excluded).toEqual({ transactionsAfterObservationEnd: 2, customersAfterCalibrationEnd: 2 });
  });

  it('supports "mean" and "total" monetary values for the calibration part', () => {
    const mean = calibrationHoldout(rows, { ...options, monetaryValue: "mean" });
    expect(mean.summaries.map((s) => s.monetaryValue)).toEqual([3.05, 7.25]);
    const total = calibrationHoldout(rows, { ...options, monetaryValue: "total" });
    expect(total.summaries.map((s) => s.monetaryValue)).toEqual([6.1, 7.25]);
  });

  it("gives null money without amounts", () => {
    const bare = rows.map(({ customerId, at }) => ({ customerId, at }));
    const { summaries, columns } = calibrationHoldout(bare, options);
    expect(summaries[1]).toMatchObject({ frequencyHoldout: 2, monetaryHoldout: null, totalAmountHoldout: null, totalAmount: null });
    expect(columns.monetaryValue).toBeNull();
    expect(columns.monetaryHoldout).toBeNull();
  });

  it("keeps holdout sums exact on the decimal path", () => {
    const big = [tx("a", "2024-01-01", "0.1"), tx("a", "2024-01-20", "12345678901234567.8"), tx("a", "2024-01-21", "0.2")];
    const { summaries } = calibrationHoldout(big, options);
    expect(summaries[0]).toMatchObject({ totalAmount: "0.1", frequencyHoldout: 2, totalAmountHoldout: "12345678901234568" });
    expect(summaries[0]!.monetaryHoldout).toBe(6172839450617284);
  });

  it("with an instant calibrationEnd, a day cut by it counts once on each side", () => {
    const day = [tx("a", "2024-01-01T09:00:00Z"), tx("a", "2024-01-10T09:00:00Z"), tx("a", "2024-01-10T15:00:00Z")];
    const { summaries } = calibrationHoldout(day, { calibrationEnd: new Date("2024-01-10T12:00:00Z"), observationEnd: "2024-01-31" });
    expect(summaries[0]).toMatchObject({ frequency: 1, recency: 9, T: 9, frequencyHoldout: 1, durationHoldout: 21 });
  });

  it('"instant" measures the holdout in exact time', () => {
    const { summaries } = calibrationHoldout(rows, {
      calibrationEnd: new Date("2024-01-10T12:00:00Z"),
      observationEnd: "2024-01-31",
      purchasePeriod: "instant",
      timeUnit: "week",
      decimals: 3,
    });
    expect(summaries[0]).toMatchObject({ frequency: 1, recency: 0.429, T: 1.357, durationHoldout: 3.071 });
    expect(summaries[1]).toMatchObject({ frequencyHoldout: 3 });
  });

  it("returns empty results for no transactions", () => {
    const { summaries, columns, excluded } = calibrationHoldout([], options);
    expect(summaries).toEqual([]);
    expect(columns.durationHoldout).toEqual(new Float64Array(0));
    expect(excluded).toEqual({ transactionsAfterObservationEnd: 0, customersAfterCalibrationEnd: 0 });
  });

  it.each([
    ["a missing calibrationEnd", { observationEnd: "2024-01-31" }, "options.calibrationEnd"],
    ["an invalid calibrationEnd", { calibrationEnd: "2024-01-32", observationEnd: "2024-01-31" }, "options.calibrationEnd"],
    ["a calibrationEnd equal to observationEnd", { calibrationEnd: "2024-01-31", observationEnd: "2024-01-31" }, "options.calibrationEnd"],
    ["a calibrationEnd after observationEnd", { calibrationEnd: "2024-02-01", observationEnd: "2024-01-31" }, "options.calibrationEnd"],
    ["a calibrationEnd in the same purchase period as observationEnd", { calibrationEnd: "2024-01-01", observationEnd: "2024-01-03", purchasePeriod: "week" }, "options.calibrationEnd"],
    ["a missing observationEnd", { calibrationEnd: "2024-01-01" }, "options.observationEnd"],
    ["no options", null, "options"],
  ])("rejects %s", (_, opts, field) => {
    catchPatronageError(() => calibrationHoldout(rows, opts as unknown as CalibrationHoldoutOptions), { code: INVALID, field });
  });

  it("rejects an invalid transaction naming it", () => {
    catchPatronageError(() => calibrationHoldout([...rows, tx("e", "yesterday", 1)], options), {
      code: INVALID,
      field: "transactions[9].at",
    });
  });
});

// Laws on random transactions of up to 5 customers over 60 days.
const START = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;
const arbRows = fc.array(
  fc.record({
    customerId: fc.constantFrom("a", "b", "c", "d", "e"),
    at: fc.integer({ min: 0, max: 60 * 86_400 - 1 }).map((s) => new Date(START + s * 1000)),
    amount: fc.integer({ min: 0, max: 100_000 }).map((cents) => cents / 100),
  }),
  { maxLength: 40 },
);
const arbEnds = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 30 }))
  .map(([cal, holdout]) => ({ calibrationDay: cal, observationDay: cal + holdout }));
const isoDay = (day: number): string => new Date(START + day * DAY).toISOString().slice(0, 10);

describe("calibrationHoldout: laws", () => {
  it("the calibration part is summarizeTransactions at calibrationEnd, restricted to the cohort", () => {
    fc.assert(
      fc.property(arbRows, arbEnds, (rows, { calibrationDay, observationDay }) => {
        const split = calibrationHoldout(rows, { calibrationEnd: isoDay(calibrationDay), observationEnd: isoDay(observationDay) });
        const calibration = summarizeTransactions(rows, { observationEnd: isoDay(calibrationDay) });
        expect(
          split.summaries.map(({ customerId, frequency, recency, T, monetaryValue, totalAmount }) => ({
            customerId,
            frequency,
            recency,
            T,
            monetaryValue,
            totalAmount,
          })),
        ).toEqual(calibration.summaries);
        expect(split.excluded.customersAfterCalibrationEnd).toBe(new Set(rows.map((r) => r.customerId)).size - calibration.summaries.length);
      }),
    );
  });

  it("holdout frequency counts the distinct holdout days (naive oracle), and the holdout money is conserved", () => {
    fc.assert(
      fc.property(arbRows, arbEnds, (rows, { calibrationDay, observationDay }) => {
        const { summaries } = calibrationHoldout(rows, { calibrationEnd: isoDay(calibrationDay), observationEnd: isoDay(observationDay) });
        for (const s of summaries) {
          const holdout = rows.filter((r) => {
            const day = Math.floor(((r.at as Date).getTime() - START) / DAY);
            return r.customerId === s.customerId && day > calibrationDay && day <= observationDay;
          });
          const days = new Set(holdout.map((r) => Math.floor((r.at as Date).getTime() / DAY)));
          expect(s.frequencyHoldout).toBe(days.size);
          expect(s.durationHoldout).toBe(observationDay - calibrationDay);
          const cents = holdout.reduce((sum, r) => sum + Math.round(r.amount * 100), 0);
          expect(Math.round(Number(s.totalAmountHoldout) * 100)).toBe(cents);
          if (days.size === 0) expect(s.monetaryHoldout).toBeNull();
          else expect(s.monetaryHoldout).toBeCloseTo(cents / 100 / days.size, 9);
        }
      }),
    );
  });
});
