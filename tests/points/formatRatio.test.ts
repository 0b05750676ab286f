import { describe, expect, it } from "vitest";
import { formatRatio } from "../../src/points/formatRatio.js";

const significant = (s: string) => s.replace(/^-?0*\.?0*/, "").replace(".", "").length;

describe("formatRatio", () => {
  it("writes terminating ratios exactly and others with 34 significant digits", () => {
    expect(formatRatio(866, 100)).toBe("8.66");
    expect(formatRatio(-2, 5)).toBe("-0.4");
    expect(formatRatio(1, 3)).toBe("0.3333333333333333333333333333333333");
    expect(formatRatio(0, 7)).toBe("0");
  });

  it("keeps 34 significant digits when rounding carries through every digit", () => {
    // 10 − 1/(3·10^34) rounds up to 10.000…: 34 digits, not 35.
    const up = formatRatio(3n * 10n ** 35n - 1n, 3n * 10n ** 34n);
    expect(up).toBe(`10.${"0".repeat(32)}`);
    expect(significant(up)).toBe(34);
    // 0.1 − 1/(3·10^36) → 0.1000…
    const small = formatRatio(3n * 10n ** 35n - 1n, 3n * 10n ** 36n);
    expect(small).toBe(`0.1${"0".repeat(33)}`);
    expect(significant(small)).toBe(34);
    expect(formatRatio(-(3n * 10n ** 35n - 1n), 3n * 10n ** 34n)).toBe(`-10.${"0".repeat(32)}`);
    // 10^34 − 1/3 (34 nines before the point): no decimals to drop; rounded to the integer 10^34.
    expect(formatRatio(3n * 10n ** 34n - 1n, 3n)).toBe(`1${"0".repeat(34)}`);
  });
});
