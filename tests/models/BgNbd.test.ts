import { describe, expect, it } from "vitest";
import { createRng } from "../../src/math/index.js";
import { BgNbd } from "../../src/models/BgNbd.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { describeFamily, describeFamilyBatch } from "./bgNbdFamily.js";

describeFamily(BgNbd, "bg", 0);
describeFamilyBatch(BgNbd);

describe("BgNbd", () => {
  const model = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
  const customer = { frequency: 2, recency: 30.43, T: 38.86 };

  it("keeps a customer without repeat purchases alive (P(alive) = 1 at x = 0)", () => {
    expect(model.probabilityAlive({ frequency: 0, recency: 0, T: 1e6 })).toBe(1);
  });

  it("reproduces the published conditional expectation: 1.226 for x = 2, t_x = 30.43, T = 38.86, t = 39 (FHL 2005, §5)", () => {
    expect(model.conditionalExpectedPurchases(39, customer).toFixed(3)).toBe("1.226");
  });

  it("is continuous across a = 1 (the 0/0 point of eqs. 9–10)", () => {
    const at = (a: number) => new BgNbd({ r: 0.8, alpha: 5, a, b: 2 }).conditionalExpectedPurchases(39, customer);
    const values = [0.998, 0.999, 0.9995, 1, 1.0005, 1.001, 1.002].map(at);
    for (let i = 1; i < values.length; i++) expect(Math.abs(values[i]! - values[i - 1]!)).toBeLessThan(2e-3 * values[i]!);
  });

  describe("examples", () => {
    it("class", () => {
      expect(model.expectedPurchases(39)).toBe(1.1967231933208213);
      expect(model.conditionalExpectedPurchases(39, customer)).toBe(1.226028174767144);
      expect(model.probabilityAlive(customer)).toBe(0.726578570080673);
    });
    it("fit", () => {
      const truth = new BgNbd({ r: 0.5, alpha: 5, a: 0.8, b: 2.5 });
      const fitted = BgNbd.fit(truth.sample(5000, 39, createRng(7)));
      expect(fitted.converged).toBe(true);
      expect(fitted.n).toBe(5000);
      expect(fitted.params.r.toFixed(3)).toBe("0.499");
      expect(fitted.params.a.toFixed(3)).toBe("0.735");
    });
    it("fromJSON", () => {
      expect(BgNbd.fromJSON(JSON.parse(JSON.stringify(model))).params.alpha).toBe(4.414);
    });
    it("methods", () => {
      expect(model.probabilityAlive({ frequency: 0, recency: 0, T: 38.86 })).toBe(1);
      expect(model.probabilityOfPurchases(0, 39)).toBe(0.5737863520960094);
      expect(model.probabilityOfPurchases(2, 39)).toBe(0.08542975953906078);
      expect(model.probabilityNoPurchase(39, customer)).toBe(0.44537286208299565);
      expect(model.logLikelihoodOf(customer)).toBe(-9.45860630706627);
    });
    it("batch methods", () => {
      expect(model.conditionalExpectedPurchasesBatch(39, { frequency: [2, 0], recency: [30.43, 0], T: [38.86, 38.86] })).toEqual(
        Float64Array.of(1.226028174767144, 0.19509805201126232),
      );
      expect(model.probabilityAliveBatch([customer, { frequency: 0, recency: 0, T: 10 }])).toEqual(Float64Array.of(0.726578570080673, 1));
      expect(model.probabilityNoPurchaseBatch(39, [customer])).toEqual(Float64Array.of(0.44537286208299565));
      expect(model.logLikelihoodBatch([customer])).toEqual(Float64Array.of(-9.45860630706627));
    });
    it("sample", () => {
      expect(model.sample(3, 39, createRng(1)).frequency).toEqual(Float64Array.of(0, 2, 0));
    });
  });
});

describe("BgNbd at the edges", () => {
  it("keeps P(no purchase) precise when it is tiny (no 1 − P cancellation)", () => {
    // x = 0: P(alive) = 1, so P(no purchase in t) = (α/(α + t))^r exactly: 101^−20.
    const p = new BgNbd({ r: 20, alpha: 1, a: 0.8, b: 2.4 }).probabilityNoPurchase(100, { frequency: 0, recency: 0, T: 0 });
    expect(Math.abs(p / 101 ** -20 - 1)).toBeLessThan(1e-13);
  });

  it("stays finite for extreme parameters where a/(b + k) overflows", () => {
    const ll = new BgNbd({ r: 1e300, alpha: 1e-300, a: 1e300, b: 1e-300 }).logLikelihoodOf({ frequency: 5, recency: 3, T: 5 });
    expect(Number.isFinite(ll)).toBe(true);
  });
});

describe("BgNbd.sample at the edges", () => {
  it("names T, not an internal field, when λT leaves the Poisson draw's domain", () => {
    const error = catchPatronageError(() => new BgNbd({ r: 1, alpha: 1e-20, a: 0.8, b: 2.4 }).sample(2, 39, createRng(1)), { code: "INVALID_ARGUMENT", field: "T" });
    expect(error.message).toMatch(/λT/);
  });
});
