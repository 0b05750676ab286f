import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeTransactions, type SummarizeTransactionsOptions } from "../../src/value/summarizeTransactions.js";
import type { Transaction } from "../../src/value/Transaction.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

const INVALID = "INVALID_ARGUMENT";

describe("examples", () => {
  it("summarizes two customers in weeks, merging same-day purchases", () => {
    const { summaries, columns, excluded } = summarizeTransactions(
      [
        { customerId: "ann", at: "2024-01-01", amount: "20.00" },
        { customerId: "ann", at: "2024-01-01T18:30:00Z", amount: 5 }, // same day: one purchase
        { customerId: "ann", at: "2024-01-15", amount: "12.50" },
        { customerId: "bob", at: "2024-01-10", amount: "8.99" },
        { customerId: "bob", at: "2024-02-01", amount: "1.00" }, // after observationEnd
      ],
      { observationEnd: "2024-01-29", timeUnit: "week", decimals: 2 },
    );
    expect(summaries[0]).toEqual({ customerId: "ann", frequency: 1, recency: 2, T: 4, monetaryValue: 12.5, totalAmount: "37.5" });
    expect(summaries[1]).toEqual({ customerId: "bob", frequency: 0, recency: 0, T: 2.71, monetaryValue: null, totalAmount: "8.99" });
    expect(columns.monetaryValue).toEqual(new Float64Array([12.5, 0]));
    expect(excluded).toEqual({ transactionsAfterObservationEnd: 1, customersAfterObservationEnd: 0 });
  });
});

/** Shorthand: one customer's transactions at the given instants (Date or ISO), optional amounts. */
function tx(customerId: string, at: Date | string, amount?: string | number): Transaction {
  return amount === undefined ? { customerId, at } : { customerId, at, amount };
}

