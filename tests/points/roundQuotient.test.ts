import { describe, expect, it } from "vitest";
import { ROUNDING_MODES } from "../../src/_lib/RoundingMode.js";
import { roundQuotient } from "../../src/points/roundQuotient.js";

// Source: the definitions of the modes (src/_lib/RoundingMode.ts), the same table as decimal.js
// rounding ±2.5, ±2.4, ±2.6, ±3.5 and ±2 to integers. Exact.
describe("roundQuotient", () => {
  const cases: [bigint, bigint, Record<string, bigint>][] = [
    [5n, 2n, { floor: 2n, ceil: 3n, down: 2n, up: 3n, "half-up": 3n, "half-down": 2n, "half-even": 2n }],
    [-5n, 2n, { floor: -3n, ceil: -2n, down: -2n, up: -3n, "half-up": -3n, "half-down": -2n, "half-even": -2n }],
    [7n, 2n, { floor: 3n, ceil: 4n, down: 3n, up: 4n, "half-up": 4n, "half-down": 3n, "half-even": 4n }],
    [-7n, 2n, { floor: -4n, ceil: -3n, down: -3n, up: -4n, "half-up": -4n, "half-down": -3n, "half-even": -4n }],
    [12n, 5n, { floor: 2n, ceil: 3n, down: 2n, up: 3n, "half-up": 2n, "half-down": 2n, "half-even": 2n }],
    [-13n, 5n, { floor: -3n, ceil: -2n, down: -2n, up: -3n, "half-up": -3n, "half-down": -3n, "half-even": -3n }],
    [-4n, 2n, { floor: -2n, ceil: -2n, down: -2n, up: -2n, "half-up": -2n, "half-down": -2n, "half-even": -2n }],
  ];
  it.each(cases)("%d / %d", (n, d, expected) => {
    for (const mode of ROUNDING_MODES) {
      // The BigInt path and the number path give the same result (a number: it is a safe integer).
      expect([mode, BigInt(roundQuotient(n, d, mode))]).toEqual([mode, expected[mode]]);
      expect([mode, roundQuotient(Number(n), Number(d), mode)]).toEqual([mode, Number(expected[mode])]);
    }
  });
});
