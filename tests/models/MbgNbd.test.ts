import { describe, expect, it } from "vitest";
import { createRng } from "../../src/math/index.js";
import { MbgNbd } from "../../src/models/MbgNbd.js";
import { describeFamily, describeFamilyBatch } from "./bgNbdFamily.js";

describeFamily(MbgNbd, "mbg", 1);
describeFamilyBatch(MbgNbd);

describe("MbgNbd", () => {
  const model = new MbgNbd({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 });
  const customer = { frequency: 2, recency: 30.43, T: 38.86 };

  it("lets a customer without repeat purchases drop out: P(alive) < 1 at x = 0, falling with T", () => {
    const early = model.probabilityAlive({ frequency: 0, recency: 0, T: 1 });
    const late = model.probabilityAlive({ frequency: 0, recency: 0, T: 100 });
    expect(early).toBeLessThan(1);
    expect(late).toBeLessThan(early);
    // At T = 0 it is the prior survival of the first coin, b / (a + b).
    expect(model.probabilityAlive({ frequency: 0, recency: 0, T: 0 })).toBeCloseTo(1.614 / (0.891 + 1.614), 15);
  });

  it("E[X(t)] is the conditional expectation of a customer at x = t_x = T = 0", () => {
    expect(model.expectedPurchases(39)).toBe(model.conditionalExpectedPurchases(39, { frequency: 0, recency: 0, T: 0 }));
  });

  it("is continuous across a = 1 (the 0/0 point of eqs. 9–10)", () => {
    const at = (a: number) => new MbgNbd({ r: 0.8, alpha: 5, a, b: 2 }).conditionalExpectedPurchases(39, customer);
    const values = [0.998, 0.999, 0.9995, 1, 1.0005, 1.001, 1.002].map(at);
    for (let i = 1; i < values.length; i++) expect(Math.abs(values[i]! - values[i - 1]!)).toBeLessThan(2e-3 * values[i]!);
  });

  describe("examples", () => {
    it("class", () => {
      expect(model.expectedPurchases(39)).toBe(1.1829536655971686);
      expect(model.conditionalExpectedPurchases(39, customer)).toBe(1.2629606232673654);
      expect(model.probabilityAlive(customer)).toBe(0.7062022651184873);
    });
    it("fit", () => {
      const truth = new MbgNbd({ r: 0.5, alpha: 5, a: 0.8, b: 2.5 });
      const fitted = MbgNbd.fit(truth.sample(5000, 39, createRng(7)));
      expect(fitted.converged).toBe(true);
      expect(fitted.n).toBe(5000);
      expect(fitted.params.r.toFixed(3)).toBe("0.569");
      expect(fitted.params.a.toFixed(3)).toBe("0.693");
    });
    it("fromJSON", () => {
      expect(MbgNbd.fromJSON(JSON.parse(JSON.stringify(model))).params.alpha).toBe(6.183);
    });
    it("methods", () => {
      expect(model.probabilityAlive({ frequency: 0, recency: 0, T: 38.86 })).toBe(0.38973508091876286);
      expect(model.probabilityOfPurchases(0, 39)).toBe(0.5824731894932889);
      expect(model.probabilityOfPurchases(2, 39)).toBe(0.0868948256734905);
      expect(model.probabilityNoPurchase(39, customer)).toBe(0.4400059091777069);
      expect(model.logLikelihoodOf(customer)).toBe(-9.48555131453393);
    });
    it("batch methods", () => {
      expect(model.conditionalExpectedPurchasesBatch(39, { frequency: [2, 0], recency: [30.43, 0], T: [38.86, 38.86] })).toEqual(
        Float64Array.of(1.2629606232673654, 0.15401274667514694),
      );
      expect(model.probabilityAliveBatch([customer, { frequency: 0, recency: 0, T: 10 }])).toEqual(
        Float64Array.of(0.7062022651184873, 0.5222337327821048),
      );
      expect(model.probabilityNoPurchaseBatch(39, [customer])).toEqual(Float64Array.of(0.4400059091777069));
      expect(model.logLikelihoodBatch([customer])).toEqual(Float64Array.of(-9.48555131453393));
    });
    it("sample", () => {
      expect(model.sample(3, 39, createRng(1)).frequency).toEqual(Float64Array.of(0, 2, 0));
    });
  });
});

describe("MbgNbd at the edges", () => {
  it("keeps P(no purchase) precise when the alive part is tiny", () => {
    // x = t_x = T = 0: P(dead) = a/(a + b) = 0.25 exactly, and the alive part is 0.75·101^−20.
    const p = new MbgNbd({ r: 20, alpha: 1, a: 0.8, b: 2.4 }).probabilityNoPurchase(100, { frequency: 0, recency: 0, T: 0 });
    expect(p).toBe(0.25 + 0.75 * 101 ** -20);
  });
});