describe("summarizeTransactions: frequency, recency and T", () => {
  const rows = [
    tx("a", "2024-01-01T09:00:00Z"),
    tx("a", "2024-01-01T17:00:00Z"),
    tx("a", "2024-01-03T12:00:00Z"),
    tx("a", "2024-01-11T00:00:00Z"),
    tx("b", "2024-01-05T23:59:59.999Z"),
  ];

  it("counts distinct calendar days and measures day indices (default: days, UTC)", () => {
    const { summaries, columns } = summarizeTransactions(rows, { observationEnd: "2024-01-31" });
    expect(summaries).toEqual([
      { customerId: "a", frequency: 2, recency: 10, T: 30, monetaryValue: null, totalAmount: null },
      { customerId: "b", frequency: 0, recency: 0, T: 26, monetaryValue: null, totalAmount: null },
    ]);
    expect(columns).toEqual({
      customerId: ["a", "b"],
      frequency: new Float64Array([2, 0]),
      recency: new Float64Array([10, 0]),
      T: new Float64Array([30, 26]),
      monetaryValue: null,
    });
  });

  it('"instant" counts every transaction and measures exact elapsed time', () => {
    const { summaries } = summarizeTransactions(rows, {
      observationEnd: new Date("2024-01-31T00:00:00Z"),
      purchasePeriod: "instant",
    });
    expect(summaries[0]).toMatchObject({ frequency: 3, recency: 9 + 15 / 24, T: 29 + 15 / 24 });
    expect(summaries[1]).toMatchObject({ frequency: 0, recency: 0 });
    expect(summaries[1]!.T).toBeCloseTo(25 + 1 / 86_400_000, 12);
  });

  it('"instant" with a calendar-date observationEnd runs T to the midnight closing that day', () => {
    const { summaries } = summarizeTransactions([tx("a", "2024-01-01T12:00:00Z")], {
      observationEnd: "2024-01-02",
      purchasePeriod: "instant",
      timeUnit: "day",
    });
    expect(summaries[0]!.T).toBe(1.5);
  });

  it('"week" merges ISO weeks (Monday to Sunday) and counts 7 days per week', () => {
    const weekly = [
      tx("a", "2024-01-01"), // Monday, week 1
      tx("a", "2024-01-07"), // Sunday, week 1
      tx("a", "2024-01-08"), // Monday, week 2
      tx("a", "2024-01-24"), // Wednesday, week 4
    ];
    const { summaries } = summarizeTransactions(weekly, { observationEnd: "2024-02-04", purchasePeriod: "week", timeUnit: "week" });
    expect(summaries[0]).toMatchObject({ frequency: 2, recency: 3, T: 4 });
    const inDays = summarizeTransactions(weekly, { observationEnd: "2024-02-04", purchasePeriod: "week" });
    expect(inDays.summaries[0]).toMatchObject({ frequency: 2, recency: 21, T: 28 });
  });

  it('"month" merges calendar months and counts 30.4375 days per month', () => {
    const monthly = [tx("a", "2023-12-31"), tx("a", "2024-01-01"), tx("a", "2024-01-31"), tx("a", "2024-03-15")];
    const { summaries } = summarizeTransactions(monthly, { observationEnd: "2024-06-30", purchasePeriod: "month", timeUnit: "month" });
    expect(summaries[0]).toMatchObject({ frequency: 2, recency: 3, T: 6 });
    const inDays = summarizeTransactions(monthly, { observationEnd: "2024-06-30", purchasePeriod: "month" });
    expect(inDays.summaries[0]).toMatchObject({ recency: 3 * 30.4375, T: 6 * 30.4375 });
    // Month indices across a century leap rule: February 2000 and March 1900.
    const far = summarizeTransactions([tx("a", "1900-03-01"), tx("a", "2000-02-29")], {
      observationEnd: "2000-03-01",
      purchasePeriod: "month",
      timeUnit: "month",
    });
    expect(far.summaries[0]).toMatchObject({ frequency: 1, recency: 1199, T: 1200 });
  });

  it("accepts a number of days as the time unit", () => {
    const { summaries } = summarizeTransactions(rows, { observationEnd: "2024-01-31", timeUnit: 30 });
    expect(summaries[0]).toMatchObject({ recency: 10 / 30, T: 1 });
  });

  it("rounds recency and T to `decimals` from their binary value", () => {
    const { summaries } = summarizeTransactions(rows, { observationEnd: "2024-01-31", timeUnit: "week", decimals: 2 });
    expect(summaries[0]).toMatchObject({ recency: 1.43, T: 4.29 });
    const whole = summarizeTransactions(rows, { observationEnd: "2024-01-31", timeUnit: "week", decimals: 0 });
    expect(whole.summaries[0]).toMatchObject({ recency: 1, T: 4 });
  });

  it("observationEnd: a calendar date includes that whole day; an instant includes up to it", () => {
    const late = [tx("a", "2024-01-01"), tx("a", "2024-01-31T23:59:59.999Z"), tx("a", "2024-02-01T00:00:00Z")];
    const byDate = summarizeTransactions(late, { observationEnd: "2024-01-31" });
    expect(byDate.summaries[0]).toMatchObject({ frequency: 1, recency: 30, T: 30 });
    expect(byDate.excluded.transactionsAfterObservationEnd).toBe(1);
    const byInstant = summarizeTransactions(late, { observationEnd: new Date("2024-01-31T00:00:00Z") });
    expect(byInstant.summaries[0]).toMatchObject({ frequency: 0, recency: 0, T: 30 });
    expect(byInstant.excluded.transactionsAfterObservationEnd).toBe(2);
    const byString = summarizeTransactions(late, { observationEnd: "2024-02-01T00:00:00+00:00" });
    expect(byString.summaries[0]).toMatchObject({ frequency: 2, recency: 31, T: 31 });
  });

  it("lists customers in order of first appearance and counts customers seen only after the end", () => {
    const { summaries, excluded } = summarizeTransactions(
      [tx("z", "2024-03-01"), tx("m", "2024-01-05"), tx("late", "2024-05-01"), tx("a", "2024-01-01"), tx("m", "2024-01-02")],
      { observationEnd: "2024-04-01" },
    );
    expect(summaries.map((s) => s.customerId)).toEqual(["z", "m", "a"]);
    expect(excluded).toEqual({ transactionsAfterObservationEnd: 1, customersAfterObservationEnd: 1 });
  });

  it("returns empty summaries for no transactions", () => {
    const result = summarizeTransactions([], { observationEnd: "2024-01-01" });
    expect(result).toEqual({
      summaries: [],
      columns: {
        customerId: [],
        frequency: new Float64Array(0),
        recency: new Float64Array(0),
        T: new Float64Array(0),
        monetaryValue: null,
      },
      excluded: { transactionsAfterObservationEnd: 0, customersAfterObservationEnd: 0 },
    });
  });

  it("does not modify its input", () => {
    const input = [tx("a", new Date("2024-01-02T00:00:00Z"), 3), tx("a", "2024-01-01", "2.50")];
    const copy = structuredClone(input);
    summarizeTransactions(input, { observationEnd: "2024-02-01", purchasePeriod: "month" });
    expect(input).toEqual(copy);
  });
});

