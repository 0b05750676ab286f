import { describe, expect, it } from "vitest";
import { describeValue } from "../../src/_lib/describeValue.js";

describe("describeValue", () => {
  it.each([
    [1.5, "1.5"],
    [-0, "-0"],
    [Number.NaN, "NaN"],
    ["a", '"a"'],
    ["x".repeat(70), `"${"x".repeat(60)}…"`],
    [10n, "10n"],
    [undefined, "undefined"],
    [null, "null"],
    [true, "true"],
    [Symbol("s"), "Symbol(s)"],
    [() => 1, "a function"],
    [new Date("2026-03-01T00:00:00.000Z"), "2026-03-01T00:00:00.000Z"],
    [new Date(Number.NaN), "an invalid Date"],
    [[1, 2, 3], "an array of length 3"],
    [new Float64Array(2), "a Float64Array"],
    [{ a: 1 }, "an object"],
  ] as const)("describes %s", (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});
