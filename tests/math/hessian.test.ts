import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hessian, type HessianOptions } from "../../src/math/hessian.js";
import fixtures from "./fixtures/minimize.json" with { type: "json" };
import { logGamma } from "../../src/math/logGamma.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

type Objective = (x: Float64Array) => number;
type Gradient = (x: Float64Array, out: Float64Array) => void;

/** Largest |computed − expected| / max(|expected|, floor) over the entries. */
function worstRelativeError(H: Float64Array[], expected: readonly (readonly number[])[], floor = 0): number {
  let worst = 0;
  expected.forEach((row, i) =>
    row.forEach((e, j) => {
      worst = Math.max(worst, Math.abs(H[i]![j]! - e) / Math.max(Math.abs(e), floor));
    }),
  );
  return worst;
}

function expectSymmetric(H: Float64Array[]): void {
  for (let i = 0; i < H.length; i++) {
    expect(H[i]!.length).toBe(H.length);
    for (let j = 0; j < i; j++) expect(H[i]![j]).toBe(H[j]![i]);
  }
}

describe("examples", () => {
  it("matches its TSDoc example", () => {
    const f = (x: Float64Array) => x[0]! ** 2 + 3 * x[0]! * x[1]! + 2 * x[1]! ** 2;
    const H = hessian(f, [1, 2]);
    expect(H.map((row) => Array.from(row, (v) => v.toFixed(6)))).toEqual([
      ["2.000000", "3.000000"],
      ["3.000000", "4.000000"],
    ]);

    const nll = (m: Float64Array) => [1, 2, 6].reduce((s, v) => s + (v - m[0]!) ** 2 / 2, 0);
    expect((1 / Math.sqrt(hessian(nll, [3])[0]![0]!)).toFixed(6)).toBe("0.577350");
  });
});

describe("quadratics (exact up to rounding): tolerance 1e-6 relative to the largest entry", () => {
  // f(x) = ½xᵀAx + bᵀx + c with the Hessian A.
  const A = [
    [4, 1, -0.5, 0],
    [1, 3, 0.25, 2],
    [-0.5, 0.25, 2, -1],
    [0, 2, -1, 6],
  ];
  const b = [1, -2, 0.5, 3];
  const f: Objective = (x) => {
    let value = 10;
    for (let i = 0; i < 4; i++) {
      value += b[i]! * x[i]!;
      for (let j = 0; j < 4; j++) value += 0.5 * x[i]! * A[i]![j]! * x[j]!;
    }
    return value;
  };
  const gradient: Gradient = (x, out) => {
    for (let i = 0; i < 4; i++) {
      let sum = b[i]!;
      for (let j = 0; j < 4; j++) sum += A[i]![j]! * x[j]!;
      out[i] = sum;
    }
  };

  it.each([
    { at: [0, 0, 0, 0], options: {} },
    { at: [1.5, -2, 0.3, 7], options: {} },
    { at: [120, -350, 250, 180], options: {} },
    { at: [1.5, -2, 0.3, 7], options: { step: 1e-2 } },
    { at: [1.5, -2, 0.3, 7], options: { gradient } },
    { at: [120, -3500, 0.001, 42], options: { gradient } },
  ] as { at: number[]; options: HessianOptions }[])("at $at with options $options", ({ at, options }) => {
    const H = hessian(f, at, options);
    expectSymmetric(H);
    expect(worstRelativeError(H, A, 6)).toBeLessThan(1e-6);
  });

  it("loses accuracy from f alone when |f| dwarfs the curvature along a small coordinate, not from the gradient", () => {
    // f ≈ 2e7 at this point while the step along x₂ = 0.001 is h ≈ 1.2e-4: the rounding error of
    // the second difference, about ε·|f|/h², is of order 0.1 there (see the TSDoc).
    const at = [120, -3500, 0.001, 42];
    expect(worstRelativeError(hessian(f, at), A, 6)).toBeGreaterThan(1e-6);
    expect(worstRelativeError(hessian(f, at, { gradient }), A, 6)).toBeLessThan(1e-6);
  });

  // From f, the rounding error ε·|f|/(hᵢhⱼ) stays below 1e-6 of the largest entry only while |f| is
  // not much larger than the curvature: points in [−2, 2]ⁿ. From the gradient, anywhere in [−100, 100]ⁿ.
  it.each([
    { source: "f", useGradient: false, bound: 2 },
    { source: "the gradient", useGradient: true, bound: 100 },
  ])("holds for random symmetric matrices in 1–6 dimensions, from $source", ({ useGradient, bound }) => {
    const problem = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        entries: fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n * n, maxLength: n * n }),
        at: fc.array(fc.double({ min: -bound, max: bound, noNaN: true }), { minLength: n, maxLength: n }),
      }),
    );
    fc.assert(
      fc.property(problem, ({ n, entries, at }) => {
        // A symmetric (not necessarily definite) matrix, and f = ½xᵀAx.
        const M = Array.from({ length: n }, (_, i) =>
          Array.from({ length: n }, (_, j) => 0.5 * (entries[i * n + j]! + entries[j * n + i]!)),
        );
        const quadratic: Objective = (x) => {
          let value = 0;
          for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) value += 0.5 * x[i]! * M[i]![j]! * x[j]!;
          return value;
        };
        const grad: Gradient = (x, out) => {
          for (let i = 0; i < n; i++) {
            let sum = 0;
            for (let j = 0; j < n; j++) sum += M[i]![j]! * x[j]!;
            out[i] = sum;
          }
        };
        const H = hessian(quadratic, at, useGradient ? { gradient: grad } : {});
        const largest = Math.max(1, ...M.flat().map(Math.abs));
        return worstRelativeError(H, M, largest) < 1e-6;
      }),
      { numRuns: 200 },
    );
  });
});