describe("summarizeTransactions: time zones", () => {
  it("assigns instants to the calendar day of the time zone", () => {
    const rows = [tx("a", "2024-03-10T12:00:00Z"), tx("a", "2024-03-10T23:30:00Z")];
    expect(summarizeTransactions(rows, { observationEnd: "2024-03-20" }).summaries[0]!.frequency).toBe(0);
    // 23:30Z is 00:30 on 2024-03-11 in Paris (UTC+1).
    const paris = summarizeTransactions(rows, { observationEnd: "2024-03-20", timeZone: "Europe/Paris" });
    expect(paris.summaries[0]).toMatchObject({ frequency: 1, recency: 1, T: 10 });
  });

  it("counts calendar days across a daylight-saving change, not 24-hour spans", () => {
    // Europe/Paris springs forward on 2024-03-31: noon to noon over it is 47 hours.
    const rows = [tx("a", "2024-03-30T12:00:00+01:00"), tx("a", "2024-04-01T12:00:00+02:00")];
    const day = summarizeTransactions(rows, { observationEnd: "2024-04-02", timeZone: "Europe/Paris" });
    expect(day.summaries[0]).toMatchObject({ frequency: 1, recency: 2, T: 3 });
    const instant = summarizeTransactions(rows, { observationEnd: "2024-04-02", timeZone: "Europe/Paris", purchasePeriod: "instant" });
    expect(instant.summaries[0]!.recency).toBe(47 / 24);
    // The observed day 2024-04-02 closes at local midnight, 2024-04-02T22:00Z: 3 days 11 hours.
    expect(instant.summaries[0]!.T).toBe((3 * 24 + 11) / 24);
  });

  it("reads calendar-date strings as days of the time zone, and observationEnd as that day's end", () => {
    const rows = [
      tx("a", "2024-03-31"), // starts 2024-03-30T23:00Z in Paris
      tx("a", "2024-03-31T21:59:59Z"), // 23:59:59 CEST: still 2024-03-31
      tx("a", "2024-03-31T22:00:00Z"), // 00:00 on 2024-04-01: after the end
    ];
    const result = summarizeTransactions(rows, { observationEnd: "2024-03-31", timeZone: "Europe/Paris", purchasePeriod: "instant" });
    expect(result.summaries[0]).toMatchObject({ frequency: 1, T: 23 / 24 });
    expect(result.summaries[0]!.recency).toBeCloseTo(22 / 24 + 59 / 1440 + 59 / 86_400, 12);
    expect(result.excluded.transactionsAfterObservationEnd).toBe(1);
  });

  it("starts a day whose midnight is skipped when the clocks jump (America/Santiago, 2022-09-11)", () => {
    // Clocks went from 00:00 −04 to 01:00 −03: the day starts at 04:00Z.
    const rows = [tx("a", "2022-09-10"), tx("a", "2022-09-11")];
    const result = summarizeTransactions(rows, { observationEnd: "2022-09-11", timeZone: "America/Santiago", purchasePeriod: "instant" });
    expect(result.summaries[0]).toMatchObject({ frequency: 1, recency: 1, T: 2 - 1 / 24 });
  });

  it("starts a day whose midnight repeats at its first midnight (America/Santiago, 2022-04-03)", () => {
    // Clocks went back from 00:00 −03 to 23:00 −04 on the 2nd: the 3rd starts at 04:00Z.
    const rows = [tx("a", "2022-04-02"), tx("a", "2022-04-03")];
    const result = summarizeTransactions(rows, { observationEnd: "2022-04-03", timeZone: "America/Santiago", purchasePeriod: "instant" });
    expect(result.summaries[0]).toMatchObject({ frequency: 1, recency: 1 + 1 / 24, T: 2 + 1 / 24 });
  });

  it("handles half-hour offsets and offset changes inside an hour (Australia/Lord_Howe)", () => {
    // Lord Howe goes from +11 to +10:30 at 2024-04-06T15:00Z (02:00 local).
    const rows = [tx("a", "2024-04-06T12:59:59Z"), tx("a", "2024-04-06T13:00:00Z"), tx("a", "2024-04-06T13:30:00Z")];
    const result = summarizeTransactions(rows, { observationEnd: "2024-04-07", timeZone: "Australia/Lord_Howe" });
    // 12:59:59Z is 23:59:59 on the 6th (+11); 13:00Z is 00:00 on the 7th.
    expect(result.summaries[0]).toMatchObject({ frequency: 1, recency: 1, T: 1 });
  });

  it("uses local mean time before standard time (America/New_York, 1850)", () => {
    // New York's offset was −4:56:02 then: 04:56:01Z is still 1850-01-01 23:59:59 of the previous day.
    const rows = [tx("a", "1850-01-02T04:56:01Z"), tx("a", "1850-01-02T04:56:02Z")];
    const result = summarizeTransactions(rows, { observationEnd: "1850-01-02", timeZone: "America/New_York" });
    expect(result.summaries[0]).toMatchObject({ frequency: 1, recency: 1, T: 1 });
  });

  it("works with month periods in a time zone", () => {
    const rows = [tx("a", "2024-01-31T23:30:00Z"), tx("a", "2024-02-01T00:30:00+01:00")];
    const result = summarizeTransactions(rows, { observationEnd: "2024-02-29", timeZone: "Europe/Paris", purchasePeriod: "month" });
    // 23:30Z on January 31 is already February 1 in Paris.
    expect(result.summaries[0]).toMatchObject({ frequency: 0, T: 0 });
  });
});

