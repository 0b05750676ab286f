import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeColumn, encodeColumn } from "../../src/_lib/typedColumns.js";

describe("typed columns", () => {
  it("round-trip bytes, 32-bit integers and doubles", () => {
    expect(encodeColumn([0, 1, 255], "u8")).toBe("u8:AAH/");
    expect(decodeColumn(encodeColumn([0, 1, 255], "u8"), 3)).toEqual([0, 1, 255]);
    expect(decodeColumn(encodeColumn([-2147483648, 0, 2147483647, 7], "i32", 3), 3)).toEqual([-2147483648, 0, 2147483647]);
    const doubles = [1.5, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 2 ** 53 - 1];
    expect(encodeColumn(doubles, "f64").startsWith("f64:")).toBe(true);
    expect(decodeColumn(encodeColumn(doubles, "f64"), 4)).toEqual(doubles);
  });

  it("write differences (v) when they are shorter: ids, counts and times", () => {
    expect(encodeColumn([3, -4, 0], "i32")).toBe("v:DBoQ");
    expect(decodeColumn("v:DBoQ", 3)).toEqual([3, -4, 0]);
    const times = [1767225600000, 1767225660000, Number.POSITIVE_INFINITY, 1767225720000, Number.NEGATIVE_INFINITY];
    const text = encodeColumn(times, "f64");
    expect(text.startsWith("v:")).toBe(true);
    expect(decodeColumn(text, 5)).toEqual(times);
    const extremes = [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 2 ** 50, 0, -(2 ** 50)];
    expect(decodeColumn(encodeColumn(extremes, "f64"), 4)).toEqual(extremes);
    // too large a difference, -0 and fractions fall back to the typed forms
    expect(encodeColumn([0, 2 ** 51], "f64").startsWith("f64:")).toBe(true);
    expect(encodeColumn([-0], "f64").startsWith("f64:")).toBe(true);
    expect(Object.is(decodeColumn(encodeColumn([-0], "f64"), 1)[0], -0)).toBe(true);
    expect(encodeColumn([2 ** 31, 2 ** 31 + 0.5], "f64").startsWith("f64:")).toBe(true);
  });

  it("round-trip any column of safe integers and infinities (fast-check, seed 605)", () => {
    const value = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.maxSafeInteger(),
      fc.maxSafeNat().map((n) => -n),
      fc.constant(Number.POSITIVE_INFINITY),
      fc.constant(Number.NEGATIVE_INFINITY),
      fc.double({ noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.constantFrom("u8" as const, "i32" as const, "f64" as const), (values, type) => {
        const whole = (v: number): number => (Number.isFinite(v) ? Math.trunc(v) : 0);
        const usable = type === "f64" ? values : values.map((v) => (type === "u8" ? Math.abs(whole(v)) % 256 : whole(v) | 0));
        const decoded = decodeColumn(JSON.parse(JSON.stringify(encodeColumn(usable, type))), usable.length);
        expect(decoded.map((v) => (Object.is(v, -0) ? "-0" : v))).toEqual(usable.map((v) => (Object.is(v, -0) ? "-0" : v)));
      }),
      { seed: 605, numRuns: 500 },
    );
  });

  it("read a column of any length with −1, and an empty one", () => {
    expect(decodeColumn(encodeColumn([5, 6], "i32"), -1)).toEqual([5, 6]);
    expect(decodeColumn("i32:", -1)).toEqual([]);
    expect(decodeColumn("v:", -1)).toEqual([]);
    expect(decodeColumn("u8:AAE=", -1)).toEqual([0, 1]);
  });

  it("check every value against a range as they decode, in each encoding", () => {
    const range = { name: "lotState", min: 0, max: 2 };
    for (const type of ["u8", "i32", "f64"] as const) {
      expect(decodeColumn(encodeColumn([0, 2, 1], type), 3, range)).toEqual([0, 2, 1]);
      expect(() => decodeColumn(encodeColumn([0, 3], type), 2, range)).toThrow(/column lotState holds 3/);
    }
    const f64 = (values: number[]): string => `f64:${Buffer.from(new Float64Array(values).buffer).toString("base64")}`;
    expect(() => decodeColumn(f64([1.5]), 1, { name: "points", min: 0, max: 10 })).toThrow(/column points holds 1.5/);
    expect(() => decodeColumn(f64([Number.NaN]), 1, { name: "points", min: 0, max: 10 })).toThrow(/holds NaN/);
    const never = { name: "expiresAt", min: 0, max: 1e15, plusInfinity: true };
    expect(decodeColumn(encodeColumn([5, Number.POSITIVE_INFINITY], "f64"), 2, never)).toEqual([5, Number.POSITIVE_INFINITY]);
    expect(decodeColumn(f64([Number.POSITIVE_INFINITY]), 1, never)).toEqual([Number.POSITIVE_INFINITY]);
    expect(() => decodeColumn(encodeColumn([Number.NEGATIVE_INFINITY], "f64"), 1, never)).toThrow(/holds -Infinity/);
    expect(decodeColumn(encodeColumn([Number.NEGATIVE_INFINITY, -7], "f64"), 2, { name: "since", min: -10, max: 0, minusInfinity: true })).toEqual([Number.NEGATIVE_INFINITY, -7]);
    // large differences take the slow path of the reader, and are checked there too
    expect(() => decodeColumn(encodeColumn([2 ** 40], "f64"), 1, { name: "count", min: 0, max: 2 ** 39 })).toThrow(/column count holds 1099511627776/);
  });

  it("refuse what does not fit", () => {
    expect(() => decodeColumn(42, 1)).toThrow(/not a string/);
    expect(() => decodeColumn("i64:AAAA", 1)).toThrow(/unknown column type/);
    expect(() => decodeColumn("i32:AAAAAA==", 2)).toThrow(/4 bytes for 2 values/);
    expect(() => decodeColumn("i32:AAAAAAA=", -1)).toThrow(/5 bytes/);
    expect(() => decodeColumn("v:DBoQ", 2)).toThrow(/3 values, not 2/);
    expect(() => decodeColumn("v:gA==", -1)).toThrow(/cut short/);
    expect(() => decodeColumn("v:BQ==", -1)).toThrow(/unknown code 5/);
    expect(() => decodeColumn("v://///////38=", -1)).toThrow(/too long|too large/);
    // nine differences of 2^50 (the largest a column holds) add up past 2^53
    const varint = (code: number): number[] => {
      const bytes: number[] = [];
      for (; code >= 128; code = Math.floor(code / 128)) bytes.push((code % 128) | 128);
      return [...bytes, code];
    };
    const nine = Array.from({ length: 9 }, () => varint(4 * 2 ** 50)).flat();
    expect(() => decodeColumn(`v:${Buffer.from(nine).toString("base64")}`, -1)).toThrow(/not a safe integer/);
  });
});
