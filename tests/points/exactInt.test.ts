import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROUNDING_MODES, type RoundingMode } from "../../src/_lib/RoundingMode.js";
import { calculateEarn } from "../../src/points/calculateEarn.js";
import { evaluateOrder } from "../../src/points/evaluateOrder.js";
import { addInt, divFloor, gcdInt, modInt, mulInt, normInt, pow10, subInt, type ExactInt } from "../../src/points/exactInt.js";
import type { PointsProgramInput } from "../../src/points/PointsProgram.js";
import { roundQuotient } from "../../src/points/roundQuotient.js";
import { readScaledDecimal } from "../../src/points/ScaledDecimal.js";

// The earning rules compute on `number` while every value is a safe integer (the fast path) and on
// BigInt beyond (the exact path). These properties check that the fast path gives exactly what the
// exact path gives: the same values, the same roundings, in every mode, near 2^53 and on halves.

const SEED = 20261122;
const MAX = Number.MAX_SAFE_INTEGER;
const big = (x: ExactInt): bigint => BigInt(x);

/** Integers ≥ 0 from every magnitude, weighted towards 2^53 and small values. */
const nat = fc.oneof(
  fc.integer({ min: 0, max: 1_000 }),
  fc.integer({ min: 0, max: MAX }),
  fc.integer({ min: MAX - 1_000, max: MAX }),
  fc.integer({ min: 2 ** 26 - 100, max: 2 ** 27 + 100 }),
  fc.constantFrom(0, 1, 2, 2 ** 52, 2 ** 53 - 2, MAX),
);
/** The same, and beyond 2^53 as bigint. */
const anyNat: fc.Arbitrary<ExactInt> = fc.oneof(
  nat,
  fc.bigInt({ min: BigInt(MAX) + 1n, max: 10n ** 30n }),
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map(normInt),
);
const positive = anyNat.filter((x) => x !== 0 && x !== 0n);
const mode = fc.constantFrom(...ROUNDING_MODES);

/** A value is in its canonical form: a number when it is a safe integer, a bigint beyond. */
function canonical(x: ExactInt): boolean {
  return typeof x === "number" ? Number.isSafeInteger(x) : x > BigInt(MAX) || x < -BigInt(MAX);
}

