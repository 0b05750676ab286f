import { describe, expect, it } from "vitest";
import type { SummaryColumns } from "../../src/_lib/readSummaryColumns.js";
import { BgNbd } from "../../src/models/BgNbd.js";
import { customerLifetimeValue, type CustomerLifetimeValueOptions } from "../../src/models/customerLifetimeValue.js";
import { GammaGamma } from "../../src/models/GammaGamma.js";
import { relativeError } from "../_support/accuracy.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

/**
 * A model with a closed form to test against: customer i buys at rate λᵢ = 0.1·(frequency + 1) per
 * model unit forever, so E[X(T, T+t)] = λᵢ·t; spend per purchase is the customer's monetaryValue.
 */
const calls: number[] = [];
const linear = {
  conditionalExpectedPurchasesBatch(t: number, customers: SummaryColumns): Float64Array {
    calls.push(customers.frequency.length);
    return Float64Array.from(customers.frequency, (x) => 0.1 * (x + 1) * t);
  },
};
const identitySpend = {
  conditionalExpectedSpendBatch(customers: { frequency: ArrayLike<number>; monetaryValue: ArrayLike<number> }): Float64Array {
    return Float64Array.from(customers.monetaryValue);
  },
};
const customers = {
  frequency: [0, 3, 3, 1],
  recency: [0, 10, 10, 2],
  T: [20, 30, 30, 5],
  monetaryValue: [0, 20, 40, 15],
};
const base: CustomerLifetimeValueOptions = {
  transactionModel: linear,
  spendModel: identitySpend,
  customers,
  timeUnit: "week",
  horizon: 12,
  horizonUnit: "month",
  discountRate: 0.01,
  discountPeriod: "month",
};
const monthInWeeks = 30.4375 / 7;