describe("summarizeTransactions: money", () => {
  const rows = [
    tx("a", "2024-01-01", "10.10"),
    tx("a", "2024-01-01", 0.2),
    tx("a", "2024-01-05", "7"),
    tx("a", "2024-01-09", 0.1),
    tx("b", "2024-01-02", "3.333"),
  ];

  it("sums amounts exactly per period and takes the mean over repeat periods by default", () => {
    const { summaries } = summarizeTransactions(rows, { observationEnd: "2024-01-31" });
    expect(summaries[0]).toMatchObject({ frequency: 2, totalAmount: "17.4", monetaryValue: 3.55 });
    expect(summaries[1]).toMatchObject({ frequency: 0, totalAmount: "3.333", monetaryValue: null });
  });

  it('"mean" averages over all purchase periods and "total" gives the total', () => {
    const mean = summarizeTransactions(rows, { observationEnd: "2024-01-31", monetaryValue: "mean" });
    expect(mean.summaries.map((s) => s.monetaryValue)).toEqual([5.8, 3.333]);
    expect(mean.columns.monetaryValue).toEqual(new Float64Array([5.8, 3.333]));
    const total = summarizeTransactions(rows, { observationEnd: "2024-01-31", monetaryValue: "total" });
    expect(total.summaries.map((s) => s.monetaryValue)).toEqual([17.4, 3.333]);
  });

  it("reads a number through its shortest representation: 0.1 + 0.2 is exactly 0.3", () => {
    const { summaries } = summarizeTransactions([tx("a", "2024-01-01", 0.1), tx("a", "2024-01-01", 0.2)], {
      observationEnd: "2024-01-01",
      monetaryValue: "total",
    });
    expect(summaries[0]).toMatchObject({ totalAmount: "0.3", monetaryValue: 0.3 });
  });

  it('"instant": the first purchase left out of the repeat mean is the first of the earliest instant', () => {
    const sameInstant = [tx("a", "2024-01-01", 5), tx("a", "2024-01-01", 7), tx("a", "2024-01-02", 9)];
    const { summaries } = summarizeTransactions(sameInstant, { observationEnd: "2024-01-02", purchasePeriod: "instant" });
    expect(summaries[0]).toMatchObject({ frequency: 2, monetaryValue: 8, totalAmount: "21" });
  });

  it("counts a period with zero amounts as a purchase", () => {
    const { summaries } = summarizeTransactions([tx("a", "2024-01-01", 0), tx("a", "2024-01-02", "0.00"), tx("a", "2024-01-03", "-0")], {
      observationEnd: "2024-01-03",
    });
    expect(summaries[0]).toMatchObject({ frequency: 2, monetaryValue: 0, totalAmount: "0" });
  });

  it("stays exact beyond 15 significant digits (decimal path)", () => {
    const { summaries } = summarizeTransactions(
      [tx("a", "2024-01-01", "12345678901234567.89"), tx("a", "2024-01-02", "0.01"), tx("b", "2024-01-01", 0.30000000000000004)],
      { observationEnd: "2024-01-02" },
    );
    expect(summaries[0]).toMatchObject({ totalAmount: "12345678901234567.9", monetaryValue: 0.01 });
    expect(summaries[1]).toMatchObject({ totalAmount: "0.30000000000000004", monetaryValue: null });
    const mean = summarizeTransactions([tx("a", "2024-01-01", 1e-7), tx("a", "2024-01-01", 1e21)], {
      observationEnd: "2024-01-02",
      monetaryValue: "mean",
    });
    expect(mean.summaries[0]).toMatchObject({ totalAmount: "1000000000000000000000.0000001", monetaryValue: 1e21 });
  });

  it("stays exact for more than 15 decimals (decimal path)", () => {
    const { summaries } = summarizeTransactions([tx("a", "2024-01-01", 1e-16), tx("a", "2024-01-01", 2)], {
      observationEnd: "2024-01-01",
      monetaryValue: "total",
    });
    expect(summaries[0]).toMatchObject({ totalAmount: "2.0000000000000001", monetaryValue: 2 });
  });

  it("stays exact when the fixed-point sums would pass 2^53 (decimal path)", () => {
    const big = [tx("a", "2024-01-01", "50000000000000.01"), tx("a", "2024-01-02", "50000000000000.02"), tx("a", "2024-01-03", 0.5)];
    const { summaries } = summarizeTransactions(big, { observationEnd: "2024-01-03", monetaryValue: "total" });
    expect(summaries[0]).toMatchObject({ totalAmount: "100000000000000.53", monetaryValue: 100000000000000.53 });
    const holdout = summarizeTransactions(big, { observationEnd: "2024-01-03", purchasePeriod: "instant" });
    expect(holdout.summaries[0]).toMatchObject({ frequency: 2, totalAmount: "100000000000000.53", monetaryValue: 25000000000000.26 });
  });

  it("takes the mean with a large divisor (10^scale · count past 2^53)", () => {
    const rows = Array.from({ length: 10 }, (_, i) => tx("a", `2024-01-${String(i + 1).padStart(2, "0")}`, "0.000000000000001"));
    const { summaries } = summarizeTransactions(rows, { observationEnd: "2024-01-10", monetaryValue: "mean" });
    expect(summaries[0]!.totalAmount).toBe("0.00000000000001");
    expect(summaries[0]!.monetaryValue).toBeCloseTo(1e-15, 25);
  });

  it("keeps the column at 0 where a row has no repeat mean, and null without amounts", () => {
    const { columns } = summarizeTransactions(rows, { observationEnd: "2024-01-31" });
    expect(columns.monetaryValue).toEqual(new Float64Array([3.55, 0]));
    const none = summarizeTransactions([tx("a", "2024-01-01")], { observationEnd: "2024-01-31" });
    expect(none.columns.monetaryValue).toBeNull();
    expect(none.summaries[0]).toMatchObject({ monetaryValue: null, totalAmount: null });
  });
});