describe("exactInt: the number fast path equals BigInt arithmetic", () => {
  it("mulInt, addInt, subInt are exact and canonical (products and sums across 2^53)", () => {
    fc.assert(
      fc.property(anyNat, anyNat, (a, b) => {
        for (const [got, want] of [
          [mulInt(a, b), big(a) * big(b)],
          [addInt(a, b), big(a) + big(b)],
          [subInt(a, b), big(a) - big(b)],
        ] as const) {
          expect(big(got)).toBe(want);
          expect(canonical(got)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it("divFloor, modInt, gcdInt equal BigInt division and Euclid", () => {
    fc.assert(
      fc.property(anyNat, positive, (n, d) => {
        expect(big(divFloor(n, d))).toBe(big(n) / big(d));
        expect(big(modInt(n, d))).toBe(big(n) % big(d));
        let x = big(n);
        let y = big(d);
        while (y !== 0n) [x, y] = [y, x % y];
        expect(big(gcdInt(n, d))).toBe(x);
        expect(canonical(divFloor(n, d)) && canonical(modInt(n, d)) && canonical(gcdInt(n, d))).toBe(true);
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it("pow10 is 10^k, a number up to 10^15", () => {
    for (let k = 0; k <= 40; k++) {
      expect(big(pow10(k))).toBe(10n ** BigInt(k));
      expect(typeof pow10(k)).toBe(k <= 15 ? "number" : "bigint");
    }
  });
});

/** The definition on BigInt: the floor, plus one when the mode rounds the remainder up. */
function roundBig(n: bigint, d: bigint, m: RoundingMode): bigint {
  let q = n / d;
  if (q * d > n) q -= 1n;
  const r = n - q * d;
  if (r === 0n) return q;
  const half = 2n * r === d ? 0 : 2n * r > d ? 1 : -1;
  const up = {
    floor: false,
    ceil: true,
    down: n < 0n,
    up: n > 0n,
    "half-up": half > 0 || (half === 0 && n > 0n),
    "half-down": half > 0 || (half === 0 && n < 0n),
    "half-even": half > 0 || (half === 0 && q % 2n !== 0n),
  }[m];
  return up ? q + 1n : q;
}

describe("roundQuotient: the number path equals the BigInt path in every mode", () => {
  /** roundQuotient on bigints (its exact path), checked against the definition. */
  function exact(n: ExactInt, d: ExactInt, m: RoundingMode): bigint {
    const viaBig = big(roundQuotient(BigInt(n), BigInt(d), m));
    expect(viaBig).toBe(roundBig(big(n), big(d), m));
    return viaBig;
  }

  it("on any ratio of safe integers, near 2^53 included", () => {
    fc.assert(
      fc.property(nat, nat.filter((d) => d > 0), mode, (n, d, m) => {
        const fast = roundQuotient(n, d, m);
        expect(typeof fast).toBe("number");
        expect(big(fast)).toBe(exact(n, d, m));
      }),
      { seed: SEED, numRuns: 3_000 },
    );
  });

  it("on exact halves q + 1/2 (even denominators), where the half modes differ", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 26 }), fc.integer({ min: 1, max: 2 ** 25 }), mode, (q, h, m) => {
        const d = 2 * h;
        const n = q * d + h;
        expect(big(roundQuotient(n, d, m))).toBe(exact(n, d, m));
        const want = { floor: q, down: q, ceil: q + 1, up: q + 1, "half-up": q + 1, "half-down": q, "half-even": q % 2 === 0 ? q : q + 1 }[m];
        expect(roundQuotient(n, d, m)).toBe(want);
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it("on negative numerators (revenue recognition rounds differences): number and BigInt paths agree", () => {
    fc.assert(
      fc.property(nat, nat.filter((d) => d > 0), mode, (n, d, m) => {
        expect(big(roundQuotient(-n, d, m))).toBe(exact(-n, d, m));
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it("on halves and near-halves next to 2^53", () => {
    for (const m of ROUNDING_MODES) {
      for (const n of [MAX, MAX - 1, MAX - 2, 2 ** 52 + 1, 2 ** 52 - 1]) {
        for (const d of [2, 3, 4, 10, 2 ** 26, 2 ** 52, MAX - 1, MAX]) {
          expect(big(roundQuotient(n, d, m))).toBe(exact(n, d, m));
        }
      }
    }
  });

  it("on products of amounts, rates and factors: mulInt then roundQuotient equals BigInt throughout", () => {
    // amount (≤ 2 decimals) × rate.points × 10^scale(per) × factor units, over per × 10^2 × 10^scale(factor).
    const units = fc.oneof(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: MAX }), fc.constantFrom(MAX, 2 ** 53 - 2, 1_850));
    const small = fc.oneof(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: 10 ** 9 }), fc.constantFrom(1, 2, 3, 5, 10, 15, 125));
    fc.assert(
      fc.property(units, small, small, small, fc.integer({ min: 0, max: 4 }), mode, (a, p, q, f, fs, m) => {
        const n = mulInt(mulInt(a, p), f);
        const d = mulInt(mulInt(q, 100), pow10(fs));
        const got = roundQuotient(n, d, m);
        expect(big(got)).toBe(roundBig(big(a) * big(p) * big(f), big(q) * 100n * 10n ** BigInt(fs), m));
        expect(canonical(got)).toBe(true);
      }),
      { seed: SEED, numRuns: 3_000 },
    );
  });
});

describe("readScaledDecimal: the ≤ 15-digit path equals the BigInt path", () => {
  /** The reference: the digits as a bigint, trailing fraction zeros trimmed. */
  function reference(text: string): { units: bigint; scale: number } {
    const [whole = "", fraction = ""] = text.split(".");
    const trimmed = fraction.replace(/0+$/, "");
    return { units: BigInt(`${whole}${trimmed}` || "0"), scale: trimmed.length };
  }
  const decimalText = fc
    .tuple(fc.stringMatching(/^[0-9]{1,9}$/), fc.option(fc.stringMatching(/^[0-9]{0,8}$/), { nil: undefined }))
    .map(([w, f]) => (f === undefined ? w : `${w}.${f}`));

  it("strings (≤ 15 digits: the number path) and the same digits padded past 15 (the BigInt path) agree with the digits", () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 12 }), (text, pad) => {
        const fast = readScaledDecimal(text);
        const padded = readScaledDecimal(`${"0".repeat(16)}${text}${text.includes(".") ? "" : "."}${"0".repeat(pad)}`);
        const want = reference(text);
        expect(fast).not.toBeNull();
        expect(big((fast as { units: ExactInt }).units)).toBe(want.units);
        expect(fast?.scale).toBe(want.scale);
        expect(canonical((fast as { units: ExactInt }).units)).toBe(true);
        expect(big((padded as { units: ExactInt }).units)).toBe(want.units);
        expect(padded?.scale).toBe(want.scale);
        expect(canonical((padded as { units: ExactInt }).units)).toBe(true);
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it("reads 15 and 16 digits, signs, trailing zeros and rejects the rest", () => {
    expect(readScaledDecimal("999999999999999")).toEqual({ units: 999_999_999_999_999, scale: 0 });
    expect(readScaledDecimal("9999999999999.99")).toEqual({ units: 999_999_999_999_999, scale: 2 });
    expect(readScaledDecimal("9007199254740993")).toEqual({ units: 9_007_199_254_740_993n, scale: 0 });
    expect(readScaledDecimal("90071992547409.93")).toEqual({ units: 9_007_199_254_740_993n, scale: 2 });
    expect(readScaledDecimal("9007199254740991.0")).toEqual({ units: MAX, scale: 0 });
    expect(readScaledDecimal("18.50")).toEqual({ units: 185, scale: 1 });
    expect(readScaledDecimal("1.000")).toEqual({ units: 1, scale: 0 });
    expect(readScaledDecimal("100")).toEqual({ units: 100, scale: 0 });
    expect(readScaledDecimal("+.5")).toEqual({ units: 5, scale: 1 });
    expect(readScaledDecimal("5.")).toEqual({ units: 5, scale: 0 });
    expect(readScaledDecimal("-0.00")).toEqual({ units: 0, scale: 0 });
    for (const bad of ["", ".", "-1", "-0.01", "1e3", "1.2.3", " 1", "0x10", "-00000000000000000001"]) expect(readScaledDecimal(bad)).toBeNull();
  });
});

describe("evaluateOrder without a trace equals calculateEarn", () => {
  const program: PointsProgramInput = {
    id: "p",
    timeZone: "Asia/Shanghai",
    currency: "CNY",
    earnRules: [
      { id: "base", type: "spend", rate: { points: 1, per: 15 } },
      { id: "food", type: "spend", rate: { points: 1, per: 10 }, rounding: "half-up", granularity: "line", appliesTo: { categories: ["food"] } },
      { id: "books", type: "multiplier", factor: "1.5", rules: ["base"], appliesTo: { categories: ["books"] } },
      { id: "pastry", type: "multiplier", factor: "2", appliesTo: { categories: ["food"] } },
    ],
  };
  const amount = fc.oneof(
    fc.integer({ min: 0, max: 99_999_999 }).map((u) => (u / 100).toFixed(2)),
    fc.integer({ min: 0, max: 99_999 }).map((u) => u / 100),
    fc.constantFrom("18.50", "0", "1.000", "90071992547.409"),
  );
  it("gives the same points, wanted and awards; its toResult asks for the trace", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ amount, category: fc.constantFrom("food", "books", "toys") }), { minLength: 1, maxLength: 4 }), (lines) => {
        const order = { orderId: "o", at: "2026-03-14T10:00:00+08:00", lines: lines.map((l, i) => ({ lineId: `l${i}`, ...l })) };
        const full = calculateEarn(program, order);
        const lean = evaluateOrder(program, order);
        expect({ points: lean.points, wanted: lean.wanted, awards: lean.awards }).toEqual({ points: full.points, wanted: full.wanted, awards: full.awards });
        expect(() => lean.toResult()).toThrow(/without a trace/);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
