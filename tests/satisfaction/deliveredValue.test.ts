import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deliveredValue, type DeliveredValueInput } from "../../src/satisfaction/deliveredValue.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { ratings } from "./fixtures/ratings.js";

const part = fc.integer({ min: 0, max: 1_000_000 }).map((cents) => cents / 100);
const input: fc.Arbitrary<DeliveredValueInput> = fc.record({
  value: fc.record({ product: part, service: part, personnel: part, image: part }),
  cost: fc.record({ monetary: part, time: part, energy: part, psychic: part }),
  expected: fc.integer({ min: -1_000_000, max: 1_000_000 }).map((cents) => cents / 100),
});

function add(a: DeliveredValueInput, b: DeliveredValueInput, k = 1): DeliveredValueInput {
  const v = (x?: number, y?: number) => (x ?? 0) + k * (y ?? 0);
  return {
    value: { product: v(a.value.product, b.value.product), service: v(a.value.service, b.value.service), personnel: v(a.value.personnel, b.value.personnel), image: v(a.value.image, b.value.image) },
    cost: { monetary: v(a.cost.monetary, b.cost.monetary), time: v(a.cost.time, b.cost.time), energy: v(a.cost.energy, b.cost.energy), psychic: v(a.cost.psychic, b.cost.psychic) },
    expected: v(a.expected, b.expected),
  };
}

describe("deliveredValue", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      const r = deliveredValue({
        value: { product: 120, service: 30, personnel: 20, image: 10 },
        cost: { monetary: 100, time: 15, energy: 5, psychic: 10 },
        expected: 40,
      });
      expect(r).toEqual({ totalValue: 180, totalCost: 130, deliveredValue: 50, valueCostRatio: 180 / 130, expected: 40, surplus: 10, warnings: [] });
      expect(r.valueCostRatio).toBeCloseTo(1.3846, 4);
    });
  });

  // Reference: tests/satisfaction/fixtures/ratings.py — exact Fractions of the decimal inputs,
  // rounded once. Tolerance 1e-15 relative (four additions in doubles).
  describe("reference values", () => {
    it.each(ratings.deliveredValue.map((c, i) => [i, c] as const))("case %i", (_i, c) => {
      const r = deliveredValue({ value: c.value, cost: c.cost, ...(c.expected === undefined ? {} : { expected: c.expected }) });
      for (const [actual, expected] of [
        [r.totalValue, c.totalValue],
        [r.totalCost, c.totalCost],
        [r.deliveredValue, c.deliveredValue],
        [r.surplus ?? 0, c.surplus ?? 0],
        [r.valueCostRatio ?? 0, c.valueCostRatio ?? 0],
      ] as const) {
        expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(expected)));
      }
      expect(r.valueCostRatio === null).toBe(c.valueCostRatio === null);
      expect(r.expected).toBe(c.expected ?? null);
    });
  });

  it("defaults missing components to 0 and has no ratio at zero cost", () => {
    const r = deliveredValue({ value: { product: 3 }, cost: {} });
    expect(r).toEqual({ totalValue: 3, totalCost: 0, deliveredValue: 3, valueCostRatio: null, expected: null, surplus: null, warnings: ["the total cost is 0: the value/cost ratio is undefined (null)"] });
  });

  describe("laws", () => {
    it("is linear: the value of a sum is the sum of the values, and it scales", () => {
      fc.assert(
        fc.property(input, input, fc.integer({ min: 0, max: 20 }), (a, b, k) => {
          const ra = deliveredValue(a);
          const rb = deliveredValue(b);
          const sum = deliveredValue(add(a, b));
          expect(sum.deliveredValue).toBeCloseTo(ra.deliveredValue + rb.deliveredValue, 6);
          expect(sum.surplus!).toBeCloseTo(ra.surplus! + rb.surplus!, 6);
          const zero: DeliveredValueInput = { value: {}, cost: {}, expected: 0 };
          const scaled = deliveredValue(add(zero, a, k));
          expect(scaled.deliveredValue).toBeCloseTo(k * ra.deliveredValue, 5);
          expect(scaled.totalCost).toBeCloseTo(k * ra.totalCost, 5);
          if (k > 0 && ra.valueCostRatio !== null) expect(scaled.valueCostRatio!).toBeCloseTo(ra.valueCostRatio, 9);
        }),
      );
    });

    it("does not mutate its input", () => {
      fc.assert(
        fc.property(input, (a) => {
          const copy = structuredClone(a);
          deliveredValue(a);
          expect(a).toEqual(copy);
        }),
      );
    });
  });

  describe("errors", () => {
    it("names the component", () => {
      catchPatronageError(() => deliveredValue({ value: { product: -1 }, cost: {} }), { code: "INVALID_ARGUMENT", field: "input.value.product" });
      catchPatronageError(() => deliveredValue({ value: {}, cost: { time: NaN } }), { code: "INVALID_ARGUMENT", field: "input.cost.time" });
      catchPatronageError(() => deliveredValue({ value: { image: Infinity }, cost: {} }), { code: "INVALID_ARGUMENT", field: "input.value.image" });
      catchPatronageError(() => deliveredValue({ value: {}, cost: {}, expected: NaN }), { code: "INVALID_ARGUMENT", field: "input.expected" });
      catchPatronageError(() => deliveredValue({ value: { prodcut: 1 } as never, cost: {} }), { code: "INVALID_ARGUMENT", field: "input.value.prodcut", message: /prodcut/ });
      catchPatronageError(() => deliveredValue({ value: {} } as never), { code: "INVALID_ARGUMENT", field: "input.cost" });
      catchPatronageError(() => deliveredValue(null as never), { code: "INVALID_ARGUMENT", field: "input" });
      catchPatronageError(() => deliveredValue({ value: { product: 1e308, service: 1e308 }, cost: {} }), { code: "INVALID_ARGUMENT", field: "input" });
      catchPatronageError(() => deliveredValue({ value: { product: 1e300 }, cost: { time: 1e-300 } }), { code: "INVALID_ARGUMENT", field: "input" });
    });
  });
});
