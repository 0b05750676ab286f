import { describe, expect, it } from "vitest";
import { assertKnownKeys } from "../../src/satisfaction/assertKnownKeys.js";
import { bayesianAverage } from "../../src/satisfaction/bayesianAverage.js";
import { ces } from "../../src/satisfaction/ces.js";
import { compareNps } from "../../src/satisfaction/compareNps.js";
import { csat } from "../../src/satisfaction/csat.js";
import { deliveredValue } from "../../src/satisfaction/deliveredValue.js";
import { disconfirmation } from "../../src/satisfaction/disconfirmation.js";
import { nps } from "../../src/satisfaction/nps.js";
import { npsSampleSize } from "../../src/satisfaction/npsSampleSize.js";
import { ratingSummary } from "../../src/satisfaction/ratingSummary.js";
import { starRatingScore } from "../../src/satisfaction/starRatingScore.js";
import { wilsonInterval } from "../../src/satisfaction/wilsonInterval.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

const refused = (run: () => unknown, field: string) => catchPatronageError(run, { code: "INVALID_ARGUMENT", field });

describe("assertKnownKeys", () => {
  it("accepts known keys and non-objects, refuses the first unknown key by its path", () => {
    expect(() => assertKnownKeys({ a: 1, b: undefined }, ["a", "b"], "options")).not.toThrow();
    expect(() => assertKnownKeys(undefined, ["a"], "options")).not.toThrow();
    const error = refused(() => assertKnownKeys({ a: 1, c: 2 }, ["a", "b"], "options"), "options.c");
    expect(error.message).toMatch(/a, b/);
    refused(() => assertKnownKeys({ c: undefined }, ["a"], "options.prior"), "options.prior.c");
  });

  it("makes every public function refuse a typo in its options (review 3)", () => {
    refused(() => nps([10, 0], { side: 1 } as never), "options.side");
    refused(() => compareNps([10], [0], { side: 1 } as never), "options.side");
    refused(() => npsSampleSize({ marginOfError: 5, side: 1 } as never), "options.side");
    refused(() => npsSampleSize({ marginOfError: 5, expected: { promoters: 0.5, detractors: 0.2, passives: 0.3 } } as never), "options.expected.passives");
    refused(() => wilsonInterval(3, 10, { side: 1 } as never), "options.side");
    refused(() => ratingSummary([5], { side: 1 } as never), "options.side");
    refused(() => starRatingScore([5], { side: 1 } as never), "options.side");
    refused(() => bayesianAverage([5], { prior: { mean: 3, weight: 1 }, side: 1 } as never), "options.side");
    refused(() => bayesianAverage([5], { prior: { mean: 3, weight: 1, side: 1 } } as never), "options.prior.side");
    refused(() => disconfirmation([1], [2], { side: 1 } as never), "options.side");
    refused(() => csat([5], { side: 1 } as never), "options.side");
    refused(() => ces([5], { version: "2.0", side: 1 } as never), "options.side");
    refused(() => deliveredValue({ value: {}, cost: {}, side: 1 } as never), "input.side");
    refused(() => deliveredValue({ value: {}, cost: { side: 1 } } as never), "input.cost.side");
  });
});
