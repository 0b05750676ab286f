import { describe, expect, it } from "vitest";
import { decodeColumn, encodeColumn } from "../../src/_lib/typedColumns.js";

describe("typed columns", () => {
  it("round-trip bytes, 32-bit integers and doubles", () => {
    const bytes = Uint8Array.from([0, 1, 255]);
    expect(encodeColumn(bytes, 3)).toBe("u8:AAH/");
    expect([...decodeColumn(encodeColumn(bytes, 3), Uint8Array, 3)]).toEqual([0, 1, 255]);
    const ints = Int32Array.from([-2147483648, 0, 2147483647, 7]);
    expect([...decodeColumn(encodeColumn(ints, 3), Int32Array, 3)]).toEqual([-2147483648, 0, 2147483647]);
    const doubles = Float64Array.from([1.5, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 2 ** 53 - 1]);
    expect(encodeColumn(doubles, 4).startsWith("f64:")).toBe(true);
    expect([...decodeColumn(encodeColumn(doubles, 4), Float64Array, 4)]).toEqual([1.5, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 2 ** 53 - 1]);
  });

  it("write doubles that are all 32-bit integers as i32, and read them back as doubles", () => {
    const text = encodeColumn(Float64Array.from([3, -4, 0, 99]), 3);
    expect(text).toBe("i32:AwAAAPz///8AAAAA");
    const decoded = decodeColumn(text, Float64Array, 3, 8);
    expect(decoded).toBeInstanceOf(Float64Array);
    expect([...decoded]).toEqual([3, -4, 0, 0, 0, 0, 0, 0]);
    expect(encodeColumn(Float64Array.from([-0]), 1).startsWith("f64:")).toBe(true);
    expect(encodeColumn(Float64Array.from([2 ** 31]), 1).startsWith("f64:")).toBe(true);
  });

  it("read a column of any length with −1, and an empty one", () => {
    expect(decodeColumn(encodeColumn(Int32Array.from([5, 6]), 2), Int32Array, -1)).toEqual(Int32Array.from([5, 6]));
    expect(decodeColumn("i32:", Int32Array, -1)).toEqual(new Int32Array(0));
  });

  it("refuse what does not fit", () => {
    expect(() => decodeColumn(42, Int32Array, 1)).toThrow(/not a string/);
    expect(() => decodeColumn("i64:AAAA", Int32Array, 1)).toThrow(/unknown column type/);
    expect(() => decodeColumn("i32:AAAAAA==", Int32Array, 2)).toThrow(/4 bytes for 2 values/);
    expect(() => decodeColumn("f64:AAAAAAAA8D8=", Int32Array, 1)).toThrow(/doubles/);
    expect(() => decodeColumn("i32:AAAAAA==", Uint8Array, 1)).toThrow(/wider/);
    expect(() => decodeColumn("u8:AAE=", Uint8Array, -1)).not.toThrow();
  });
});