describe("f(x, y) = exp(x)·sin(y) against its analytic Hessian (fixtures/minimize.py, mpmath 50 digits)", () => {
  const expSin: Objective = (v) => Math.exp(v[0]!) * Math.sin(v[1]!);
  const expSinGradient: Gradient = (v, out) => {
    out[0] = Math.exp(v[0]!) * Math.sin(v[1]!);
    out[1] = Math.exp(v[0]!) * Math.cos(v[1]!);
  };
  const cases = fixtures.expSin.map(({ x, hessian: H }) => ({ x, expected: H.map((row) => row.map(Number)) }));

  it.each(cases)("at $x, from f: 1e-6 relative per entry", ({ x, expected }) => {
    const H = hessian(expSin, x);
    expectSymmetric(H);
    expect(worstRelativeError(H, expected)).toBeLessThan(1e-6);
  });

  it.each(cases)("at $x, from the gradient: 1e-8 relative per entry", ({ x, expected }) => {
    const H = hessian(expSin, x, { gradient: expSinGradient });
    expectSymmetric(H);
    expect(worstRelativeError(H, expected)).toBeLessThan(1e-8);
  });
});

describe("the observed information of a gamma likelihood (fixtures/minimize.py, mpmath 50 digits)", () => {

  it("matches the Hessian of the negative log-likelihood at the MLE to 1e-6 relative", () => {
    const { sample, logShape, logScale, hessian: expected } = fixtures.gammaMle;
    const n = sample.length;
    const sumX = sample.reduce((s, v) => s + v, 0);
    const sumLogX = sample.reduce((s, v) => s + Math.log(v), 0);
    const nll: Objective = (p) => {
      const k = Math.exp(p[0]!);
      return n * logGamma(k) + n * k * p[1]! - (k - 1) * sumLogX + sumX * Math.exp(-p[1]!);
    };
    const H = hessian(nll, [Number(logShape), Number(logScale)]);
    expect(worstRelativeError(H, expected.map((row) => row.map(Number)))).toBeLessThan(1e-6);
  });
});

describe("behaviour", () => {
  it("calls f 2n² + 1 times, or the gradient 2n times", () => {
    let fCalls = 0;
    let gCalls = 0;
    const f: Objective = (x) => {
      fCalls++;
      return x[0]! * x[1]! * x[2]!;
    };
    const gradient: Gradient = (x, out) => {
      gCalls++;
      out[0] = x[1]! * x[2]!;
      out[1] = x[0]! * x[2]!;
      out[2] = x[0]! * x[1]!;
    };
    const H = hessian(f, [1, 2, 3]);
    expect(fCalls).toBe(2 * 9 + 1);
    const G = hessian(f, [1, 2, 3], { gradient });
    expect(gCalls).toBe(6);
    expect(fCalls).toBe(19);
    const expected = [
      [0, 3, 2],
      [3, 0, 1],
      [2, 1, 0],
    ];
    expect(worstRelativeError(H, expected, 1)).toBeLessThan(1e-8);
    expect(worstRelativeError(G, expected, 1)).toBeLessThan(1e-10);
  });

  it("does not modify x and returns fresh rows", () => {
    const x = Float64Array.from([0.5, -1.5]);
    const H = hessian((v) => Math.exp(v[0]! + 2 * v[1]!), x);
    expect(Array.from(x)).toEqual([0.5, -1.5]);
    expect(H).toHaveLength(2);
    expect(H[0]).toBeInstanceOf(Float64Array);
    expect(H[0]).not.toBe(H[1]);
  });

  it("is deterministic", () => {
    const f: Objective = (v) => Math.cos(v[0]! * v[1]!) + v[0]! ** 3;
    expect(hessian(f, [0.7, 1.3])).toEqual(hessian(f, [0.7, 1.3]));
  });
});

