import { bench, describe } from "vitest";
import { createRng } from "../src/math/index.js";
import { compareNps } from "../src/satisfaction/compareNps.js";
import { nps } from "../src/satisfaction/nps.js";

// 10,000,000 answers on 0–10 in a Uint8Array; budget: nps ≤ 50 ms (median), one pass over the bytes.
const N = 10_000_000;
const rng = createRng(20261122);
const answers = new Uint8Array(N);
for (let i = 0; i < N; i++) answers[i] = rng.integer(0, 10);
const counts = nps(answers);

let sink = 0;

describe("nps", () => {
  bench("nps, 10,000,000 answers (Uint8Array, adjusted Wald)", () => {
    sink += nps(answers).score;
  });
  bench("nps bootstrap, 2,000 resamples of 10,000,000 answers (from counts)", () => {
    sink += nps(counts, { method: "bootstrap", seed: 1 }).interval.lower;
  });
  bench("compareNps, two counts", () => {
    sink += compareNps(counts, { promoters: 10, passives: 20, detractors: 30 }).difference;
  });
});

export { sink };
