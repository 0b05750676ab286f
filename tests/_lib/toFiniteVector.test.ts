import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toFiniteVector } from "../../src/_lib/toFiniteVector.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

function rejects(run: () => unknown, field: string, value: unknown, message: string): void {
  const error = catchPatronageError(run, { code: "INVALID_ARGUMENT", field, message });
  expect(Object.is(error.value, value)).toBe(true);
}

describe("toFiniteVector", () => {
  it("copies any non-empty array-like of finite numbers into a new Float64Array", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1 }), (values) => {
        const copy = toFiniteVector(values, "x");
        return (
          copy instanceof Float64Array &&
          copy.length === values.length &&
          copy.every((v, i) => Object.is(v, values[i]))
        );
      }),
    );
    const typed = Float64Array.from([1, -0, 2.5]);
    const copy = toFiniteVector(typed, "x");
    expect(copy).not.toBe(typed);
    expect(Array.from(copy)).toEqual([1, -0, 2.5]);
    copy[0] = 9;
    expect(typed[0]).toBe(1);
    expect(Array.from(toFiniteVector({ length: 2, 0: 3, 1: 4 }, "x"))).toEqual([3, 4]);
    expect(Array.from(toFiniteVector(Int8Array.from([-1, 2]), "x"))).toEqual([-1, 2]);
  });

  it("does not modify its argument", () => {
    const values = [1, 2, 3];
    toFiniteVector(values, "x0");
    expect(values).toEqual([1, 2, 3]);
  });

  it("rejects what is not a non-empty array-like, naming the field and carrying the value", () => {
    const message = (received: string) => `x0 must be a non-empty array of finite numbers; received ${received}`;
    const cases: [unknown, string][] = [
      [[], "an array of length 0"],
      [null, "null"],
      [undefined, "undefined"],
      [3, "3"],
      ["12", '"12"'],
      [{}, "an object"],
      [{ length: 0 }, "an object"],
      [{ length: 1.5, 0: 1 }, "an object"],
      [{ length: Number.NaN }, "an object"],
      [{ length: "1", 0: 1 }, "an object"],
      [{ length: 2 ** 53, 0: 1 }, "an object"],
      [new Float64Array(0), "a Float64Array"],
    ];
    for (const [value, received] of cases) rejects(() => toFiniteVector(value, "x0"), "x0", value, message(received));
  });

  it("names the element that is not a finite number, and carries it as the value", () => {
    rejects(
      () => toFiniteVector([0, 1, 2, Number.NaN], "x0"),
      "x0",
      Number.NaN,
      "x0 must be a non-empty array of finite numbers (x0[3] is not); received NaN",
    );
    rejects(
      () => toFiniteVector([Infinity], "x"),
      "x",
      Infinity,
      "x must be a non-empty array of finite numbers (x[0] is not); received Infinity",
    );
    rejects(
      () => toFiniteVector([1, "2"], "x"),
      "x",
      "2",
      'x must be a non-empty array of finite numbers (x[1] is not); received "2"',
    );
    // A sparse array: the hole reads as undefined.
    rejects(
      () => toFiniteVector([1, , 3], "x"),
      "x",
      undefined,
      "x must be a non-empty array of finite numbers (x[1] is not); received undefined",
    );
  });

  it("rejects an array-like with a huge length and no elements before allocating it", () => {
    rejects(
      () => toFiniteVector({ length: Number.MAX_SAFE_INTEGER }, "x"),
      "x",
      undefined,
      "x must be a non-empty array of finite numbers (x[0] is not); received undefined",
    );
  });
});