describe("summarizeTransactions: validation", () => {
  const ok = { observationEnd: "2024-01-31" };
  const good = tx("a", "2024-01-01", "1.00");

  it.each([
    ["not an array", { length: 1 }, "transactions"],
    ["a row that is not an object", [good, null], "transactions[1]"],
    ["a missing customerId", [good, { at: "2024-01-01", amount: 1 }], "transactions[1].customerId"],
    ["an empty customerId", [good, good, good, tx("", "2024-01-01", 1)], "transactions[3].customerId"],
    ["a numeric customerId", [{ customerId: 7, at: "2024-01-01", amount: 1 }], "transactions[0].customerId"],
    ["an invalid Date", [good, tx("a", new Date(Number.NaN), 1)], "transactions[1].at"],
    ["a number as at", [{ customerId: "a", at: 1_700_000_000_000, amount: 1 }], "transactions[0].at"],
    ["an impossible date", [tx("a", "2023-02-29", 1)], "transactions[0].at"],
    ["a date-time without offset", [tx("a", "2024-01-01T10:00:00", 1)], "transactions[0].at"],
    ["a short date", [tx("a", "2024-1-01", 1)], "transactions[0].at"],
    ["a bad hour", [tx("a", "2024-01-01T24:00Z", 1)], "transactions[0].at"],
    ["a bad second", [tx("a", "2024-01-01T10:00:60Z", 1)], "transactions[0].at"],
    ["an empty fraction", [tx("a", "2024-01-01T10:00:00.Z", 1)], "transactions[0].at"],
    ["a bad offset", [tx("a", "2024-01-01T10:00+0100", 1)], "transactions[0].at"],
    ["an offset hour of 24", [tx("a", "2024-01-01T10:00+24:00", 1)], "transactions[0].at"],
    ["text after Z", [tx("a", "2024-01-01T10:00Z!", 1)], "transactions[0].at"],
    ["a bad time separator", [tx("a", "2024-01-01 10:00Z", 1)], "transactions[0].at"],
    ["a negative number amount", [good, tx("a", "2024-01-01", -1)], "transactions[1].amount"],
    ["a negative string amount", [good, good, tx("a", "2024-01-01", "-0.01")], "transactions[2].amount"],
    ["a malformed amount", [good, tx("a", "2024-01-01", "1,5")], "transactions[1].amount"],
    ["an exponent amount", [good, tx("a", "2024-01-01", "1e3")], "transactions[1].amount"],
    ["an empty amount", [good, tx("a", "2024-01-01", "")], "transactions[1].amount"],
    ["a NaN amount", [good, tx("a", "2024-01-01", Number.NaN)], "transactions[1].amount"],
    ["an infinite amount", [good, tx("a", "2024-01-01", Number.POSITIVE_INFINITY)], "transactions[1].amount"],
    ["a missing amount", [good, tx("a", "2024-01-01")], "transactions[1].amount"],
    ["an amount on a later row only", [tx("a", "2024-01-01"), tx("a", "2024-01-01", 2)], "transactions[1].amount"],
    ["a boolean amount", [good, { customerId: "a", at: "2024-01-01", amount: true }], "transactions[1].amount"],
  ])("rejects %s", (_, transactions, field) => {
    catchPatronageError(() => summarizeTransactions(transactions as Transaction[], ok), { code: INVALID, field });
  });

  it("names the row in the message", () => {
    catchPatronageError(() => summarizeTransactions([good, good, tx("a", "2024-13-01", 1)], ok), {
      code: INVALID,
      field: "transactions[2].at",
      message: /^transactions\[2\]\.at must be a valid Date or an ISO-8601 string .*; received "2024-13-01"$/,
    });
  });

  it("rejects an amount with too many digits for the decimal path only when malformed", () => {
    catchPatronageError(() => summarizeTransactions([good, tx("a", "2024-01-01", "1234567890123456789.1.2")], ok), {
      code: INVALID,
      field: "transactions[1].amount",
    });
    catchPatronageError(() => summarizeTransactions([good, tx("a", "2024-01-01", "-12345678901234567.89")], ok), {
      code: INVALID,
      field: "transactions[1].amount",
    });
  });

  it.each([
    ["no options", undefined, "options"],
    ["a missing observationEnd", {}, "options.observationEnd"],
    ["an invalid observationEnd", { observationEnd: "2024-02-30" }, "options.observationEnd"],
    ["an invalid Date observationEnd", { observationEnd: new Date(Number.NaN) }, "options.observationEnd"],
    ["a numeric observationEnd", { observationEnd: 0 }, "options.observationEnd"],
    ["an unknown time unit", { ...ok, timeUnit: "year" }, "options.timeUnit"],
    ["a zero time unit", { ...ok, timeUnit: 0 }, "options.timeUnit"],
    ["an unknown purchase period", { ...ok, purchasePeriod: "hour" }, "options.purchasePeriod"],
    ["an unknown time zone", { ...ok, timeZone: "Mars/Olympus" }, "options.timeZone"],
    ["an empty time zone", { ...ok, timeZone: "" }, "options.timeZone"],
    ["fractional decimals", { ...ok, decimals: 1.5 }, "options.decimals"],
    ["too many decimals", { ...ok, decimals: 16 }, "options.decimals"],
    ["an unknown monetary value", { ...ok, monetaryValue: "median" }, "options.monetaryValue"],
  ])("rejects %s", (_, options, field) => {
    catchPatronageError(() => summarizeTransactions([good], options as unknown as SummarizeTransactionsOptions), { code: INVALID, field });
  });
});

