import { describe, expect, it } from "vitest";
import { BgNbd } from "../../src/models/BgNbd.js";
import { compressSummaries } from "../../src/value/compressSummaries.js";
import { HAS_REFDATA, readCdnowSummary } from "../_support/refdata.js";

const significant = (value: number, digits: number) => Number(value.toPrecision(digits));

// Reference: Fader, Hardie & Lee (2005), "'Counting your customers' the easy way", Marketing
// Science 24(2), §4–5, on the 2,357-customer CDNOW cohort (time in weeks):
// r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9,582.4; and the worked example of §5,
// x = 2, t_x = 30.43, T = 38.86: E[X(39)] for the next 39 weeks = 1.226.
describe.skipIf(!HAS_REFDATA)("BgNbd on CDNOW (Fader, Hardie & Lee 2005)", () => {
  const rows = readCdnowSummary();
  const model = BgNbd.fit(rows);

  it("reproduces the published estimates to three significant figures and LL to 0.1", () => {
    expect(rows.length).toBe(2357);
    expect(model.converged).toBe(true);
    expect(significant(model.params.r, 3)).toBe(0.243);
    expect(significant(model.params.alpha, 3)).toBe(4.41);
    expect(significant(model.params.a, 3)).toBe(0.793);
    expect(significant(model.params.b, 3)).toBe(2.43);
    expect(Math.abs(model.logLikelihood - -9582.4)).toBeLessThanOrEqual(0.05);
    expect(model.n).toBe(2357);
    expect(model.standardErrors).not.toBeNull();
  });

  it("fits compressed patterns to the same optimum as the raw rows", () => {
    const { frequency, recency, T, weight } = compressSummaries(rows);
    const compressed = BgNbd.fit({ frequency, recency, T, weight });
    expect(compressed.patterns).toBe(model.patterns);
    expect(compressed.patterns).toBeLessThan(2357);
    for (const name of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(compressed.params[name] - model.params[name])).toBeLessThanOrEqual(1e-9 * model.params[name]);
    }
    expect(compressed.logLikelihood).toBeCloseTo(model.logLikelihood, 8);
  });

  it("reproduces the published conditional expectation at the published parameters (1.226)", () => {
    const published = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
    expect(published.conditionalExpectedPurchases(39, { frequency: 2, recency: 30.43, T: 38.86 }).toFixed(3)).toBe("1.226");
    // And at the fitted parameters (unrounded), the same to three decimals.
    expect(model.conditionalExpectedPurchases(39, { frequency: 2, recency: 30.43, T: 38.86 }).toFixed(3)).toBe("1.226");
  });
});
