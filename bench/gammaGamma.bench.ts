import { readFileSync } from "node:fs";
import { bench, describe } from "vitest";
import { createRng } from "../src/math/index.js";
import { GammaGamma } from "../src/models/GammaGamma.js";
import { REFDATA_DIR } from "../tests/_support/refdata.js";

// The 946 CDNOW repeat buyers (Fader & Hardie 2013); budget: a fit in ≤ 10 ms (median).
const lines = readFileSync(`${REFDATA_DIR}/cdnow_customers_summary_with_transactions.csv`, "utf8").trim().split(/\r?\n/).slice(1);
const frequency: number[] = [];
const monetaryValue: number[] = [];
for (const line of lines) {
  const cells = line.split(",");
  if (Number(cells[1]) > 0) {
    frequency.push(Number(cells[1]));
    monetaryValue.push(Number(cells[4]));
  }
}
const cdnow = { frequency, monetaryValue };

// 1,000,000 customers with frequencies 0..30 and spends drawn from the CDNOW model.
const N = 1_000_000;
const rng = createRng(20261122);
const model = new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 });
const many = model.sample(N, Float64Array.from({ length: N }, () => rng.integer(1, 30)), rng);
for (let i = 0; i < N; i += 7) {
  many.frequency[i] = 0;
  many.monetaryValue[i] = 0;
}

let sink = 0;

describe("GammaGamma", () => {
  bench("fit on the 946 CDNOW repeat buyers", () => {
    sink += GammaGamma.fit(cdnow).params.p;
  });
  bench("conditionalExpectedSpendBatch, 1,000,000 customers (Float64Array columns)", () => {
    sink += model.conditionalExpectedSpendBatch(many)[N - 1]!;
  });
});

export { sink };