describe("summarizeTransactions: ISO-8601 forms", () => {
  it.each([
    ["2024-01-02", 1],
    ["2024-01-02T00:00Z", 1],
    ["2024-01-02T12:30:15Z", 1 + 45_015 / 86_400],
    ["2024-01-02T12:30:15.5Z", 1 + 45_015.5 / 86_400],
    ["2024-01-02T12:30:15.123456789Z", 1 + 45_015.123 / 86_400],
    ["2024-01-02T08:30+05:30", 1 + 3 / 24],
    ["2024-01-01T21:00:00-03:00", 1],
  ])("reads %s", (at, days) => {
    const { summaries } = summarizeTransactions([tx("a", "2024-01-01T00:00:00Z"), tx("a", at)], {
      observationEnd: "2024-01-05",
      purchasePeriod: "instant",
    });
    expect(summaries[0]!.recency).toBeCloseTo(days, 12);
  });
});

// ---------------------------------------------------------------------------------------------
// Laws (fast-check): random transactions of up to 6 customers over 60 days, amounts in cents.
// ---------------------------------------------------------------------------------------------

const START = Date.UTC(2024, 0, 1);
const arbTransaction = fc.record({
  customerId: fc.constantFrom("a", "b", "c", "d", "e", "f"),
  at: fc.integer({ min: 0, max: 60 * 86_400 - 1 }).map((s) => new Date(START + s * 1000)),
  amount: fc.integer({ min: 0, max: 100_000 }).map((cents) => cents / 100),
});
const arbRows = fc.array(arbTransaction, { maxLength: 40 });
const arbOptions = fc.record({
  observationEnd: fc.integer({ min: 0, max: 70 }).map((d) => new Date(START + d * 86_400_000).toISOString().slice(0, 10)),
  purchasePeriod: fc.constantFrom("day" as const, "week" as const, "month" as const, "instant" as const),
  timeUnit: fc.constantFrom("day" as const, "week" as const, 30),
});

