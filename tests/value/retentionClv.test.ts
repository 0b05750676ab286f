import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/_lib/Decimal.js";
import { retentionClv } from "../../src/value/retentionClv.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { formulaClv } from "./fixtures/formulaClv.js";

/** |a − b| / max(|b|, 1), on decimal strings. */
function relativeGap(a: string, b: string): number {
  const x = new Decimal(a);
  const y = new Decimal(b);
  return x.minus(y).abs().dividedBy(Decimal.max(y.abs(), 1)).toNumber();
}

const rate = (max: number) => fc.integer({ min: 0, max: max * 10_000 }).map((k) => (k / 10_000).toString());
const margin = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((cents) => (cents / 100).toFixed(2));

describe("retentionClv", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      expect(retentionClv({ margin: 100, retentionRate: 0.9, discountRate: 0.12, timing: "end" })).toBe("409.09");
      expect(retentionClv({ margin: 100, retentionRate: 0.9, discountRate: 0.12, timing: "start" })).toBe("509.09");
      expect(retentionClv({ margin: "100", retentionRate: "0.9", discountRate: "0.12", timing: "end", horizon: 5 })).toBe(
        "272.02",
      );
      expect(
        retentionClv({ margin: [100, 110, 121], retentionRate: 0.8, discountRate: 0.1, timing: "start", scale: 4 }),
      ).toBe("244.0000");
    });
  });

  // Reference: tests/value/fixtures/formulaClv.py — exact rational term-by-term sums (Python
  // Fractions), exact rational infinite-horizon formulas, mpmath at 80 digits for horizons > 2000.
  // Tolerance: the 2-place half-even result is identical; at scale 30 the relative gap is
  // ≤ max(1e-29, 1e-33·T). Binary powering at 34 digits carries a relative error of about
  // 5e-35·min(T, 1/(1 − ρ)) (an error in ρ^k is amplified k times, and weighs ρ^k): 5.6e-28 is
  // measured at T = 1e9 with 1 − ρ = 1e-10, 6.1e-24 at T = 2^53 − 1 with 1 − ρ = 1e-12.
  describe("reference values", () => {
    it.each(formulaClv.retentionClv.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      const input = {
        margin: c.margin,
        retentionRate: c.retentionRate,
        discountRate: c.discountRate,
        timing: c.timing,
        ...(c.horizon === undefined ? {} : { horizon: c.horizon }),
      };
      expect(retentionClv(input)).toBe(c.rounded);
      const tolerance = Math.max(1e-29, 1e-33 * (c.horizon ?? 0));
      expect(relativeGap(retentionClv({ ...input, scale: 30 }), c.exact)).toBeLessThanOrEqual(tolerance);
    });

    it("gives Gupta & Lehmann's 100 · 0.9 / (1.12 − 0.9) = 409.0909… to 30 places", () => {
      expect(retentionClv({ margin: 100, retentionRate: 0.9, discountRate: 0.12, timing: "end", scale: 30 })).toBe(
        "409.090909090909090909090909090909",
      );
    });
  });

  describe("laws", () => {
    it("the two timing conventions differ by exactly (1 + i) / r: start · r = end · (1 + i)", () => {
      fc.assert(
        fc.property(
          margin,
          rate(1),
          rate(0.5),
          fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
          (m, r, i, horizon) => {
            fc.pre(!(r === "1" && i === "0" && horizon === undefined));
            const base = { margin: m, retentionRate: r, discountRate: i, scale: 30, ...(horizon === undefined ? {} : { horizon }) };
            const end = new Decimal(retentionClv({ ...base, timing: "end" }));
            const start = new Decimal(retentionClv({ ...base, timing: "start" }));
            const gap = start.times(r).minus(end.times(new Decimal(1).plus(i))).abs();
            return gap.lessThanOrEqualTo(Decimal.max(end.abs(), 1).times("1e-28"));
          },
        ),
      );
    });

    it("the ratio holds for margin arrays too", () => {
      fc.assert(
        fc.property(fc.array(margin, { maxLength: 40 }), rate(1), rate(0.5), (margins, r, i) => {
          const base = { margin: margins, retentionRate: r, discountRate: i, scale: 30 };
          const end = new Decimal(retentionClv({ ...base, timing: "end" }));
          const start = new Decimal(retentionClv({ ...base, timing: "start" }));
          return start.times(r).minus(end.times(new Decimal(1).plus(i))).abs().lessThanOrEqualTo(Decimal.max(end.abs(), 1).times("1e-28"));
        }),
      );
    });

    it("the finite sum tends to the infinite formula: the gap is the tail m·ρ^(T+1)/(1 − ρ) and shrinks with T", () => {
      fc.assert(
        fc.property(margin, rate(0.99), rate(0.5), fc.integer({ min: 0, max: 300 }), (m, r, i, T) => {
          const base = { margin: m, retentionRate: r, discountRate: i, timing: "end" as const, scale: 30 };
          const infinite = new Decimal(retentionClv(base));
          const finite = new Decimal(retentionClv({ ...base, horizon: T }));
          const longer = new Decimal(retentionClv({ ...base, horizon: T + 25 }));
          const rho = new Decimal(r).dividedBy(new Decimal(1).plus(i));
          const tail = new Decimal(m).times(rho.pow(T + 1)).dividedBy(new Decimal(1).minus(rho));
          const tolerance = Decimal.max(infinite.abs(), 1).times("1e-28");
          return (
            infinite.minus(finite).minus(tail).abs().lessThanOrEqualTo(tolerance) &&
            infinite.minus(longer).abs().lessThanOrEqualTo(infinite.minus(finite).abs().plus(tolerance))
          );
        }),
      );
    });

    it("reaches the infinite value to the cent once ρ^T is negligible", () => {
      for (const timing of ["end", "start"] as const) {
        const base = { margin: "249.99", retentionRate: "0.85", discountRate: "0.1", timing };
        expect(retentionClv({ ...base, horizon: 400 })).toBe(retentionClv(base));
        expect(retentionClv({ ...base, horizon: Number.MAX_SAFE_INTEGER })).toBe(retentionClv(base));
      }
    });

    it("a constant margin equals the array of that margin repeated", () => {
      fc.assert(
        fc.property(margin, rate(1), rate(0.5), fc.integer({ min: 0, max: 60 }), fc.constantFrom("end", "start" as const), (m, r, i, T, timing) => {
          const constant = retentionClv({ margin: m, retentionRate: r, discountRate: i, timing, horizon: T, scale: 30 });
          const array = retentionClv({ margin: Array<string>(T).fill(m), retentionRate: r, discountRate: i, timing, scale: 30 });
          return relativeGap(constant, array) <= 1e-29;
        }),
      );
    });

    it("is linear in the margin and monotone in r (up) and i (down) for a positive margin", () => {
      fc.assert(
        fc.property(rate(0.98), rate(0.3), fc.integer({ min: 1, max: 100_000 }), (r, i, cents) => {
          const m = (cents / 100).toFixed(2);
          const at = (mm: string, rr: string | number, ii: string | number) =>
            new Decimal(retentionClv({ margin: mm, retentionRate: rr, discountRate: ii, timing: "end", scale: 30 }));
          const one = at(m, r, i);
          const three = at(new Decimal(m).times(3).toFixed(), r, i);
          return (
            three.minus(one.times(3)).abs().lessThanOrEqualTo(Decimal.max(one, 1).times("1e-28")) &&
            at(m, new Decimal(r).plus("0.01").toFixed(), i).greaterThanOrEqualTo(one) &&
            at(m, r, new Decimal(i).plus("0.01").toFixed()).lessThanOrEqualTo(one)
          );
        }),
      );
    });

    it("does not modify its input (purity)", () => {
      const margins = ["100", 110, "121.00"];
      const options = { margin: margins, retentionRate: 0.8, discountRate: 0.1, timing: "end" as const };
      const before = structuredClone(options);
      retentionClv(options);
      expect(options).toEqual(before);
    });
  });

  describe("edge cases and rounding", () => {
    it("r = 0 gives 0 (end) or the first margin (start); horizon 0 and an empty array give 0", () => {
      expect(retentionClv({ margin: 80, retentionRate: 0, discountRate: 0.1, timing: "end" })).toBe("0.00");
      expect(retentionClv({ margin: 80, retentionRate: 0, discountRate: 0.1, timing: "start" })).toBe("80.00");
      expect(retentionClv({ margin: 80, retentionRate: 0.5, discountRate: 0.1, timing: "start", horizon: 0 })).toBe("0.00");
      expect(retentionClv({ margin: [], retentionRate: 0.5, discountRate: 0.1, timing: "end" })).toBe("0.00");
    });

    it("r = 1 with i = 0 is the plain sum over a finite horizon", () => {
      expect(retentionClv({ margin: 10, retentionRate: 1, discountRate: 0, timing: "end", horizon: 12 })).toBe("120.00");
      expect(retentionClv({ margin: 10, retentionRate: 1, discountRate: 0, timing: "start", horizon: Number.MAX_SAFE_INTEGER, scale: 0 })).toBe(
        "90071992547409910",
      );
    });

    it("rounds once in the requested mode and scale", () => {
      const base = { margin: 100, retentionRate: 0.9, discountRate: 0.12, timing: "end" as const };
      expect(retentionClv({ ...base, scale: 0 })).toBe("409");
      expect(retentionClv({ ...base, rounding: "ceil" })).toBe("409.10");
      expect(retentionClv({ ...base, rounding: "floor", scale: 3 })).toBe("409.090");
      expect(retentionClv({ ...base, margin: -100, rounding: "floor" })).toBe("-409.10");
      expect(retentionClv({ ...base, margin: -100, rounding: "down" })).toBe("-409.09");
      expect(retentionClv({ ...base, margin: "-0.001" })).toBe("0.00");
    });
  });

  describe("errors", () => {
    const ok = { margin: 100, retentionRate: 0.9, discountRate: 0.12, timing: "end" } as const;
    it.each([
      ["options.margin", { ...ok, margin: Number.NaN }],
      ["options.margin", { ...ok, margin: "1e3" }],
      ["options.margin[1]", { ...ok, margin: [1, Infinity] }],
      // eslint-disable-next-line no-sparse-arrays
      ["options.margin[1]", { ...ok, margin: [1, , 2] }],
      ["options.retentionRate", { ...ok, retentionRate: 1.01 }],
      ["options.retentionRate", { ...ok, retentionRate: "-0.1" }],
      ["options.retentionRate", { ...ok, retentionRate: 90 }],
      ["options.retentionRate", { ...ok, retentionRate: null }],
      ["options.discountRate", { ...ok, discountRate: -0.01 }],
      ["options.discountRate", { ...ok, discountRate: "12%" }],
      ["options.timing", { ...ok, timing: "middle" }],
      ["options.timing", { margin: 1, retentionRate: 0.5, discountRate: 0.1 }],
      ["options.horizon", { ...ok, horizon: -1 }],
      ["options.horizon", { ...ok, horizon: 2.5 }],
      ["options.horizon", { ...ok, horizon: 2 ** 53 }],
      ["options.horizon", { ...ok, margin: [1, 2, 3], horizon: 2 }],
      ["options.scale", { ...ok, scale: -1 }],
      ["options.scale", { ...ok, scale: 35 }],
      ["options.scale", { ...ok, scale: 1.5 }],
      ["options.rounding", { ...ok, rounding: "bankers" }],
      ["options", null],
    ])("throws INVALID_ARGUMENT naming %s", (field, options) => {
      catchPatronageError(() => retentionClv(options as never), { code: "INVALID_ARGUMENT", field });
    });

    it("names both rates when the infinite sum diverges (r = 1, i = 0)", () => {
      const error = catchPatronageError(() => retentionClv({ ...ok, retentionRate: 1, discountRate: 0 }), {
        code: "INVALID_ARGUMENT",
        field: "options.retentionRate",
      });
      expect(error.message).toContain("options.discountRate");
      expect(error.message).toContain("options.horizon");
    });
  });
});
