import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/_lib/Decimal.js";
import { formatScaled } from "../../src/points/formatScaled.js";
import { scaledBigInt } from "../../src/points/scaledBigInt.js";

describe("scaledBigInt and formatScaled", () => {
  it.each([
    ["12.34", 2, 1234n, "12.34"],
    ["-12.3", 2, -1230n, "-12.30"],
    ["-0.05", 3, -50n, "-0.050"],
    ["-0", 2, 0n, "0.00"],
    ["7", 0, 7n, "7"],
    ["123456789012345678901234567890123456789.5", 1, 1234567890123456789012345678901234567895n, "123456789012345678901234567890123456789.5"],
  ])("%s at %d places", (text, scale, units, formatted) => {
    expect(scaledBigInt(new Decimal(text), scale)).toBe(units);
    expect(formatScaled(units, scale)).toBe(formatted);
  });
});