describe("invalid arguments", () => {
  const expectInvalid = (run: () => unknown, field: string, message?: RegExp): void => {
    catchPatronageError(run, { code: "INVALID_ARGUMENT", field, ...(message === undefined ? {} : { message }) });
  };
  const square: Objective = (x) => x[0]! ** 2;

  it("rejects a bad function or point", () => {
    expectInvalid(() => hessian(null as unknown as Objective, [1]), "f");
    expectInvalid(() => hessian(square, []), "x", /non-empty/);
    expectInvalid(() => hessian(square, 3 as unknown as number[]), "x");
    expectInvalid(() => hessian(square, [Number.NaN]), "x", /x\[0\]/);
    expectInvalid(() => hessian(square, [1, -Infinity]), "x", /x\[1\]/);
  });

  it("rejects bad options", () => {
    expectInvalid(() => hessian(square, [1], { step: 0 }), "options.step");
    expectInvalid(() => hessian(square, [1], { step: Number.NaN }), "options.step");
    expectInvalid(() => hessian(square, [1], { step: -1e-4 }), "options.step");
    expectInvalid(() => hessian(square, [1], { gradient: "g" } as unknown as HessianOptions), "options.gradient");
    expectInvalid(() => hessian(square, [1], null as unknown as HessianOptions), "options");
  });

  it("names x when f is not finite at x or near it", () => {
    const log: Objective = (x) => Math.log(x[0]!);
    expectInvalid(() => hessian(log, [-1]), "x", /objective is not finite/);
    // x − h < 0 for the default step h ≈ 1.2e-4.
    expectInvalid(() => hessian(log, [1e-5]), "x", /objective is not finite at x or at a point probed near it/);
    expectInvalid(() => hessian(() => Infinity, [1, 2]), "x", /objective is not finite/);
    // Only the off-diagonal probe x + h₀e₀ + h₁e₁ (h ≈ 1.2e-4) lies outside the domain.
    const corner: Objective = (x) => (x[0]! + x[1]! > 2.0002 ? Number.NaN : x[0]! * x[1]!);
    expectInvalid(() => hessian(corner, [1, 1]), "x");
    // A smaller step keeps the probes inside (h = 1e-6 < x, truncation error ≈ (h/x)²/2).
    expect(hessian(log, [1e-5], { step: 1e-6 })[0]![0]! / -1e10 - 1).toBeLessThan(1e-2);
  });

  it("names options.step when a step rounds to nothing at x, with or without the gradient", () => {
    const f: Objective = (x) => x[0]! ** 2 + 3 * x[0]! * x[1]! + 2 * x[1]! ** 2;
    const gradient: Gradient = (x, out) => {
      out[0] = 2 * x[0]! + 3 * x[1]!;
      out[1] = 3 * x[0]! + 4 * x[1]!;
    };
    let calls = 0;
    const counted: Objective = (x) => {
      calls++;
      return f(x);
    };
    const rounding = /x\[0\] = 1 ± 1e-20 rounds to x\[0\]/;
    expectInvalid(() => hessian(counted, [1, 2], { step: 1e-20 }), "options.step", rounding);
    expect(calls).toBe(0);
    expectInvalid(() => hessian(f, [1, 2], { step: 1e-20, gradient }), "options.step", /received 1e-20$/);
    // 1 + 1e-16 rounds to 1 but 1 − 1e-16 does not: one side is enough to reject.
    expectInvalid(() => hessian(f, [1, 2], { step: 1e-16 }), "options.step");
    // Along a large coordinate only: h = 1e-17·1e6 is far below the spacing of doubles near 1e6.
    expectInvalid(() => hessian(f, [0, 1e6], { step: 1e-17 }), "options.step", /x\[1\] = 1000000/);
    // At 0 the same step moves x, since hᵢ = step·max(|xᵢ|, 1).
    expect(() => hessian(f, [0, 0], { step: 1e-17, gradient })).not.toThrow();
  });

  it("names x when the second differences overflow or the steps underflow, never returning NaN", () => {
    // Every value is finite, but (f(x + h) − f(x))/h overflows: ∞ − ∞ on the diagonal.
    const huge: Objective = (x) => 1e308 * x[0]! ** 2;
    expectInvalid(() => hessian(huge, [1]), "x", /second differences are not finite near x: H\[0\]\[0\] is NaN/);
    // The gradient jumps by 2e308 across x: the difference overflows to Infinity.
    const jump: Gradient = (x, out) => {
      out[0] = x[0]! > 1 ? 1e308 : -1e308;
    };
    expectInvalid(() => hessian(huge, [1], { gradient: jump }), "x", /H\[0\]\[0\] is Infinity/);
    // hᵢ = 1e-170 moves x = 0, but the divisor 4hᵢhⱼ of the mixed difference underflows to 0.
    const product: Objective = (x) => x[0]! * x[1]!;
    expectInvalid(() => hessian(product, [0, 0], { step: 1e-170 }), "x", /H\[0\]\[1\] is NaN/);
  });

  it("names x when the gradient is not finite near x", () => {
    const gradient: Gradient = (x, out) => {
      out[0] = x[0]! > 1 ? Number.NaN : 2 * x[0]!;
    };
    expectInvalid(() => hessian(square, [1], { gradient }), "x", /gradient is not finite/);
    expectInvalid(() => hessian(square, [0.5], { gradient: () => undefined }), "x", /gradient is not finite/);
  });
});
