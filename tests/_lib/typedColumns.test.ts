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

  it("write doubles that are all 32-bit integers as i32", () => {
    const text = encodeColumn([3, -4, 0, 99], "f64", 3);
    expect(text).toBe("i32:AwAAAPz///8AAAAA");
    expect(decodeColumn(text, 3)).toEqual([3, -4, 0]);
    expect(encodeColumn([-0], "f64").startsWith("f64:")).toBe(true);
    expect(encodeColumn([2 ** 31], "f64").startsWith("f64:")).toBe(true);
    expect(Object.is(decodeColumn(encodeColumn([-0], "f64"), 1)[0], -0)).toBe(true);
  });

  it("read a column of any length with −1, and an empty one", () => {
    expect(decodeColumn(encodeColumn([5, 6], "i32"), -1)).toEqual([5, 6]);
    expect(decodeColumn("i32:", -1)).toEqual([]);
    expect(decodeColumn("u8:AAE=", -1)).toEqual([0, 1]);
  });

  it("refuse what does not fit", () => {
    expect(() => decodeColumn(42, 1)).toThrow(/not a string/);
    expect(() => decodeColumn("i64:AAAA", 1)).toThrow(/unknown column type/);
    expect(() => decodeColumn("i32:AAAAAA==", 2)).toThrow(/4 bytes for 2 values/);
    expect(() => decodeColumn("i32:AAAAAAA=", -1)).toThrow(/5 bytes/);
  });
});
