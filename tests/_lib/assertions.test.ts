import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertDate } from "../../src/_lib/assertDate.js";
import { assertFinite } from "../../src/_lib/assertFinite.js";
import { assertNonNegative } from "../../src/_lib/assertNonNegative.js";
import { assertPositive } from "../../src/_lib/assertPositive.js";
import { assertProbability } from "../../src/_lib/assertProbability.js";
import { assertSafeInteger } from "../../src/_lib/assertSafeInteger.js";

function rejects(run: () => void, field: string, message: string): void {
  expect(run).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field, message }));
}

describe("assertion helpers", () => {
  it("assertFinite accepts finite numbers and rejects the rest, naming field and value", () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => assertFinite(x, "x") === undefined));
    rejects(() => assertFinite(Number.NaN, "rate"), "rate", "rate must be a finite number; received NaN");
    rejects(() => assertFinite(-Infinity, "rate"), "rate", "rate must be a finite number; received -Infinity");
    rejects(() => assertFinite("1", "rate"), "rate", 'rate must be a finite number; received "1"');
  });

  it("assertNonNegative and assertPositive", () => {
    assertNonNegative(0, "t");
    assertPositive(1e-300, "t");
    rejects(() => assertNonNegative(-0.5, "t"), "t", "t must be a finite number ≥ 0; received -0.5");
    rejects(() => assertNonNegative(Infinity, "t"), "t", "t must be a finite number ≥ 0; received Infinity");
    rejects(() => assertPositive(0, "alpha"), "alpha", "alpha must be a finite number > 0; received 0");
    rejects(() => assertPositive(Number.NaN, "alpha"), "alpha", "alpha must be a finite number > 0; received NaN");
  });

  it("assertSafeInteger with and without a lower bound", () => {
    assertSafeInteger(-5, "n");
    assertSafeInteger(0, "n", 0);
    rejects(() => assertSafeInteger(1.5, "n"), "n", "n must be a safe integer; received 1.5");
    rejects(() => assertSafeInteger(2 ** 53, "n"), "n", "n must be a safe integer; received 9007199254740992");
    rejects(() => assertSafeInteger(-1, "points", 0), "points", "points must be a safe integer ≥ 0; received -1");
  });

  it("assertProbability, closed and open", () => {
    assertProbability(0, "p");
    assertProbability(1, "p");
    assertProbability(0.5, "p", true);
    rejects(() => assertProbability(1.01, "p"), "p", "p must be a probability in [0, 1]; received 1.01");
    rejects(() => assertProbability(0, "p", true), "p", "p must be a probability in (0, 1); received 0");
    rejects(() => assertProbability(-0, "p", true), "p", "p must be a probability in (0, 1); received -0");
  });

  it("assertDate accepts valid Dates only", () => {
    assertDate(new Date("2026-01-01T00:00:00Z"), "asOf");
    rejects(() => assertDate(new Date("nope"), "asOf"), "asOf", "asOf must be a valid Date; received an invalid Date");
    rejects(() => assertDate("2026-01-01", "asOf"), "asOf", 'asOf must be a valid Date; received "2026-01-01"');
  });
});
