import { describe, expectTypeOf, it } from "vitest";
import { BgNbd, GammaGamma, type Fitted } from "../../src/models/index.js";

describe("Fitted<M>", () => {
  it("makes the fit statistics of a fitted model non-null, and keeps them nullable otherwise", () => {
    const fitted = BgNbd.fit([{ frequency: 1, recency: 1, T: 2 }]);
    expectTypeOf(fitted).toEqualTypeOf<Fitted<BgNbd>>();
    expectTypeOf(fitted.logLikelihood).toEqualTypeOf<number>();
    expectTypeOf(fitted.converged).toEqualTypeOf<boolean>();
    expectTypeOf(fitted.params.alpha).toEqualTypeOf<number>();
    expectTypeOf(fitted.standardErrors).toEqualTypeOf<{ readonly r: number; readonly alpha: number; readonly a: number; readonly b: number } | null>();
    const built = new BgNbd({ r: 1, alpha: 1, a: 1, b: 1 });
    expectTypeOf(built.logLikelihood).toEqualTypeOf<number | null>();
    const spend = GammaGamma.fit([{ frequency: 1, monetaryValue: 10 }]);
    expectTypeOf(spend.skipped).toEqualTypeOf<number>();
    expectTypeOf(spend.n).toEqualTypeOf<number>();
  });
});