/** Sum of DecimalStrings of cents, exactly, as an integer number of cents. */
function cents(amount: string | number): number {
  return Math.round(Number(amount) * 100);
}

describe("summarizeTransactions: laws", () => {
  it("frequency is an integer ≥ 0, 0 ≤ recency ≤ T, and recency = 0 when frequency = 0", () => {
    fc.assert(
      fc.property(arbRows, arbOptions, (rows, options) => {
        const { summaries, columns } = summarizeTransactions(rows, options);
        summaries.forEach((s, k) => {
          expect(Number.isSafeInteger(s.frequency) && s.frequency >= 0).toBe(true);
          expect(s.recency >= 0 && s.recency <= s.T).toBe(true);
          if (s.frequency === 0) expect(s.recency).toBe(0);
          expect([columns.frequency[k], columns.recency[k], columns.T[k]]).toEqual([s.frequency, s.recency, s.T]);
        });
      }),
    );
  });

  it("does not depend on the order of the rows (up to the order of customers)", () => {
    fc.assert(
      fc.property(
        arbRows.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        arbOptions.filter((o) => o.purchasePeriod !== "instant"),
        ([rows, shuffled], options) => {
          const byId = (r: ReturnType<typeof summarizeTransactions>) =>
            [...r.summaries].sort((x, y) => (x.customerId < y.customerId ? -1 : 1));
          const a = summarizeTransactions(rows, options);
          const b = summarizeTransactions(shuffled, options);
          expect(byId(b)).toEqual(byId(a));
          expect(b.excluded).toEqual(a.excluded);
        },
      ),
    );
  });

  it("duplicating a transaction within its period changes neither frequency, recency nor T", () => {
    fc.assert(
      fc.property(arbRows.filter((r) => r.length > 0), arbOptions.filter((o) => o.purchasePeriod !== "instant"), fc.nat(), (rows, options, pick) => {
        const row = rows[pick % rows.length]!;
        const a = summarizeTransactions(rows, options).summaries;
        const b = summarizeTransactions([...rows, { ...row, amount: 1 }], options).summaries;
        expect(b.map(({ customerId, frequency, recency, T }) => ({ customerId, frequency, recency, T }))).toEqual(
          a.map(({ customerId, frequency, recency, T }) => ({ customerId, frequency, recency, T })),
        );
      }),
    );
  });

  it('"instant": frequency is the number of included transactions − 1', () => {
    fc.assert(
      fc.property(arbRows, arbOptions, (rows, options) => {
        const { summaries } = summarizeTransactions(rows, { ...options, purchasePeriod: "instant" });
        const end = Date.parse(options.observationEnd) + 86_400_000;
        for (const s of summaries) {
          const n = rows.filter((r) => r.customerId === s.customerId && (r.at as Date).getTime() < end).length;
          expect(s.frequency).toBe(n - 1);
        }
      }),
    );
  });

  it("conserves money: the totals sum to the included amounts", () => {
    fc.assert(
      fc.property(arbRows, arbOptions, (rows, options) => {
        const { summaries, excluded } = summarizeTransactions(rows, options);
        const end = Date.parse(options.observationEnd) + 86_400_000;
        const included = rows.filter((r) => (r.at as Date).getTime() < end);
        expect(excluded.transactionsAfterObservationEnd).toBe(rows.length - included.length);
        const totals = summaries.reduce((sum, s) => sum + cents(s.totalAmount!), 0);
        expect(totals).toBe(included.reduce((sum, r) => sum + cents(r.amount), 0));
      }),
    );
  });

  it("Date instants and their ISO strings give the same summaries", () => {
    fc.assert(
      fc.property(arbRows, arbOptions, (rows, options) => {
        const asStrings = rows.map((r) => ({ ...r, at: (r.at as Date).toISOString() }));
        expect(summarizeTransactions(asStrings, options)).toEqual(summarizeTransactions(rows, options));
      }),
    );
  });
});

describe("summarizeTransactions: a Date end is an instant, a calendar date a whole day", () => {
  it("leaves out purchases later on the end day for a Date, keeps them for the date string", () => {
    const rows = [
      { customerId: "a", at: "1997-09-01" },
      { customerId: "a", at: "1997-09-30T12:00:00Z" },
    ];
    const whole = summarizeTransactions(rows, { observationEnd: "1997-09-30" });
    const instant = summarizeTransactions(rows, { observationEnd: new Date("1997-09-30") });
    expect(whole.summaries[0]).toMatchObject({ frequency: 1, T: 29 });
    expect(instant.summaries[0]).toMatchObject({ frequency: 0, T: 29 });
    expect(instant.excluded.transactionsAfterObservationEnd).toBe(1);
  });
});