describe("customerLifetimeValue", () => {
  it("discrete: discounts each period's expected purchases by (1 + d)^i", () => {
    const result = customerLifetimeValue({ ...base, margin: 0.25 });
    let annuity = 0;
    for (let i = 1; i <= 12; i++) annuity += 1.01 ** -i;
    customers.frequency.forEach((x, i) => {
      const lambda = 0.1 * (x + 1);
      expect(relativeError(result.discountedPurchases[i]!, lambda * monthInWeeks * annuity)).toBeLessThan(1e-13);
      expect(relativeError(result.expectedPurchases[i]!, lambda * 12 * monthInWeeks)).toBeLessThan(1e-13);
      expect(result.expectedSpend[i]).toBe(customers.monetaryValue[i]);
      expect(result.values[i]).toBeCloseTo(0.25 * customers.monetaryValue[i]! * result.discountedPurchases[i]!, 12);
    });
    expect(result.total).toBeCloseTo(result.values.reduce((s, v) => s + v, 0), 12);
    expect(result.horizon).toBeCloseTo(12 * monthInWeeks, 12);
  });

  it("evaluates the transaction model once per step on the distinct patterns only", () => {
    calls.length = 0;
    customerLifetimeValue(base);
    expect(calls).toEqual(Array(12).fill(3));
  });

  it("discrete: a last, partial step is discounted by its fractional exponent", () => {
    const result = customerLifetimeValue({ ...base, horizon: 2.5 * 30.4375, horizonUnit: "day" });
    const lambda = 0.1;
    const expected = lambda * monthInWeeks * (1.01 ** -1 + 1.01 ** -2 + 0.5 * 1.01 ** -2.5);
    expect(relativeError(result.discountedPurchases[0]!, expected)).toBeLessThan(1e-13);
  });

  it("continuous: stays exact over long horizons at high rates (more panels)", () => {
    const result = customerLifetimeValue({ ...base, method: "continuous", discountRate: 0.3, discountPeriod: 365.25, horizon: 200, horizonUnit: 365.25 });
    const delta = Math.log(1.3) / (365.25 / 7);
    const H = (200 * 365.25) / 7;
    expect(relativeError(result.discountedPurchases[0]!, (0.1 * -Math.expm1(-delta * H)) / delta)).toBeLessThan(1e-12);
  });

  it("continuous: λ(1 − e^(−δH))/δ with δ = ln(1 + d) per period", () => {
    const result = customerLifetimeValue({ ...base, method: "continuous" });
    const delta = Math.log(1.01) / monthInWeeks;
    const H = 12 * monthInWeeks;
    customers.frequency.forEach((x, i) => {
      const lambda = 0.1 * (x + 1);
      expect(relativeError(result.discountedPurchases[i]!, (lambda * -Math.expm1(-delta * H)) / delta)).toBeLessThan(1e-12);
    });
    const undiscounted = customerLifetimeValue({ ...base, method: "continuous", discountRate: 0 });
    expect(Array.from(undiscounted.discountedPurchases)).toEqual(Array.from(undiscounted.expectedPurchases));
  });

  it("the discrete value tends to the continuous one as the step shrinks at a fixed yearly rate", () => {
    const yearly = 0.1;
    const continuous = customerLifetimeValue({ ...base, method: "continuous", discountRate: yearly, discountPeriod: 365.25, horizon: 3, horizonUnit: 365.25 });
    let previous = Infinity;
    for (const days of [365.25, 30.4375, 7, 1]) {
      const rate = (1 + yearly) ** (days / 365.25) - 1;
      const discrete = customerLifetimeValue({ ...base, discountRate: rate, discountPeriod: days, horizon: 3, horizonUnit: 365.25 });
      const gap = relativeError(discrete.total, continuous.total);
      expect(gap).toBeLessThan(previous);
      previous = gap;
    }
    expect(previous).toBeLessThan(2e-4);
  });

  it("accepts rows as well as columns", () => {
    const rows = customers.frequency.map((frequency, i) => ({
      frequency,
      recency: customers.recency[i]!,
      T: customers.T[i]!,
      monetaryValue: customers.monetaryValue[i]!,
    }));
    expect(Array.from(customerLifetimeValue({ ...base, customers: rows }).values)).toEqual(Array.from(customerLifetimeValue(base).values));
  });

  it("validates every option, naming it", () => {
    const bad = (patch: Record<string, unknown>, field: string) =>
      catchPatronageError(() => customerLifetimeValue({ ...base, ...patch } as CustomerLifetimeValueOptions), { code: "INVALID_ARGUMENT", field: `options.${field}` });
    catchPatronageError(() => customerLifetimeValue(null as never), { code: "INVALID_ARGUMENT", field: "options" });
    bad({ horizon: 1e308 }, "horizon");
    bad({ horizon: 1e7, horizonUnit: "day", discountPeriod: "day" }, "horizon");
    bad({ transactionModel: { conditionalExpectedPurchasesBatch: () => new Float64Array(3).fill(NaN) } }, "transactionModel");
    bad({ transactionModel: { conditionalExpectedPurchasesBatch: () => new Float64Array(1) } }, "transactionModel");
    bad({ spendModel: { conditionalExpectedSpendBatch: () => [1, 2, 3, 4] } }, "spendModel");
    bad({ customers: { ...customers, monetaryValue: [-1, 2, 3, 4] } }, "customers.monetaryValue[0]");
    bad({ customers: { ...customers, monetaryValue: ["1", 2, 3, 4] } }, "customers.monetaryValue[0]");
    bad({ transactionModel: {} }, "transactionModel");
    bad({ spendModel: null }, "spendModel");
    bad({ timeUnit: "fortnight" }, "timeUnit");
    bad({ horizon: 0 }, "horizon");
    bad({ horizonUnit: -1 }, "horizonUnit");
    bad({ discountRate: -0.1 }, "discountRate");
    bad({ discountPeriod: undefined }, "discountPeriod");
    bad({ method: "monthly" }, "method");
    bad({ margin: 1.5 }, "margin");
    bad({ customers: { ...customers, recency: [0, 40, 10, 2] } }, "customers.recency[1]");
    bad({ customers: { ...customers, monetaryValue: [1, 2] } }, "customers.monetaryValue");
    bad({ customers: { ...customers, monetaryValue: [1, 2, NaN, 3] } }, "customers.monetaryValue[2]");
    bad({ customers: [{ frequency: 0, recency: 0, T: 1, monetaryValue: "0" }] }, "customers[0].monetaryValue");
  });
});

describe("examples", () => {
  it("matches its TSDoc example", () => {
    const purchases = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
    const spend = new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 });
    const clv = customerLifetimeValue({
      transactionModel: purchases,
      spendModel: spend,
      customers: [{ frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 }],
      timeUnit: "week",
      horizon: 12,
      horizonUnit: "month",
      discountRate: 0.01,
      discountPeriod: "month",
      margin: 0.3,
    });
    expect(clv.values[0]!.toFixed(2)).toBe("10.89");
    // Reference: python3 tests/models/fixtures/clvExample.py (mpmath, 30 digits) prints 10.89337716509463071
    expect(relativeError(clv.values[0]!, 10.89337716509463)).toBeLessThan(1e-9);
  });
});
